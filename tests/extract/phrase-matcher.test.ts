import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, wordsOf } from '../../src/extract/phrase-matcher.js';
import { phraseAlternation } from '../../src/extract/text.js';

const PHRASES = [
  'artificial intelligence',
  'artificial intelligence governance',
  'e-commerce',
  'AI',
  'A.I.',
  'open source AI models',
  'retail',
  'retail banking',
  'cloud',
];

/** The regex alternation the matcher replaced: its results are the reference. */
function regexMatches(phrases: string[], caseSensitive: boolean, text: string) {
  const spaced = phrases.map((p) => p.replace(/[-\s]+/g, ' ')); // as the vocabulary keys them
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(spaced)})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

describe('phrase matcher', () => {
  it('splits words exactly as the letter-or-digit regex does, beyond ASCII too', () => {
    const texts = [
      '',
      '  ',
      'Wu, 58, said: "AI—now!"',
      'São Paulo’s e-commerce',
      'cafe\u0301 Ⅻ ² 𝐀𝐁c 中国 العربية',
      'lone \ud800 surrogate',
      'tab\tnew\nline end9',
    ];
    for (const text of texts) {
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
      const words = wordsOf(text);
      expect(words.text).toEqual(expected.map((m) => m[0]));
      expect(words.starts).toEqual(expected.map((m) => m.index));
      expect(words.ends).toEqual(expected.map((m) => m.index + m[0].length));
      expect(words.lower).toEqual(expected.map((m) => m[0].toLowerCase()));
    }
  });

  const insensitive = createPhraseMatcher(PHRASES, false);

  it('finds whole-word phrases, longest first, hyphens and spaces interchangeable', () => {
    const text = 'Artificial-intelligence governance helps e commerce and Retail banking, not retailers or cloudy skies.';
    expect(insensitive.matchAll(text).map((m) => m.text)).toEqual(['Artificial-intelligence governance', 'e commerce', 'Retail banking']);
  });

  it('keeps punctuation inside a phrase literal and needs a boundary after it', () => {
    expect(insensitive.matchAll('Is A.I. here? A.I.M is not.').map((m) => [m.text, m.start])).toEqual([['A.I.', 3]]);
    expect(insensitive.matchAll('AI.').map((m) => m.text)).toEqual(['AI']);
  });

  it('respects case when asked', () => {
    const sensitive = createPhraseMatcher(['AI'], true);
    expect(sensitive.matchAll('AI and ai and Ai').map((m) => m.start)).toEqual([0]);
  });

  it('treats letters of any script and astral characters as word characters', () => {
    expect(insensitive.matchAll('cloud云 𝐀cloud cloud😀').map((m) => m.start)).toEqual([15]);
  });

  it('agrees with the regex alternation on random text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'artificial',
      'intelligence',
      'governance',
      'e',
      'commerce',
      'AI',
      'ai',
      'A',
      'I',
      'open',
      'source',
      'models',
      'retail',
      'banking',
      'cloud',
      'x',
      '.',
      '-',
      ' ',
      '  ',
      ', ',
      '--',
      '\t',
      'é',
      '1',
    ];
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join(
        random() < 0.5 ? ' ' : '',
      );
      for (const caseSensitive of [false, true]) {
        expect(createPhraseMatcher(PHRASES, caseSensitive).matchAll(text), JSON.stringify(text)).toEqual(
          regexMatches(PHRASES, caseSensitive, text),
        );
      }
    }
  });
});
