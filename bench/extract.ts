/**
 * Extraction speed on the seed and gold articles: per-article p50/p99 after warm-up and
 * articles per second on one core. Prints figures; asserts nothing.
 *   npm run bench:extract [-- --rounds 200]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/extract/pipeline.js';
import { readArticleFile } from '../src/ingest/read-articles.js';
import { ROOT } from '../src/paths.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '100' } } });
const rounds = Number(values.rounds);
const dir = path.join(ROOT, 'tests', 'fixtures', 'eval', 'articles');
const inputs = readdirSync(dir)
  .sort()
  .flatMap((f) => readArticleFile(path.join(dir, f)).map((r) => ({ name: f, input: r.input! })));

const loadStart = performance.now();
const pipeline = createPipeline();
pipeline.run(inputs[0]!.input);
const coldMs = performance.now() - loadStart;

for (let i = 0; i < 20; i += 1) for (const { input } of inputs) pipeline.run(input);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rows: string[] = [];
let total = 0;
let count = 0;
for (const { name, input } of inputs) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    pipeline.run(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  total += times.reduce((a, b) => a + b, 0);
  count += times.length;
  const words = input.body.split(/\s+/).length;
  rows.push(`| ${name} | ${words} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 99).toFixed(2)} |`);
}
console.log(
  `node ${process.version}, ${rounds} rounds per article after warm-up; first run (gazetteers + model load) ${coldMs.toFixed(0)} ms`,
);
console.log('| article | words | p50 ms | p99 ms |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`mean ${(total / count).toFixed(2)} ms per article → ${(1000 / (total / count)).toFixed(0)} articles/s on one core`);
