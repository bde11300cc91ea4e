import { IN_DATE_RANGE } from './article.js';

/** Units `date.truncate` takes, by the API's TimeInterval. */
export const TRUNCATE_UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

/**
 * An entity's mentions and claims (stated or about it) per publication-date bucket
 * (`$unit`: day, week starting Monday, or month, in UTC), within `$from`/`$to`. Mentions
 * and claims are first counted per article, so each article's date is read once, by id.
 * Undated articles have no bucket.
 */
export const TIMELINE_OF_ENTITY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(s:Sentence)
  WITH s.articleId AS articleId, count(*) AS n
  RETURN articleId, n AS mentions, 0 AS claims
  UNION ALL
  MATCH (e)<-[:STATED_BY|ABOUT]-(c:Claim)
  WITH DISTINCT c
  WITH c.articleId AS articleId, count(*) AS n
  RETURN articleId, 0 AS mentions, n AS claims
}
WITH articleId, sum(mentions) AS mentions, sum(claims) AS claims
MATCH (a:Article {id: articleId})
WHERE a.publishedAt IS NOT NULL AND ${IN_DATE_RANGE('a')}
WITH date.truncate($unit, datetime(a.publishedAt)) AS bucket, mentions, claims
RETURN toString(bucket) AS start, sum(mentions) AS mentions, sum(claims) AS claims, count(*) AS articles
ORDER BY start`;
