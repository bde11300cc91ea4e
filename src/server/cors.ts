import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for /graphql and /export, so a dashboard served from another origin can call the
 * API from the browser. Only the configured origins (NEWSGRAPH_CORS_ORIGINS) are answered;
 * `*` allows any. No cookies are involved (the API key travels as a bearer token), so
 * credentials are never allowed.
 */
export interface CorsPolicy {
  /** True when the request came from an allowed origin and may read the response. */
  apply(req: IncomingMessage, res: ServerResponse): boolean;
  /** Answers an OPTIONS preflight; true when it did. */
  preflight(req: IncomingMessage, res: ServerResponse): boolean;
}

const METHODS = 'GET, POST, OPTIONS';
/** What the API reads: the key, JSON bodies, and Apollo's CSRF header. */
const HEADERS = 'authorization, content-type, apollo-require-preflight';
/** The export's file name, and Retry-After on 503. */
const EXPOSED = 'content-disposition, retry-after';
/** Browsers cache a preflight for this many seconds (Chromium caps it at 7200). */
const MAX_AGE = '600';

export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const originOf = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    return origin && (any || allowed.has(origin)) ? origin : undefined;
  };
  return {
    apply(req, res) {
      if (origins.length) res.appendHeader('vary', 'Origin');
      const origin = originOf(req);
      if (!origin) return false;
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED);
      return true;
    },
    preflight(req, res) {
      if (req.method !== 'OPTIONS') return false;
      if (!this.apply(req, res)) {
        // No CORS headers: the browser refuses the real request; say why to anyone looking.
        res.writeHead(req.headers.origin ? 403 : 204, { allow: METHODS, 'content-type': 'application/json; charset=utf-8' });
        res.end(
          req.headers.origin ? JSON.stringify({ error: `Origin ${req.headers.origin} is not in NEWSGRAPH_CORS_ORIGINS.` }) : undefined,
        );
        return true;
      }
      res.writeHead(204, {
        'access-control-allow-methods': METHODS,
        'access-control-allow-headers': HEADERS,
        'access-control-max-age': MAX_AGE,
        allow: METHODS,
      });
      res.end();
      return true;
    },
  };
}

/** Parses NEWSGRAPH_CORS_ORIGINS: comma-separated origins such as https://dash.example.com, or `*`. */
export function parseCorsOrigins(raw: string | undefined): string[] | { error: string } {
  const items = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (item === '*') continue;
    let origin: string | undefined;
    try {
      origin = new URL(item).origin;
    } catch {
      origin = undefined;
    }
    if (!origin || origin === 'null' || origin !== item.replace(/\/$/, '')) {
      return {
        error: `NEWSGRAPH_CORS_ORIGINS: '${item}' is not an origin; use scheme://host[:port] such as https://dash.example.com, comma-separated, or *.`,
      };
    }
  }
  return items.map((item) => item.replace(/\/$/, ''));
}
