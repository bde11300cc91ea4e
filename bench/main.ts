/**
 * npm run bench -- --articles 10000 [--seconds 5 | --requests N] [--connections 1,10,50]
 *                  [--seed 42] [--batch 100] [--workers N] [--heap 2g] [--out bench/results]
 *                  [--phases extraction,loading,peer]   (the optional phases; '' for none)
 *
 * Starts its own local Neo4j instances (never NEO4J_URI: every phase needs an empty
 * database), prints figures as it goes, writes <out>/<articles>.json and, when <out> is
 * bench/results, docs/benchmarks.md from every result file there. Asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPoolSize } from '../src/ingest/extract-pool.js';
import { ROOT } from '../src/paths.js';
import { BENCH_RESULTS, writeBenchmarkDoc } from './docs.js';
import { renderRun } from './report.js';
import { OPTIONAL_PHASES, runBenchmark, type OptionalPhase } from './run.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    seconds: { type: 'string', default: '5' },
    requests: { type: 'string' },
    connections: { type: 'string', default: '1,10,50' },
    batch: { type: 'string', default: '100' },
    workers: { type: 'string', default: String(defaultPoolSize()) },
    heap: { type: 'string', default: '2g' },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'results') },
    phases: { type: 'string', default: OPTIONAL_PHASES.join(',') },
  },
});

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

const articles = Math.round(positive('articles', values.articles));
const phases = values.phases.split(',').filter(Boolean);
for (const phase of phases)
  if (!OPTIONAL_PHASES.includes(phase as OptionalPhase))
    throw new Error(`--phases takes any of ${OPTIONAL_PHASES.join(', ')}, not "${phase}"`);
const result = await runBenchmark({
  articles,
  seed: Math.round(positive('seed', values.seed)),
  run: values.requests ? { requests: Math.round(positive('requests', values.requests)) } : { seconds: positive('seconds', values.seconds) },
  connections: values.connections.split(',').map((c) => Math.round(positive('connections', c))),
  batchSize: Math.round(positive('batch', values.batch)),
  workers: Math.round(positive('workers', values.workers)),
  heap: values.heap,
  phases: phases as OptionalPhase[],
  log: (line) => process.stderr.write(`${line}\n`),
});
mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, `${articles}.json`), `${JSON.stringify(result, null, 2)}\n`);
if (path.resolve(values.out) === BENCH_RESULTS) writeBenchmarkDoc();
process.stdout.write(`${renderRun(result)}\n`);
