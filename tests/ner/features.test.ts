import { describe, expect, it } from 'vitest';
import { FeatureExtractor, isCapsSentence, shapeOf, shortShapeOf, titleCase, wordFeatures } from '../../src/ner/features.js';
import { EMPTY_LEXICON, type NerLexicon } from '../../src/ner/lexicon.js';

const lexicon: NerLexicon = {
  ...EMPTY_LEXICON,
  places: new Set(['oslo', 'new york']),
  firstNames: new Set(['anna']),
  titles: new Set(['president']),
  organizationHeads: new Set(['Bank']),
};

describe('features', () => {
  it('describes word shapes', () => {
    expect(shapeOf('Reuters')).toBe('Xxxxxxx');
    expect(shortShapeOf('Reuters')).toBe('Xx');
    expect(shortShapeOf('1996-08-22')).toBe('d-d-d');
    expect(shortShapeOf('IBM')).toBe('X');
    expect(shortShapeOf('McDonald')).toBe('XxXx');
  });

  it('sees headlines in capitals and title-cases their words', () => {
    expect(isCapsSentence(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', '.'])).toBe(true);
    expect(isCapsSentence(['The', 'IMF', 'said', 'so', '.'])).toBe(false);
    expect(titleCase('JAPAN')).toBe('Japan');
    expect(titleCase('Japan')).toBe('Japan');
  });

  it('lists form, shape, affixes, flags and list hits of a word', () => {
    const features = wordFeatures('Oslo', 0, lexicon);
    expect(features).toEqual(expect.arrayContaining(['W=Oslo', 'w=oslo', 'ss=Xx', 'p1=O', 'x3=slo', 'g:place']));
    expect(wordFeatures('Anna', 0, lexicon)).toContain('g:first');
    expect(wordFeatures('president', -1, lexicon)).toEqual(expect.arrayContaining(['w-1=president', 'title-1']));
  });

  it('gives every token its ids, with neighbours, pairs and list runs', () => {
    const seen: string[] = [];
    const extractor = new FeatureExtractor(lexicon, (f) => {
      seen.push(f);
      return seen.length - 1;
    });
    const features = extractor.sentence(['Anna', 'flew', 'to', 'New', 'York', '.']);
    expect(features.ids).toHaveLength(6);
    expect(features.lowers[3]).toBe('new');
    expect(seen).toEqual(
      expect.arrayContaining(['w-1|w=to|new', 'w|w+1=new|york', 'gP=B2', 'gP=I', 'first', 'last', 'w1=york', 'w-2=flew']),
    );
    const history = extractor.history(-1, -1, 'anna', 'Xx', []);
    expect(history.map((id) => seen[id])).toEqual(['t-1=<s>', 't-2,t-1=<s>|<s>', 't-1|w=<s>|anna', 't-1|s=<s>|Xx']);
  });
});
