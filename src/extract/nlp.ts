import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;
/** The id wink gave the first word outside its lexicon (see isCommonWord). */
let firstUnknownId = 0;

/**
 * The wink-nlp English model, loaded once (~60 ms) on first use. Only sentence boundaries,
 * POS tags and lemmas are used: leaving wink's NER, negation and sentiment out of the pipe gives
 * the same tags and sentences in two thirds of the time.
 */
export function wink(): Wink {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    // Before any text: every word wink meets later that is not in its lexicon gets a higher id.
    firstUnknownId = instance.readDoc('qqzxjvkwpq').tokens().out(instance.its.uniqueId)[0] as unknown as number;
  }
  return instance;
}

export interface WinkToken {
  text: string;
  pos: string;
  /** wink's lemma, lower-cased ("addressed" → "address"): what the rule layer's verb classes match. */
  lemma: string;
  /** Offset within the analysed text. */
  start: number;
  end: number;
}

/** Runs without spaces longer than this are no words: the tokenizer reads them cut every RUN_CUT characters. */
const LONG_RUN = /\S{100,}/g;
const RUN_CUT = 64;

/**
 * `text` with every long run of characters without spaces cut by a space every RUN_CUT characters, at the same
 * length (so offsets hold). wink's e-mail pattern backtracks over such a run in time that grows with its square:
 * 48 000 characters of "Abc-Abc-…" took 10 s to tokenize, and a request carrying them held the server.
 */
function withLongRunsCut(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += 1) {
      const code = run.charCodeAt(i);
      // Never between the halves of a surrogate pair.
      const cut = i % RUN_CUT === RUN_CUT - 1 && !(code >= 0xd800 && code <= 0xdfff);
      out += cut ? ' ' : run[i];
    }
    return out;
  });
}

/**
 * Tokens of `text` with their POS tags and character offsets. wink keeps no offsets, so
 * each token is found in the text after the previous one.
 */
export function tokenize(text: string): { tokens: WinkToken[]; sentenceEnds: number[] } {
  const nlp = wink();
  const doc = nlp.readDoc(withLongRunsCut(text));
  const its = nlp.its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink's typings give `its.lemma` a signature `out` does not accept; at run time it is an its function like the others.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return; // wink normalised the token (rare): skip it rather than misplace it
    tokens.push({ text: value, pos: tags[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase(), start: at, end: at + value.length });
    cursor = at + value.length;
  });
  // A sentence's span is its first and last token index, counted over wink's tokens.
  const sentenceEnds: number[] = [];
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [, lastToken] = sentence.out(its.span) as [number, number];
    const last = tokens[Math.min(lastToken + 1, tokens.length) - 1];
    if (last) sentenceEnds.push(last.end);
  });
  return { tokens: splitPossessives(joinSplitWords(tokens)), sentenceEnds };
}

const LETTERS = /^\p{L}+$/u;
const BEYOND_LATIN1 = /[\u0100-\u{10ffff}]/u;

/**
 * wink splits a word at every letter outside Latin-1 ("Vlčková" → "Vl" "č" "ková",
 * "Gdańsk" → "Gda" "ń" "sk"), which cut Central European names short. Letter runs that
 * touch, where one holds such a letter, are one word again; a name's tag wins.
 */
export function joinSplitWords(tokens: WinkToken[]): WinkToken[] {
  const joined: WinkToken[] = [];
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    const splitWord =
      previous &&
      previous.end === token.start &&
      LETTERS.test(previous.text) &&
      LETTERS.test(token.text) &&
      (BEYOND_LATIN1.test(previous.text) || BEYOND_LATIN1.test(token.text));
    if (!splitWord) {
      joined.push(token);
      continue;
    }
    const text = previous.text + token.text;
    const pos = previous.pos === 'PROPN' || token.pos === 'PROPN' ? 'PROPN' : previous.pos === 'X' ? token.pos : previous.pos;
    joined[joined.length - 1] = { text, pos, lemma: text.toLowerCase(), start: previous.start, end: token.end };
  }
  return joined;
}

/** Words before which "'s" is "is" or "has", not a possessive. */
const CONTRACTING = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'here', 'who', 'where', 'how', 'let']);

/**
 * wink splits "Parkinson's" into "Parkinson" "'s" until it has met the word whole, and keeps it
 * whole after: its lexicon grows with every text it reads, so the same sentence tokenised later
 * in a process would give another name ("Parkinson's Futures" or "Parkinson" and "Futures").
 * A word ending in "'s" is always split, so every article reads the same whatever came before.
 */
