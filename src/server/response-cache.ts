import type { ApolloServerPlugin } from '@apollo/server';
import { stripIgnoredCharacters } from 'graphql';

/**
 * Whole GraphQL read responses kept in memory, so a dashboard polling the same query is
 * answered without parsing, queueing or a trip to Neo4j.
 *
 * - Key: the operation text with insignificant whitespace and comments removed, the
 *   operation name, the variables (keys sorted), the caller's scope (with or without the API
 *   key) and the `Accept` header (which picks the response's content type).
 * - Only successful queries are stored: never mutations, errors or partial answers.
 * - Every mutation the server runs for an authorised caller advances the generation number
 *   and empties the cache, before it executes and again when it has answered, and a read is
 *   stored only if no write began or ended while it ran: an answer is never older than the
 *   last write this process made.
 * - Writes made elsewhere (another API instance, `newsgraph ingest`) are invisible here, so
 *   every entry also expires after `ttlMs` — the `Cache-Control: max-age` the response
 *   already carries — and bounds how stale an answer can be to that.
 * - Bounded in bytes (key and body): the least recently used entries go first.
 */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface Entry extends CachedResponse {
  storedAt: number;
  bytes: number;
}

/** A cacheable request in flight: where its answer would go and the generation it began in. */
export interface PendingRead {
  key: string;
  generation: number;
}

export interface ResponseCacheOptions {
  /** Largest total size of keys and bodies, in bytes; 0 disables the cache. */
  maxBytes: number;
  /** How long an entry may be served, in milliseconds; 0 disables the cache. */
  ttlMs: number;
  now?: () => number;
}

/** Fixed per-entry cost beside key and body: the headers and the Map's own bookkeeping. */
const ENTRY_OVERHEAD = 256;

/** JSON with object keys in sorted order, so `{a, b}` and `{b, a}` share an entry. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface CacheableRequest {
  method: string;
  /** The parsed JSON body of a POST; ignored for GET. */
  body: unknown;
  url: URL;
  authorized: boolean;
  accept: string | undefined;
  /** Whether the request carries a header Apollo's CSRF prevention accepts for GET. */
  preflighted: boolean;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private current = 0;
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0 && this.options.ttlMs > 0;
  }

  /** Advanced by every write; entries from earlier generations are gone. */
  get generation(): number {
    return this.current;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Drops every entry and refuses to store reads that began before now. */
  invalidate(): void {
    this.current += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * The key of a request whose answer could be cached, or undefined: not a GraphQL query
   * by text (a persisted-query hash, a body that is not an object), or a GET without the
   * header that shows it is no cross-site form (Apollo refuses those; a hit must not bypass it).
   */
  keyOf(request: CacheableRequest): string | undefined {
    if (!this.enabled) return undefined;
    let query: unknown;
    let operationName: unknown;
    let variables: unknown;
    if (request.method === 'POST') {
      if (!request.body || typeof request.body !== 'object' || Array.isArray(request.body)) return undefined;
      ({ query, operationName, variables } = request.body as Record<string, unknown>);
    } else if (request.method === 'GET') {
      if (!request.preflighted) return undefined;
      const params = request.url.searchParams;
      query = params.get('query');
      operationName = params.get('operationName') ?? undefined;
      try {
        variables = params.has('variables') ? JSON.parse(params.get('variables')!) : undefined;
      } catch {
        return undefined;
      }
    } else return undefined;
    if (typeof query !== 'string') return undefined;
    let text: string;
    try {
      text = stripIgnoredCharacters(query);
    } catch {
      return undefined; // text that does not lex: Apollo answers it, and errors are never stored
    }
    let variablesKey: string;
    try {
      variablesKey = stableJson(variables ?? {});
    } catch {
      return undefined; // variables nested past the stack: Apollo answers them, uncached
    }
    return `${request.authorized ? 'key' : 'public'}\u0000${request.accept ?? ''}\u0000${typeof operationName === 'string' ? operationName : ''}\u0000${variablesKey}\u0000${text}`;
  }

  /** Starts a cacheable read: the stored answer if there is a fresh one, else where to store it. */
  lookup(key: string): { hit: CachedResponse & { ageSeconds: number } } | { pending: PendingRead } {
    const entry = this.entries.get(key);
    if (entry) {
      const age = this.now() - entry.storedAt;
      if (age < this.options.ttlMs) {
        // Most recently used goes last; eviction takes from the front.
        this.entries.delete(key);
        this.entries.set(key, entry);
        return { hit: { status: entry.status, headers: entry.headers, body: entry.body, ageSeconds: Math.floor(age / 1000) } };
      }
      this.remove(key, entry);
    }
    return { pending: { key, generation: this.current } };
  }

  /**
   * Stores a finished read's answer if it was a successful query (the plugin marked it
   * `x-cache: miss`) and no write began or ended while it ran.
   */
  store(read: PendingRead, response: { status: number; headers: Record<string, string>; body: string }): boolean {
    if (response.headers['x-cache'] !== 'miss' || read.generation !== this.current || response.status !== 200) return false;
    const body = Buffer.from(response.body);
    const bytes = body.length + Buffer.byteLength(read.key) + ENTRY_OVERHEAD;
    if (bytes > this.options.maxBytes) return false;
    const old = this.entries.get(read.key);
    if (old) this.remove(read.key, old);
    this.entries.set(read.key, { status: response.status, headers: response.headers, body, storedAt: this.now(), bytes });
    this.bytes += bytes;
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(key, entry);
    }
    return true;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /**
   * Marks successful queries as storable (`x-cache: miss`: Apollo gives plugins a copy of
   * the context, so the mark travels on the response), and turns every mutation that may
   * write (`mayWrite`: the caller holds the key) into an invalidation before and after it runs.
   */
  plugin<Context extends object>(mayWrite: (context: Context) => boolean): ApolloServerPlugin<Context> {
    const invalidate = () => this.invalidate();
    const enabled = () => this.enabled;
    return {
      async requestDidStart() {
        return {
          // No operation when the document holds several and none is named: graphql-js refuses it.
          async executionDidStart({ operation, contextValue }) {
            if (operation && operation.operation !== 'query' && mayWrite(contextValue)) invalidate();
          },
          async willSendResponse({ operation, response, contextValue }) {
            if (!operation) return;
            if (operation.operation !== 'query') {
              if (mayWrite(contextValue)) invalidate();
              return;
            }
            if (enabled() && response.body.kind === 'single' && !response.body.singleResult.errors?.length)
              response.http.headers.set('x-cache', 'miss');
          },
        };
      },
    };
  }
}
