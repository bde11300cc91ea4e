import { DEFAULT_CONCURRENCY } from '../config/config.js';
import { MAX_PATH_HOPS } from '../graph/queries/graph.js';
/** Query limits, published in the README; each can be set by environment variable. */
export interface Limits {
  /** Largest `first` on any list or connection. */
  maxPageSize: number;
  /** Deepest selection set accepted. */
  maxDepth: number;
  /** At most MAX_PATH_HOPS: one path query exists per bound. */
  maxPathHops: number;
  maxNeighborhoodDepth: number;
  /** Largest node count of a neighbourhood or subgraph. */
  maxSubgraphNodes: number;
  /** Largest node count of an HTTP or CLI export (NEWSGRAPH_MAX_EXPORT_NODES). */
  maxExportNodes: number;
  /** Largest estimated number of values in one response (see complexity-limit.ts). */
  maxComplexity: number;
  maxAliases: number;
  /** Longest query text, in characters. */
  maxQueryLength: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** GraphQL requests executing at once (NEWSGRAPH_MAX_CONCURRENT_REQUESTS, default DEFAULT_CONCURRENCY); the rest queue. */
  maxConcurrentRequests: number;
  /** Requests that may wait for a slot before the server answers 503. */
  maxQueuedRequests: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxPageSize: 100,
  maxDepth: 12,
  maxPathHops: MAX_PATH_HOPS,
  maxNeighborhoodDepth: 3,
  maxSubgraphNodes: 1000,
  maxExportNodes: 10_000,
  maxComplexity: 200_000,
  maxAliases: 30,
  maxQueryLength: 20_000,
  maxBodyBytes: 100_000,
  maxConcurrentRequests: DEFAULT_CONCURRENCY,
  maxQueuedRequests: 1000,
};
