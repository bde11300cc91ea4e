import { FACT_TYPES, type FactType } from '../queries/graph.js';
import { ENTITY, RELATIONSHIP } from '../queries/projections.js';
import type { BuiltQuery } from './claims-page.js';

/** After the keyset cursor (confidence DESC, id ASC); no cursor: `$afterId` null. */
const AFTER = `($afterId IS NULL OR r.confidence < $afterConfidence OR (r.confidence = $afterConfidence AND r.id > $afterId))`;

/**
 * A page of facts of the given types, most confident first (ties by id), from
 * `$minConfidence` up. One branch per type, each a range seek of that type's confidence
 * index from the cursor down (`$maxConfidence` is the cursor's confidence, or 1), cut to
 * the page; the branches' pages are merged and cut again. Types come only from the fixed
 * list, never from input. The count sums the same seeks, without the cursor.
 */
export function buildRelationshipsPage(types: readonly FactType[]): { page: BuiltQuery['cypher']; count: BuiltQuery['cypher'] } {
  const chosen = types.length ? [...new Set(types)] : FACT_TYPES;
  for (const type of chosen) if (!FACT_TYPES.includes(type)) throw new Error(`unknown fact type ${type}`);
  const seek = (type: FactType) => `MATCH (a:Entity)-[r:${type}]->(b:Entity)
    WHERE r.confidence >= $minConfidence AND r.confidence <= $maxConfidence AND ${AFTER}
    RETURN r, a, b ORDER BY r.confidence DESC, r.id LIMIT $first`;
  const count = (type: FactType) => `MATCH ()-[r:${type}]->() WHERE r.confidence >= $minConfidence RETURN count(r) AS n`;
  return {
    page: `CALL () {
  ${chosen.map(seek).join('\n  UNION ALL\n  ')}
}
WITH r, a, b ORDER BY r.confidence DESC, r.id LIMIT $first
RETURN ${RELATIONSHIP('r', 'none', ['a', 'b'])} AS relationship, ${ENTITY('a')} AS source, ${ENTITY('b')} AS target`,
    count: `CALL () {
  ${chosen.map(count).join('\n  UNION ALL\n  ')}
}
RETURN sum(n) AS total`,
  };
}
