/** Reads and validates the environment once; every other module takes a Config. */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_DATA } from '../paths.js';
import { parseCorsOrigins } from '../server/cors.js';

/**
 * Two requests executing per core. Requests mostly wait on Neo4j, so one per core leaves
 * cores idle; more only hold more half-built responses in memory. On 2 cores, 4 instead of
 * 8 cut the API's peak RSS under 50 connections from 243 to 207 MB (2-hop at 10k articles)
 * and halved p99, for 7% more p50 on that query.
 */
export const DEFAULT_CONCURRENCY = 2 * os.availableParallelism();

export interface Neo4jConfig {
  /** Set when the user points at their own server; undefined starts the bundled one. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  localPort: number;
  localHeap: string;
  /** Data folder of the bundled server; its run file tells every command which server runs there. */
  localDataDir: string;
  /** Transaction timeout for queries issued by the API, in milliseconds. */
  queryTimeoutMs: number;
}

export interface Config {
  port: number;
  /**
   * Address the API binds to. `0.0.0.0` (every IPv4 interface) as before; `127.0.0.1` keeps
   * the API on loopback, e.g. behind a reverse proxy on the same machine.
   */
  host: string;
  /** Serve the schema by introspection (the playground's docs need it). */
  introspection: boolean;
  /** Hide "did you mean …" field suggestions in errors. */
  hideSuggestions: boolean;
  /** Require the API key for reads too, not only mutations. */
  requireKeyForReads: boolean;
  /** Largest node count of an export download. */
  maxExportNodes: number;
  /** GraphQL requests executing at once; more wait in a queue (memory stays flat under load). */
  maxConcurrentRequests: number;
  /** Heavy GraphQL requests (over 20 000 estimated values) executing at once, in a lane of their own. */
  maxConcurrentHeavyRequests: number;
  /** Megabytes of whole read responses kept in memory (0: no response cache). */
  responseCacheMb: number;
  apiKey: string | undefined;
  /** Browser origins allowed to call /graphql and /export (CORS); empty allows none. */
  corsOrigins: string[];
  neo4j: Neo4jConfig;
  production: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not an integer between ${min} and ${max}.`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} must be true or false.`);
}

/** An IPv4/IPv6 address or a host name; anything else would only fail later inside listen(). */
function host(env: Env): string {
  const raw = env.HOST?.trim();
  if (!raw) return '0.0.0.0';
  if (net.isIP(raw) || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(raw)) return raw;
  throw new ConfigError(`HOST=${raw} is not an IP address or host name; use 0.0.0.0 (every interface) or 127.0.0.1 (loopback only).`);
}

function uri(env: Env): string | undefined {
  const raw = env.NEO4J_URI?.trim();
  if (!raw) return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+/.test(raw)) {
    throw new ConfigError(`NEO4J_URI=${raw} is not a Neo4j URI; use bolt://host:7687, neo4j://host:7687 or neo4j+s://… (Aura).`);
  }
  return raw;
}

function corsOrigins(env: Env): string[] {
  const parsed = parseCorsOrigins(env.NEWSGRAPH_CORS_ORIGINS);
  if ('error' in parsed) throw new ConfigError(parsed.error);
  return parsed;
}

export function loadConfig(env: Env = process.env): Config {
  const heap = env.NEO4J_LOCAL_HEAP?.trim() || '1g';
  if (!/^\d+[mMgG]$/.test(heap)) {
    throw new ConfigError(`NEO4J_LOCAL_HEAP=${heap} must look like 512m or 1g.`);
  }
  const apiKey = env.NEWSGRAPH_API_KEY?.trim() || undefined;
  const requireKeyForReads = flag(env, 'NEWSGRAPH_REQUIRE_KEY_FOR_READS', false);
  // Without a key to give, every read would be refused: a server that answers nothing.
  if (requireKeyForReads && !apiKey)
    throw new ConfigError('NEWSGRAPH_REQUIRE_KEY_FOR_READS is on but NEWSGRAPH_API_KEY is not set: set the key, or turn the flag off.');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: host(env),
    maxExportNodes: integer(env, 'NEWSGRAPH_MAX_EXPORT_NODES', 10_000, 1, 1_000_000),
    maxConcurrentRequests: integer(env, 'NEWSGRAPH_MAX_CONCURRENT_REQUESTS', DEFAULT_CONCURRENCY, 1, 1000),
    maxConcurrentHeavyRequests: integer(env, 'NEWSGRAPH_MAX_CONCURRENT_HEAVY_REQUESTS', 1, 1, 1000),
    responseCacheMb: integer(env, 'NEWSGRAPH_RESPONSE_CACHE_MB', 64, 0, 65536),
    apiKey,
    corsOrigins: corsOrigins(env),
    production: env.NODE_ENV === 'production',
    introspection: flag(env, 'NEWSGRAPH_INTROSPECTION', true),
    hideSuggestions: flag(env, 'NEWSGRAPH_HIDE_SUGGESTIONS', env.NODE_ENV === 'production'),
    requireKeyForReads,
    neo4j: {
      uri: uri(env),
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'newsgraph-local',
      database: env.NEO4J_DATABASE?.trim() || 'neo4j',
      localPort: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      localHeap: heap,
      localDataDir: path.resolve(env.NEO4J_LOCAL_DATA_DIR?.trim() || path.join(LOCAL_DATA, 'data')),
      queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 15000, 100, 600000),
    },
  };
}
