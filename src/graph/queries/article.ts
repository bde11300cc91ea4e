import { ARTICLE, CLAIM, ENTITY, SENTENCE } from './projections.js';

export const ARTICLES_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${ARTICLE('a')} AS article`;

export const SENTENCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN ${SENTENCE('s')} AS sentence`;

export const ARTICLE_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

export const ARTICLE_PAGE = `
MATCH (a:Article)
RETURN ${ARTICLE('a')} AS article
ORDER BY a.publishedAt DESC, a.id
SKIP $offset LIMIT $first`;

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
  RETURN c ORDER BY c.id LIMIT $first
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
