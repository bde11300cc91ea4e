import type { Graph } from '../graph/driver.js';
import type { GraphReader } from '../graph/reader.js';
import type { ExtractPool } from '../ingest/extract-pool.js';
import type { Limits } from './limits.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives. */
export interface RequestContext {
  graph: Graph;
  reader: GraphReader;
  loaders: Loaders;
  limits: Limits;
  /**
   * Extraction on a worker thread, started on first use: only ingest mutations need it (~100 MB of gazetteers and
   * model), and an article extracted on the request thread would hold every other request until it was done.
   */
  extractor(): ExtractPool;
  /** True when the request carried the right API key. */
  authorized: boolean;
  /** Sent back as `x-request-id` and logged with any unexpected error. */
  requestId: string;
  /**
   * The request's place in the execution queue (see admission.ts). An object of its own,
   * because Apollo hands plugins and resolvers a shallow copy of the context.
   */
  execution?: ExecutionSlot;
}

export interface ExecutionSlot {
  /** Aborted when the client disconnects before its answer is sent. */
  signal: AbortSignal;
  /** Frees the slot, once the request took one. */
  release?: () => void;
}
