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
    const { body } = await api.gql(
      'query($after: String, $o: ArticleOrder, $n: Int) { articles(first: $n, after: $after, orderBy: $o) { pageInfo { hasNextPage endCursor } nodes { id title publishedAt publishedAtText } } }',
      { after, o: orderBy, n: first },
    );
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
    await api.graph.write((tx) =>
      tx.run(
        "CREATE (:Article {id: 'article:old', title: 'Old', text: 'x', sha256: 'x', extractorVersion: 'x', publishedAt: 'Mon, 04 Nov 2024 10:00:00 GMT'})",
      ),
    );
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

describe('publication-date filters', () => {
  const inWindow = (date: string | null, from: string, to: string) => date !== null && date >= from && date < to;

  it('keep articles and claims of the window only, with their totals', async () => {
    const [from, to] = ['2024-11-01T00:00:00.000Z', '2024-11-23T00:00:00.000Z'];
    const all = await allArticles('NEWEST_FIRST', 100);
    const expected = all.filter((a) => inWindow(a.publishedAt, from, to)).map((a) => a.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const { body } = await api.gql('{ articles(from: "2024-11-01", to: "2024-11-23", first: 100) { totalCount nodes { id } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.articles.nodes.map((a: { id: string }) => a.id)).toEqual(expected);
    expect(body.data!.articles.totalCount).toBe(expected.length);

    const claims = (await api.gql('{ claims(first: 100) { nodes { id article { publishedAt } } } }')).body.data!.claims.nodes;
    const wanted = claims
      .filter((c: { article: { publishedAt: string | null } }) => inWindow(c.article.publishedAt, from, to))
      .map((c: { id: string }) => c.id);
    expect(wanted.length).toBeGreaterThan(0);
    const dated = await api.gql('{ claims(from: "2024-11-01", to: "2024-11-23", first: 100) { totalCount nodes { id } } }');
    expect(dated.body.errors).toBeUndefined();
    expect(dated.body.data!.claims.nodes.map((c: { id: string }) => c.id)).toEqual(wanted);
    expect(dated.body.data!.claims.totalCount).toBe(wanted.length);
    // Combined with another filter (the subject) as well.
    const about = claims.find((c: { article: { publishedAt: string | null } }) => inWindow(c.article.publishedAt, from, to));
    const subject = (await api.gql('query($id: ID!) { node(id: $id) { ... on Claim { about { id } } } }', { id: about.id })).body.data!.node
      .about[0]?.id;
    if (subject) {
      const both = await api.gql(
        'query($s: ID) { claims(about: $s, from: "2024-11-01", to: "2024-11-23", first: 100) { nodes { id about { id } article { publishedAt } } } }',
        { s: subject },
      );
      expect(both.body.errors).toBeUndefined();
      expect(both.body.data!.claims.nodes.length).toBeGreaterThan(0);
      for (const c of both.body.data!.claims.nodes)
        expect(inWindow(c.article.publishedAt, from, to) && c.about.some((a: { id: string }) => a.id === subject)).toBe(true);
    }
  });

  it("keep an entity's mentions and articles of the window only", async () => {
    const { body } = await api.gql(`{ entity(id: "topic:artificial-intelligence") {
      all: mentions(first: 100) { sentence { article { publishedAt } } }
      october: mentions(first: 100, from: "2024-10-01", to: "2024-11-01") { sentence { article { publishedAt } } }
      octoberArticles: articles(from: "2024-10-01", to: "2024-11-01") { publishedAt } } }`);
    expect(body.errors).toBeUndefined();
    const e = body.data!.entity;
    const dates = (list: Array<{ sentence: { article: { publishedAt: string | null } } }>) =>
      list.map((m) => m.sentence.article.publishedAt);
    const expected = dates(e.all).filter((d) => inWindow(d, '2024-10-01', '2024-11-01'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(e.all.length);
    expect(dates(e.october)).toEqual(expected);
    expect(e.octoberArticles.map((a: { publishedAt: string }) => a.publishedAt)).toEqual([...new Set(expected)]);
  });

  it('refuse a date that is not one', async () => {
    const { body } = await api.gql('{ articles(from: "soon") { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/`from` must be a date/);
    // Date.UTC reads years 0-99 as 1900-1999: such a window must be refused, not moved.
    const early = await api.gql('{ articles(to: "0024-11-20") { totalCount } }');
    expect(early.body.errors?.[0]?.message).toMatch(/`to` must be a date/);
  });
});

describe('timeline', () => {
  it('counts mentions and claims per day, week and month, matching the lists', async () => {
    const { body } = await api.gql(
      `{ entities(first: 30) { nodes { id mentions(first: 100) { sentence { article { id publishedAt } } } } } }`,
    );
    // The entity mentioned in the most dated articles.
    type Seen = { id: string; mentions: Array<{ sentence: { article: { id: string; publishedAt: string | null } } }> };
    const spread = (e: Seen) => new Set(e.mentions.filter((m) => m.sentence.article.publishedAt).map((m) => m.sentence.article.id)).size;
    const entity = (body.data!.entities.nodes as Seen[]).sort((a, b) => spread(b) - spread(a))[0]!;
    expect(spread(entity)).toBeGreaterThanOrEqual(2);
    const datedMentions = entity.mentions.map((m) => m.sentence.article.publishedAt).filter((d): d is string => d !== null);
    for (const interval of ['DAY', 'WEEK', 'MONTH'] as const) {
      const { body: t } = await api.gql(
        'query($id: ID!, $i: TimeInterval) { timeline(id: $id, interval: $i) { start mentions claims articles } }',
        { id: entity.id, i: interval },
      );
      expect(t.errors, interval).toBeUndefined();
      const buckets = t.data!.timeline as Array<{ start: string; mentions: number; claims: number; articles: number }>;
      expect(
        buckets.reduce((n, b) => n + b.mentions, 0),
        interval,
      ).toBe(datedMentions.length);
      const starts = buckets.map((b) => b.start);
      expect(starts).toEqual([...starts].sort());
      for (const b of buckets) {
        const day = new Date(b.start);
        if (interval === 'WEEK') expect(day.getUTCDay(), b.start).toBe(1);
        if (interval === 'MONTH') expect(day.getUTCDate(), b.start).toBe(1);
      }
      // Every mention falls in the bucket that starts at or before it and ends after it.
      for (const date of datedMentions) {
        const bucket = [...buckets].reverse().find((b) => b.start <= date)!;
        expect(bucket.mentions, `${interval} ${date}`).toBeGreaterThan(0);
      }
    }
  });

  it('fills a window with zeros and counts claims', async () => {
    const { body } = await api.gql(
      '{ timeline(id: "organization:bank-of-england", interval: DAY, from: "2024-11-05", to: "2024-11-10") { start mentions claims articles } }',
    );
    expect(body.errors).toBeUndefined();
    const buckets = body.data!.timeline;
    expect(buckets.map((b: { start: string }) => b.start.slice(0, 10))).toEqual([
      '2024-11-05',
      '2024-11-06',
      '2024-11-07',
      '2024-11-08',
      '2024-11-09',
    ]);
    const seventh = buckets[2];
    expect(seventh.mentions).toBeGreaterThan(0);
    expect(seventh.articles).toBeGreaterThanOrEqual(1);
    expect(buckets.filter((b: { mentions: number }) => b.mentions === 0)).toHaveLength(4);
    const claims = await api.gql('{ claims(about: "organization:bank-of-england", from: "2024-11-07", to: "2024-11-08") { totalCount } }');
    const stated = await api.gql(
      '{ claims(speaker: "organization:bank-of-england", from: "2024-11-07", to: "2024-11-08") { totalCount } }',
    );
    expect(seventh.claims).toBeGreaterThanOrEqual(Math.max(claims.body.data!.claims.totalCount, stated.body.data!.claims.totalCount));
  });

  it('answers NOT_FOUND for an unknown id and refuses too many buckets', async () => {
    const unknown = await api.gql('{ timeline(id: "person:nobody") { start } }');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const long = await api.gql(
      '{ timeline(id: "organization:bank-of-england", interval: DAY, from: "2000-01-01", to: "2024-01-01") { start } }',
    );
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
