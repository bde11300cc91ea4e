/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The words Neo4j's `standard-folding` analyzer drops when it indexes (Lucene's English
 * stop set). A query word that is one of them can never match an indexed term, so as a
 * required clause it would make "Bank of England" find nothing; such words are left out
 * of the Lucene query (an exact name or alias match still sees the whole text).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable words of user text: folded, split on punctuation, stop words out, at most 8. */
export function searchWords(text: string): string[] {
  return text
    .slice(0, 200)
    .split(/[\s\p{P}\p{S}]+/u)
    .map(fold)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .slice(0, 8);
}

/**
 * Edits a misspelt word may be away from the name it means: none for short words (a
 * one-letter change to "AI" or "Wu" is another word), one from four letters ("Siemns"),
 * two from eight ("Alibabba" needs one, but long names collect more slips).
 */
function typoEdits(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

export interface LuceneOptions {
  /** Also match words a few typing errors away, scored below exact and prefix matches. @default false */
  fuzzy?: boolean;
}

/**
 * Turns user text into a safe Lucene query: every word literal (escaped), each word also
 * matched as a prefix so partial words find names ("alib" → Alibaba), and with `fuzzy`
 * within a small edit distance ("Siemns" → Siemens), boosted so that an exact word scores
 * highest, a prefix next and a typo last. Returns null when nothing searchable is left.
 */
export function luceneQuery(text: string, options: LuceneOptions = {}): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const escaped = word.replace(SPECIAL, (c) => `\\${c}`);
    const edits = options.fuzzy ? typoEdits(word) : 0;
    return edits ? `(${escaped}^3 OR ${escaped}* OR ${escaped}~${edits}^0.5)` : `(${escaped}^3 OR ${escaped}*)`;
  });
  return clauses.join(' AND ');
}
