/**
 * Write queries of the load step. Labels and relationship types cannot be parameters in
 * Cypher, so they come only from the fixed lists below, never from input.
 */
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../../extract/types.js';

export const ARTICLE_STATE = `
MATCH (a:Article {id: $id})
RETURN a.sha256 AS sha256, a.extractorVersion AS extractorVersion, a.relationIds AS relationIds`;

/** Removes one article's sentences, mentions, claims and its share of fact evidence. */
export const DETACH_ARTICLE_FACTS = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS touched
OPTIONAL MATCH (c:Claim {articleId: a.id})
WITH a, sentences, touched, collect(c) AS claims
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (s IN sentences | DETACH DELETE s)
RETURN touched`;

export function pruneEvidence(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`unknown predicate ${predicate}`);
  return `
UNWIND $relationIds AS rid
MATCH ()-[r:${predicate} {id: rid}]->()
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix],
    r.articles = [x IN r.articles WHERE x <> $id]
WITH r WHERE size(r.evidence) = 0
DELETE r`;
}

/** Entities whose names (in any article) match: the cross-article merge by alias. */
export const ENTITIES_BY_ALIAS = `
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
RETURN key, e.id AS id`;

export function mergeEntities(kind: EntityType): string {
  if (!ENTITY_TYPES.includes(kind)) throw new Error(`unknown kind ${kind}`);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = $kind, e.normalizedName = row.normalizedName,
              e.aliases = [], e.mentionCount = 0, e.createdAt = datetime()
SET e:${kind},
    e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases AND x <> e.name],
    e.extractorVersion = $extractorVersion
SET e.aliasText = reduce(text = '', x IN e.aliases | text + ' | ' + x)
WITH e, row
UNWIND row.aliasKeys AS aliasKey
MERGE (alias:Alias {key: aliasKey})
ON CREATE SET alias.reason = row.reason, alias.article = $articleId
MERGE (alias)-[:ALIAS_OF]->(e)`;
}

export const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a += $article, a.ingestedAt = datetime()
WITH a
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end, s.kind = row.kind,
    s.articleId = a.id, s.speaker = row.speaker
MERGE (a)-[:HAS_SENTENCE]->(s)`;

export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text, m.source = row.source`;

export const REFRESH_MENTION_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.mentionCount = COUNT { (:Sentence)-[:MENTIONS]->(e) }`;

/** Entities left with no mention, fact or claim after an article was replaced. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)-[:${PREDICATES.join('|')}]-() }
  AND NOT EXISTS { (:Claim)-->(e) }
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(e)
DETACH DELETE alias, e`;

export function mergeRelations(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`unknown predicate ${predicate}`);
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${predicate}]->(o)
ON CREATE SET r.id = row.id, r.evidence = [], r.articles = [], r.confidence = 0.0
SET r.evidence = [x IN r.evidence WHERE NOT x IN row.evidence] + row.evidence,
    r.articles = [x IN r.articles WHERE x <> $articleId] + [$articleId],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(r.role, row.role),
    r.extractorVersion = $extractorVersion`;
}

export const MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.sentence = row.sentence, c.quote = row.quote, c.form = row.form,
    c.confidence = row.confidence, c.articleId = $articleId, c.extractorVersion = $extractorVersion
WITH c, row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (c)-[:EVIDENCED_BY]->(s)
WITH c, row
CALL (c, row) {
  MATCH (speaker:Entity {id: row.speaker})
  MERGE (c)-[:STATED_BY]->(speaker)
}
CALL (c, row) {
  UNWIND row.about AS aboutId
  MATCH (subject:Entity {id: aboutId})
  MERGE (c)-[:ABOUT]->(subject)
}
CALL (c, row) {
  MATCH (event:Entity {id: row.madeAt})
  MERGE (c)-[:MADE_AT]->(event)
}`;

export const SET_ARTICLE_RELATIONS = `
MATCH (a:Article {id: $id})
SET a.relationIds = $relationIds, a.relationTypes = $relationTypes`;
