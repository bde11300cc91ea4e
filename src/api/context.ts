import type { Graph } from '../graph/driver.js';
import type { GraphReader } from '../graph/reader.js';
import type { Pipeline } from '../extract/pipeline.js';
import type { Limits } from './limits.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives. */
export interface RequestContext {
  graph: Graph;
  reader: GraphReader;
  loaders: Loaders;
  limits: Limits;
  /** The extraction pipeline, built on first use: only ingest mutations need it (~100 MB of gazetteers and model). */
  pipeline(): Pipeline;
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
