import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Graph } from '../graph/driver.js';
import { GraphReader } from '../graph/reader.js';
import { createPipeline, type Pipeline } from '../extract/pipeline.js';
import { resolvers } from '../resolvers/index.js';
import type { ExecutionSlot, RequestContext } from '../api/context.js';
import { DEFAULT_LIMITS, type Limits } from '../api/limits.js';
import { ClientGoneError, createAdmission, ServerBusyError } from './admission.js';
import { createLoaders } from '../api/loaders.js';
import { depthLimitRule } from './plugins/depth-limit.js';
import { complexityLimitPlugin } from './plugins/complexity-limit.js';
import { readCachePlugin } from './plugins/read-cache.js';
import { logUnexpected, requestIdPlugin } from './plugins/request-id.js';
import { ResponseCache } from './response-cache.js';
import { playgroundAsset, playgroundHtml } from './playground/page.js';
import { ExportRequestError, handleExport } from './export-route.js';
import { explorerHtml } from './explorer/page.js';
import { corsPolicy } from './cors.js';
import { loadTypeDefs } from './schema.js';
import { databaseUnavailable, unauthenticated } from '../errors.js';

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

function keyMatches(header: string | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Client errors pass through; database outages become DATABASE_UNAVAILABLE; the rest is masked. */
export function formatError(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as Error | undefined;
    if (original?.name === 'DatabaseUnavailableError' || original?.name === 'DatabaseAuthError') {
      return {
        message: databaseUnavailable().message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    }
    // A coded error keeps its code even when another copy of graphql-js wrapped it.
    const originalCode = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
    if (
      typeof originalCode === 'string' &&
      originalCode !== 'INTERNAL_SERVER_ERROR' &&
      formatted.extensions?.code === 'INTERNAL_SERVER_ERROR'
    ) {
      const { http: _http, ...extensions } = (original as unknown as { extensions: Record<string, unknown> }).extensions;
      return { message: original!.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    // Apollo codes every validation error alike; a refusal by one of our limits says which.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof formatted.extensions?.limit === 'string') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' && !debug) {
      return { message: 'Unexpected error.', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (!debug && formatted.extensions?.stacktrace) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    return formatted;
  };
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw Object.assign(new Error(`Request body larger than ${max} bytes.`), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/** Builds the HTTP server: /graphql, the playground at /, /explore, /export, /health and /ready. */
export async function createApp(options: AppOptions): Promise<App> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const debug = options.debug ?? false;
  const reader = new GraphReader(options.graph);
  let built: Pipeline | undefined;
  const pipeline = () => (built ??= createPipeline());
  const server = http.createServer();
  const cors = corsPolicy(options.corsOrigins ?? []);
  const cacheMaxAge = options.cacheMaxAge ?? 15;
  const responseCache = new ResponseCache({ maxBytes: options.responseCacheBytes ?? 0, ttlMs: cacheMaxAge * 1000 });
  const admission = createAdmission(limits.maxConcurrentRequests, limits.maxQueuedRequests);
  /** Heavy operations wait for a slot; cheap ones (`{ __typename }`, one entity) never queue behind them. */
  const admit = async (context: RequestContext, cost: number) => {
    if (cost <= limits.maxQueueFreeCost || !context.execution) return;
    try {
      context.execution.release = await admission.acquire(context.execution.signal);
    } catch (error) {
      if (error instanceof ServerBusyError) {
        throw new GraphQLError(error.message, {
          extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
        });
      }
      throw error;
    }
  };
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    validationRules: [depthLimitRule(limits)],
    formatError: formatError(debug),
    includeStacktraceInErrorResponses: debug,
    csrfPrevention: true,
    introspection: options.introspection ?? true,
    hideSchemaDetailsFromClientErrors: options.hideSuggestions ?? false,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      readCachePlugin(cacheMaxAge),
      responseCache.plugin<RequestContext>((context) => context.authorized),
      complexityLimitPlugin(limits, admit),
      requestIdPlugin(),
    ],
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req, limits.maxBodyBytes);
      const type = headers.get('content-type') ?? '';
      if (type.includes('json')) {
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else body = raw;
    }
    // Checked before Apollo: errors thrown from its early plugin hooks become 500s.
    const queryText =
      url.searchParams.get('query') ??
      (body && typeof body === 'object' && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined);
    if (typeof queryText === 'string' && queryText.length > limits.maxQueryLength) {
      sendJson(res, 400, {
        errors: [
          {
            message: `The query text is ${queryText.length} characters; the limit is ${limits.maxQueryLength}.`,
            extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxQueryLength', value: limits.maxQueryLength },
          },
        ],
      });
      return;
    }
    const authorized = keyMatches(req.headers.authorization, options.apiKey);
    if (options.requireKeyForReads && !authorized) {
      sendJson(res, 401, { errors: [{ message: unauthenticated().message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    const cacheKey = responseCache.keyOf({
      method: req.method ?? 'GET',
      body,
      url,
      authorized,
      accept: req.headers.accept,
      preflighted: headers.has('apollo-require-preflight') || headers.has('x-apollo-operation-name'),
    });
    const cached = cacheKey === undefined ? undefined : responseCache.lookup(cacheKey);
    if (cached && 'hit' in cached) {
      res.writeHead(cached.hit.status, {
        ...cached.hit.headers,
        'content-length': String(cached.hit.body.length),
        age: String(cached.hit.ageSeconds),
        'x-cache': 'hit',
      });
      res.end(cached.hit.body);
      return;
    }
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const execution: ExecutionSlot = { signal: gone.signal };
    const context: RequestContext = {
      graph: options.graph,
      reader,
      loaders: createLoaders(reader),
      limits,
      pipeline,
      authorized,
      requestId,
      execution,
    };
    let result: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
    try {
      result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => context,
      });
    } finally {
      execution.release?.();
    }
    if (gone.signal.aborted) return;
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    // Keep CORS's `Vary: Origin` beside Apollo's own Vary (writeHead would replace it).
    const vary = res.getHeader('vary');
    if (vary && outHeaders.vary) outHeaders.vary = `${outHeaders.vary}, ${String(vary)}`;
    let status = result.status ?? 200;
    if (result.body.kind === 'complete' && result.body.string.length > limits.maxResponseBytes) {
      // Counted in UTF-16 units, which never exceed the UTF-8 bytes of the same text by much.
      sendJson(res, 400, {
        errors: [
          {
            message: `The response would be larger than ${limits.maxResponseBytes} bytes; ask for smaller pages or fewer nested lists.`,
            extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'maxResponseBytes', value: limits.maxResponseBytes },
          },
        ],
      });
      return;
    }
    if (result.body.kind === 'complete') {
      if (cached) responseCache.store(cached.pending, { status, headers: outHeaders, body: result.body.string });
      // A database outage is a 503 to plain HTTP clients, as the GraphQL-over-HTTP spec allows.
      if (status === 200 && result.body.string.includes('"DATABASE_UNAVAILABLE"') && !result.body.string.includes('"data":{')) status = 503;
      res.writeHead(status, outHeaders);
      res.end(result.body.string);
    } else {
      res.writeHead(status, outHeaders);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Sent on every response and logged with every unexpected error, so the two can be matched.
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const route = async () => {
      if (url.pathname === '/graphql' || url.pathname === '/export') {
        if (cors.preflight(req, res)) return;
        cors.apply(req, res);
      }
      if (url.pathname === '/graphql') return graphql(req, res, url, requestId);
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/export') {
        const gone = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) gone.abort();
        });
        try {
          return await admission.run(() => handleExport(reader, limits, req, res, url), gone.signal);
        } catch (error) {
          if (error instanceof ExportRequestError) return sendJson(res, error.status, { error: error.message });
          if (error instanceof ClientGoneError) return;
          if (error instanceof ServerBusyError) {
            res.setHeader('retry-after', '1');
            return sendJson(res, 503, { error: error.message });
          }
          if ((error as Error).name === 'DatabaseUnavailableError') return sendJson(res, 503, { error: databaseUnavailable().message });
          throw error;
        }
      }
      if (url.pathname === '/ready') {
        try {
          await options.graph.verify();
          return sendJson(res, 200, { status: 'ready', neo4j: true });
        } catch {
          return sendJson(res, 503, { status: 'unavailable', neo4j: false });
        }
      }
      if (url.pathname.startsWith('/assets/') && req.method === 'GET') {
        const asset = playgroundAsset(url.pathname.slice('/assets/'.length));
        if (!asset) return sendJson(res, 404, { error: 'No such asset.' });
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
        res.end(asset.body);
        return;
      }
      if (url.pathname === '/explore' && req.method === 'GET') return sendHtml(res, explorerHtml());
      if ((url.pathname === '/' || url.pathname === '/playground') && req.method === 'GET') return sendHtml(res, playgroundHtml());
      sendJson(res, 404, { error: `No route ${url.pathname}. Try /graphql, /playground, /explore, /export, /health or /ready.` });
    };
    route().catch((error: { status?: number; message?: string }) => {
      // The rest of a refused body stays unread: close the socket so the client's next request starts clean.
      if (error.status === 413) res.setHeader('connection', 'close');
      else if (!error.status) logUnexpected(requestId, error, { route: url.pathname });
      if (!res.headersSent)
        sendJson(res, error.status ?? 500, {
          errors: [
            {
              message: error.status ? error.message : 'Unexpected error.',
              extensions: {
                code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR',
                ...(error.status ? {} : { requestId }),
              },
            },
          ],
        });
      else res.end();
    });
  });

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
    stop: () => apollo.stop(),
    responseCache,
  };
}
