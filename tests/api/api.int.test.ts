import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/extract/pipeline.js';
import { SEED_FILE } from '../helpers/corpus.js';

const API_KEY = 'test-key-123';
import { seededApi, type SeededApi } from '../helpers/api.js';

let api: SeededApi;
let graph: SeededApi['graph'];
let base: string;
let gql: SeededApi['gql'];

beforeAll(async () => {
  api = await seededApi([SEED_FILE], { apiKey: API_KEY });
  ({ graph, base, gql } = api);
});
afterAll(async () => api?.close());

describe('GraphQL API over HTTP', () => {
  it('looks up an entity with its facts and their evidence', async () => {
    const { body } = await gql(`{ entity(id: "person:wu") { id name kind mentionCount
      ... on Person { affiliations { role target { id } evidence { sentence { text } article { title } } } } } }`);
    expect(body.errors).toBeUndefined();
    const wu = body.data!.entity;
    expect(wu).toMatchObject({ id: 'person:wu', name: 'Wu', kind: 'PERSON' });
    expect(wu.mentionCount).toBeGreaterThan(5);
    expect(wu.affiliations[0]).toMatchObject({ role: 'representative', target: { id: 'organization:alibaba' } });
    expect(wu.affiliations[0].evidence[0].sentence.text).toContain('representative from the company');
  });

  it('returns null for an unknown id', async () => {
    const { body } = await gql('{ entity(id: "person:nobody") { id } }');
    expect(body.data!.entity).toBeNull();
  });

  it('pages entities with stable cursors, a last page and a total', async () => {
    const first = await gql('{ entities(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }');
    const page = first.body.data!.entities;
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const all: string[] = page.nodes.map((n: { id: string }) => n.id);
    let cursor = page.pageInfo.endCursor;
    for (let guard = 0; guard < 20 && cursor; guard += 1) {
      const next = (
        await gql('query($after: String) { entities(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }', {
          after: cursor,
        })
      ).body.data!.entities;
      all.push(...next.nodes.map((n: { id: string }) => n.id));
      cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(all).toHaveLength(page.totalCount);
    expect(new Set(all).size).toBe(all.length);
  });

  it('rejects an invalid cursor and an oversized page with BAD_USER_INPUT', async () => {
    const bad = await gql('{ entities(after: "not-a-cursor") { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await gql('{ entities(first: 1000000000) { totalCount } }');
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.body.errors?.[0]?.message).toMatch(/between 0 and 100/);
  });

  it('ranks Alibaba first for "alibaba", tolerating case and partial words', async () => {
    for (const query of ['alibaba', 'ALIBABA', 'alib']) {
      const { body } = await gql('query($q: String!) { search(query: $q) { score entity { id } } }', { q: query });
      expect(body.data!.search[0].entity.id).toBe('organization:alibaba');
    }
    const lucene = await gql('{ search(query: "AND OR ~ * ( [ \\\\") { entity { id } } }');
    expect(lucene.body.errors).toBeUndefined();
  });

  it('finds the path Wu → Wuzhen through the conference', async () => {
    const { body } = await gql('{ path(from: "person:wu", to: "place:wuzhen") { length nodes { id } relationships { type } } }');
    expect(body.data!.path.length).toBe(2);
    expect(body.data!.path.nodes.map((n: { id: string }) => n.id)).toEqual([
      'person:wu',
      'event:world-internet-conference',
      'place:wuzhen',
    ]);
    expect(body.data!.path.relationships.map((r: { type: string }) => r.type)).toEqual(['SPOKE_AT', 'HELD_IN']);
  });

  it('lists claims about healthcare with speaker and exact sentence', async () => {
    const { body } = await gql(
      '{ claims(about: "industry:healthcare", first: 10) { totalCount nodes { text sentence form speaker { id } article { title } } } }',
    );
    expect(body.data!.claims.totalCount).toBeGreaterThanOrEqual(2);
    for (const claim of body.data!.claims.nodes) {
      expect(claim.speaker.id).toBe('person:wu');
      expect(claim.form).toBe('INTERVIEW');
    }
  });

  it('returns a neighbourhood subgraph and dashboard stats', async () => {
    const n = (
      await gql(
        '{ neighborhood(id: "organization:alibaba", depth: 2) { truncated nodes { id } relationships { type source { id } target { id } } } }',
      )
    ).body.data!.neighborhood;
    expect(n.nodes.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(['organization:alibaba', 'person:wu', 'event:world-internet-conference']),
    );
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    for (const r of n.relationships) expect(ids.has(r.source.id) && ids.has(r.target.id)).toBe(true);
    const stats = (await gql('{ stats { articles entities claims entitiesByKind { kind count } topEntities(first: 1) { id } } }')).body
      .data!.stats;
    expect(stats.articles).toBe(1);
    expect(stats.entitiesByKind.find((k: { kind: string }) => k.kind === 'INDUSTRY').count).toBe(4);
  });

  it('lets shared caches keep anonymous reads only: a read with the key is private, and every read varies by Accept', async () => {
    const read = (headers: Record<string, string>) =>
      fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
      });
    const anonymous = await read({});
    expect(anonymous.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    const keyed = await read({ authorization: `Bearer ${API_KEY}` });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('cache-control')).toMatch(/max-age=\d+, private/);
    for (const answer of [anonymous, keyed]) expect(answer.headers.get('vary')?.toLowerCase()).toContain('accept');
  });

  it('refuses mutations without the API key, and runs them with it', async () => {
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed entities article { id title } } }';
    const input = { title: 'Acme opens lab', text: 'Jane Roe, the chief executive of Acme Corp, said the lab will focus on robotics.' };
    const refused = await gql(mutation, { input });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(mutation, { input }, { authorization: 'Bearer nope' });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const done = await gql(mutation, { input }, { authorization: `Bearer ${API_KEY}` });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.ingestArticle).toMatchObject({ changed: true, article: { title: 'Acme opens lab' } });
  });

  it('extracts an ingested article off the request thread, so the server never stalls for the extraction', async () => {
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed } }';
    const sentence = (i: number) => `Maria Lopez of Acme Corp said sales rose by ${i} percent in Lyon, according to the Harbour Council. `;
    const input = { title: 'A long report on sales', text: Array.from({ length: 700 }, (_, i) => sentence(i)).join('') };
    // How long extracting it takes on a thread, measured here (the server runs in this process).
    const pipeline = createPipeline();
    pipeline.run({ title: 'Warm-up', body: input.text.slice(0, 2000) });
    const started = performance.now();
    pipeline.run({ title: input.title, body: input.text });
    const extractionMs = performance.now() - started;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const done = await gql(mutation, { input }, { authorization: `Bearer ${API_KEY}` });
    delay.disable();
    expect(done.body.errors).toBeUndefined();
    // On the request thread the loop would stall for the whole extraction, /health and every read with it.
    expect(delay.max / 1e6).toBeLessThan(extractionMs / 2);
  });

  it('takes an article near the 128 KiB limit even when JSON escaping doubles its size past 100 kB', async () => {
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed } }';
    const line = (i: number) => `"Quoted line ${i}," said Maria Lopez of Acme Corp.\n`;
    const text = Array.from({ length: 2100 }, (_, i) => line(i)).join('');
    expect(JSON.stringify({ query: mutation, variables: { input: { title: 'Quotes', text } } }).length).toBeGreaterThan(100_000);
    const done = await gql(mutation, { input: { title: 'A day of quotes', text } }, { authorization: `Bearer ${API_KEY}` });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.ingestArticle.changed).toBe(true);
  });

  it('merges entities on request, keeping names as aliases; across kinds only with force, and records the merge (issue 19 item 4)', async () => {
    const auth = { authorization: `Bearer ${API_KEY}` };
    const refused = await gql('mutation { mergeEntities(keep: "organization:acme-corp", merge: ["person:jane-roe"]) { id } }', {}, auth);
    expect(refused.body.errors?.[0]).toMatchObject({
      message:
        'Refused to merge person:jane-roe (Person) into organization:acme-corp (Organization): the kinds differ. Pass force: true to merge anyway.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gql('{ entity(id: "person:jane-roe") { id } }')).body.data!.entity).toEqual({ id: 'person:jane-roe' });

    const before = Date.now();
    const merged = await gql(
      'mutation { mergeEntities(keep: "organization:acme-corp", merge: ["person:jane-roe"], force: true) { id aliases mergedFrom { by at ids names kinds forced } } }',
      {},
      auth,
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data!.mergeEntities.aliases).toContain('Jane Roe');
    expect(merged.body.data!.mergeEntities.mergedFrom).toEqual([
      { by: 'api-key', at: expect.any(String), ids: ['person:jane-roe'], names: ['Jane Roe'], kinds: ['PERSON'], forced: true },
    ]);
    expect(Date.parse(merged.body.data!.mergeEntities.mergedFrom[0].at)).toBeGreaterThanOrEqual(before - 1000);
    // The merged id keeps answering, with the entity that absorbed it (a dashboard's stored id stays valid).
    expect((await gql('{ entity(id: "person:jane-roe") { id } }')).body.data!.entity).toEqual({ id: 'organization:acme-corp' });
    const around = await gql('{ neighborhood(id: "person:jane-roe", depth: 0) { nodes { id } } }');
    expect(around.body.data!.neighborhood.nodes).toEqual([{ id: 'organization:acme-corp' }]);
    const claimsNow = await gql('{ claims(about: "organization:acme-corp") { totalCount } }');
    const claimsByFormerId = await gql('{ claims(about: "person:jane-roe") { totalCount } }');
    expect(claimsNow.body.data!.claims.totalCount).toBeGreaterThan(0);
    expect(claimsByFormerId.body.data!.claims).toEqual(claimsNow.body.data!.claims);
    // Read back later, the record is there too.
    expect((await gql('{ entity(id: "organization:acme-corp") { mergedFrom { ids forced } } }')).body.data!.entity.mergedFrom).toEqual([
      { ids: ['person:jane-roe'], forced: true },
    ]);
  });

  it('merges each named id once, and refuses an id that names no entity, merging nothing', async () => {
    const auth = { authorization: `Bearer ${API_KEY}` };
    const ingest = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed } }';
    const text = 'Tomas Redvers, the chief executive of Vale Works, said orders rose. Timo Redvers, its chairman, agreed with him.';
    expect((await gql(ingest, { input: { title: 'Vale Works orders', text } }, auth)).body.errors).toBeUndefined();
    const unknown = await gql(
      'mutation { mergeEntities(keep: "person:tomas-redvers", merge: ["person:timo-redvers", "nope:z"]) { id } }',
      {},
      auth,
    );
    expect(unknown.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('"nope:z"'), extensions: { code: 'NOT_FOUND' } });
    expect((await gql('{ entity(id: "person:timo-redvers") { id } }')).body.data!.entity).toEqual({ id: 'person:timo-redvers' });
    const merged = await gql(
      'mutation { mergeEntities(keep: "person:tomas-redvers", merge: ["person:timo-redvers", "person:timo-redvers", "person:timo-redvers"]) { mergedFrom { ids } } }',
      {},
      auth,
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data!.mergeEntities.mergedFrom).toEqual([{ ids: ['person:timo-redvers'] }]);
  });

  it('keeps the history of a chain of merges, and takes a folded id as `keep` for the entity that absorbed it', async () => {
    const auth = { authorization: `Bearer ${API_KEY}` };
    const ingest = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed } }';
    const text =
      'Anna Kessling, the chief executive of Ostwick Ferries, opened the bridge. Anja Kessling, her deputy, and Hanna Kessling, a councillor, cut the ribbon. Petra Lindqvist watched.';
    expect((await gql(ingest, { input: { title: 'Ostwick bridge opens', text } }, auth)).body.errors).toBeUndefined();
    const merge = (keep: string, ids: string[]) =>
      gql(`mutation($keep: ID!, $ids: [ID!]!) { mergeEntities(keep: $keep, merge: $ids) { id mergedFrom { ids } } }`, { keep, ids }, auth);
    const factId = 'person:anna-kessling|AFFILIATED_WITH|organization:ostwick-ferries';
    const fact = async () => (await gql('query($id: ID!) { node(id: $id) { id } }', { id: factId })).body.data!.node;
    expect(await fact()).toEqual({ id: factId });
    expect((await merge('person:anja-kessling', ['person:anna-kessling'])).body.errors).toBeUndefined();
    // "person:anna-kessling" is folded: as `keep` it is the entity that absorbed it.
    const second = await merge('person:anna-kessling', ['person:hanna-kessling']);
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.mergeEntities.id).toBe('person:anja-kessling');
    // Folded into a third entity (named by a folded id), the chain's earlier records go with it, oldest first.
    const third = await merge('person:petra-lindqvist', ['person:anna-kessling']);
    expect(third.body.errors).toBeUndefined();
    expect(third.body.data!.mergeEntities.mergedFrom.map((r: { ids: string[] }) => r.ids)).toEqual([
      ['person:anna-kessling'],
      ['person:hanna-kessling'],
      ['person:anja-kessling'],
    ]);
    // The fact's first id still answers, with the fact as it is now.
    expect(await fact()).toEqual({ id: 'person:petra-lindqvist|AFFILIATED_WITH|organization:ostwick-ferries' });
  });

  it("lists an article's claims in the order of their sentences", async () => {
    const { body } = await gql('{ articles(first: 50) { nodes { claims { evidence { index } } } } }');
    const lists: number[][] = body.data!.articles.nodes.map((a: { claims: Array<{ evidence: { index: number } }> }) =>
      a.claims.map((c) => c.evidence.index),
    );
    const longest = lists.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(5);
    for (const indexes of lists) expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('serves a claim whose source the article describes without naming, with those words', async () => {
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    const input = {
      title: 'Harbour reopens',
      text: 'Port officials in Gdansk said the container terminal would reopen on Friday morning.',
    };
    const done = await gql(mutation, { input }, { authorization: `Bearer ${API_KEY}` });
    const { body } = await gql('query($article: ID) { claims(article: $article) { nodes { text source speaker { id } } } }', {
      article: done.body.data!.ingestArticle.article.id,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.claims.nodes).toEqual([
      { text: 'The container terminal would reopen on Friday morning', source: 'Port officials in Gdansk', speaker: null },
    ]);
  });

  it('answers 50 entities with their relationships in a bounded number of Cypher queries', async () => {
    let queries = 0;
    const stop = graph.onQuery(() => (queries += 1));
    const { body } = await gql(
      '{ entities(first: 50) { totalCount nodes { id relationships { type target { id name } source { id } evidence { sentence { text } } } claims(first: 3) { text speaker { id } } } } }',
    );
    stop();
    expect(body.errors).toBeUndefined();
    expect(body.data!.entities.nodes.length).toBe(Math.min(50, body.data!.entities.totalCount));
    expect(body.data!.entities.nodes.length).toBeGreaterThanOrEqual(15);
    // page + count, relationships, claims, then one batch each for entities and sentences.
    expect(queries).toBeLessThanOrEqual(8);
  });

  it('rejects a query nested past the depth limit', async () => {
    const deep = `{ entity(id: "person:wu") { ${'neighbors { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const { body } = await gql(deep);
    // A refusal by one of our limits carries QUERY_TOO_COMPLEX and the limit's name, like every other limit.
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', value: 12 });
    expect(body.errors?.[0]?.message).toMatch(/depth exceeds the limit of 12/);
  });

  it('answers malformed GraphQL and bad JSON with clear 400s, and serves health and readiness', async () => {
    const syntax = await gql('{ entity(id: ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const json = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(json.status).toBe(400);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toMatchObject({ neo4j: true });
  });
});
