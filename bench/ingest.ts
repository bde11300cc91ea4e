/**
 * Ingest figures: extraction alone, loading alone (ours and the bare baseline, each into
 * an empty database) and end to end (text in memory → graph, workers and loading overlapped).
 */
import type { Graph } from '../src/graph/driver.js';
import { createPipeline } from '../src/extract/pipeline.js';
import type { ExtractPool } from '../src/ingest/extract-pool.js';
import { ingestSources, type IngestSummary } from '../src/ingest/ingest.js';
import { loadArticles } from '../src/ingest/load.js';
import type { ArticleRows } from '../src/ingest/rows.js';
import { generateArticle, type CorpusPools } from './corpus.js';
import { round, spread, type Spread } from './stats.js';

export interface Corpus {
  pools: CorpusPools;
  seed: number;
  size: number;
}

export interface ExtractionFigures {
  articles: number;
  workers: number;
  wallSeconds: number;
  articlesPerSecond: number;
  articlesPerSecondPerCore: number;
  /** One pipeline on the main thread, nothing else running: the per-core figure without pool overhead. */
  singleThreadArticlesPerSecond: number;
  msPerArticle: Spread;
}

export interface LoadFigures {
  articles: number;
  batchSize: number;
  loadSeconds: number;
  articlesPerSecond: number;
  msPerBatch: Spread;
}

export interface EndToEndFigures {
  articles: number;
  workers: number;
  batchSize: number;
  seconds: number;
  articlesPerSecond: number;
  summary: Omit<IngestSummary, 'errors'> & { errors: number };
}

const article = (corpus: Corpus, i: number) => generateArticle(corpus.pools, corpus.seed, i);
const CHUNK = 1000;

/** Pipeline throughput: the pool over the whole corpus, and one thread over a sample. */
export async function measureExtraction(corpus: Corpus, pool: ExtractPool): Promise<ExtractionFigures> {
  const ms: number[] = [];
  const warm = Math.min(50, corpus.size);
  await Promise.all(Array.from({ length: warm }, (_, i) => pool.extract(article(corpus, i))));
  // Only extraction is timed: each chunk's text is generated before its clock starts.
  let wallMs = 0;
  for (let from = 0; from < corpus.size; from += CHUNK) {
    const inputs = Array.from({ length: Math.min(CHUNK, corpus.size - from) }, (_, i) => article(corpus, from + i));
    const started = performance.now();
    for (const done of await Promise.all(inputs.map((input) => pool.extract(input)))) ms.push(done.ms);
    wallMs += performance.now() - started;
  }
  const wallSeconds = wallMs / 1000;

  const pipeline = createPipeline();
  const sample = Array.from({ length: Math.min(500, corpus.size) }, (_, i) => article(corpus, i));
  for (const input of sample.slice(0, 50)) pipeline.run(input);
  const single = performance.now();
  for (const input of sample) pipeline.run(input);
  const singleSeconds = (performance.now() - single) / 1000;

  const perSecond = corpus.size / wallSeconds;
  return {
    articles: corpus.size,
    workers: pool.size,
    wallSeconds: round(wallSeconds, 2),
    articlesPerSecond: round(perSecond),
    articlesPerSecondPerCore: round(perSecond / pool.size),
    singleThreadArticlesPerSecond: round(sample.length / singleSeconds),
    msPerArticle: spread(ms),
  };
}

export type BatchLoader = (batch: ArticleRows[]) => Promise<unknown>;

/**
 * Times only the load calls: each chunk is extracted first (untimed, database idle), then
 * loaded batch by batch, so extraction never competes with the database for the cores.
 */
export async function measureLoading(corpus: Corpus, pool: ExtractPool, batchSize: number, load: BatchLoader): Promise<LoadFigures> {
  const batches: number[] = [];
  for (let from = 0; from < corpus.size; from += CHUNK) {
    const inputs = Array.from({ length: Math.min(CHUNK, corpus.size - from) }, (_, i) => article(corpus, from + i));
    const rows = (await Promise.all(inputs.map((input) => pool.extract(input)))).map((e) => e.rows);
    for (let i = 0; i < rows.length; i += batchSize) {
      const started = performance.now();
      await load(rows.slice(i, i + batchSize));
      batches.push(performance.now() - started);
    }
  }
  const seconds = batches.reduce((a, b) => a + b, 0) / 1000;
  return {
    articles: corpus.size,
    batchSize,
    loadSeconds: round(seconds, 2),
    articlesPerSecond: round(corpus.size / seconds),
    msPerBatch: spread(batches),
  };
}

export const ourLoader =
  (graph: Graph): BatchLoader =>
  (batch) =>
    loadArticles(graph, batch);

/** The production path, ingestSources, fed generated articles instead of files. */
export async function measureEndToEnd(corpus: Corpus, graph: Graph, workers: number, batchSize: number): Promise<EndToEndFigures> {
  const sources = Array.from({ length: corpus.size }, (_, i) => ({
    file: `generated article ${i}`,
    read: () => [{ file: `generated article ${i}`, input: article(corpus, i) }],
  }));
  const started = performance.now();
  const summary = await ingestSources(graph, sources, { workers, batchSize });
  const seconds = (performance.now() - started) / 1000;
  if (summary.errors.length) throw new Error(`end-to-end ingest failed: ${summary.errors[0]!.file}: ${summary.errors[0]!.reason}`);
  return {
    articles: corpus.size,
    workers,
    batchSize,
    seconds: round(seconds, 2),
    articlesPerSecond: round(corpus.size / seconds),
    summary: { ...summary, errors: 0 },
  };
}
