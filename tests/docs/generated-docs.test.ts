import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_DOC, renderBenchmarkDoc } from '../../bench/docs.js';
import { GOLD_SETS, QUALITY_REPORT } from '../../src/cli/evaluate.js';
import { renderQualityReport } from '../../src/eval/report.js';

/** The measured figures live in generated documents; these fail when a committed one is stale. */
describe('generated documents match what their commands give', () => {
  it('docs/extraction-quality.md is `npm run eval -- --report` on the committed gold sets', () => {
    expect(readFileSync(QUALITY_REPORT, 'utf8'), 'run `npm run eval -- --report` and commit docs/extraction-quality.md').toBe(renderQualityReport(GOLD_SETS));
  }, 120_000);

  it('docs/benchmarks.md is `npm run bench:docs` on the committed bench/results', () => {
    expect(readFileSync(BENCH_DOC, 'utf8'), 'run `npm run bench:docs` and commit docs/benchmarks.md').toBe(renderBenchmarkDoc());
  });
});
