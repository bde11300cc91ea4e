import { FORMER_ID_PREFIX } from '../../ids.js';
import { FACT_TYPES, type FactType } from './graph.js';
import { ENTITY } from './projections.js';

function checked(type: FactType): FactType {
  if (!FACT_TYPES.includes(type)) throw new Error(`unknown fact type ${type}`);
  return type;
}

/**
 * Moves facts of one type between merged entities and others onto the entity each is merged
 * into, merging evidence; `$pairs` is a list of `{keep, mid}`. `OUTGOING` moves
 * (merged)-[r]->(other), `INCOMING` the reverse. Articles that listed the old fact's id
 * (their `relationIds`, read when an edited article is reloaded) get the new one. `chunked`
 * moves at most `$chunk` facts; every form returns how many it moved.
 */
export function moveFacts(type: FactType, direction: 'OUTGOING' | 'INCOMING', chunked = false): string {
  const out = direction === 'OUTGOING';
  const old = out
    ? `(m:Entity {id: pair.mid})-[old:${checked(type)}]->(o:Entity)`
    : `(o:Entity)-[old:${checked(type)}]->(m:Entity {id: pair.mid})`;
  const merged = out ? `(keep)-[r:${type}]->(o)` : `(o)-[r:${type}]->(keep)`;
  const id = out ? `keep.id + '|${type}|' + o.id` : `o.id + '|${type}|' + keep.id`;
  return `
UNWIND $pairs AS pair
MATCH (keep:Entity {id: pair.keep})
MATCH ${old}
WHERE o <> keep${chunked ? '\nWITH pair, keep, old, o LIMIT $chunk' : ''}
MERGE ${merged}
ON CREATE SET r.evidence = [], r.articles = [], r.confidence = 0.0
SET r.id = ${id},
    r.evidence = [x IN r.evidence WHERE NOT x IN old.evidence] + old.evidence,
    r.articles = [x IN r.articles WHERE NOT x IN old.articles] + old.articles,
    r.confidence = CASE WHEN old.confidence > r.confidence THEN old.confidence ELSE r.confidence END,
    r.role = CASE WHEN r.role IS NULL OR (old.role IS NOT NULL AND old.role < r.role) THEN old.role ELSE r.role END,
    r.extractorVersion = old.extractorVersion
SET r.evidenceCount = size(r.evidence)
WITH old, r
CALL (old, r) {
  UNWIND old.articles AS articleId
  MATCH (a:Article {id: articleId})
  SET a.relationIds = reduce(ids = [], x IN [y IN a.relationIds | CASE WHEN y = old.id THEN r.id ELSE y END] |
    CASE WHEN x IN ids THEN ids ELSE ids + x END)
}
DELETE old
RETURN count(*) AS moved`;
}

/**
 * Facts between an entity and the one it folds into say nothing once they are one entity: they
 * go, and so do their ids in their articles' `relationIds`, before anything moves (so that the
 * kept entity's ties are ranked without them). A load that meets the pair already folded writes
 * no such fact either, so the graph is the same whichever article came first.
 */
export const DROP_FACTS_WITHIN_FOLDS = `
UNWIND $pairs AS pair
MATCH (m:Entity {id: pair.mid})-[r:${FACT_TYPES.join('|')}]-(:Entity {id: pair.keep})
CALL (r) {
  UNWIND r.articles AS articleId
  MATCH (a:Article {id: articleId})
  SET a.relationIds = [x IN a.relationIds WHERE x <> r.id]
}
DELETE r`;

/**
 * What a merge needs to know of the entities merged away (`$ids`), from one read of their facts:
 * the fact types and directions they have (a merge moves only those, not every type both ways:
 * each statement costs its planning), and their neighbours — whose ties the merge changes (their
 * tie to a merged entity becomes, or joins, a tie to the kept one); the kept entity's other
 * neighbours keep their ties as they were.
 */
export const FACTS_OF_MERGED_ENTITIES = `
UNWIND $ids AS id
MATCH (m:Entity {id: id})-[r:${FACT_TYPES.join('|')}]-(n:Entity)
RETURN collect(DISTINCT {type: type(r), direction: CASE WHEN startNode(r) = m THEN 'OUTGOING' ELSE 'INCOMING' END}) AS kinds,
       collect(DISTINCT n.id) AS neighbours`;

/** The entities a merge names, with what the kind check and the merge record need. */
export const ENTITIES_TO_MERGE = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind, e.name AS name`;

/**
 * Mentions, claim links and aliases move; names become aliases; merged nodes go (`$pairs`
 * as for moveFacts), their ids kept as alias keys (`formerIdKey`) so they still answer. A
 * curator's merge appends `$record` (a JSON string: Neo4j properties hold no maps) to
 * `keep.mergeRecords` and marks the aliases it moved; the loader's own merges (aliases
 * that turned out to name one entity) pass no record and leave alias provenance as it was.
 * Either way the merged entities' own records join keep's, so a chain of merges keeps its history.
 */
export function absorbEntities(by: 'curator' | 'loader'): string {
  const curator = by === 'curator';
  return `
UNWIND $pairs AS pair
MATCH (keep:Entity {id: pair.keep})
MATCH (m:Entity {id: pair.mid})
CALL (keep, m) {
  MATCH (s:Sentence)-[old:MENTIONS]->(m)
  MERGE (s)-[n:MENTIONS {start: old.start, end: old.end}]->(keep)
  SET n.text = old.text, n.source = old.source
}
CALL (keep, m) {
  MATCH (c:Claim)-[old:STATED_BY]->(m) MERGE (c)-[:STATED_BY]->(keep)
}
CALL (keep, m) {
  MATCH (c:Claim)-[old:ABOUT]->(m) MERGE (c)-[:ABOUT]->(keep)
}
CALL (keep, m) {
  MATCH (c:Claim)-[old:MADE_AT]->(m) MERGE (c)-[:MADE_AT]->(keep)
}
CALL (keep, m) {
  MATCH (a:Alias)-[:ALIAS_OF]->(m) MERGE (a)-[:ALIAS_OF]->(keep)${curator ? " SET a.reason = 'merged by curator'" : ''}
}
CALL (keep, m) {
  MERGE (former:Alias {key: '${FORMER_ID_PREFIX}' + m.id})
  ON CREATE SET former.reason = 'folded id'
  MERGE (former)-[:ALIAS_OF]->(keep)
}
SET keep.aliases = keep.aliases + [x IN [m.name] + m.aliases WHERE NOT x IN keep.aliases AND x <> keep.name]
SET keep.aliasText = reduce(text = '', x IN keep.aliases | text + ' | ' + x)
// A merged entity's own merge history goes with it (the reader orders the records by time).
FOREACH (_ IN CASE WHEN size(coalesce(m.mergeRecords, [])) > 0 THEN [1] ELSE [] END |
  SET keep.mergeRecords = coalesce(keep.mergeRecords, []) + m.mergeRecords)
DETACH DELETE m
WITH DISTINCT keep
SET keep.mentionCount = COUNT { (keep)<-[:MENTIONS]-() }${curator ? ', keep.mergeRecords = coalesce(keep.mergeRecords, []) + $record' : ''}
RETURN ${ENTITY('keep')} AS entity`;
}

/** Each entity's curator merge records (JSON strings), oldest first. */
export const MERGE_RECORDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, coalesce(e.mergeRecords, []) AS records`;
