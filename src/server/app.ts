import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Graph } from '../graph/driver.js';
import { GraphReader } from '../graph/reader.js';
import { createExtractPool, type ExtractPool } from '../ingest/extract-pool.js';
import type { RequestContext } from '../api/context.js';
import { DEFAULT_LIMITS, type Limits } from '../api/limits.js';
import { createLoaders } from '../api/loaders.js';
import { createAdmission } from './admission.js';
import { startApollo } from './apollo.js';
import { corsPolicy } from './cors.js';
import { answerClientError } from './http.js';
import { ResponseCache } from './response-cache.js';
import { createRouter } from './router.js';

export interface AppOptions {
  graph: Graph;
  apiKey?: string | undefined;
  limits?: Partial<Limits>;
  /** Show stack traces and internal messages (never in production). */
  debug?: boolean;
  /**
   * Seconds a read may be cached by browsers and proxies (`Cache-Control: max-age`), so
   * dashboards polling the same query do not each hit Neo4j. Mutations are never cached.
   * @default 15
   */
  cacheMaxAge?: number;
  /** @default true */
  introspection?: boolean;
  /** Hide field suggestions in validation errors. @default false */
  hideSuggestions?: boolean;
  /** Refuse every operation without the API key, reads included. @default false */
  requireKeyForReads?: boolean;
  /** Browser origins allowed to call /graphql and /export from another site (`*` any). @default [] */
  corsOrigins?: readonly string[];
  /**
   * Bytes of whole read responses kept in memory (see response-cache.ts); entries live
   * `cacheMaxAge` seconds at most. Off unless asked for: `newsgraph serve` passes
   * NEWSGRAPH_RESPONSE_CACHE_MB (default 64).
   * @default 0
   */
  responseCacheBytes?: number;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
  /** Writes made by other means than a mutation of this server call its invalidate(). */
  responseCache: ResponseCache;
}

/** Builds the HTTP server: the router (router.ts) over Apollo (apollo.ts) and the plain routes. */
export async function createApp(options: AppOptions): Promise<App> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const reader = new GraphReader(options.graph);
  let pool: ExtractPool | undefined;
  const extractor = () => (pool ??= createExtractPool(1));
  // A request still arriving after maxRequestReceiveMs is answered 408 and its connection closed (slow-body clients
  // otherwise hold a socket for Node's 300 s); Node checks its connections for this every connectionsCheckingInterval.
  const server = http.createServer({
    requestTimeout: limits.maxRequestReceiveMs,
    headersTimeout: Math.min(limits.maxRequestReceiveMs, 60_000),
    connectionsCheckingInterval: Math.min(limits.maxRequestReceiveMs / 4, 5_000),
  });
  server.on('clientError', answerClientError);
  const cacheMaxAge = options.cacheMaxAge ?? 15;
  const responseCache = new ResponseCache({ maxBytes: options.responseCacheBytes ?? 0, ttlMs: cacheMaxAge * 1000 });
  const admission = createAdmission(limits.maxConcurrentRequests, limits.maxQueuedRequests);
  const apollo = await startApollo({
    httpServer: server,
    limits,
    admission,
    heavyAdmission: createAdmission(limits.maxConcurrentHeavyRequests, limits.maxQueuedRequests),
    responseCache,
    debug: options.debug ?? false,
    cacheMaxAge,
    introspection: options.introspection ?? true,
    hideSuggestions: options.hideSuggestions ?? false,
  });
  server.on(
    'request',
    createRouter({
      graphql: {
        apollo,
        limits,
        responseCache,
        apiKey: options.apiKey,
        requireKeyForReads: options.requireKeyForReads ?? false,
        contextBase: () => ({ graph: options.graph, reader, loaders: createLoaders(reader), limits, extractor }),
      },
      graph: options.graph,
      reader,
      limits,
      admission,
      cors: corsPolicy(options.corsOrigins ?? []),
    }),
  );
  return {
    server,
    apollo,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await pool?.close();
    },
    responseCache,
  };
}
