import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { FIXTURES, SEED_FILE } from '../helpers/corpus.js';
import { listen, seededApi, type SeededApi } from '../helpers/api.js';
import { createApp } from '../../src/server/app.js';

let api: SeededApi;
let graph: SeededApi['graph'];
let base: string;
let gql: SeededApi['gql'];

beforeAll(async () => {
  api = await seededApi([SEED_FILE, path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt')]);
  ({ graph, base, gql } = api);
});
afterAll(async () => api?.close());

describe('the rest of the query surface', () => {
  it('resolves node(id) for entities, articles, sentences, claims and relationships', async () => {
    const article = (await gql('{ articles(first: 1) { nodes { id sentences(first: 2) { id } claims(first: 1) { id } } } }')).body.data!
      .articles.nodes[0];
    const wu = (await gql('{ entity(id: "person:wu") { relationships(first: 1) { id } } }')).body.data!.entity;
    const ids = [article.id, article.sentences[0].id, article.claims[0]?.id, 'person:wu', wu.relationships[0].id].filter(Boolean);
    for (const id of ids) {
      const { body } = await gql('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(body.data!.node?.id, id).toBe(id);
    }
    expect((await gql('{ node(id: "claim:nope") { id } }')).body.data!.node).toBeNull();
  });

  it('pages articles newest first with a total, and opens one with its entities', async () => {
    const { body } = await gql('{ articles(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id title } } }');
    expect(body.data!.articles.totalCount).toBe(2);
    expect(body.data!.articles.pageInfo.hasNextPage).toBe(true);
    const next = await gql('query($a: String) { articles(first: 5, after: $a) { pageInfo { hasNextPage } nodes { id } } }', {
      a: body.data!.articles.pageInfo.endCursor,
    });
    expect(next.body.data!.articles.nodes).toHaveLength(1);
    expect(next.body.data!.articles.pageInfo.hasNextPage).toBe(false);
    const id = body.data!.articles.nodes[0].id;
    const one = await gql('query($id: ID!) { article(id: $id) { title sha256 entities(kinds: [PERSON], first: 5) { kind } } }', { id });
    expect(one.body.data!.article.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(one.body.data!.article.entities.every((e: { kind: string }) => e.kind === 'PERSON')).toBe(true);
    // The body is read only when asked for, and then whole.
    const body2 = await gql('query($id: ID!) { article(id: $id) { title text body sentences(first: 3) { text start end } } }', { id });
    const { title, text, body: articleBody, sentences } = body2.body.data!.article;
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // The body alone: the text after the title and its blank line.
    expect(text.startsWith(title)).toBe(true);
    expect(articleBody.length).toBeGreaterThan(0);
    expect(articleBody.startsWith(title)).toBe(false);
    expect(text.endsWith(articleBody)).toBe(true);
    expect(text.length - articleBody.length).toBe(title.length + 2);
  });

  it('filters entities by kind and orders them by name', async () => {
    const { body } = await gql('{ entities(kind: PLACE, first: 50, orderBy: NAME_ASC) { totalCount nodes { name kind } } }');
    const names = body.data!.entities.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(body.data!.entities.nodes.every((n: { kind: string }) => n.kind === 'PLACE')).toBe(true);
    expect(body.data!.entities.totalCount).toBe(names.length);
  });

  it('searches claims by words, by speaker and by article', async () => {
    const { body } = await gql('{ claims(search: "healthcare", first: 5) { totalCount nodes { sentence speaker { id } } } }');
    expect(body.data!.claims.totalCount).toBeGreaterThanOrEqual(1);
    expect(body.data!.claims.nodes.every((c: { sentence: string }) => /healthcare/i.test(c.sentence))).toBe(true);
    const bySpeaker = await gql('{ claims(speaker: "person:roland-busch") { nodes { speaker { id } } } }');
    expect(bySpeaker.body.data!.claims.nodes.length).toBeGreaterThanOrEqual(2);
  });

  it('returns the subgraph of several ids with the facts among them', async () => {
    const { body } = await gql(
      '{ subgraph(ids: ["person:wu", "organization:alibaba", "organization:siemens"], depth: 0) { nodes { id } relationships { type source { id } target { id } } } }',
    );
    expect(body.data!.subgraph.nodes).toHaveLength(3);
    expect(body.data!.subgraph.relationships.map((r: { type: string }) => r.type)).toContain('AFFILIATED_WITH');
  });

  it("pages a fact's evidence, and loads it for neighbourhood facts only when asked", async () => {
    const fact = `relationships(first: 50) { id evidenceCount one: evidence(first: 1) { sentence { id } } all: evidence(first: 100) { sentence { id } } }`;
    type Fact = { id: string; evidenceCount: number; one: unknown[]; all: unknown[] };
    // Alibaba's facts are read from several sentences each (its focus on AI from four).
    const facts: Fact[] = (await gql(`{ entity(id: "organization:alibaba") { ${fact} } }`)).body.data!.entity.relationships;
    const top = facts.sort((a, b) => b.evidenceCount - a.evidenceCount)[0]!;
    expect(top.evidenceCount).toBeGreaterThan(1);
    expect(top.one).toHaveLength(1);
    expect(top.all).toHaveLength(top.evidenceCount);
    const around = (
      await gql(
        '{ neighborhood(id: "organization:alibaba", depth: 1, limit: 50) { relationships { id evidenceCount evidence(first: 100) { sentence { id } } } } }',
      )
    ).body.data!.neighborhood;
    const same = around.relationships.find((r: { id: string }) => r.id === top.id);
    expect(same).toEqual({ id: top.id, evidenceCount: top.evidenceCount, evidence: top.all });
    const tooMany = await gql('{ entity(id: "person:wu") { relationships(first: 1) { evidence(first: 101) { sentence { id } } } } }');
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('queues requests past the concurrency limit and answers 503 when the queue is full', async () => {
    const busy = await createApp({ graph, limits: { maxConcurrentRequests: 1, maxQueuedRequests: 0 } });
    const busyBase = await listen(busy);
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(`${busyBase}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ neighborhood(id: "organization:alibaba", depth: 2) { nodes { id } } }' }),
          }),
        ),
      );
      const refused = responses.filter((r) => r.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(responses.filter((r) => r.status === 200).length).toBeGreaterThan(0);
      expect(refused[0]!.headers.get('retry-after')).toBe('1');
      expect(((await refused[0]!.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
        'SERVER_BUSY',
      );
    } finally {
      await busy.stop();
    }
    const patient = await createApp({ graph, limits: { maxConcurrentRequests: 1 } });
    const patientBase = await listen(patient);
    try {
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(`${patientBase}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ stats { entities } }' }),
          }).then((r) => r.status),
        ),
      );
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await patient.stop();
    }
  });

  it('limits neighbourhoods and refuses an unknown relationship type', async () => {
    const small = await gql('{ neighborhood(id: "organization:alibaba", depth: 2, limit: 3) { truncated nodes { id } } }');
    expect(small.body.data!.neighborhood.nodes).toHaveLength(3);
    expect(small.body.data!.neighborhood.truncated).toBe(true);
    const bad = await gql('query($t: [RelationshipType!]) { neighborhood(id: "organization:alibaba", types: $t) { truncated } }', {
      t: ['DETACH DELETE'],
    });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const deep = await gql('{ neighborhood(id: "organization:alibaba", depth: 9) { truncated } }');
    expect(deep.body.errors?.[0]?.message).toMatch(/depth.*between 0 and 3/);
  });

  it('marks reads cacheable for dashboards and mutations not', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status, await get.clone().text()).toBe(200);
    expect(get.headers.get('cache-control')).toMatch(/max-age=15/);
    const mutation = await gql('mutation { mergeEntities(keep: "a", merge: ["b"]) { id } }');
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
