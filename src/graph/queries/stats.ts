import { ENTITY } from './projections.js';

/** Every dashboard total in one round trip. */
export const STATS = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS key, count(*) AS count ORDER BY key
  RETURN collect({ key: key, count: count }) AS entitiesByKind
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS key, count(*) AS count ORDER BY key
  RETURN collect({ key: key, count: count }) AS relationshipsByType
}
CALL () {
  MATCH (c:Claim)
  WITH c.form AS key, count(*) AS count ORDER BY key
  RETURN collect({ key: key, count: count }) AS claimsByForm
}
RETURN articles, sentences, claims, entitiesByKind, relationshipsByType, claimsByForm`;

export const TOP_ENTITIES = `
MATCH (e:Entity)
WHERE $kind IS NULL OR e.kind = $kind
RETURN ${ENTITY('e')} AS entity
ORDER BY e.mentionCount DESC, e.id
LIMIT $first`;
