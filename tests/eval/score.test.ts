import { describe, expect, it } from 'vitest';
import { f1, scoreDoc } from '../../src/eval/score.js';
import { parseGold, GoldFileError } from '../../src/eval/gold.js';
import { extract } from '../helpers/corpus.js';

const doc = extract({ title: 'Acme news', body: 'Jane Doe, the chief executive of Acme Corp, said profits rose sharply this year.' });

describe('scoring against gold', () => {
  it('counts matches by type and name, and misses both ways', () => {
    const scores = scoreDoc(doc, {
      entities: [
        { name: 'Jane Doe', type: 'Person' },
        { name: 'Acme Corp', type: 'Organization' },
        { name: 'Globex', type: 'Organization' },
      ],
      relations: [{ subject: 'Jane Doe', predicate: 'AFFILIATED_WITH', object: 'Acme Corp' }],
      claims: [{ speaker: 'Jane Doe', sentence: 'Jane Doe, the chief executive of Acme Corp, said profits rose sharply this year.' }],
    });
    expect(scores.entities.Person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.entities.Organization).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scores.relations.tp).toBe(1);
    expect(scores.speakers).toEqual({ correct: 1, total: 1 });
    expect(scores.misses).toContain('missed Organization Globex');
  });

  it('computes precision, recall and F1', () => {
    expect(f1({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(f1({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });

  it('names the file and the problem in a malformed gold file', () => {
    expect(() => parseGold('x.gold.json', { entities: [] })).toThrow(GoldFileError);
    expect(() => parseGold('x.gold.json', { entities: [] })).toThrow(/x\.gold\.json/);
  });
});
