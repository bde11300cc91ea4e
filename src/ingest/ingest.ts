import { addChanges, noChanges, type Graph, type WriteChanges } from '../graph/driver.js';
import { createPipeline, type ArticleInput, type Pipeline } from '../extract/pipeline.js';
import { expandPaths, readArticleFile, type ArticleRecord } from './read-articles.js';
import { loadArticle, loadBatch, type LoadResult } from './load.js';
import type { FoldOptions } from '../graph/fold-apart.js';
import { createExtractPool, type ExtractPool, type Extracted } from './extract-pool.js';
import { toArticleRows } from './rows.js';
import { describeLoadError } from './load-error.js';

export interface IngestSummary {
  files: number;
  articles: number;
  unchanged: number;
  /** Summed over the articles as extracted (an entity in two articles counts twice). */
  entities: number;
  relations: number;
  claims: number;
  /** What this run wrote to the graph: Neo4j's counters of the committed transactions. */
  changes: WriteChanges;
  errors: Array<{ file: string; reason: string }>;
}

export type Progress = (done: number, total: number, file: string) => void;

export interface IngestOptions {
  onProgress?: Progress;
  /** Articles per write transaction. @default 100 */
  batchSize?: number;
  /** Extraction worker threads; 0 extracts on this thread. @default 0 below 20 files, else one per core (≤ 4) */
  workers?: number;
  /** When an entity folds into another in its own chunked transactions (see foldApart). */
  fold?: FoldOptions;
}

/** Extracts and loads one article on this thread (tests and scripts; the API extracts on a worker). */
export async function ingestArticle(graph: Graph, input: ArticleInput, pipeline: Pipeline = createPipeline()): Promise<LoadResult> {
  return loadArticle(graph, pipeline.run(input));
}

/** The pool interface on the calling thread, for small jobs where starting workers costs more. */
function inThreadExtractor(): ExtractPool {
  const pipeline = createPipeline();
  return {
    size: 0,
    async extract(input) {
      const started = performance.now();
      const rows = toArticleRows(pipeline.run(input));
      return { rows, ms: performance.now() - started };
    },
    async close() {},
  };
}

const isFatal = (error: unknown) => ['DatabaseUnavailableError', 'DatabaseAuthError'].includes((error as Error).name);

interface Pending {
  file: string;
  /** True for the last article of its file: the file counts as done once it is loaded. */
  lastOfFile: boolean;
  extracted: Promise<Extracted>;
}

/** Loads files, folders and globs (see ingestSources). */
export async function ingestPaths(graph: Graph, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files = expandPaths(paths);
  const sources = files.map((file) => ({ file, read: () => readArticleFile(file) }));
  return ingestSources(graph, sources, { ...options, workers: options.workers ?? (files.length < 20 ? 0 : undefined) });
}

/** One file (or any other named source) of articles, read only when its turn comes. */
export interface ArticleSource {
  file: string;
  read(): ArticleRecord[];
}

/**
 * Extracts and loads articles source by source. Workers extract ahead while this thread
 * loads batches, each batch one transaction. A batch that fails is retried article by
 * article, so a bad article loses only itself, and an interrupted run can simply be repeated.
 */
export async function ingestSources(graph: Graph, sources: readonly ArticleSource[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const extractor = options.workers === 0 ? inThreadExtractor() : createExtractPool(options.workers);
  const summary: IngestSummary = {
    files: sources.length,
    articles: 0,
    unchanged: 0,
    entities: 0,
    relations: 0,
    claims: 0,
    changes: noChanges(),
    errors: [],
  };
  let filesDone = 0;
  const fileDone = (file: string) => options.onProgress?.((filesDone += 1), sources.length, file);

  const record = (result: LoadResult) => {
    summary.articles += 1;
    if (!result.changed) summary.unchanged += 1;
    summary.entities += result.entities;
    summary.relations += result.relations;
    summary.claims += result.claims;
  };
  const counted = async (rows: Parameters<typeof loadBatch>[1]) => {
    const { results, changes } = await loadBatch(graph, rows, options.fold);
    addChanges(summary.changes, changes);
    return results;
  };
  const fail = (file: string, error: unknown) => {
    if (isFatal(error)) throw error;
    summary.errors.push({ file, reason: describeLoadError(file, error) });
  };

  let batch: Array<{ file: string; lastOfFile: boolean; extracted: Extracted }> = [];
  const flush = async () => {
    const items = batch;
    batch = [];
    if (!items.length) return;
    try {
      (await counted(items.map((i) => i.extracted.rows))).forEach(record);
    } catch (error) {
      if (isFatal(error) || items.length === 1) fail(items[0]!.file, error);
      else
        for (const item of items)
          await counted([item.extracted.rows]).then(
            ([r]) => record(r!),
            (e: unknown) => fail(item.file, e),
          );
    }
    for (const item of items) if (item.lastOfFile) fileDone(item.file);
  };

  // Extraction runs ahead of loading by at most two batches, which bounds memory.
  const ahead: Pending[] = [];
  const drain = async (keep: number) => {
    while (ahead.length > keep) {
      const next = ahead.shift()!;
      try {
        batch.push({ file: next.file, lastOfFile: next.lastOfFile, extracted: await next.extracted });
      } catch (error) {
        fail(next.file, error);
        if (next.lastOfFile) fileDone(next.file);
      }
      if (batch.length >= batchSize) await flush();
    }
  };

  try {
    for (const { file, read } of sources) {
      const records = read();
      const inputs = records.filter((r) => r.input);
      for (const r of records) if (r.error || !r.input) summary.errors.push({ file: r.file, reason: r.error?.message ?? 'unreadable' });
      if (!inputs.length) fileDone(file);
      inputs.forEach((r, i) => ahead.push({ file: r.file, lastOfFile: i === inputs.length - 1, extracted: extractor.extract(r.input!) }));
      await drain(batchSize * 2);
    }
    await drain(0);
    await flush();
    return summary;
  } finally {
    // Rejections of work never awaited (after a fatal error) must not surface unhandled.
    for (const pending of ahead) pending.extracted.catch(() => {});
    await extractor.close();
  }
}
