import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATED_ARTICLES, datedApi } from '../helpers/dated-corpus.js';
import { readTxt } from '../helpers/corpus.js';
import type { SeededApi } from '../helpers/api.js';
import { migrate } from '../../src/graph/migrations.js';

let api: SeededApi;
beforeAll(async () => {
  api = await datedApi();
});
afterAll(async () => api?.close());

interface ArticleSeen {
  id: string;
  title: string;
  publishedAt: string | null;
  publishedAtText: string | null;
}

async function allArticles(orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST', first = 3): Promise<ArticleSeen[]> {
  const seen: ArticleSeen[] = [];
  let after: string | null = null;
  do {
    const { body } = await api.gql('query($after: String, $o: ArticleOrder, $n: Int) { articles(first: $n, after: $after, orderBy: $o) { pageInfo { hasNextPage endCursor } nodes { id title publishedAt publishedAtText } } }', { after, o: orderBy, n: first });
    expect(body.errors).toBeUndefined();
    seen.push(...body.data!.articles.nodes);
    after = body.data!.articles.pageInfo.hasNextPage ? body.data!.articles.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

describe('publication dates', () => {
  it('are stored as ISO date-times in UTC, with what was written kept', async () => {
    const articles = await allArticles('NEWEST_FIRST', 100);
    expect(articles).toHaveLength(DATED_ARTICLES.length);
    for (const { file, publishedAt, expectedIso } of DATED_ARTICLES) {
      const article = articles.find((a) => a.title === readTxt(file).title)!;
      expect(article, file).toBeDefined();
      expect(article.publishedAt, file).toBe(expectedIso);
      expect(article.publishedAtText, file).toBe(publishedAt ?? null);
    }
  });

  it.each(['NEWEST_FIRST', 'OLDEST_FIRST'] as const)('order articles %s with undated ones last, page after page', async (order) => {
    const articles = await allArticles(order);
    const dated = articles.filter((a) => a.publishedAt);
    const undated = articles.filter((a) => !a.publishedAt);
    expect(undated.length).toBe(2);
    expect(articles.slice(-undated.length)).toEqual(undated);
    const dates = dated.map((a) => a.publishedAt!);
    const sorted = [...dates].sort();
    expect(dates).toEqual(order === 'NEWEST_FIRST' ? sorted.reverse() : sorted);
  });

  it('written by an older version are normalised when the server starts (migrations)', async () => {
    await api.graph.write((tx) => tx.run("CREATE (:Article {id: 'article:old', title: 'Old', text: 'x', sha256: 'x', extractorVersion: 'x', publishedAt: 'Mon, 04 Nov 2024 10:00:00 GMT'})"));
    try {
      await migrate(api.graph);
      const { body } = await api.gql('{ article(id: "article:old") { publishedAt publishedAtText } }');
      expect(body.data!.article).toEqual({ publishedAt: '2024-11-04T10:00:00.000Z', publishedAtText: 'Mon, 04 Nov 2024 10:00:00 GMT' });
    } finally {
      await api.graph.write((tx) => tx.run("MATCH (a:Article {id: 'article:old'}) DELETE a"));
    }
  });

  it("put an entity's undated articles last", async () => {
    const { body } = await api.gql('{ entity(id: "topic:artificial-intelligence") { articles(first: 20) { publishedAt } } }');
    const dates = body.data!.entity.articles.map((a: { publishedAt: string | null }) => a.publishedAt);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(dates).toContain(null);
    expect(dates.at(-1)).toBeNull();
    expect(dates[0]).not.toBeNull();
  });
});
