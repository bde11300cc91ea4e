/**
 * Worker-thread side of the extraction pool: builds the pipeline once, then turns each
 * article it is sent into load rows, reporting how long extraction took.
 */
import { parentPort } from 'node:worker_threads';
import { createPipeline, type ArticleInput } from '../extract/pipeline.js';
import { toArticleRows } from './rows.js';

export interface ExtractRequest {
  seq: number;
  input: ArticleInput;
}

export type ExtractReply =
  { seq: number; ok: true; rows: ReturnType<typeof toArticleRows>; ms: number } | { seq: number; ok: false; error: string };

const pipeline = createPipeline();
parentPort!.on('message', ({ seq, input }: ExtractRequest) => {
  try {
    const started = performance.now();
    const rows = toArticleRows(pipeline.run(input));
    parentPort!.postMessage({ seq, ok: true, rows, ms: performance.now() - started } satisfies ExtractReply);
  } catch (error) {
    parentPort!.postMessage({ seq, ok: false, error: (error as Error).message } satisfies ExtractReply);
  }
});
