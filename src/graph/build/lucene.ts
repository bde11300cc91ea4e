/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Turns user text into a safe Lucene query: every word literal (escaped), each word also
 * matched as a prefix so partial words find names ("alib" → Alibaba). Returns null when
 * nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .slice(0, 200)
    .split(/[\s\p{P}\p{S}]+/u)
    .map(fold)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const escaped = word.replace(SPECIAL, (c) => `\\${c}`);
    return `(${escaped}^3 OR ${escaped}*)`;
  });
  return clauses.join(' AND ');
}
