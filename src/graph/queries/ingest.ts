/**
 * Write queries of the load step. Labels and relationship types cannot be parameters in
 * Cypher, so they come only from the fixed lists below, never from input.
 */
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../../extract/types.js';
import { setClaimFormLabel } from '../migrations.js';
import { FACT, SET_STRONGEST, STRONGEST_KEPT, STRONGEST_OF_ENTITY, TIE_OF_FACTS } from './graph.js';

/**
 * Taken first by every load (and curator merge) transaction: concurrent loaders then write
 * one transaction after another, each reading what the one before committed — which
 * articles are loaded, which alias names which entity. The constraint on `id` makes the
 * first MERGE safe when two transactions create the node at once; SET takes its write lock.
 */
export const LOAD_LOCK = `
MERGE (lock:IngestLock {id: 'load'})
SET lock.at = datetime()`;

export const ARTICLE_STATES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256, a.extractorVersion AS extractorVersion, a.relationIds AS relationIds`;

/** Removes articles' sentences, mentions and claims; one row per article, with the entities it mentioned. */
export const DETACH_ARTICLE_FACTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS touched
OPTIONAL MATCH (c:Claim {articleId: a.id})
WITH a, sentences, touched, collect(c) AS claims
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (s IN sentences | DETACH DELETE s)
RETURN touched`;

/** Takes the given articles' share out of facts' evidence; a fact left with none goes. */
export function pruneEvidence(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`unknown predicate ${predicate}`);
  return `
UNWIND $relationIds AS rid
MATCH ()-[r:${predicate} {id: rid}]->()
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE none(prefix IN $prefixes WHERE x STARTS WITH prefix)],
    r.articles = [x IN r.articles WHERE NOT x IN $ids]
SET r.evidenceCount = size(r.evidence)
WITH r WHERE size(r.evidence) = 0
DELETE r`;
}

/** Which of these entity ids exist. */
export const EXISTING_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;

/** Entities whose names (in any article) match: the cross-article merge by alias. */
export const ENTITIES_BY_ALIAS = `
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
RETURN key, e.id AS id`;

/** A name in capitals throughout, as `isShoutedName` in load.ts decides. */
const SHOUTED = (name: string) => `coalesce(${name} = toUpper(${name}) AND ${name} <> toLower(${name}), false)`;

/**
 * One row per entity of a batch. Only what changed is written: rewriting an unchanged
 * name list would still update the full-text index, and frequent entities recur in
 * nearly every batch. The name is the best of the names whose own id is the entity's
 * (`row.ownName`, null when none in this batch): one in ordinary case before one in
 * capitals, then the least, so it does not depend on load order.
 */
export function mergeEntities(kind: EntityType): string {
  if (!ENTITY_TYPES.includes(kind)) throw new Error(`unknown kind ${kind}`);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${kind}, e.name = row.name, e.kind = $kind, e.normalizedName = row.normalizedName,
              e.aliases = [], e.aliasText = '', e.mentionCount = 0, e.createdAt = datetime(),
              e.strongest = [], e.strongestFacts = [], e.strongestWeights = [], e.strongestConfidences = [],
              e.extractorVersion = $extractorVersion
WITH e, row, ${SHOUTED('e.name')} AS shouted, ${SHOUTED('row.ownName')} AS ownShouted
WITH e, row, CASE WHEN row.ownName IS NOT NULL AND ((shouted AND NOT ownShouted) OR (shouted = ownShouted AND row.ownName < e.name))
  THEN [x IN e.aliases WHERE x <> row.ownName] + e.name END AS renamed
FOREACH (_ IN CASE WHEN renamed IS NOT NULL THEN [1] ELSE [] END |
  SET e.aliases = renamed, e.name = row.ownName, e.normalizedName = row.normalizedName,
      e.aliasText = reduce(text = '', x IN renamed | text + ' | ' + x))
WITH e, row, [x IN row.aliases WHERE NOT x IN e.aliases AND x <> e.name] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
  SET e.aliases = e.aliases + added,
      e.aliasText = reduce(text = '', x IN e.aliases + added | text + ' | ' + x))
FOREACH (_ IN CASE WHEN e.extractorVersion <> $extractorVersion THEN [1] ELSE [] END |
  SET e.extractorVersion = $extractorVersion)
WITH e, row
UNWIND row.aliasKeys AS aliasKey
MERGE (alias:Alias {key: aliasKey})
ON CREATE SET alias.reason = row.reason, alias.article = row.articleId
MERGE (alias)-[:ALIAS_OF]->(e)`;
}

/**
 * Articles with their sentences and the sentences' mentions. Sentences and mentions are
 * CREATEd: a sentence id embeds its article's id, and an article's earlier sentences are
 * deleted before it is reloaded, so none can exist yet (the unique constraint would refuse
 * one that did). That saves a lookup per row on the largest part of every load.
 */
export const CREATE_ARTICLE_TEXT = `
UNWIND $rows AS row
MERGE (a:Article {id: row.article.id})
SET a += row.article, a.ingestedAt = datetime()
WITH a, row
UNWIND row.sentences AS sentence
CREATE (a)-[:HAS_SENTENCE]->(s:Sentence {id: sentence.id, index: sentence.index, text: sentence.text,
  start: sentence.start, end: sentence.end, kind: sentence.kind, articleId: a.id, speaker: sentence.speaker})
