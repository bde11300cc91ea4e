import { PREDICATES, type Predicate } from '../../extract/types.js';
import { ENTITY, RELATIONSHIP, type EvidenceRead } from './projections.js';

/** Facts are the entity-to-entity relationships; their types are the extractor's predicates, written once. */
export const FACT_TYPES = PREDICATES;
export type FactType = Predicate;

/**
 * The fact types as a pattern's type list, `[r:${FACT}]`. Every walk over an entity's
 * facts names them: a frequent entity's other relationships (sentences mentioning it,
 * claims about it) outnumber its facts by a hundred to one, and a pattern without types
 * walks them all, while one with types reads only the facts' own relationship chains.
 */
export const FACT = FACT_TYPES.join('|');

/** The longest path `path` may ask for (its `maxHops` is validated against this). */
export const MAX_PATH_HOPS = 6;

const shortestPathWithin = (hops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${FACT}*..${hops}]-(b))
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

/**
 * One breadth-first step: the entities one fact away from the frontier. The hint keeps
 * the plan starting from seeks of the frontier: with index statistics sampled while the
 * index was nearly empty, the planner sometimes scans the whole index instead, a cost
 * that grows with the graph (plain `USING INDEX` allowed that scan).
 */
export const EXPAND_FRONTIER = `
UNWIND $frontier AS id
MATCH (e:Entity {id: id})-[r:${FACT}]-(n:Entity)
USING INDEX SEEK e:Entity(id)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)
  AND NOT n.id IN $seen
WITH DISTINCT n
ORDER BY n.mentionCount DESC, n.id
LIMIT $limit
RETURN n.id AS id`;

/** The entities of a subgraph, one row each. */
export const ENTITIES_OF_IDS = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN ${ENTITY('e')} AS entity`;

/*
 * One row per fact rather than one list: a neighbourhood of frequent entities holds
 * hundreds of facts, and a single record that large spans many Bolt chunks, which the
 * driver decodes by copying (~5 MB of garbage per request at 10 000 articles).
 * The join hint makes "is the far end one of the entities" a hash probe; the planner's
 * own choice tested list membership for every fact of every entity (twice the time
 * around a hub).
 */
const factsAmongIds = (evidence: EvidenceRead) => `
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (b:Entity) WHERE b.id IN $ids
MATCH (a)-[r:${FACT}]->(b)
USING JOIN ON b
WHERE $types IS NULL OR type(r) IN $types
RETURN ${RELATIONSHIP('r', evidence, ['a', 'b'])} AS relationship
LIMIT $maxFacts`;

/**
 * Every fact among the entities, up to `$maxFacts`. Evidence ids are left out: a neighbourhood of frequent
 * entities has hundreds of facts with up to thousands of sentences each, and most requests
 * ask for none of them (EVIDENCE_OF_FACTS loads them when asked).
 */
export const FACTS_AMONG_IDS = factsAmongIds('none');
/** The same with every evidence sentence id, for exports. */
export const FACTS_AMONG_IDS_ALL_EVIDENCE = factsAmongIds('all');

/** Per fact type, so each is a seek in that type's relationship-id index. */
const evidenceOfFacts = (read: Exclude<EvidenceRead, 'none'>) =>
  Object.fromEntries(
    FACT_TYPES.map((type) => [
      type,
      `
UNWIND $ids AS id
MATCH ()-[r:${type}]->() WHERE r.id = id
RETURN r.id AS id, ${RELATIONSHIP('r', read)}.evidence AS evidence`,
    ]),
  ) as Record<FactType, string>;

/** The first evidence sentence ids of facts of one type, by fact id. */
export const EVIDENCE_OF_FACTS = evidenceOfFacts('first');
/** Every evidence sentence id, for exports. */
export const ALL_EVIDENCE_OF_FACTS = evidenceOfFacts('all');

export const ENTITY_IDS_EXIST = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;

/**
 * How many of its strongest ties each entity keeps (STRONGEST_OF_ENTITY): a ranked
 * neighbourhood whose hops keep more neighbours per node than this walks facts instead.
 */
export const STRONGEST_KEPT = 100;

/**
 * The one definition of a tie, from the facts `r` in scope (grouped by `keys`, e.g. "n, "):
 * its strongest fact (most evidence, then confidence, then id), its weight (evidence
 * sentences summed) and its highest confidence. Full and incremental ranking both use it.
 */
export const TIE_OF_FACTS = (keys: string) => `WITH ${keys}r, coalesce(r.evidenceCount, 0) AS evidence
  ORDER BY evidence DESC, r.confidence DESC, r.id
  WITH ${keys}collect(r.id)[0] AS fact, toInteger(sum(evidence)) AS weight, toFloat(max(r.confidence)) AS confidence`;

/**
 * An entity's strongest ties: its neighbours ranked by the weight of the facts between
 * them (evidence sentences summed, then the highest confidence, then id), at most
 * STRONGEST_KEPT, as `neighbours`, with the strongest single fact to each as `facts` and
 * the ranking's keys as `weights` and `confidences`. Reads every fact of the entity: run
 * where facts were pruned or merged (a tie may have weakened), never by a request;
 * additions go through MERGE_STRONGEST instead.
 */
export const STRONGEST_OF_ENTITY = (v: string) => `
CALL (${v}) {
  MATCH (${v})-[r:${FACT}]-(n:Entity)
  ${TIE_OF_FACTS('n, ')}
  ORDER BY weight DESC, confidence DESC, n.id
  LIMIT ${STRONGEST_KEPT}
  RETURN collect(n.id) AS neighbours, collect(fact) AS facts,
         collect(toInteger(weight)) AS weights, collect(toFloat(confidence)) AS confidences
}`;

/** Stores what STRONGEST_OF_ENTITY (or MERGE_STRONGEST) ranked on `v`. */
export const SET_STRONGEST = (v: string) =>
  `SET ${v}.strongest = neighbours, ${v}.strongestFacts = facts, ${v}.strongestWeights = weights, ${v}.strongestConfidences = confidences`;

/**
 * Entities with the first `$take` of their strongest ties: what one hop of a ranked
 * neighbourhood reads (a property per node, however many facts the node has).
 */
export const STRONGEST_TIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY('e')} AS entity, coalesce(e.strongest, [])[..$take] AS neighbours, coalesce(e.strongestFacts, [])[..$take] AS facts,
       coalesce(e.strongestWeights, [])[..$take] AS weights`;

/** Each entity's ranked ties as kept at load (STRONGEST_OF_ENTITY): neighbour ids and the strongest fact to each. */
export const TIES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, coalesce(e.strongest, []) AS neighbours, coalesce(e.strongestFacts, []) AS facts`;

/** Facts of one type by id, each a seek in that type's relationship-id index; without evidence ids, as FACTS_AMONG_IDS. */
export const FACTS_BY_IDS = Object.fromEntries(
  FACT_TYPES.map((type) => [
    type,
    `
UNWIND $ids AS id
MATCH (a)-[r:${type}]->(b) WHERE r.id = id
RETURN ${RELATIONSHIP('r', 'none', ['a', 'b'])} AS relationship`,
  ]),
) as Record<FactType, string>;

/** Backfills the strongest ties of entities loaded before they were kept, a batch per transaction. */
export const BACKFILL_STRONGEST = `
MATCH (e:Entity) WHERE e.strongestWeights IS NULL
WITH e LIMIT $batch
${STRONGEST_OF_ENTITY('e')}
${SET_STRONGEST('e')}
RETURN count(*) AS done`;
