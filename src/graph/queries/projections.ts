/** Map projections shared by the read queries, so every query returns the same row shapes. */

/**
 * A total of one label or one relationship type as column `name`, which Neo4j answers from
 * its count store in constant time (a pattern with more in it would be counted by a scan).
 */
export const storeCount = (name: string, pattern: string) => `CALL () { MATCH ${pattern} RETURN count(*) AS ${name} }`;

export const ENTITY = (v: string) =>
  `${v} { .id, .name, .kind, aliases: coalesce(${v}.aliases, []), mentionCount: coalesce(${v}.mentionCount, 0) }`;

/**
 * How many evidence sentence ids a read returns per fact. A fact between frequent entities
 * gathers one per article (thousands at 10 000 articles); the API pages within these, and
 * exports, which promise full provenance, ask for all.
 */
export const EVIDENCE_READ = 100;

/** Which evidence ids a relationship row carries: the first EVIDENCE_READ, all, or none (loaded when asked for). */
export type EvidenceRead = 'first' | 'all' | 'none';

const evidenceOf = (r: string, read: EvidenceRead) =>
  read === 'none' ? 'null' : `coalesce(${r}.evidence, [])${read === 'first' ? `[..${EVIDENCE_READ}]` : ''}`;

/** `ends` names the fact's source and target where the query has them bound (their ids are then cached). */
export const RELATIONSHIP = (r: string, evidence: EvidenceRead = 'first', ends = [`startNode(${r})`, `endNode(${r})`]) =>
  `{ id: ${r}.id, type: type(${r}), sourceId: ${ends[0]}.id, targetId: ${ends[1]}.id, role: ${r}.role,
     confidence: coalesce(${r}.confidence, 0.0), extractorVersion: ${r}.extractorVersion,
     evidence: ${evidenceOf(r, evidence)}, evidenceCount: coalesce(${r}.evidenceCount, 0) }`;

export const CLAIM = (c: string) =>
  `${c} { .id, .text, .sentence, .quote, .source, .form, confidence: coalesce(${c}.confidence, 0.0), .articleId,
     sentenceId: COLLECT { MATCH (${c})-[:EVIDENCED_BY]->(s:Sentence) RETURN s.id }[0],
     speakerId: COLLECT { MATCH (${c})-[:STATED_BY]->(x:Entity) RETURN x.id }[0],
     aboutIds: COLLECT { MATCH (${c})-[:ABOUT]->(x:Entity) RETURN x.id },
     madeAtId: COLLECT { MATCH (${c})-[:MADE_AT]->(x:Entity) RETURN x.id }[0] }`;

/** Without the body: most reads want a title (an evidence sentence's article); `Article.text` reads it when asked. */
export const ARTICLE = (a: string) =>
  `${a} { .id, .title, .url, .source, .publishedAt, .publishedAtText, ingestedAt: toString(${a}.ingestedAt), .sha256, .extractorVersion }`;

export const SENTENCE = (s: string) => `${s} { .id, .index, .text, .start, .end, .articleId }`;