WITH s, sentence
UNWIND sentence.mentions AS mention
MATCH (e:Entity {id: mention.entity})
CREATE (s)-[:MENTIONS {start: mention.start, end: mention.end, text: mention.text, source: mention.source}]->(e)`;

/** Only sentences mention entities, so the count is the node's degree: O(1), however frequent. */
export const REFRESH_MENTION_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.mentionCount = COUNT { (e)<-[:MENTIONS]-() }`;

/** Entities left with no mention, fact or claim after an article was replaced. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)-[:${PREDICATES.join('|')}]-() }
  AND NOT EXISTS { (:Claim)-->(e) }
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(e)
DETACH DELETE alias, e`;

/**
 * One row per relationship of a batch. Evidence is appended without a membership scan: an
 * article's earlier version is pruned before it is reloaded, so its sentences are never
 * already there, and the loader has merged the batch's duplicates.
 */
export function mergeRelations(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`unknown predicate ${predicate}`);
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${predicate}]->(o)
ON CREATE SET r.id = row.id, r.evidence = [], r.articles = [], r.confidence = 0.0
SET r.evidence = r.evidence + row.evidence,
    r.articles = r.articles + row.articles,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = CASE WHEN r.role IS NULL OR (row.role IS NOT NULL AND row.role < r.role) THEN row.role ELSE r.role END,
    r.extractorVersion = $extractorVersion
SET r.evidenceCount = size(r.evidence)`;
}

/**
 * Ranks the ties of each entity again from all its facts (STRONGEST_OF_ENTITY): for the ends
 * of facts an edited article's reload pruned, where a kept tie may have weakened.
 */
export const REFRESH_STRONGEST = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
${STRONGEST_OF_ENTITY('e')}
${SET_STRONGEST('e')}`;

/**
 * The tie between each pair of entities (`$pairs`, lists of two ids) as STRONGEST_OF_ENTITY
 * weighs it: the facts between the two only, whatever else either holds.
 */
export const TIES_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})
MATCH (b:Entity {id: pair[1]})
CALL (a, b) {
  MATCH (a)-[r:${FACT}]-(b)
  ${TIE_OF_FACTS('')}
  RETURN fact, weight, confidence
}
RETURN a.id AS a, b.id AS b, fact, weight, confidence`;

/**
 * Puts ties that grew into each entity's kept ranking (`$rows`: `{id, ties: [{n, fact, weight,
 * confidence}]}`). Exact while facts only gain evidence: a neighbour outside the kept list
 * was no stronger than the last kept one, and only a tie that grew can overtake it.
 */
export const MERGE_STRONGEST = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, [t IN row.ties | t.n] AS changed, coalesce(e.strongest, []) AS kept
WITH e, row.ties + [i IN range(0, size(kept) - 1) WHERE NOT kept[i] IN changed |
  {n: kept[i], fact: e.strongestFacts[i], weight: e.strongestWeights[i], confidence: e.strongestConfidences[i]}] AS ties
CALL (ties) {
  UNWIND ties AS t
  WITH t ORDER BY t.weight DESC, t.confidence DESC, t.n
  LIMIT ${STRONGEST_KEPT}
  RETURN collect(t.n) AS neighbours, collect(t.fact) AS facts,
         collect(toInteger(t.weight)) AS weights, collect(toFloat(t.confidence)) AS confidences
}
${SET_STRONGEST('e')}`;

/** Claims are new for the same reason as sentences: their ids embed the article's id. */
export const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (c:Claim {id: row.id, text: row.text, sentence: row.sentence, quote: row.quote, source: row.source, form: row.form,
  confidence: row.confidence, articleId: row.articleId, extractorVersion: $extractorVersion})-[:EVIDENCED_BY]->(s)
${setClaimFormLabel('c', 'row.form')}
WITH c, row
CALL (c, row) {
  MATCH (speaker:Entity {id: row.speaker})
  CREATE (c)-[:STATED_BY]->(speaker)
}
CALL (c, row) {
  UNWIND row.about AS aboutId
  MATCH (subject:Entity {id: aboutId})
  CREATE (c)-[:ABOUT]->(subject)
}
CALL (c, row) {
  MATCH (event:Entity {id: row.madeAt})
  CREATE (c)-[:MADE_AT]->(event)
}`;

export const SET_ARTICLE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.relationIds = row.relationIds, a.relationTypes = row.relationTypes`;
