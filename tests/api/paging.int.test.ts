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

/** Pages through a connection `first` at a time, calling `between` after the first page. */
async function pageThrough(query: string, field: string, first: number, between: () => Promise<void> = async () => {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let n = 0; n < 100; n += 1) {
    const { body } = await api.gql(query, { after, first });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const page = body.data![field] as Page;
    ids.push(...page.nodes.map((x) => x.id));
    if (n === 0) await between();
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

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
});
