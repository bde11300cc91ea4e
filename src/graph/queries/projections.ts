/** Map projections shared by the read queries, so every query returns the same row shapes. */

export const ENTITY = (v: string) => `${v} { .id, .name, .kind, aliases: coalesce(${v}.aliases, []), mentionCount: coalesce(${v}.mentionCount, 0) }`;

export const RELATIONSHIP = (r: string) =>
  `{ id: ${r}.id, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id, role: ${r}.role,
     confidence: coalesce(${r}.confidence, 0.0), extractorVersion: ${r}.extractorVersion, evidence: coalesce(${r}.evidence, []) }`;

export const CLAIM = (c: string) =>
  `${c} { .id, .text, .sentence, .quote, .form, confidence: coalesce(${c}.confidence, 0.0), .articleId,
     sentenceId: COLLECT { MATCH (${c})-[:EVIDENCED_BY]->(s:Sentence) RETURN s.id }[0],
     speakerId: COLLECT { MATCH (${c})-[:STATED_BY]->(x:Entity) RETURN x.id }[0],
     aboutIds: COLLECT { MATCH (${c})-[:ABOUT]->(x:Entity) RETURN x.id },
     madeAtId: COLLECT { MATCH (${c})-[:MADE_AT]->(x:Entity) RETURN x.id }[0] }`;

export const ARTICLE = (a: string) =>
  `${a} { .id, .title, .url, .source, .publishedAt, ingestedAt: toString(${a}.ingestedAt), .sha256, .extractorVersion, .text }`;

export const SENTENCE = (s: string) => `${s} { .id, .index, .text, .start, .end, .articleId }`;
