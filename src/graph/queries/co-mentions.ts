import { ENTITY } from './projections.js';

/**
 * The entities mentioned in the same sentences as `$id` (or, at article level, the same
 * articles), most shared first, with up to three of the sentences: for a sentence-level
 * co-mention the sentences naming both, for an article-level one the sentences naming the
 * other entity in the shared articles. Counts are distinct sentences (or articles).
 */
export const CO_MENTIONS_IN_SENTENCES = `
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(s:Sentence)
WITH DISTINCT e, s
MATCH (s)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND ($kinds IS NULL OR o.kind IN $kinds)
WITH o, count(DISTINCT s) AS count, collect(DISTINCT s.id)[..3] AS examples
ORDER BY count DESC, o.mentionCount DESC, o.id
LIMIT $first
RETURN ${ENTITY('o')} AS entity, count, examples`;

export const CO_MENTIONS_IN_ARTICLES = `
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(s:Sentence)
WITH DISTINCT e, s.articleId AS articleId
MATCH (a:Article {id: articleId})-[:HAS_SENTENCE]->(other:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND ($kinds IS NULL OR o.kind IN $kinds)
WITH o, count(DISTINCT articleId) AS count, collect(DISTINCT other.id)[..3] AS examples
ORDER BY count DESC, o.mentionCount DESC, o.id
LIMIT $first
RETURN ${ENTITY('o')} AS entity, count, examples`;

/**
 * Co-mention edges among a set of entities (an export's nodes): each pair once (source id
 * before target id), weighted by the sentences, or articles, that mention both.
 */
const coMentionEdges = (unit: 's.id' | 's.articleId') => `
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (a)<-[:MENTIONS]-(s:Sentence)
WITH DISTINCT a.id AS entity, ${unit} AS unit
WITH unit, collect(entity) AS present
WHERE size(present) > 1
UNWIND present AS x
UNWIND present AS y
WITH x, y WHERE x < y
RETURN x AS source, y AS target, count(*) AS weight`;

export const CO_MENTION_EDGES_IN_SENTENCES = coMentionEdges('s.id');
export const CO_MENTION_EDGES_IN_ARTICLES = coMentionEdges('s.articleId');
