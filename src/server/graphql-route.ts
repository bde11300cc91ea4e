/** POST/GET /graphql: limits Apollo cannot see, the response cache, then Apollo itself. */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionSlot, RequestContext } from '../api/context.js';
import type { Limits } from '../api/limits.js';
import { keyMatches, requireKey } from './apollo.js';
import { clientGone, readBody, sendGraphqlError } from './http.js';
import { bracketNesting } from './query-nesting.js';
import type { ResponseCache } from './response-cache.js';

export interface GraphqlRoute {
  apollo: ApolloServer<RequestContext>;
  limits: Limits;
  responseCache: ResponseCache;
  apiKey: string | undefined;
  requireKeyForReads: boolean;
  /** The request's context, less what this route adds (authorisation, request id, its slot). */
  contextBase: () => Omit<RequestContext, 'authorized' | 'requestId' | 'execution'>;
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export async function handleGraphql(route: GraphqlRoute, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
  const { apollo, limits, responseCache } = route;
  const headers = headerMapOf(req);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const raw = await readBody(req, limits.maxBodyBytes);
    if ((headers.get('content-type') ?? '').includes('json')) {
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return sendGraphqlError(res, 400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' });
      }
    } else body = raw;
  }
  // Checked before Apollo: errors thrown from its early plugin hooks become 500s.
  const queryText =
    url.searchParams.get('query') ??
    (body && typeof body === 'object' && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined);
  if (typeof queryText === 'string' && queryText.length > limits.maxQueryLength) {
    return sendGraphqlError(res, 400, `The query text is ${queryText.length} characters; the limit is ${limits.maxQueryLength}.`, {
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxQueryLength',
      value: limits.maxQueryLength,
    });
  }
  const nesting = typeof queryText === 'string' ? bracketNesting(queryText, limits.maxQueryNesting) : 0;
  if (nesting > limits.maxQueryNesting) {
    return sendGraphqlError(res, 400, `The query text nests brackets more than ${limits.maxQueryNesting} deep.`, {
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxQueryNesting',
      value: limits.maxQueryNesting,
    });
  }
  // The caller's access scope keys the cache; the context function enforces it.
  const authorized = keyMatches(req.headers.authorization, route.apiKey);
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
    const { hit } = cached;
    // Each answer carries its own request's id, not the one that filled the cache.
    res.writeHead(hit.status, {
      ...hit.headers,
      'x-request-id': requestId,
      'content-length': String(hit.body.length),
      age: String(hit.ageSeconds),
      'x-cache': 'hit',
    });
    return res.end(hit.body);
  }
  const execution: ExecutionSlot = { signal: clientGone(res) };
  let result: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
  try {
    result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => requireKey({ ...route.contextBase(), authorized, requestId, execution }, route.requireKeyForReads),
    });
  } finally {
    execution.release?.();
  }
  if (execution.signal.aborted) return;
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of result.headers) outHeaders[key] = value;
  // Keep CORS's `Vary: Origin` beside Apollo's own Vary (writeHead would replace it).
  const vary = res.getHeader('vary');
  if (vary && outHeaders.vary) outHeaders.vary = `${outHeaders.vary}, ${String(vary)}`;
  const status = result.status ?? 200;
  if (result.body.kind === 'complete') {
    // Counted in UTF-16 units, which never exceed the UTF-8 bytes of the same text by much.
    if (result.body.string.length > limits.maxResponseBytes) {
      return sendGraphqlError(
        res,
        400,
        `The response would be larger than ${limits.maxResponseBytes} bytes; ask for smaller pages or fewer nested lists.`,
        { code: 'RESPONSE_TOO_LARGE', limit: 'maxResponseBytes', value: limits.maxResponseBytes },
      );
    }
    if (cached) responseCache.store(cached.pending, { status, headers: outHeaders, body: result.body.string });
    res.writeHead(status, outHeaders);
    res.end(result.body.string);
  } else {
    res.writeHead(status, outHeaders);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
