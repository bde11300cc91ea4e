import { ENTITY, RELATIONSHIP } from './projections.js';

/** Facts are the entity-to-entity relationships; these are their types. */
export const FACT_TYPES = ['AFFILIATED_WITH', 'SPOKE_AT', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN', 'PART_OF', 'OFFERS', 'FOCUSES_ON'] as const;

/** The longest path `path` may ask for (its `maxHops` is validated against this). */
export const MAX_PATH_HOPS = 6;

const shortestPathWithin = (hops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${FACT_TYPES.join('|')}*..${hops}]-(b))
RETURN [n IN nodes(p) | ${ENTITY('n')}] AS nodes, [r IN relationships(p) | ${RELATIONSHIP('r')}] AS relationships`;

/**
 * Shortest path over facts, either direction, one query per hop bound (Cypher cannot take
 * the bound as a parameter). A filter such as \`WHERE length(p) <= $maxHops\` must not be
 * used: Neo4j then plans an exhaustive fallback search for when the shortest path fails
 * the filter, which took tens of seconds between unconnected entities at 1 000 articles.
 */
const SHORTEST_PATHS = Array.from({ length: MAX_PATH_HOPS }, (_, i) => shortestPathWithin(i + 1));

export function shortestPathQuery(maxHops: number): string {
  const query = SHORTEST_PATHS[maxHops - 1];
  if (!Number.isInteger(maxHops) || !query) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}, not ${maxHops}`);
  return query;
}

/** One breadth-first step: the entities one fact away from the frontier. */
export const EXPAND_FRONTIER = `
UNWIND $frontier AS id
MATCH (e:Entity {id: id})-[r]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)
  AND NOT n.id IN $seen
WITH DISTINCT n
ORDER BY n.mentionCount DESC, n.id
LIMIT $limit
RETURN n.id AS id`;

/** The entities and every fact among them. */
export const SUBGRAPH_OF_IDS = `
MATCH (e:Entity) WHERE e.id IN $ids
WITH collect(e) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(${RELATIONSHIP('r')}) AS relationships
}
RETURN [n IN nodes | ${ENTITY('n')}] AS nodes, relationships`;

export const ENTITY_IDS_EXIST = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;
