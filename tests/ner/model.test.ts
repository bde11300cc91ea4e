import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../src/ner/lexicon.js';
import { decodeGreedy } from '../../src/ner/model.js';
import { FeatureExtractor } from '../../src/ner/features.js';
import { spansOf, TAG_COUNT, TAGS, validTransition } from '../../src/ner/tags.js';
import { addSentence, emptyScore, prf } from '../../src/ner/score.js';
import { modelOf, packModel, seededRandom, train } from '../../src/ner/train.js';
import { NerModel } from '../../src/ner/model.js';
import { DocumentMemory } from '../../src/ner/memory.js';
import { loadShippedNerModel } from '../../src/ner/load.js';

/** Invented sentences: people with given names, companies ending in a head word, towns after "in". */
const PEOPLE = [
  ['Ilsa', 'Varga'],
  ['Tomas', 'Brenner'],
  ['Mira', 'Okafor'],
  ['Jonas', 'Lind'],
  ['Petra', 'Soll'],
];
const COMPANIES = [
  ['Kestrel', 'Labs'],
  ['Orvane', 'Systems'],
  ['Tallow', 'Group'],
  ['Brisk', 'Labs'],
  ['Norrow', 'Group'],
];
const TOWNS = ['Vellmar', 'Ostrava', 'Keswick', 'Harlow', 'Tarnow'];

function invented(count: number, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const person = pick(PEOPLE);
    const company = pick(COMPANIES);
    const town = pick(TOWNS);
    return {
      tokens: [...person, 'joined', ...company, 'in', town, '.'],
      tags: ['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O'],
    };
  });
}

describe('decoding', () => {
  it('only ever yields valid BIO sequences, whatever the weights', () => {
    const random = seededRandom(3);
    const extractor = new FeatureExtractor(EMPTY_LEXICON, (f) => (f.length * 7919 + f.charCodeAt(0)) % 500);
    const weights = Float32Array.from({ length: 500 * TAG_COUNT }, () => random() * 2 - 1);
    for (let k = 0; k < 50; k += 1) {
      const tokens = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => ['Oslo', 'the', 'Bank', 'of', 'X', '.'][Math.floor(random() * 6)]!,
      );
      const { tags } = decodeGreedy(extractor.sentence(tokens), extractor, weights);
      tags.forEach((tag, i) =>
        expect(validTransition(i === 0 ? -1 : TAGS.indexOf(tags[i - 1] as never), TAGS.indexOf(tag as never))).toBe(true),
      );
    }
  });

  it('reads spans from IOB2 tags', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('scores exact spans only', () => {
    const score = emptyScore();
    addSentence(score, ['B-PER', 'I-PER', 'O', 'B-ORG'], ['B-PER', 'O', 'O', 'B-ORG']);
    expect(score.byType.PER).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.byType.ORG).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(prf(score.micro).f).toBeCloseTo(0.5);
  });
});

describe('training', () => {
  it('learns invented sentences and tags unseen combinations of them, the same after packing', () => {
    const trained = train(invented(200, 1), EMPTY_LEXICON, { epochs: 5, seed: 5 });
    const model = modelOf(trained, EMPTY_LEXICON);
    const tokens = ['Mira', 'Okafor', 'joined', 'Norrow', 'Group', 'in', 'Keswick', '.'];
    expect(model.tag(tokens).tags).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O']);
    const score = emptyScore();
    for (const s of invented(50, 2)) addSentence(score, s.tags, model.tag(s.tokens).tags);
    expect(prf(score.micro).f).toBeGreaterThan(0.95);
    const packed = NerModel.fromFile(packModel(trained).file, EMPTY_LEXICON);
    expect(packed.tag(tokens, new DocumentMemory()).tags).toEqual(model.tag(tokens).tags);
  });

  it('is deterministic for a seed', () => {
    const a = train(invented(60, 1), EMPTY_LEXICON, { epochs: 2, seed: 9 });
    const b = train(invented(60, 1), EMPTY_LEXICON, { epochs: 2, seed: 9 });
    expect(b.features).toEqual(a.features);
    expect([...b.weights]).toEqual([...a.weights]);
  });
});

describe('the shipped model', () => {
  it('loads and tags an invented sentence sensibly', () => {
    const model = loadShippedNerModel();
    expect(model).not.toBeNull();
    const tokens = 'Marta Kowalczyk , chief executive of Veltrano Systems , said the company would open a plant in Gdansk .'.split(' ');
    const spans = spansOf(model!.tag(tokens).tags).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
    expect(spans).toEqual(['PER:Marta Kowalczyk', 'ORG:Veltrano Systems', 'LOC:Gdansk']);
  });
});
