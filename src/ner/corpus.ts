/**
 * Readers for the three annotated formats the recogniser is trained and measured on.
 * Every reader yields sentences of tokens with IOB2 (BIO) tags over PER / ORG / LOC / MISC.
 *   CoNLL-2003: `token TAB tag`, IOB2, blank line between sentences.
 *   Universal NER: `# text = …` comments, then `index TAB token TAB tag TAB …`.
 *   WikiGold: `token SPACE tag`, IOB1 (I- opens an entity unless it continues one of its type).
 */
import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

export type CorpusFormat = 'conll' | 'uner' | 'wikigold';

/** Guesses the format from the first lines: comments mean UNER, spaces WikiGold, tabs CoNLL. */
export function detectFormat(text: string): CorpusFormat {
  const lines = text.split('\n', 50).filter((l) => l.trim());
  if (lines.some((l) => l.startsWith('# '))) return 'uner';
  const first = lines.find((l) => !l.startsWith('-DOCSTART-')) ?? '';
  return first.includes('\t') ? 'conll' : 'wikigold';
}

/** IOB1 → IOB2: an I- that does not continue an entity of its own type opens one. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = i > 0 ? tags[i - 1]! : 'O';
    return previous.slice(2) === tag.slice(2) && previous !== 'O' ? tag : `B-${tag.slice(2)}`;
  });
}

/** Repairs an I- with no opening B- of its type (seen in hand annotation) into a B-. */
function repairIob2(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = i > 0 ? tags[i - 1]! : 'O';
    return previous !== 'O' && previous.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

export function parseCorpus(text: string, format: CorpusFormat = detectFormat(text)): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const close = () => {
    if (tokens.length) sentences.push({ tokens, tags: format === 'wikigold' ? iob1ToIob2(tags) : repairIob2(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      close();
      continue;
    }
    if (format === 'uner' && line.startsWith('#')) continue;
    if (line.startsWith('-DOCSTART-')) {
      close();
      continue;
    }
    const cells = format === 'wikigold' ? line.split(' ') : line.split('\t');
    const [token, tag] = format === 'uner' ? [cells[1], cells[2]] : [cells[0], cells[cells.length - 1]];
    if (token === undefined || tag === undefined) continue;
    tokens.push(token);
    tags.push(tag === 'O' || /^[BI]-(?:PER|ORG|LOC|MISC)$/.test(tag) ? tag : normaliseTag(tag));
  }
  close();
  return sentences;
}

/** Long type names some corpora use ("B-PERSON", "I-LOCATION") → the four short ones; else O. */
function normaliseTag(tag: string): string {
  const m = /^([BI])-(PER|ORG|LOC|MISC)/.exec(tag);
  return m ? `${m[1]}-${m[2]}` : 'O';
}

export function readCorpus(file: string): TaggedSentence[] {
  return parseCorpus(readFileSync(file, 'utf8'));
}
