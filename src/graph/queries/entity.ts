import { FACT } from './graph.js';
import { ENTITY, RELATIONSHIP, CLAIM, ARTICLE } from './projections.js';

/** Entities by id, for the DataLoader. */
export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY('e')} AS entity`;

/**
 * Facts touching each entity, filtered by type and direction, best first, with both ends'
 * entities (the entity once, the far ends in fact order), which a fact's source and target
 * are almost always asked for.
 */
export const RELATIONSHIPS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${FACT}]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = e) OR ($direction = 'INCOMING' AND endNode(r) = e))
  RETURN r, other ORDER BY r.confidence DESC, r.id LIMIT $first
}
RETURN id, ${ENTITY('e')} AS entity, collect(${RELATIONSHIP('r')}) AS relationships, collect(${ENTITY('other')}) AS others`;

/** Entities one fact away from each entity. */
export const NEIGHBORS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${FACT}]-(n:Entity)
  WHERE $kinds IS NULL OR n.kind IN $kinds
  WITH DISTINCT n
  RETURN n ORDER BY n.mentionCount DESC, n.id LIMIT $first
}
RETURN id, collect(${ENTITY('n')}) AS neighbors`;

/** Claims each entity stated (SPEAKER), is the subject of (SUBJECT), or both (ANY). */
export const CLAIMS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (c:Claim)-[link:STATED_BY|ABOUT]->(e)
  WHERE $role = 'ANY' OR ($role = 'SPEAKER' AND type(link) = 'STATED_BY') OR ($role = 'SUBJECT' AND type(link) = 'ABOUT')
  WITH DISTINCT c
  RETURN c ORDER BY c.articleId, c.id LIMIT $first
}
RETURN id, collect(${CLAIM('c')}) AS claims`;

/** Articles that mention each entity, newest first. */
export const ARTICLES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  WITH DISTINCT a
  RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
}
RETURN id, collect(${ARTICLE('a')}) AS articles`;

/** Where each entity is mentioned, in article order. */
export const MENTIONS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Sentence)-[m:MENTIONS]->(e)
  RETURN s, m ORDER BY s.articleId, s.index, m.start LIMIT $first
}
RETURN id, collect({ text: m.text, start: m.start, end: m.end, sentenceId: s.id }) AS mentions`;

/** From the count store. */
export const ENTITY_COUNT = `
MATCH (e:Entity)
RETURN count(e) AS total`;

/** From the kind index. */
export const ENTITY_COUNT_OF_KIND = `
MATCH (e:Entity)
WHERE e.kind = $kind
RETURN count(e) AS total`;

/**
 * One page of entities; the order is total (ties broken by id) so offsets are stable. The
 * range predicate lets the mention-count index hand entities over already in order.
 */
export const ENTITY_PAGE_BY_MENTIONS = `
MATCH (e:Entity)
WHERE e.mentionCount >= 0 AND ($kind IS NULL OR e.kind = $kind)
WITH e ORDER BY e.mentionCount DESC, e.id SKIP $offset LIMIT $first
RETURN ${ENTITY('e')} AS entity`;

export const ENTITY_PAGE_BY_NAME = `
MATCH (e:Entity)
WHERE $kind IS NULL OR e.kind = $kind
WITH e ORDER BY toLower(e.name), e.id SKIP $offset LIMIT $first
RETURN ${ENTITY('e')} AS entity`;

/** Ranked full-text search; `$query` is a Lucene query built from escaped user words. */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates }) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN ${ENTITY('node')} AS entity, score
ORDER BY score DESC, node.mentionCount DESC, node.id
LIMIT $first`;
