import { describe, expect, it } from 'vitest';
import { detectFormat, iob1ToIob2, parseCorpus } from '../../src/ner/corpus.js';

// Invented sentences in each corpus format; no test reads the shared corpora.
const CONLL = 'Anna\tB-PER\nBrandt\tI-PER\nvisited\tO\nOslo\tB-LOC\n.\tO\n\nVeltrano\tB-ORG\nwon\tO\n';
const UNER =
  '# sent_id = x-1\n# text = ask Tomas at Kestrel Labs\n1\task\tO\t-\t-\n2\tTomas\tB-PER\t-\tann\n3\tat\tO\t-\t-\n4\tKestrel\tB-ORG\t-\tann\n5\tLabs\tI-ORG\t-\tann\n';
const WIKIGOLD = 'The I-ORG\nMarlow I-ORG\nQuartet I-ORG\nplayed O\nin O\nLeeds I-LOC\nand O\nYork I-LOC\n. O\n';

describe('corpus readers', () => {
  it('detects each format', () => {
    expect(detectFormat(CONLL)).toBe('conll');
    expect(detectFormat(UNER)).toBe('uner');
    expect(detectFormat(WIKIGOLD)).toBe('wikigold');
  });

  it('reads CoNLL IOB2 sentences split at blank lines', () => {
    const sentences = parseCorpus(CONLL);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toEqual({ tokens: ['Anna', 'Brandt', 'visited', 'Oslo', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] });
  });

  it('reads UNER rows, skipping comments', () => {
    const [sentence] = parseCorpus(UNER);
    expect(sentence!.tokens).toEqual(['ask', 'Tomas', 'at', 'Kestrel', 'Labs']);
    expect(sentence!.tags).toEqual(['O', 'B-PER', 'O', 'B-ORG', 'I-ORG']);
  });

  it('turns WikiGold IOB1 into IOB2: an I- opens a name unless it continues one of its type', () => {
    const [sentence] = parseCorpus(WIKIGOLD);
    expect(sentence!.tags).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O']);
    expect(iob1ToIob2(['I-PER', 'I-LOC', 'I-LOC', 'O', 'I-PER'])).toEqual(['B-PER', 'B-LOC', 'I-LOC', 'O', 'B-PER']);
  });
});
