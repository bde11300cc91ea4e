import { ARTICLE, CLAIM, ENTITY, SENTENCE } from './projections.js';

export const ARTICLES_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${ARTICLE('a')} AS article`;

export const ARTICLE_TEXTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text`;

export const SENTENCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN ${SENTENCE('s')} AS sentence`;

export const ARTICLE_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

/** A publication-date window on the article bound to `a`; nulls leave that side open (and keep undated articles). */
export const IN_DATE_RANGE = (a: string) => `($from IS NULL OR ${a}.publishedAt >= $from) AND ($to IS NULL OR ${a}.publishedAt < $to)`;

/** Articles in a date window, counted through the date index (a window excludes undated articles). */
export const ARTICLE_COUNT_IN_RANGE = `
MATCH (a:Article) WHERE a.publishedAt >= coalesce($from, '') AND ${IN_DATE_RANGE('a')}
RETURN count(a) AS total`;

/**
 * Undated articles come last in either order: Neo4j sorts nulls after every value going
 * up and before every value going down, so the null test is its own, first, sort key.
 */
export const ARTICLE_ORDER = {
  NEWEST_FIRST: (a: string) => `${a}.publishedAt IS NULL, ${a}.publishedAt DESC, ${a}.id`,
  OLDEST_FIRST: (a: string) => `${a}.publishedAt IS NULL, ${a}.publishedAt, ${a}.id`,
} as const;

/**
 * After the keyset cursor (`$afterDate`, `$afterId`, with `$hasAfter`): a dated cursor
 * continues with later (or earlier) dates, the same date with a greater id, then every
 * undated article; an undated cursor continues among the undated by id.
 */
const afterArticle = (a: string, later: '<' | '>') => `(NOT $hasAfter
  OR ($afterDate IS NOT NULL AND (${a}.publishedAt ${later} $afterDate OR (${a}.publishedAt = $afterDate AND ${a}.id > $afterId) OR ${a}.publishedAt IS NULL))
  OR ($afterDate IS NULL AND ${a}.publishedAt IS NULL AND ${a}.id > $afterId))`;

/** The articles that mention `$entity`, each once, bound to `a`. */
const ARTICLES_MENTIONING = `MATCH (e:Entity {id: $entity})
CALL (e) {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  RETURN DISTINCT a
}`;

const articlePage = (source: string, order: keyof typeof ARTICLE_ORDER) => `
${source}
WITH a WHERE ${IN_DATE_RANGE('a')} AND ${afterArticle('a', order === 'NEWEST_FIRST' ? '<' : '>')}
RETURN ${ARTICLE('a')} AS article
ORDER BY ${ARTICLE_ORDER[order]('a')}
LIMIT $first`;

/** A page of all articles, or of those mentioning `$entity`, in each order. */
export const ARTICLE_PAGE = {
  all: { NEWEST_FIRST: articlePage('MATCH (a:Article)', 'NEWEST_FIRST'), OLDEST_FIRST: articlePage('MATCH (a:Article)', 'OLDEST_FIRST') },
  mentioning: {
    NEWEST_FIRST: articlePage(ARTICLES_MENTIONING, 'NEWEST_FIRST'),
    OLDEST_FIRST: articlePage(ARTICLES_MENTIONING, 'OLDEST_FIRST'),
  },
} as const;

/** Articles that mention `$entity`, in a date window when one is given. */
export const ARTICLE_COUNT_MENTIONING = `
${ARTICLES_MENTIONING}
WITH a WHERE ${IN_DATE_RANGE('a')}
RETURN count(a) AS total`;

export const SENTENCES_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  RETURN s ORDER BY s.index LIMIT $first
}
RETURN id, collect(${SENTENCE('s')}) AS sentences`;

export const CLAIMS_OF_ARTICLES = `
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Claim {articleId: id})
  OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)
  RETURN c ORDER BY s.index, c.id LIMIT $first
}
RETURN id, collect(${CLAIM('c')}) AS claims`;

export const ENTITIES_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  WITH e, count(*) AS mentions
  RETURN e ORDER BY mentions DESC, e.id LIMIT $first
}
RETURN id, collect(${ENTITY('e')}) AS entities`;