export function splitPossessives(tokens: WinkToken[]): WinkToken[] {
  const out: WinkToken[] = [];
  for (const token of tokens) {
    const match = /^(.+?)(['’][sS])$/u.exec(token.text);
    if (!match || !/\p{L}$/u.test(match[1]!)) {
      out.push(token);
      continue;
    }
    const base = match[1]!;
    const cut = token.start + base.length;
    const lemma = base.toLowerCase();
    out.push({ text: base, pos: token.pos, lemma, start: token.start, end: cut });
    out.push({ text: match[2]!, pos: CONTRACTING.has(lemma) ? 'AUX' : 'PART', lemma: match[2]!.toLowerCase(), start: cut, end: token.end });
  }
  return out;
}

/** What joins the texts of one wink pass: a blank line, across which no token or sentence runs. */
const TEXT_BREAK = '\n\n';

/**
 * `tokenize` for several texts in one wink pass: a document costs wink a fixed set-up, which
 * an article's dozen short lines paid a dozen times. Each text gets back its own tokens and
 * sentence ends, offsets relative to itself. A sentence wink runs across a break ends at the
 * break (the caller closes each text's last sentence).
 */
export function tokenizeEach(texts: readonly string[]): Array<{ tokens: WinkToken[]; sentenceEnds: number[] }> {
  const { tokens, sentenceEnds } = tokenize(texts.join(TEXT_BREAK));
  const results = texts.map(() => ({ tokens: [] as WinkToken[], sentenceEnds: [] as number[] }));
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + TEXT_BREAK.length;
  }
  /** Index of the text holding offset `offset`, moving forward only. */
  let current = 0;
  const textAt = (offset: number) => {
    while (current + 1 < texts.length && offset >= starts[current + 1]!) current += 1;
    return current;
  };
  for (const token of tokens) {
    const i = textAt(token.start);
    token.start -= starts[i]!;
    token.end -= starts[i]!;
    // wink keeps the break itself as a whitespace token; it belongs to no text.
    if (token.end <= texts[i]!.length) results[i]!.tokens.push(token);
  }
  current = 0;
  for (const end of sentenceEnds) {
    const i = textAt(end - 1);
    results[i]!.sentenceEnds.push(end - starts[i]!);
  }
  return results;
}

/**
 * Whether a lower-case word is in wink's English lexicon as anything but a proper noun
 * ("pictures", "nutrition", "field"). wink numbers its lexicon first and every word it
 * has not seen after it, so an id below the first unseen word's is a lexicon entry.
 */
export function isCommonWord(word: string): boolean {
  return lexiconEntry(word) !== undefined;
}

/** A common noun in the singular ("fishmonger", "farmer"): in the lexicon as a noun, its own lemma. */
export function isSingularNoun(word: string): boolean {
  const entry = lexiconEntry(word);
  return entry?.pos === 'NOUN' && entry.lemma === word.toLowerCase();
}

/** A common noun in the plural ("pictures", "seeds"): in the lexicon, its lemma another word. */
export function isPluralNoun(word: string): boolean {
  const entry = lexiconEntry(word);
  return entry?.pos === 'NOUN' && entry.lemma !== word.toLowerCase() && word.toLowerCase().endsWith('s');
}

/** A word's part of speech in wink's lexicon ("former" ADJ, "per" ADP), whatever the tagger made of it capitalised. */
export function lexiconPos(word: string): string | undefined {
  return lexiconEntry(word)?.pos;
}

/** Words recur across names and articles: each is looked up in wink once (a bounded cache). */
const entries = new Map<string, { pos: string; lemma: string } | undefined>();

function lexiconEntry(word: string): { pos: string; lemma: string } | undefined {
  const key = word.toLowerCase();
  if (entries.has(key)) return entries.get(key);
  if (entries.size > 50_000) entries.clear();
  const entry = lookUp(key);
  entries.set(key, entry);
  return entry;
}

function lookUp(word: string): { pos: string; lemma: string } | undefined {
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(word.toLowerCase()).tokens();
  if (tokens.length() !== 1 || (tokens.out(its.uniqueId)[0] as unknown as number) >= firstUnknownId) return undefined;
  const pos = tokens.out(its.pos)[0] as string;
  const lemma = String(tokens.out(its.lemma as unknown as typeof its.value)[0]).toLowerCase();
  return pos === 'PROPN' ? undefined : { pos, lemma };
}
