import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/stages/segment.js';
import type { Doc } from '../../src/extract/types.js';

const doc = (text: string): Doc => ({ article: { id: 'a', title: 't' }, text, sentences: [], mentions: [], entities: [], relations: [], claims: [] });

describe('segment', () => {
  it('keeps the headline apart from the first body sentence', () => {
    const out = segment.run(doc('A Headline Without A Full Stop\n\nThe body starts here. It goes on.'));
    expect(out.sentences.map((s) => s.text)).toEqual(['A Headline Without A Full Stop', 'The body starts here.', 'It goes on.']);
    expect(out.sentences[0]!.kind).toBe('headline');
  });

  it('gives offsets that point at the sentence in the article text', () => {
    const text = 'Title\n\nFirst sentence here.  Second one follows.';
    for (const s of segment.run(doc(text)).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads Name: answer turns, keeping the name out of the sentence', () => {
    const text = 'T\n\nHost: Welcome. What happened?\nAna Lima: We grew fast this year.\nHost: Why?\nAna Lima: Demand rose.';
    const out = segment.run(doc(text)).sentences;
    const answer = out.find((s) => s.text === 'We grew fast this year.');
    expect(answer?.turnLabel).toBe('Ana Lima');
    expect(answer?.kind).toBe('answer');
    expect(out.find((s) => s.text === 'What happened?')?.kind).toBe('question');
  });

  it('does not read a single "Update:" line as an interview', () => {
    const out = segment.run(doc('T\n\nUpdate: The vote was delayed to Friday.'));
    expect(out.sentences[1]!.turnLabel).toBeUndefined();
  });

  it('bounds a pathological 50 000-character sentence', () => {
    const out = segment.run(doc(`T\n\n${'word '.repeat(10_000)}`));
    expect(Math.max(...out.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
  });
});
