import { FACT_TYPES, STRONGEST_OF_ENTITY } from './graph.js';
import { ENTITY } from './projections.js';

type FactType = (typeof FACT_TYPES)[number];

function checked(type: FactType): FactType {
  if (!FACT_TYPES.includes(type)) throw new Error(`unknown fact type ${type}`);
  return type;
}

/**
 * Moves facts of one type between the merged entities and others onto the kept one,
 * merging evidence; `OUTGOING` moves (merged)-[r]->(other), `INCOMING` the reverse.
 */
export function moveFacts(type: FactType, direction: 'OUTGOING' | 'INCOMING'): string {
  const out = direction === 'OUTGOING';
  const old = out ? `(m:Entity {id: mid})-[old:${checked(type)}]->(o:Entity)` : `(o:Entity)-[old:${checked(type)}]->(m:Entity {id: mid})`;
  const merged = out ? `(keep)-[r:${type}]->(o)` : `(o)-[r:${type}]->(keep)`;
  const id = out ? `keep.id + '|${type}|' + o.id` : `o.id + '|${type}|' + keep.id`;
  return `
MATCH (keep:Entity {id: $keep})
UNWIND $merge AS mid
MATCH ${old}
WHERE o <> keep
MERGE ${merged}
ON CREATE SET r.evidence = [], r.articles = [], r.confidence = 0.0
SET r.id = ${id},
    r.evidence = [x IN r.evidence WHERE NOT x IN old.evidence] + old.evidence,
    r.articles = [x IN r.articles WHERE NOT x IN old.articles] + old.articles,
    r.confidence = CASE WHEN old.confidence > r.confidence THEN old.confidence ELSE r.confidence END,
    r.role = coalesce(r.role, old.role), r.extractorVersion = old.extractorVersion
DELETE old`;
}

/** Mentions, claim links and aliases move; names become aliases; merged nodes go. */
export const ABSORB_ENTITIES = `
MATCH (keep:Entity {id: $keep})
UNWIND $merge AS mid
MATCH (m:Entity {id: mid})
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
  MATCH (a:Alias)-[:ALIAS_OF]->(m) MERGE (a)-[:ALIAS_OF]->(keep) SET a.reason = 'merged by curator'
}
SET keep.aliases = keep.aliases + [x IN [m.name] + m.aliases WHERE NOT x IN keep.aliases AND x <> keep.name],
    keep.mergedFrom = coalesce(keep.mergedFrom, []) + [m.id]
SET keep.aliasText = reduce(text = '', x IN keep.aliases | text + ' | ' + x)
DETACH DELETE m
WITH DISTINCT keep
SET keep.mentionCount = COUNT { (:Sentence)-[:MENTIONS]->(keep) }
RETURN ${ENTITY('keep')} AS entity`;

/**
 * After a merge: the kept entity's facts counted again (moved evidence joined them), and
 * the strongest ties of it and every neighbour ranked again.
 */
export const REFRESH_STRONGEST_AROUND = `
MATCH (keep:Entity {id: $keep})
OPTIONAL MATCH (keep)-[r:${FACT_TYPES.join('|')}]-(n:Entity)
SET r.evidenceCount = size(r.evidence)
WITH keep, collect(DISTINCT n) AS around
UNWIND [keep] + around AS e
WITH DISTINCT e
${STRONGEST_OF_ENTITY('e')}
SET e.strongest = neighbours, e.strongestFacts = facts`;
