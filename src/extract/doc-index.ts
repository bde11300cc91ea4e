import type { Doc, Entity, Mention, Sentence } from './types.js';

export interface DocIndex {
  /** Resolved mentions of one sentence, in text order. */
  inSentence(index: number): Mention[];
  entity(key: string | undefined): Entity | undefined;
}

const cache = new WeakMap<Mention[], DocIndex>();

/**
 * Each sentence's section: 0 up to the first subhead inside the body, one more at each after it (a round-up's
 * sports, an "In brief" column's items, a diary's days). A line ending in a colon ("The signatories:", "The
 * programme for Tuesday:") opens a list that belongs to the text it follows, no section.
 */
export function sectionsOf(sentences: readonly Sentence[]): number[] {
  let section = 0;
  return sentences.map((s) => (s.index > 0 && s.kind === 'headline' && !s.text.endsWith(':') ? (section += 1) : section));
}

/** The lead: the body's first sentence (the headline is sentence 0). */
export function leadOf(sentences: readonly Sentence[]): number {
  return sentences.find((s) => s.index > 0 && s.kind !== 'headline')?.index ?? 0;
}

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

/** How far back to look for context past sentences that name nothing (a table's rows). */
const CONTEXT_REACH = 12;

/**
 * The mentions of the two sentences before `sentence` that name anything: a rule taking its
 * object or speaker from context reads these, stepping over table rows and other bare lines.
 */
export function contextMentions(index: DocIndex, sentence: number, count = 2): Mention[] {
  const out: Mention[] = [];
  let found = 0;
  for (let i = sentence - 1; i >= 0 && i >= sentence - CONTEXT_REACH && found < count; i -= 1) {
    const mentions = index.inSentence(i);
    if (mentions.length === 0) continue;
    out.push(...mentions);
    found += 1;
  }
  return out;
}
