import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedApi } from '../helpers/dated-corpus.js';
import { FIXTURES, readTxt } from '../helpers/corpus.js';
import type { SeededApi } from '../helpers/api.js';
import { ingestSources } from '../../src/ingest/ingest.js';

let api: SeededApi;
beforeAll(async () => {
  api = await datedApi();
});
afterAll(async () => api?.close());

/** Loads one more article, dated `publishedAt`, while a client is paging. */
async function articleArrives(file: string, publishedAt: string): Promise<void> {
  const summary = await ingestSources(api.graph, [{ file, read: () => [{ file, input: { ...readTxt(file), publishedAt } }] }], {
    workers: 0,
  });
  expect(summary.errors).toEqual([]);
}

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> };

/**
 * Pages through a connection `first` at a time, with `variables`, calling `between` after the
 * first page; the ids in order and the last page's totalCount (when the query asks for it).
 */
async function pageAll(
  query: string,
  field: string,
  first: number,
  { between = async () => {}, variables = {} }: { between?: () => Promise<void>; variables?: Record<string, unknown> } = {},
): Promise<{ ids: string[]; totalCount?: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let n = 0; n < 200; n += 1) {
    const { body } = await api.gql(query, { ...variables, after, first });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const page = body.data![field] as Page & { totalCount?: number };
    ids.push(...page.nodes.map((x) => x.id));
    if (n === 0) await between();
    if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

const pageThrough = async (query: string, field: string, first: number, between?: () => Promise<void>) =>
  (await pageAll(query, field, first, { between })).ids;

const ARTICLES =
  'query($after: String, $first: Int) { articles(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }';
const CLAIMS =
  'query($after: String, $first: Int) { claims(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }';
const ENTITIES =
  'query($after: String, $first: Int) { entities(first: $first, after: $after, orderBy: NAME_ASC) { pageInfo { hasNextPage endCursor } nodes { id } } }';

describe('keyset cursors', () => {
  it('keep pages in place when articles arrive between pages', async () => {
    const before = {
      articles: await pageThrough(ARTICLES, 'articles', 100),
      claims: await pageThrough(CLAIMS, 'claims', 100),
      entities: await pageThrough(ENTITIES, 'entities', 100),
    };
    // The newest article arrives after the client read page 1 of "newest first": with
    // offsets page 2 would repeat page 1's last article; with keyset cursors it follows on.
    const articles = await pageThrough(ARTICLES, 'articles', 3, () =>
      articleArrives(path.join(FIXTURES, 'eval-fresh13', 'articles', 'wildfire-evacuation.txt'), '2025-01-05'),
    );
    expect(new Set(articles).size).toBe(articles.length);
    expect(articles).toEqual(before.articles);
    const claims = await pageThrough(CLAIMS, 'claims', 7, () =>
      articleArrives(path.join(FIXTURES, 'eval-fresh11', 'articles', 'election-result.txt'), '2025-01-06'),
    );
    expect(new Set(claims).size).toBe(claims.length);
    expect(claims).toEqual(expect.arrayContaining(before.claims));
    expect(claims.filter((id) => before.claims.includes(id))).toEqual(before.claims);
    const entities = await pageThrough(ENTITIES, 'entities', 25, () =>
      articleArrives(path.join(FIXTURES, 'eval-fresh11', 'articles', 'earnings-report.txt'), '2025-01-07'),
    );
    expect(new Set(entities).size).toBe(entities.length);
    expect(entities.filter((id) => before.entities.includes(id))).toEqual(before.entities);
  });

  it('page entities by mentions to the end, each once', async () => {
    const query =
      'query($after: String, $first: Int) { entities(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }';
    const all = await pageThrough(query, 'entities', 100);
    const paged = await pageThrough(query, 'entities', 7);
    expect(paged).toEqual(all);
  });

  it('belong to one list: another list or a forged cursor is BAD_USER_INPUT', async () => {
    const { body } = await api.gql('{ articles(first: 1) { pageInfo { endCursor } } }');
    const cursor = body.data!.articles.pageInfo.endCursor;
    for (const query of [
      'query($c: String) { claims(after: $c) { totalCount } }',
      'query($c: String) { entities(after: $c) { totalCount } }',
      'query($c: String) { articles(after: $c, orderBy: OLDEST_FIRST) { totalCount } }',
    ]) {
      const refused = await api.gql(query, { c: cursor });
      expect(refused.body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    for (const forged of ['b2Zmc2V0OjU', Buffer.from('["claims",1,2]').toString('base64url'), 'not base64 at all!']) {
      const refused = await api.gql('query($c: String) { claims(after: $c) { totalCount } }', { c: forged });
      expect(refused.body.errors?.[0]?.extensions?.code, forged).toBe('BAD_USER_INPUT');
    }
  });
});

describe('searchConnection', () => {
  it('pages the same ranking as search, with a total', async () => {
    const ranked = (await api.gql('{ search(query: "bank", first: 100) { entity { id } } }')).body.data!.search.map(
      (h: { entity: { id: string } }) => h.entity.id,
    );
    expect(ranked.length).toBeGreaterThan(3);
    const ids: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    do {
      const { body } = await api.gql(
        'query($after: String) { searchConnection(query: "bank", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { score entity { id } } } }',
        { after },
      );
      expect(body.errors).toBeUndefined();
      const page = body.data!.searchConnection;
      total = page.totalCount;
      ids.push(...page.nodes.map((h: { entity: { id: string } }) => h.entity.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(ranked);
    expect(total).toBe(ranked.length);
  });

  it("refuses a search cursor with another search's text or kinds", async () => {
    const PAGE =
      'query($q: String!, $k: [EntityKind!], $after: String) { searchConnection(query: $q, kinds: $k, first: 1, after: $after) { pageInfo { endCursor } } }';
    const first = await api.gql(PAGE, { q: 'bank' });
    const after = first.body.data!.searchConnection.pageInfo.endCursor;
    expect((await api.gql(PAGE, { q: 'bank', after })).body.errors).toBeUndefined();
    for (const other of [{ q: 'bonk' }, { q: 'bank', k: ['PERSON'] }]) {
      const { body } = await api.gql(PAGE, { ...other, after });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(other)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/another search/);
    }
  });
});

describe("an entity's lists, paged past their cap through the top-level connections", () => {
  const MENTIONING =
    'query($after: String, $first: Int, $id: ID, $order: ArticleOrder) { articles(mentioning: $id, first: $first, after: $after, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }';
  const FACTS_OF =
    'query($after: String, $first: Int, $id: ID, $direction: Direction) { relationships(entity: $id, direction: $direction, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }';

  /** The most mentioned entity, with its own lists at their largest. */
  async function hub() {
    const { body } = await api.gql(
      '{ entities(first: 1) { nodes { id articles(first: 100) { id } out: relationships(direction: OUTGOING, first: 100) { id } all: relationships(first: 100) { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    return body.data!.entities.nodes[0] as {
      id: string;
      articles: Array<{ id: string }>;
      out: Array<{ id: string }>;
      all: Array<{ id: string }>;
    };
  }

  it('articles(mentioning:) pages the entity.articles list, in both orders, with its total', async () => {
    const entity = await hub();
    expect(entity.articles.length).toBeGreaterThan(2);
    const newest = await pageAll(MENTIONING, 'articles', 2, { variables: { id: entity.id } });
    expect(newest.ids).toEqual(entity.articles.map((a) => a.id));
    expect(newest.totalCount).toBe(entity.articles.length);
    const oldest = await pageAll(MENTIONING, 'articles', 2, { variables: { id: entity.id, order: 'OLDEST_FIRST' } });
    expect(new Set(oldest.ids)).toEqual(new Set(newest.ids));
    const all = await api.gql('{ articles { totalCount } }');
    expect(newest.totalCount).toBeLessThan(all.body.data!.articles.totalCount);
  });

  it('relationships(entity:) pages the entity.relationships list, each way, with its total', async () => {
    const entity = await hub();
    expect(entity.all.length).toBeGreaterThan(2);
    const all = await pageAll(FACTS_OF, 'relationships', 2, { variables: { id: entity.id } });
    expect(all.ids).toEqual(entity.all.map((r) => r.id));
    expect(all.totalCount).toBe(entity.all.length);
    const out = await pageAll(FACTS_OF, 'relationships', 2, { variables: { id: entity.id, direction: 'OUTGOING' } });
    expect(out.ids).toEqual(entity.out.map((r) => r.id));
    expect(out.totalCount).toBeLessThan(all.totalCount!);
  });

  it('an id that names no entity is NOT_FOUND, not every article', async () => {
    for (const [query, field] of [
      [MENTIONING, 'articles'],
      [FACTS_OF, 'relationships'],
    ] as const) {
      const { body } = await api.gql(query, { id: 'person:nobody-at-all', first: 5 });
      expect(body.errors?.[0]?.extensions?.code, field).toBe('NOT_FOUND');
    }
  });
});
