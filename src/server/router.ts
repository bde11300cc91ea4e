/** Which handler answers which path, and the last word on errors no handler caught. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Graph } from '../graph/driver.js';
import type { GraphReader } from '../graph/reader.js';
import type { Limits } from '../api/limits.js';
import { ClientGoneError, ServerBusyError, type createAdmission } from './admission.js';
import type { corsPolicy } from './cors.js';
import { ExportRequestError, handleExport } from './export-route.js';
import { explorerHtml } from './explorer/page.js';
import { handleGraphql, type GraphqlRoute } from './graphql-route.js';
import { clientGone, HttpError, sendGraphqlError, sendHtml, sendJson } from './http.js';
import { playgroundAsset, playgroundHtml } from './playground/page.js';
import { logUnexpected } from './plugins/request-id.js';
import { databaseUnavailable, unauthenticated } from '../errors.js';
import { keyMatches } from './apollo.js';
import { FAVICON_SVG } from './favicon.js';

export interface Routes {
  graphql: GraphqlRoute;
  graph: Graph;
  reader: GraphReader;
  limits: Limits;
  admission: ReturnType<typeof createAdmission>;
  cors: ReturnType<typeof corsPolicy>;
}

/** Export refusals carry `code` beside `error`, the codes GraphQL errors use where they exist. */
async function exportRoute(routes: Routes, req: IncomingMessage, res: ServerResponse, url: URL) {
  const { apiKey, requireKeyForReads } = routes.graphql;
  if (requireKeyForReads && !keyMatches(req.headers.authorization, apiKey)) {
    res.setHeader('www-authenticate', 'Bearer');
    return sendJson(res, 401, { error: unauthenticated().message, code: 'UNAUTHENTICATED' });
  }
  try {
    return await routes.admission.run(() => handleExport(routes.reader, routes.limits, req, res, url), clientGone(res));
  } catch (error) {
    if (error instanceof ExportRequestError) {
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      return sendJson(res, error.status, { error: error.message, code: error.code });
    }
    if (error instanceof ClientGoneError) return;
    if (error instanceof ServerBusyError) {
      res.setHeader('retry-after', '1');
      return sendJson(res, 503, { error: error.message, code: 'SERVER_BUSY' });
    }
    if ((error as Error).name === 'DatabaseUnavailableError')
      return sendJson(res, 503, { error: databaseUnavailable().message, code: 'DATABASE_UNAVAILABLE' });
    throw error;
  }
}

async function readyRoute(graph: Graph, res: ServerResponse) {
  try {
    await graph.verify(graph.retryMs);
    sendJson(res, 200, { status: 'ready', neo4j: true });
  } catch {
    sendJson(res, 503, { status: 'unavailable', neo4j: false });
  }
}

/** /graphql, the playground at /, /explore, /export, /health, /ready and the playground's assets. */
export function createRouter(routes: Routes) {
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => {
    const { pathname } = url;
    if (pathname === '/graphql' || pathname === '/export') {
      if (routes.cors.preflight(req, res)) return;
      routes.cors.apply(req, res);
    }
    if (pathname === '/graphql') {
      // GraphQL over HTTP is GET and POST (OPTIONS answered above): PUT or DELETE is no request to read.
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('allow', 'GET, POST, OPTIONS');
        return sendGraphqlError(res, 405, `/graphql answers GET and POST, not ${req.method}.`, { code: 'METHOD_NOT_ALLOWED' });
      }
      return handleGraphql(routes.graphql, req, res, url, requestId);
    }
    if (pathname === '/export') return exportRoute(routes, req, res, url);
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/ready') return readyRoute(routes.graph, res);
    // HEAD as GET, its body left out by Node (link checkers and monitors ask with HEAD).
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (pathname.startsWith('/assets/') && reading) {
      const asset = playgroundAsset(pathname.slice('/assets/'.length));
      if (!asset) return sendJson(res, 404, { error: 'No such asset.' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
      return res.end(asset.body);
    }
    if (pathname === '/favicon.svg' && reading) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
      return res.end(FAVICON_SVG);
    }
    // Browsers ask for /favicon.ico on any page (the API's JSON too): no icon, and no 404 in their console.
    if (pathname === '/favicon.ico' && reading) {
      res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
      return res.end();
    }
    if (pathname === '/explore' && reading) return sendHtml(res, explorerHtml());
    if ((pathname === '/' || pathname === '/playground') && reading) return sendHtml(res, playgroundHtml());
    sendJson(res, 404, { error: `No route ${pathname}. Try /graphql, /playground, /explore, /export, /health or /ready.` });
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Sent on every response and logged with every unexpected error, so the two can be matched.
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    route(req, res, url, requestId).catch((error: unknown) => {
      // Nobody to answer, and nothing went wrong on this side.
      if (error instanceof ClientGoneError) return void res.destroy();
      const status = error instanceof HttpError ? error.status : undefined;
      // The rest of a refused body stays unread: close the socket so the client's next request starts clean.
      if (status === 413) res.setHeader('connection', 'close');
      else if (!status) logUnexpected(requestId, error, { route: url.pathname });
      if (res.headersSent) return void res.end();
      const [message, code] = status
        ? [(error as Error).message, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST']
        : ['Unexpected error.', 'INTERNAL_SERVER_ERROR'];
      // GraphQL clients read `errors`; the other routes refuse with `{ error, code }`, as the README gives.
      const details = status ? { code } : { code, requestId };
      if (url.pathname === '/graphql') sendGraphqlError(res, status ?? 500, message, details);
      else sendJson(res, status ?? 500, { error: message, ...details });
    });
  };
}
