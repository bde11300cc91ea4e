import type { Doc, Entity, Mention } from './types.js';

export interface DocIndex {
  /** Resolved mentions of one sentence, in text order. */
  inSentence(index: number): Mention[];
  entity(key: string | undefined): Entity | undefined;
}

const cache = new WeakMap<Mention[], DocIndex>();

/**
 * Look-ups by sentence and by entity key, built once per Doc, so later stages stay linear
 * in the article's length instead of scanning every mention for every sentence.
 */
export function indexDoc(doc: Doc): DocIndex {
  const cached = cache.get(doc.mentions);
  if (cached) return cached;
  const bySentence = new Map<number, Mention[]>();
  for (const mention of doc.mentions) {
    if (!mention.entity) continue;
    const list = bySentence.get(mention.sentence);
    if (list) list.push(mention);
    else bySentence.set(mention.sentence, [mention]);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const byKey = new Map(doc.entities.map((e) => [e.key, e]));
  const index: DocIndex = {
    inSentence: (i) => bySentence.get(i) ?? [],
    entity: (key) => (key ? byKey.get(key) : undefined),
  };
  cache.set(doc.mentions, index);
  return index;
}
