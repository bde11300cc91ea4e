import { FACT, FACT_TYPES, type FactType } from '../queries/graph.js';
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

/**
 * A page of one entity's facts (`$entity`), in the order and after the cursor of
 * `buildRelationshipsPage`, from `$minConfidence` up, of `$types` (null: all) in
 * `$direction` ('OUTGOING', 'INCOMING' or 'BOTH'). An entity's facts are few enough to
 * sort: the walk starts at the entity, not at a confidence index.
 */
const OF_ENTITY = `MATCH (e:Entity {id: $entity})-[r:${FACT}]-(:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND r.confidence >= $minConfidence
  AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = e) OR ($direction = 'INCOMING' AND endNode(r) = e))`;

export const RELATIONSHIP_PAGE_OF_ENTITY = `${OF_ENTITY} AND ${AFTER}
WITH DISTINCT r ORDER BY r.confidence DESC, r.id LIMIT $first
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN ${RELATIONSHIP('r', 'none', ['a', 'b'])} AS relationship, ${ENTITY('a')} AS source, ${ENTITY('b')} AS target`;

export const RELATIONSHIP_COUNT_OF_ENTITY = `${OF_ENTITY}
RETURN count(DISTINCT r) AS total`;
