import { describe, expect, it } from 'vitest';
import { phraseAlternation } from '../../src/extract/text.js';

describe('phraseAlternation', () => {
  const pattern = new RegExp(
    `^(?:${phraseAlternation(['chief', 'chief executive', 'chief executive officer', 'co-founder', 'head', 'head of research', 'a.i.'])})\\b`,
    'i',
  );
  const match = (text: string) => pattern.exec(text)?.[0];

  it('takes the longest phrase that fits, whatever their order', () => {
    expect(match('Chief Executive Officer Dana Price')).toBe('Chief Executive Officer');
    expect(match('chief executive, Dana Price')).toBe('chief executive');
    expect(match('chief economist')).toBe('chief');
    expect(match('head of research at Siemens')).toBe('head of research');
    expect(match('head of sales')).toBe('head');
  });

  it('treats hyphens and spaces alike and escapes what regexes read', () => {
    expect(match('co founder')).toBe('co founder');
    expect(match('co-founder')).toBe('co-founder');
    expect(match('aXi.')).toBeUndefined();
    expect(new RegExp(`^(?:${phraseAlternation(['a.i.'])})`).exec('a.i. models')?.[0]).toBe('a.i.');
  });

  it('gives an empty pattern for no phrase, as a join of none would', () => {
    expect(new RegExp(`^(?:${phraseAlternation([])})x`).test('x')).toBe(true);
  });
});
