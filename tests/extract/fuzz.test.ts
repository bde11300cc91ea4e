import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/extract/pipeline.js';

const pipeline = createPipeline();

/** A small seeded generator, so a failing input can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'Wu',
  ' said',
  ' that',
  ' "',
  '”',
  '“',
  '.',
  ',',
  ':',
  '\n',
  'Alibaba',
  ' the company',
  ' He',
  ' in ',
  'Zhejiang',
  '?',
  '<div>',
  '</p>',
  '&amp;',
  ' ',
  '\t',
  '北京',
  'é',
  '\u0000',
  '\u202e',
  '...',
  'Mr.',
  'U.S.',
  '-',
  "'s",
  'AI',
  ' (WIC)',
  'Summit',
  'Bank of',
  '!!!',
  '—',
];

function mutated(rand: () => number): string {
  const length = Math.floor(rand() * 200);
  return Array.from({ length }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('');
}

/** Runs extraction and checks the result is sane; returns the time it took. */
function extractSanely(body: string): number {
  const started = performance.now();
  const doc = pipeline.run({ title: 'Fuzz', body });
  const elapsed = performance.now() - started;
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  for (const r of doc.relations) expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
  for (const c of doc.claims) expect(doc.sentences.some((s) => s.text === c.sentence)).toBe(true);
  return elapsed;
}

describe('extraction never hangs or crashes on bad input', () => {
  it.each([
    ['empty', ''],
    ['only punctuation', '.,;:!?()[]{}"\'-—…'.repeat(200)],
    [
      'HTML soup',
      '<html><body><div class="x"><p>Jane Doe said <b>hello</b> &amp; goodbye.</p><script>var a = "<p>";</script></div></body></html>'.repeat(
        50,
      ),
    ],
    ['one 50 000-character sentence', `${'Alpha Beta said that growth '.repeat(1800)}.`],
    ['control characters and bidi tricks', 'Wu\u0000 said\u202e that \uFEFFAI\u0007 grows.'],
    ['a 1 MB article', 'Jane Roe, the chief executive of Acme Corp, said demand rose. She added that prices fell.\n'.repeat(11_000)],
  ])(
    '%s',
    (_name, body) => {
      const elapsed = extractSanely(body);
      expect(elapsed).toBeLessThan(60_000); // a hang bound, not a speed target
    },
    120_000,
  );

  it('200 random and mutated inputs', () => {
    let slowest = 0;
    for (let seed = 1; seed <= 200; seed += 1) {
      const body = mutated(random(seed));
      try {
        slowest = Math.max(slowest, extractSanely(body));
      } catch (error) {
        throw new Error(`seed ${seed} failed on ${JSON.stringify(body.slice(0, 200))}: ${(error as Error).message}`, { cause: error });
      }
    }
    expect(slowest).toBeLessThan(5_000);
  }, 120_000);
});
