/**
 * docs/benchmarks.md, rendered from the result files in bench/results: the scale table over
 * every `<articles>.json`, each run in full, and the heavy-load runs (`heavy-<articles>.json`).
 * Written by `npm run bench` and `npm run bench:heavy`; `npm run bench:docs` renders it again
 * from the committed results (a test checks that the committed document is what this gives).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/paths.js';
import { renderRun, renderScale } from './report.js';
import type { BenchResult } from './run.js';

export const BENCH_RESULTS = path.join(ROOT, 'bench', 'results');
export const BENCH_DOC = path.join(ROOT, 'docs', 'benchmarks.md');

/** One run of `bench:heavy` (see heavy-load.ts). */
export interface HeavyResult {
  date: string;
  machine: { cores: number; cpu: string };
  articles: number;
  heaviest: { template: string; responseBytes: number; queryCharacters: number };
  heavy: { connections: number; requestsPerSecond: number; latencyMs: { p50: number; p99: number }; errors: number };
  typename: { latencyMs: { p50: number; p99: number }; requests: number; errors: number };
  apiRssMb: { peak: number; mean: number };
}

const readJson = <T>(dir: string, pattern: RegExp): T[] =>
  readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T);

function renderHeavy(runs: HeavyResult[]): string {
  if (!runs.length) return '';
  const rows = runs.map(
    (r) =>
      `| ${r.articles} | ${r.date.slice(0, 16).replace('T', ' ')} UTC | ${r.heaviest.template}, ${(r.heaviest.responseBytes / 1e6).toFixed(2)} MB | ${r.heavy.connections} | ${r.heavy.requestsPerSecond} req/s, p99 ${r.heavy.latencyMs.p99} ms, ${r.heavy.errors} errors | ${r.typename.latencyMs.p50} / ${r.typename.latencyMs.p99} ms | ${r.apiRssMb.peak} MB (mean ${r.apiRssMb.mean}) |`,
  );
  return [
    '## Heavy load: the heaviest accepted query from 50 connections',
    '',
    '`npm run bench:heavy`: each query template is scaled up until the API refuses it; the accepted one with the largest response is sent by 50 connections while one more sends `{ __typename }`. Targets: API RSS under 400 MB, `{ __typename }` p99 under 100 ms.',
    '',
    '| articles | run | heaviest accepted query | connections | heavy query | `{ __typename }` p50 / p99 | API RSS peak |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function renderBenchmarkDoc(dir = BENCH_RESULTS): string {
  const results = readJson<BenchResult>(dir, /^\d+\.json$/).sort((a, b) => a.corpus.articles - b.corpus.articles);
  const heavy = existsSync(dir) ? readJson<HeavyResult>(dir, /^heavy-\d+\.json$/) : [];
  const parts = [
    '# Benchmarks',
    'Generated from `bench/results/*.json` by `npm run bench` (or `npm run bench:docs`); do not edit. `bench/README.md` explains each figure. Figures from one machine at one time: compare runs taken together, not across days.',
    renderScale(results),
    renderHeavy(heavy),
    ...results.map(renderRun),
  ];
  return `${parts
    .filter(Boolean)
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')}\n`;
}

export function writeBenchmarkDoc(dir = BENCH_RESULTS): void {
  writeFileSync(BENCH_DOC, renderBenchmarkDoc(dir));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeBenchmarkDoc();
