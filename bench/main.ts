/**
 * npm run bench -- --articles 10000 [--seconds 5 | --requests N] [--connections 1,10,50]
 *                  [--seed 42] [--batch 100] [--workers N] [--heap 2g] [--out bench/results]
 *                  [--phases extraction,loading]   (the optional ingest phases; '' for none)
 *
 * Starts its own local Neo4j instances (never NEO4J_URI: every phase needs an empty
 * database), prints figures as it goes, writes <out>/<articles>.json and refreshes
 * <out>/README.md from every result file there. Asserts nothing.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPoolSize } from '../src/ingest/extract-pool.js';
import { ROOT } from '../src/paths.js';
import { renderRun, renderScale } from './report.js';
import { runBenchmark, type BenchResult, type OptionalPhase } from './run.js';

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
    phases: { type: 'string', default: 'extraction,loading' },
  },
});

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

/** The Markdown index over every result in `dir`. */
export function writeIndex(dir: string): string {
  const results = readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as BenchResult)
    .sort((a, b) => a.corpus.articles - b.corpus.articles);
  const text = ['# Benchmark results', '', 'Written by `npm run bench`; see bench/README.md for what each figure means.', '', renderScale(results), '', ...results.map(renderRun)].join('\n\n').replace(/\n{3,}/g, '\n\n');
  writeFileSync(path.join(dir, 'README.md'), `${text}\n`);
  return text;
}

const articles = Math.round(positive('articles', values.articles));
const phases = values.phases.split(',').filter(Boolean);
for (const phase of phases) if (phase !== 'extraction' && phase !== 'loading') throw new Error(`--phases takes extraction and/or loading, not "${phase}"`);
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
writeIndex(values.out);
process.stdout.write(`${renderRun(result)}\n`);
