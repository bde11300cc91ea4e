import { isCommonWord } from '../nlp.js';
import { capitalised, escapeRegExp } from '../text.js';
import type { Mention, Sentence } from '../types.js';

/** The evidence these descriptions carry: the resolver ties them only to a body whose name ends in their word. */
export const NAMED_HEAD = 'named-head';

/**
 * "The Northern Health Innovation Network … According to the network, …", "Castellmar Port
 * Authority … according to the port authority": once an article names a body whose name ends in a
 * word for a kind of body, "the" and that word (with the common word before it in the name, "port
 * authority") describe that body, though no list of descriptions holds the word. Only in or after
 * the sentence that names it, and only where no other mention stands; the resolver ties it to a body
 * whose name ends in the word, or to nothing.
 */
export function namedHeadDescriptions(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  organizationHeads: ReadonlySet<string>,
): Mention[] {
  /** A name's last word, or its last two when the first of them is a common word: the sentence first naming it. */
  const namedFrom = new Map<string, number>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    const head = words[words.length - 1]!.toLowerCase();
    if (m.source !== 'name' || words.length < 2 || !organizationHeads.has(head)) continue;
    const before = words[words.length - 2]!;
    const tails =
      /^\p{Lu}\p{Ll}+$/u.test(before) && isCommonWord(before.toLowerCase()) ? [head, `${before.toLowerCase()} ${head}`] : [head];
    for (const tail of tails) namedFrom.set(tail, Math.min(namedFrom.get(tail) ?? Infinity, m.sentence));
  }
  if (namedFrom.size === 0) return [];
  const tails = [...namedFrom.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // …and, opening a sentence, the word alone before a lower-case word: "Union secretary-general X said", "Council
  // officials said" (the word capitalised as a sentence's first).
  const pattern = new RegExp(`\\b[Tt]he\\s+(${tails.join('|')})\\b|^(${tails.map(capitalised).join('|')})(?=\\s+\\p{Ll})`, 'gu');
  const found: Mention[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(pattern)) {
      const [start, end] = [match.index, match.index + match[0].length];
      // "on the council of the University of Nairobi" is that body's council, another body.
      const tail = (match[1] ?? match[2]!).toLowerCase();
      if (namedFrom.get(tail)! > sentence.index || /^\s+of\b/.test(sentence.text.slice(end))) continue;
      // (The word alone opening a sentence is a name span too, which no evidence will keep: "Union" of "Union secretary-general".)
      const overlaps = (m: Mention) => m.sentence === sentence.index && m.start < end && start < m.end;
      if (mentions.some((m) => overlaps(m) && !(match[2] && m.source === 'name' && m.start === start && m.end === end))) continue;
      found.push({
        sentence: sentence.index,
        start,
        end,
        text: match[0],
        type: 'Organization',
        source: 'description',
        evidence: NAMED_HEAD,
      });
    }
  }
  return found;
}
