import { FORMER_ID_PREFIX } from '../../ids.js';
import { FACT } from './graph.js';
import { ENTITY, RELATIONSHIP, CLAIM, ARTICLE } from './projections.js';
import { IN_DATE_RANGE } from './article.js';

/** Entities by id for the DataLoader, or by a former id (`formerIdKey`) for an entity folded into another: the answer carries the id it has now. */
export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (direct:Entity {id: id})
OPTIONAL MATCH (:Alias {key: CASE WHEN direct IS NULL THEN '${FORMER_ID_PREFIX}' + id END})-[:ALIAS_OF]->(absorbing:Entity)
WITH id, coalesce(direct, absorbing) AS e
WHERE e IS NOT NULL
RETURN id, ${ENTITY('e')} AS entity`;

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

/** Articles that mention each entity, newest first, undated last. */
export const ARTICLES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  WITH DISTINCT a
  WHERE ${IN_DATE_RANGE('a')}
  RETURN a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id LIMIT $first
}
RETURN id, collect(${ARTICLE('a')}) AS articles`;

/** Where each entity is mentioned, in article order. */
export const MENTIONS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Sentence)-[m:MENTIONS]->(e)
  WHERE ($from IS NULL AND $to IS NULL) OR EXISTS { MATCH (a:Article {id: s.articleId}) WHERE ${IN_DATE_RANGE('a')} }
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
 * One page of entities after a keyset cursor (`$afterCount`, `$afterId`; nulls for the
 * first page); the order is total (ties broken by id). The range predicate lets the
 * mention-count index start at the cursor and hand entities over already in order, so a
 * late page costs what the first does. `$maxCount` is the cursor's count, or any number
 * at least the largest count.
 */
export const ENTITY_PAGE_BY_MENTIONS = `
MATCH (e:Entity)
WHERE e.mentionCount >= 0 AND e.mentionCount <= $maxCount AND ($kind IS NULL OR e.kind = $kind)
  AND ($afterId IS NULL OR e.mentionCount < $afterCount OR e.id > $afterId)
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $first
RETURN ${ENTITY('e')} AS entity`;

/** Alphabetical, after the cursor's lower-cased name and id. */
export const ENTITY_PAGE_BY_NAME = `
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($afterId IS NULL OR toLower(e.name) > $afterName OR (toLower(e.name) = $afterName AND e.id > $afterId))
WITH e ORDER BY toLower(e.name), e.id LIMIT $first
RETURN ${ENTITY('e')} AS entity`;

/*
 * Ranked search. Hits come from two places: the alias keys (`<Type>|<normalised name>`,
 * one seek each), which find an entity whose name or any alias is exactly the text even
 * when the analyzer drops all its words ("IT", "The Who"); and the full-text index over
 * names and aliases (`$query`, built from escaped words). An exact name or alias match
 * ranks first ("AI" → artificial intelligence, not Airbus), then the full-text score.
 * An exact hit the full-text index did not return scores 1.0.
 */
const rankedHits = (fullText: boolean) => `
CALL () {
  UNWIND $aliasKeys AS key
  MATCH (:Alias {key: key})-[:ALIAS_OF]->(node:Entity)
  RETURN node, 1 AS exact, null AS score
  ${
    fullText
      ? `UNION ALL
  CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates }) YIELD node, score
  RETURN node, CASE WHEN toLower(node.name) = $exact OR $exact IN [a IN coalesce(node.aliases, []) | toLower(a)] THEN 1 ELSE 0 END AS exact, score`
      : ''
  }
}
WITH node, max(exact) AS exact, coalesce(max(score), 1.0) AS score
WHERE $kinds IS NULL OR node.kind IN $kinds`;

const SEARCH_ORDER = 'exact DESC, score DESC, node.mentionCount DESC, node.id';

/** After the keyset cursor (exact, score, mentionCount, id), in SEARCH_ORDER; no cursor: `$afterId` null. */
const AFTER_HIT = `($afterId IS NULL OR exact < $afterExact OR (exact = $afterExact AND (score < $afterScore
  OR (score = $afterScore AND (node.mentionCount < $afterCount OR (node.mentionCount = $afterCount AND node.id > $afterId))))))`;

const searchPage = (fullText: boolean) => `${rankedHits(fullText)}
WITH node, exact, score WHERE ${AFTER_HIT}
RETURN ${ENTITY('node')} AS entity, score, exact
ORDER BY ${SEARCH_ORDER}
LIMIT $first`;

/** One page of ranked hits; `$query` is a Lucene query (SEARCH_ENTITIES_EXACT when no word is indexable). */
export const SEARCH_ENTITIES = searchPage(true);
/** The same when every word is a stop word: exact name and alias matches only. */
export const SEARCH_ENTITIES_EXACT = searchPage(false);
/** How many hits in all. */
export const SEARCH_COUNT = `${rankedHits(true)}\nRETURN count(node) AS total`;
export const SEARCH_COUNT_EXACT = `${rankedHits(false)}\nRETURN count(node) AS total`;
