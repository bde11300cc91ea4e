import { DEFAULT_CONCURRENCY } from '../config/config.js';
import { MAX_PATH_HOPS } from '../graph/queries/graph.js';
/** Query limits, published in the README; each can be set by environment variable. */
export interface Limits {
  /** Largest `first` on any list or connection. */
  maxPageSize: number;
  /** Deepest selection set accepted. */
  maxDepth: number;
  /** Deepest selection set under `__schema` / `__type` (tools' schema queries nest `ofType`). */
  maxIntrospectionDepth: number;
  /** Most field selections once fragments are expanded where they are spread. */
  maxFieldSelections: number;
  /** At most MAX_PATH_HOPS: one path query exists per bound. */
  maxPathHops: number;
  maxNeighborhoodDepth: number;
  /** Largest node count of a neighbourhood or subgraph. */
  maxSubgraphNodes: number;
  /** Facts a neighbourhood or subgraph returns per node of its `limit` (the rest are cut, `truncated` says so). */
  maxFactsPerNode: number;
  /** Largest node count of an HTTP or CLI export (NEWSGRAPH_MAX_EXPORT_NODES). */
  maxExportNodes: number;
  /** Largest estimated number of values in one response (see complexity-limit.ts). */
  maxComplexity: number;
  maxAliases: number;
  /** Largest serialised GraphQL response, in bytes; a larger one is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Operations estimated at no more than this many values skip the execution queue. */
  maxQueueFreeCost: number;
  /**
   * Operations estimated above this many values are heavy: they run in a lane of their own
   * (`maxConcurrentHeavyRequests` at once), because building and serialising megabytes of
   * answer holds the event loop, and two at once double every other request's wait.
   */
  heavyCost: number;
  /** Heavy operations executing at once (NEWSGRAPH_MAX_CONCURRENT_HEAVY_REQUESTS); the rest queue. */
  maxConcurrentHeavyRequests: number;
  /** Longest query text, in characters. */
  maxQueryLength: number;
  /** Deepest nesting of brackets (`{`, `[`, `(`) in the query text, checked before it is parsed. */
  maxQueryNesting: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Longest time to receive a whole request, headers and body (a client that never finishes is answered 408). */
  maxRequestReceiveMs: number;
  /** GraphQL requests executing at once (NEWSGRAPH_MAX_CONCURRENT_REQUESTS, default DEFAULT_CONCURRENCY); the rest queue. */
  maxConcurrentRequests: number;
  /** Requests that may wait for a slot before the server answers 503. */
  maxQueuedRequests: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxPageSize: 100,
  maxDepth: 12,
  maxIntrospectionDepth: 16,
  maxFieldSelections: 5000,
  maxPathHops: MAX_PATH_HOPS,
  maxNeighborhoodDepth: 3,
  maxSubgraphNodes: 1000,
  maxFactsPerNode: 10,
  maxExportNodes: 10_000,
  maxComplexity: 200_000,
  maxAliases: 30,
  maxResponseBytes: 10_000_000,
  maxQueueFreeCost: 100,
  heavyCost: 20_000,
  maxConcurrentHeavyRequests: 1,
  maxQueryLength: 20_000,
  // Room for a selection past maxDepth to be refused by the depth rule, which names it; far below the ~1 500 list
  // levels that overflow the parser's stack.
  maxQueryNesting: 200,
  // Room for the largest article an ingest takes (128 KiB) with every character doubled by JSON escaping (quotation
  // marks, backslashes, line breaks), and its fields.
  maxBodyBytes: 300_000,
  // The largest body at 10 kB/s; Node's own default is 300 s.
  maxRequestReceiveMs: 30_000,
  maxConcurrentRequests: DEFAULT_CONCURRENCY,
  maxQueuedRequests: 1000,
};
