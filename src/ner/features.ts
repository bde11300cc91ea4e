/**
 * Feature extraction for the recogniser. Features are strings interned into integer ids;
 * everything that depends only on a word (its form, shape, affixes, list hits) is worked
 * out once per distinct word and position and cached as ids, so tagging a token mostly
 * concatenates cached arrays. Only the features of the previous tags are built per token.
 */
import type { NerLexicon } from './lexicon.js';
import type { DocumentMemory } from './memory.js';
import { TAGS } from './tags.js';

/** Maps a feature string to its id, or -1 when the model has no such feature. */
export type FeatureIds = (feature: string) => number;

/** "Xxxx" for "Reuters", "dd-dd" for "12-34": each character's class, at most 12 long. */
export function shapeOf(word: string): string {
  let shape = '';
  for (let i = 0; i < word.length && i < 12; i += 1) {
    const c = word[i]!;
    shape +=
      c >= 'A' && c <= 'Z'
        ? 'X'
        : c >= 'a' && c <= 'z'
          ? 'x'
          : c >= '0' && c <= '9'
            ? 'd'
            : c.toLowerCase() !== c
              ? 'X'
              : c.toUpperCase() !== c
                ? 'x'
                : c;
  }
  return shape;
}

/** The shape with runs collapsed: "Xx" for "Reuters", "d-d" for "12-34". */
export function shortShapeOf(word: string): string {
  const shape = shapeOf(word);
  let short = '';
  for (const c of shape) if (short[short.length - 1] !== c) short += c;
  return short;
}

