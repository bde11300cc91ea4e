/**
 * Extraction on worker threads, so a multi-core machine extracts several articles at once
 * while the main thread loads. Each worker holds its own pipeline (gazetteers and model,
 * ~60 MB); requests go to the worker with the fewest in flight.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../extract/pipeline.js';
import type { ArticleRows } from './rows.js';
import type { ExtractReply } from './extract-worker.js';

export interface Extracted {
  rows: ArticleRows;
  /** Time spent in the pipeline, in milliseconds. */
  ms: number;
}

export interface ExtractPool {
  readonly size: number;
  extract(input: ArticleInput): Promise<Extracted>;
  close(): Promise<void>;
}

/**
 * Runs from source (tsx in dev and tests) and from compiled JavaScript alike. A worker does
 * not inherit the parent's TypeScript loader, so from source it registers tsx first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url));
  const script = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${script}); })`, { eval: true });
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export function createExtractPool(size = defaultPoolSize()): ExtractPool {
  const pending = new Map<number, { resolve: (value: Extracted) => void; reject: (error: Error) => void; worker: number }>();
  const inFlight = new Array<number>(size).fill(0);
  let seq = 0;
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = startWorker();
    worker.on('message', (reply: ExtractReply) => {
      const job = pending.get(reply.seq);
      if (!job) return;
      pending.delete(reply.seq);
      inFlight[index]! -= 1;
      if (reply.ok) job.resolve({ rows: reply.rows, ms: reply.ms });
      else job.reject(new Error(reply.error));
    });
    worker.on('error', (error) => {
      for (const [key, job] of pending) {
        if (job.worker !== index) continue;
        pending.delete(key);
        job.reject(error);
      }
    });
    return worker;
  });
  return {
    size,
    extract(input) {
      const index = inFlight.indexOf(Math.min(...inFlight));
      inFlight[index]! += 1;
      seq += 1;
      return new Promise((resolve, reject) => {
        pending.set(seq, { resolve, reject, worker: index });
        workers[index]!.postMessage({ seq, input });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
