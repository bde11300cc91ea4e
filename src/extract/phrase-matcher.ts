/**
 * Finds vocabulary phrases in text in one left-to-right pass over its words: a trie of the
 * phrases' words, walked from each word start. It replaces one regex alternation of every
 * phrase, which V8 ran at a cost that grew with the vocabulary on every sentence.
 *
 * Matches are what that alternation gave: whole words only (no letter or digit either
 * side), hyphens and runs of whitespace interchangeable between words, other punctuation
 * literal ("A.I."), the longest phrase at the leftmost start, no overlaps.
 */

const WORDS = /[\p{L}\p{N}]+/gu;
/** Between two words of a phrase: any run of hyphens and whitespace. */
const SPACING = ' ';

/** Alternating levels: after a word come separators, after a separator words. */
interface TrieNode {
  words: Map<string, TrieNode>;
  separators: Map<string, TrieNode>;
  /** A phrase ends after this word and then this literal tail ("" for none, "." for "A.I."). */
  ends: string[];
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/** A text's words (maximal runs of letters and digits), computed once for several matchers. */
export interface Words {
  starts: number[];
  ends: number[];
  text: string[];
  lower: string[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a code point is a letter or digit: ASCII by arithmetic, the rest by Unicode class. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The same runs as WORDS finds, scanned by hand: a regex match object per word cost more than the scan. */
export function wordsOf(text: string): Words {
  const words: Words = { starts: [], ends: [], text: [], lower: [] };
  let start = -1;
  for (let i = 0; i <= text.length;) {
    const code = i < text.length ? text.codePointAt(i)! : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code >= 0 && isWordCode(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      words.starts.push(start);
      words.ends.push(i);
      words.text.push(word);
      words.lower.push(word.toLowerCase());
      start = -1;
    }
    i += width;
  }
  return words;
}

export interface PhraseMatcher {
  matchAll(text: string, words?: Words): PhraseMatch[];
}

const emptyNode = (): TrieNode => ({ words: new Map(), separators: new Map(), ends: [] });
const isSpacing = (run: string) => /^[-\s]+$/.test(run);

/** A phrase as words and the separators between them; a trailing non-word tail is kept apart. */
function parts(phrase: string): { words: string[]; separators: string[]; tail: string } | undefined {
  const words = phrase.match(WORDS);
  if (!words || !/^[\p{L}\p{N}]/u.test(phrase)) return undefined;
  const between = phrase.split(/[\p{L}\p{N}]+/u).slice(1);
  const tail = between.pop() ?? '';
  return { words, separators: between.map((s) => (isSpacing(s) ? SPACING : s)), tail };
}

export function createPhraseMatcher(phrases: Iterable<string>, caseSensitive: boolean): PhraseMatcher {
  const fold = (word: string) => (caseSensitive ? word : word.toLowerCase());
  const root = emptyNode();
  for (const phrase of phrases) {
    const shape = parts(phrase);
    if (!shape) continue;
    let node = root;
    shape.words.forEach((word, i) => {
      const key = fold(word);
      let next = node.words.get(key);
      if (!next) node.words.set(key, (next = emptyNode()));
      node = next;
      const separator = shape.separators[i];
      if (separator === undefined) return;
      let after = node.separators.get(separator);
      if (!after) node.separators.set(separator, (after = emptyNode()));
      node = after;
    });
    if (!node.ends.includes(shape.tail)) node.ends.push(shape.tail);
  }

  /** The end of the longest phrase starting at word `first`, or -1. */
  function longestFrom(text: string, words: Words, first: number): number {
    const keys = caseSensitive ? words.text : words.lower;
    let best = -1;
    let node: TrieNode | undefined = root;
    for (let i = first; node && i < keys.length; i += 1) {
      const next: TrieNode | undefined = node.words.get(keys[i]!);
      if (!next) break;
      const at = words.ends[i]!;
      const following = words.starts[i + 1] ?? text.length;
      for (const tail of next.ends) {
        const end = at + tail.length;
        // Words are maximal runs, so the tail must stop short of the next word.
        const bounded = following === text.length || end < following;
        if (bounded && end > best && text.startsWith(tail, at)) best = end;
      }
      if (following === text.length) break;
      const run = text.slice(at, following);
      node = next.separators.get(isSpacing(run) ? SPACING : run);
    }
    return best;
  }

  return {
    matchAll(text, words = wordsOf(text)) {
      const found: PhraseMatch[] = [];
      for (let i = 0; i < words.starts.length; i += 1) {
        if (!root.words.has((caseSensitive ? words.text : words.lower)[i]!)) continue;
        const end = longestFrom(text, words, i);
        if (end < 0) continue;
        const start = words.starts[i]!;
        found.push({ start, end, text: text.slice(start, end) });
        while (i + 1 < words.starts.length && words.starts[i + 1]! < end) i += 1;
      }
      return found;
    },
  };
}