const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** "GERMANY" → "Germany", so capitals in headlines and datelines look like running text. */
export function titleCase(word: string): string {
  return word.length > 1 && ALL_CAPS.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** A sentence mostly in capitals (a headline or a dateline): three or more capital words, few lower-case ones. */
export function isCapsSentence(tokens: readonly string[]): boolean {
  let caps = 0;
  let lower = 0;
  for (const token of tokens) {
    if (!/\p{L}/u.test(token)) continue;
    if (/\p{Ll}/u.test(token)) lower += 1;
    else if (token.length > 1) caps += 1;
  }
  return caps >= 2 && caps > 3 * lower;
}

/** isCapsSentence over cached words. */
function isCapsRun(words: ReadonlyArray<{ caps: boolean; lowerCase: boolean }>): boolean {
  let caps = 0;
  let lower = 0;
  for (const word of words) {
    if (word.lowerCase) lower += 1;
    else if (word.caps) caps += 1;
  }
  return caps >= 2 && caps > 3 * lower;
}

/** Feature strings of a word seen at relative position `at` (-2 … 2) from the token being tagged. */
export function wordFeatures(word: string, at: number, lexicon: NerLexicon): string[] {
  const lower = word.toLowerCase();
  const short = shortShapeOf(word);
  if (at !== 0) {
    const features = [`w${at}=${lower}`, `s${at}=${short}`];
    if (at === -1 || at === 1) {
      if (lexicon.titles.has(lower.replace(/\.$/, ''))) features.push(`title${at}`);
      if (lexicon.organizationHeads.has(word)) features.push(`orghead${at}`);
      if (lexicon.firstNames.has(lower) && UPPER.test(word)) features.push(`first${at}`);
    }
    return features;
  }
  const features = [`W=${word}`, `w=${lower}`, `s=${shapeOf(word)}`, `ss=${short}`, `len=${Math.min(word.length, 8)}`];
  for (let n = 1; n <= 4 && n < word.length; n += 1) features.push(`p${n}=${word.slice(0, n)}`, `x${n}=${lower.slice(-n)}`);
  if (/\d/.test(word)) features.push('digit');
  if (word.includes('-')) features.push('hyphen');
  if (/^\p{Lu}\.$/u.test(word)) features.push('initial');
  if (/^\p{Lu}[\p{L}.&-]*$/u.test(word) && word.length > 1 && ALL_CAPS.test(word)) features.push('allcaps');
  if (UPPER.test(word)) {
    if (lexicon.places.has(lower)) features.push('g:place');
    if (lexicon.firstNames.has(lower)) features.push('g:first');
    if (lexicon.surnames.has(lower)) features.push('g:surname');
    if (lexicon.demonyms.has(word) || lexicon.demonyms.has(titleCase(word))) features.push('g:demonym');
    if (lexicon.organizationHeads.has(word) || lexicon.organizationHeads.has(titleCase(word))) features.push('g:orghead');
    if (lexicon.organizations.has(word)) features.push('g:org');
  }
  if (lexicon.titles.has(lower.replace(/\.$/, ''))) features.push('g:title');
  return features;
}

/** Longest run of up to four words starting at `i` that `has` knows (by the key `key` gives it); runs of one word only unless `longer`. */
function longestMatch(
  words: readonly string[],
  i: number,
  has: (key: string) => boolean,
  key: (s: string) => string,
  longer: boolean,
): number {
  for (let n = longer ? Math.min(4, words.length - i) : 1; n >= 1; n -= 1) {
    let phrase = words[i]!;
    for (let k = 1; k < n; k += 1) phrase += ` ${words[i + k]!}`;
    if (has(key(phrase))) return n;
  }
  return 0;
}

const lowerCase = (s: string) => s.toLowerCase();
const asWritten = (s: string) => s;

export interface SentenceFeatures {
  /** Per token: ids of every feature but the previous tags'. */
  ids: Int32Array[];
  lowers: string[];
  shorts: string[];
  /** Per token: ids of the document memory's features, when a memory is in use. */
  memory?: Array<Int32Array | undefined> | undefined;
}

/**
 * Per-sentence extraction: static feature ids per token, plus the few features that need the
 * previous tags. One extractor per model (it caches word features as that model's ids).
 */
/** Ids of two-part features ("w-1|w=a|b") without building their strings each time: a → b → id. */
class PairIds {
  private readonly byFirst = new Map<string, Map<string, number>>();
  private size = 0;
  constructor(
    private readonly ids: FeatureIds,
    private readonly prefix: string,
  ) {}

  /** The id of `${prefix}${first}|${second}`, building the string only the first time. */
  get(first: string, second: string): number {
    let inner = this.byFirst.get(first);
    if (!inner) {
      if (this.size > 500_000) {
        this.byFirst.clear();
        this.size = 0;
      }
      inner = new Map();
      this.byFirst.set(first, inner);
    }
    let id = inner.get(second);
    if (id === undefined) {
      id = this.ids(`${this.prefix}${first}|${second}`);
      inner.set(second, id);
      this.size += 1;
    }
    return id;
  }
}

interface CachedWord {
  lower: string;
  short: string;
  /** In capitals, more than one character ("GERMANY", "UK"). */
  caps: boolean;
  /** Has a lower-case letter. */
  lowerCase: boolean;
  ids: Int32Array[];
}

/** Ids of "s-1|s|s+1=a|b|c" by its three shapes, which come from the word cache (strings whose hashes are kept). */
class TripleIds {
  private readonly byFirst = new Map<string, PairIds>();
  constructor(private readonly ids: FeatureIds) {}

  get(first: string, second: string, third: string): number {
    let pairs = this.byFirst.get(first);
    if (!pairs) {
      if (this.byFirst.size > 10_000) this.byFirst.clear();
      pairs = new PairIds(this.ids, `s-1|s|s+1=${first}|`);
      this.byFirst.set(first, pairs);
    }
    return pairs.get(second, third);
  }
}

const HISTORY_TAGS = ['<s>', ...TAGS];

export class FeatureExtractor {
  private readonly cache = new Map<string, CachedWord>();
  private scratch = new Int32Array(4096);
  /** First words of the lists' names of several words: only these can open a longer match. */
  private readonly openers: { places: Set<string>; organizations: Set<string> };
  private readonly before: PairIds;
  private readonly after: PairIds;
  private readonly shapes: TripleIds;
  private readonly tagWord: PairIds;
  private readonly tagShape: PairIds;
  private readonly single = new Map<string, number>();
  /** Ids of "t-1=X" by previous tag index + 1, and of "t-2,t-1=X|Y" by (t-2 + 1) * 10 + t-1 + 1. */
  private readonly previousIds: Int32Array;
  private readonly twoPreviousIds: Int32Array;
  constructor(
    private readonly lexicon: NerLexicon,
    private readonly ids: FeatureIds,
  ) {
    this.openers = {
      places: new Set([...lexicon.places.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')))),
      organizations: new Set([...lexicon.organizations].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')))),
    };
    this.before = new PairIds(ids, 'w-1|w=');
    this.after = new PairIds(ids, 'w|w+1=');
    this.shapes = new TripleIds(ids);
    this.tagWord = new PairIds(ids, 't-1|w=');
    this.tagShape = new PairIds(ids, 't-1|s=');
    this.previousIds = Int32Array.from(HISTORY_TAGS.map((t) => ids(`t-1=${t}`)));
    this.twoPreviousIds = Int32Array.from(HISTORY_TAGS.flatMap((t2) => HISTORY_TAGS.map((t1) => ids(`t-2,t-1=${t2}|${t1}`))));
  }

  private idsOf(features: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) {
      const id = this.ids(f);
      if (id >= 0) out.push(id);
    }
    return Int32Array.from(out);
  }

  /** The id of a feature with no parts to cache by. */
  private idOf(feature: string): number {
    let id = this.single.get(feature);
    if (id === undefined) {
      if (this.single.size > 200_000) this.single.clear();
      id = this.ids(feature);
      this.single.set(feature, id);
    }
    return id;
  }

  /** A word's lower form, short shape and feature ids at the five positions, worked out once. */
  private wordOf(word: string): CachedWord {
    let cached = this.cache.get(word);
    if (!cached) {
      if (this.cache.size > 200_000) this.cache.clear();
      const letters = /\p{L}/u.test(word);
      const lowerCaseLetters = /\p{Ll}/u.test(word);
      cached = {
        lower: word.toLowerCase(),
        short: shortShapeOf(word),
        caps: letters && !lowerCaseLetters && word.length > 1,
        lowerCase: letters && lowerCaseLetters,
        ids: [-2, -1, 0, 1, 2].map((at) => this.idsOf(wordFeatures(word, at, this.lexicon))),
      };
      this.cache.set(word, cached);
    }
    return cached;
  }

  /** Static feature ids per token (everything but the previous tags), and the forms history features read. */
  sentence(tokens: readonly string[]): SentenceFeatures {
    const raw = tokens.map((w) => this.wordOf(w));
    const caps = isCapsRun(raw);
    const words = caps ? tokens.map(titleCase) : tokens;
    const n = words.length;
    const cached = caps ? words.map((w) => this.wordOf(w)) : raw;
    const lowers = cached.map((c) => c.lower);
    const shorts = cached.map((c) => c.short);
    const gazPlace = new Array<string>(n).fill('');
    const gazOrg = new Array<string>(n).fill('');
    for (let i = 0; i < n; i += 1) {
      if (!UPPER.test(words[i]!)) continue;
      const place = gazPlace[i]
        ? 0
        : longestMatch(words, i, (k) => this.lexicon.places.has(k), lowerCase, this.openers.places.has(cached[i]!.lower));
      for (let k = 0; k < place; k += 1) gazPlace[i + k] = k === 0 ? `gP=B${place}` : 'gP=I';
      const org = gazOrg[i]
        ? 0
        : longestMatch(words, i, (k) => this.lexicon.organizations.has(k), asWritten, this.openers.organizations.has(words[i]!));
      for (let k = 0; k < org; k += 1) gazOrg[i + k] = k === 0 ? 'gO=B' : 'gO=I';
    }
    // Every token's ids go into one scratch buffer, copied out once per sentence: one backing
    // store per sentence rather than one per token keeps the garbage collector out of the way.
    const offsets = new Array<number>(n + 1);
    let used = 0;
    const add = (id: number) => {
      if (id < 0) return;
      if (used === this.scratch.length) this.grow(used + 1);
      this.scratch[used++] = id;
    };
    for (let i = 0; i < n; i += 1) {
      offsets[i] = used;
      const lower = lowers[i]!;
      const short = shorts[i]!;
      const previousLower = lowers[i - 1] ?? '<s>';
      const nextLower = lowers[i + 1] ?? '</s>';
      add(this.idOf('bias'));
      add(this.before.get(previousLower, lower));
      add(this.after.get(lower, nextLower));
      add(this.shapes.get(shorts[i - 1] ?? '<s>', short, shorts[i + 1] ?? '</s>'));
      if (i === 0) {
        add(this.idOf(`first|s=${short}`));
        add(this.idOf('first'));
        if (n > 1) add(this.idOf(`first|w+1=${nextLower}`));
      }
      if (i === n - 1) add(this.idOf('last'));
      if (caps) {
        add(this.idOf('caps'));
        add(this.idOf(`caps|s=${short}`));
        add(this.idOf(`caps|w=${lower}`));
      }
      if (gazPlace[i]) add(this.idOf(gazPlace[i]!));
      if (gazOrg[i]) add(this.idOf(gazOrg[i]!));
      for (let at = -2; at <= 2; at += 1) {
        const word = cached[i + at];
        if (word === undefined) continue;
        const part = word.ids[at + 2]!;
        if (used + part.length > this.scratch.length) this.grow(used + part.length);
        this.scratch.set(part, used);
        used += part.length;
      }
    }
    offsets[n] = used;
    const flat = this.scratch.slice(0, used);
    const out: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i += 1) out[i] = flat.subarray(offsets[i]!, offsets[i + 1]!);
    return { ids: out, lowers, shorts };
  }

  private grow(need: number): void {
    let size = this.scratch.length;
    while (size < need) size *= 2;
    const next = new Int32Array(size);
    next.set(this.scratch);
    this.scratch = next;
  }

  /** Ids of what the document said earlier about each token (see DocumentMemory), or undefined. */
  remembered(tokens: readonly string[], features: SentenceFeatures, memory: DocumentMemory): void {
    features.memory = undefined;
    let any = false;
    const found = tokens.map((token) => {
      const feature = memory.featureOf(token);
      any ||= feature !== undefined;
      return feature;
    });
    if (!any) return;
    features.memory = found.map((feature, i) => {
      return feature ? this.idsOf([feature, `${feature}|s=${features.shorts[i]}`]) : undefined;
    });
  }

  /** Ids of the features that read the previous two tags (indices into TAGS; -1 before the sentence). */
  history(previous: number, beforePrevious: number, lower: string, short: string, into: number[]): number[] {
    into.length = 0;
    const name = HISTORY_TAGS[previous + 1]!;
    const one = this.previousIds[previous + 1]!;
    const two = this.twoPreviousIds[(beforePrevious + 1) * HISTORY_TAGS.length + previous + 1]!;
    const word = this.tagWord.get(name, lower);
    const shape = this.tagShape.get(name, short);
    if (one >= 0) into.push(one);
    if (two >= 0) into.push(two);
    if (word >= 0) into.push(word);
    if (shape >= 0) into.push(shape);
    return into;
  }
}
