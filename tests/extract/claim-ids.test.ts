import { describe, expect, it } from 'vitest';
import { buildPools, generateArticle } from '../../bench/corpus.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import { shortHash } from '../../src/ids.js';

describe('claim ids', () => {
  it('are 64-bit content hashes, distinct across many articles', () => {
    expect(shortHash('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(shortHash('a')).toBe(shortHash('a'));
    const pools = buildPools(3);
    const pipeline = createPipeline();
    const ids = Array.from({ length: 150 }, (_, i) => pipeline.run(generateArticle(pools, 3, i))).flatMap((doc) =>
      doc.claims.map((c) => c.id),
    );
    expect(ids.length).toBeGreaterThan(1000);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000); // 150 articles through the whole pipeline: seconds, not the default 5 s on a busy machine
});
