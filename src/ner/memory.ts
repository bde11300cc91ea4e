/**
 * What the recogniser said about a word earlier in the same document ("extended prediction
 * history"): a name typed ORG in running text is likely ORG again in a headline or after a
 * verb that makes it look like a person. One memory per document; entries older than
 * `window` sentences are forgotten (the training corpus has no document markers, so a
 * sliding window stands in for the document there).
 */
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Starts with a capital: ASCII checked by code, the rest by the Unicode class. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

interface Seen {
  counts: number[];
  sentence: number;
}

export class DocumentMemory {
  private readonly seen = new Map<string, Seen>();
  private sentence = 0;
  constructor(private readonly window = 40) {}

  /** The feature for `word` from earlier sentences: its most frequent type, if any. */
  featureOf(word: string): string | undefined {
    if (!this.seen.size || !startsUpper(word)) return undefined;
    const entry = this.seen.get(word);
    if (!entry || this.sentence - entry.sentence > this.window) return undefined;
    let best = -1;
    for (let t = 0; t < TYPES.length; t += 1) if (entry.counts[t]! > 0 && (best < 0 || entry.counts[t]! > entry.counts[best]!)) best = t;
    return best < 0 ? undefined : `hist=${TYPES[best]}`;
  }

  /** Records a tagged sentence's capitalised words inside entities. */
  record(tokens: readonly string[], tags: readonly string[]): void {
    this.sentence += 1;
    for (let i = 0; i < tokens.length; i += 1) {
      const tag = tags[i]!;
      if (tag === 'O' || !startsUpper(tokens[i]!)) continue;
      const t = TYPES.indexOf(tag.slice(2) as (typeof TYPES)[number]);
      const key = tokens[i]!;
      let entry = this.seen.get(key);
      if (!entry || this.sentence - entry.sentence > this.window) {
        entry = { counts: [0, 0, 0, 0], sentence: this.sentence };
        this.seen.set(key, entry);
      }
      entry.counts[t]! += 1;
      entry.sentence = this.sentence;
    }
  }
}
