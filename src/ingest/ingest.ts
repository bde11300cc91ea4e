import type { Graph } from '../graph/driver.js';
import { createPipeline, type ArticleInput, type Pipeline } from '../extract/pipeline.js';
import { expandPaths, readArticleFile } from './read-articles.js';
import { loadArticle, type LoadResult } from './load.js';

export interface IngestSummary {
  files: number;
  articles: number;
  unchanged: number;
  entities: number;
  relations: number;
  claims: number;
  errors: Array<{ file: string; reason: string }>;
}

export type Progress = (done: number, total: number, file: string) => void;

/** Extracts and loads one article (the API's ingestArticle uses this too). */
export async function ingestArticle(graph: Graph, input: ArticleInput, pipeline: Pipeline = createPipeline()): Promise<LoadResult> {
  return loadArticle(graph, pipeline.run(input));
}

/**
 * Loads files, folders and globs. Each article is its own transaction, so a failure loses
 * only that article and an interrupted run can simply be repeated.
 */
export async function ingestPaths(graph: Graph, paths: string[], onProgress: Progress = () => {}): Promise<IngestSummary> {
  const files = expandPaths(paths);
  const pipeline = createPipeline();
  const summary: IngestSummary = { files: files.length, articles: 0, unchanged: 0, entities: 0, relations: 0, claims: 0, errors: [] };
  let done = 0;
  for (const file of files) {
    for (const record of readArticleFile(file)) {
      if (record.error || !record.input) {
        summary.errors.push({ file: record.file, reason: record.error?.message ?? 'unreadable' });
        continue;
      }
      try {
        const result = await ingestArticle(graph, record.input, pipeline);
        summary.articles += 1;
        if (!result.changed) summary.unchanged += 1;
        summary.entities += result.entities;
        summary.relations += result.relations;
        summary.claims += result.claims;
      } catch (error) {
        summary.errors.push({ file: record.file, reason: (error as Error).message });
        if ((error as Error).name === 'DatabaseUnavailableError' || (error as Error).name === 'DatabaseAuthError') throw error;
      }
    }
    done += 1;
    onProgress(done, files.length, file);
  }
  return summary;
}
