/**
 * One benchmark run at one corpus size: ingest figures against the bare baseline, then the
 * query set through the GraphQL API (a separate process, as in production) and through the
 * bare driver. Each load goes into its own fresh local Neo4j, so no phase warms another.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Graph, toNumber } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrations.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local.js';
import { ROOT } from '../src/paths.js';
import { createExtractPool } from '../src/ingest/extract-pool.js';
import { loadBaseline } from './baseline.js';
import { buildPools, generateArticle } from './corpus.js';
import { measurePeer, type PeerFigures } from './peer.js';
import {
  measureEndToEnd,
  measureExtraction,
  measureLoading,
  ourLoader,
  type Corpus,
  type EndToEndFigures,
  type ExtractionFigures,
  type LoadFigures,
} from './ingest.js';
import { bareDriver, runApi, runBare, type RunFigures, type RunLength } from './load-test.js';
import { captureCypher, chooseInputs, operations } from './operations.js';
import { spawnServer, type ServerProcess } from './server-process.js';
import { machine, mean, rssMb, sampleRss, round } from './stats.js';

/**
 * Phases that may be skipped: the ingest phases (a 100k run takes ~15 min per load phase)
 * and the peer comparison (bench/peer.ts). End to end and queries always run.
 */
export type OptionalPhase = 'extraction' | 'loading' | 'peer';
export const OPTIONAL_PHASES: readonly OptionalPhase[] = ['extraction', 'loading', 'peer'];

export interface BenchOptions {
  articles: number;
  /** Which optional phases to run. @default all of OPTIONAL_PHASES */
  phases?: OptionalPhase[];
  /**
   * The API process runs compiled JavaScript (`npm run build`, as deployed) or the
   * TypeScript source through tsx (smoke tests; tsx adds ~40 MB and a slower start).
   * @default 'compiled'
   */
  api?: 'compiled' | 'source';
  seed: number;
  /** Length of each query run. */
  run: RunLength;
  connections: number[];
  batchSize: number;
  workers: number;
  heap: string;
  log: (line: string) => void;
}

export interface QueryFigures {
  operation: string;
  cypherStatements: number;
  /** Mean over the inputs: rows Neo4j returned for one request, and the API's response body in bytes (absent in results from before 2026-11-27). */
  answer?: { rowsFromNeo4j: number; responseBytes: number };
  runs: Array<{ connections: number; api: RunFigures; bare: RunFigures; p50Ratio: number }>;
  /**
   * The same load through an API with its response cache on (the runs above have it off):
   * after the warm-up every input's answer is in memory. p50Ratio is over the bare p50 at
   * the same connections. Absent in results from before 2026-11-30.
   */
  cached?: Array<{ connections: number; api: RunFigures; p50Ratio: number }>;
}

export interface BenchResult {
  date: string;
  machine: ReturnType<typeof machine>;
  versions: { neo4j: string; newsgraph: string };
  neo4jMemory: { heap: string; pageCache: string; rssAfterQueriesMb: number | null };
  corpus: {
    articles: number;
    seed: number;
    wordsPerArticle: number;
    nodes: number;
    relationships: number;
    entities: number;
    claims: number;
  };
  /** Null when the phase was skipped. */
  extraction: ExtractionFigures | null;
  loading: { ours: LoadFigures; baseline: LoadFigures; ratio: number } | null;
  endToEnd: EndToEndFigures;
  queries: QueryFigures[];
  /** newsgraph against @neo4j/graphql (absent in results from before 2026-11-30; null when skipped). */
  peer?: PeerFigures | null;
  /** Under 50 connections: the highest sample, and the highest of the per-operation means. */
  api: { rssAt50ConnectionsMb: { peak: number; mean: number } | null; rssIdleMb: number | null };
}

const PASSWORD = 'bench-password';

export interface Database {
  server: LocalNeo4j;
  graph: Graph;
  close(): Promise<void>;
}

async function freshDatabase(heap: string, log: (line: string) => void): Promise<Database> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const server = await startLocalNeo4j({ dataDir, port: await freePort(), password: PASSWORD, heap, log });
  const graph = new Graph({ uri: server.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', timeoutMs: 600_000 });
  await migrate(graph);
  return {
    server,
    graph,
    async close() {
      await graph.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function withDatabase<T>(options: Pick<BenchOptions, 'heap' | 'log'>, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await freshDatabase(options.heap, options.log);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * The API as deployed, `newsgraph serve`, in its own process so its memory can be measured;
 * its response cache off unless `responseCacheMb` is given, so repeated inputs reach Neo4j.
 */
export async function startApi(uri: string, from: 'compiled' | 'source', responseCacheMb = 0): Promise<ServerProcess> {
  const port = await freePort();
  const entry =
    from === 'compiled'
      ? [path.join(ROOT, 'dist', 'node', 'cli', 'main.js')]
      : ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts')];
  if (from === 'compiled' && !existsSync(entry[0]!))
    throw new Error('the compiled API is missing: run `npm run build` (npm run bench does)');
  return spawnServer(
    'API',
    [...entry, 'serve', '--no-seed'],
    {
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: PASSWORD,
      PORT: String(port),
      NODE_ENV: 'production',
      NEWSGRAPH_RESPONSE_CACHE_MB: String(responseCacheMb),
    },
    port,
    async (url) => (await fetch(`${url}/ready`)).ok,
  );
}

async function graphCounts(graph: Graph) {
  const [row] = await graph.read(`CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
    RETURN nodes, relationships, entities, claims`);
  return {
    nodes: toNumber(row?.nodes),
    relationships: toNumber(row?.relationships),
    entities: toNumber(row?.entities),
    claims: toNumber(row?.claims),
  };
}

async function neo4jFacts(graph: Graph): Promise<{ version: string; pageCache: string }> {
  const [component] = await graph.read<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  const pageCache = await graph
    .read<{ value: string }>("SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value")
    .then(
      (rows) => rows[0]?.value ?? 'default',
      () => 'default (not reported)',
    );
  return { version: component?.version ?? 'unknown', pageCache };
}

async function measureQueries(options: BenchOptions, db: Database): Promise<Pick<BenchResult, 'queries' | 'api' | 'peer'>> {
  const { log } = options;
  const inputs = await chooseInputs(db.graph);
  const ops = operations(inputs);
  const captured = await captureCypher(db.graph, ops, inputs.entities.length);
  const api = await startApi(db.server.uri, options.api ?? 'compiled');
  const driver = bareDriver(db.server.uri, PASSWORD);
  const warmUp: RunLength = 'seconds' in options.run ? { seconds: Math.min(2, options.run.seconds) } : options.run;
  const results: QueryFigures[] = [];
  const rss50 = { peak: 0, mean: 0, sampled: false };
  try {
    const rssIdleMb = rssMb(api.child.pid!);
    for (const op of ops) {
      const { requests, rowsFromNeo4j, responseBytes } = captured.get(op.name)!;
      await runApi(api.url, op.query, op.variables, 4, warmUp);
      await runBare(driver, requests, 4, warmUp);
      const runs: QueryFigures['runs'] = [];
      for (const connections of options.connections) {
        const stopSampling = connections === 50 ? sampleRss(api.child.pid!) : undefined;
        const apiRun = await runApi(api.url, op.query, op.variables, connections, options.run);
        const sampled = stopSampling?.();
        if (sampled)
          Object.assign(rss50, { peak: Math.max(rss50.peak, sampled.peakMb), mean: Math.max(rss50.mean, sampled.meanMb), sampled: true });
        const bareRun = await runBare(driver, requests, connections, options.run);
        const p50Ratio = round(apiRun.latencyMs.p50 / Math.max(bareRun.latencyMs.p50, 0.001), 2);
        runs.push({ connections, api: apiRun, bare: bareRun, p50Ratio });
        log(
          `  ${op.name} @${connections}: API p50 ${apiRun.latencyMs.p50} ms, ${apiRun.requestsPerSecond} req/s | bare p50 ${bareRun.latencyMs.p50} ms, ${bareRun.requestsPerSecond} req/s | ×${p50Ratio}${apiRun.errors + bareRun.errors ? ` | errors: API ${apiRun.errors}, bare ${bareRun.errors}` : ''}`,
        );
      }
      const statements = requests.reduce((n, r) => n + r.flat().length, 0) / requests.length;
      const answer = { rowsFromNeo4j: round(mean(rowsFromNeo4j), 1), responseBytes: Math.round(mean(responseBytes)) };
      results.push({ operation: op.name, cypherStatements: round(statements, 1), answer, runs });
    }
    let peer: PeerFigures | null = null;
    if ((options.phases ?? OPTIONAL_PHASES).includes('peer')) {
      log('peer: newsgraph and @neo4j/graphql over the same Neo4j, alternated');
      peer = await measurePeer({ ourUrl: api.url, ours: ops, inputs, uri: db.server.uri, password: PASSWORD, run: options.run, log });
    }
    await api.stop();
    await measureCached(options, db, ops, results);
    return {
      queries: results,
      peer,
      api: { rssAt50ConnectionsMb: rss50.sampled ? { peak: rss50.peak, mean: rss50.mean } : null, rssIdleMb },
    };
  } finally {
    await driver.close();
    await api.stop();
  }
}

/** Each operation again through an API with its response cache on (the default 64 MB), warmed first. */
async function measureCached(
  options: BenchOptions,
  db: Database,
  ops: ReturnType<typeof operations>,
  results: QueryFigures[],
): Promise<void> {
  const api = await startApi(db.server.uri, options.api ?? 'compiled', 64);
  try {
    for (const op of ops) {
      const figures = results.find((q) => q.operation === op.name)!;
      await runApi(api.url, op.query, op.variables, 1, { requests: 32 });
      figures.cached = [];
      for (const connections of options.connections) {
        const run = await runApi(api.url, op.query, op.variables, connections, options.run);
        const bare = figures.runs.find((r) => r.connections === connections)!.bare;
        // Two significant digits: a hit is often a hundredth of a database read, which two decimals would show as 0.
        const p50Ratio = Number((run.latencyMs.p50 / Math.max(bare.latencyMs.p50, 0.001)).toPrecision(2));
        figures.cached.push({ connections, api: run, p50Ratio });
        options.log(
          `  cached ${op.name} @${connections}: p50 ${run.latencyMs.p50} ms, ${run.requestsPerSecond} req/s | ×${p50Ratio} of bare p50`,
        );
      }
    }
  } finally {
    await api.stop();
  }
}

/** Mean words per article over (up to) the first 500. */
function meanWords(corpus: Corpus): number {
  const sample = Math.min(500, corpus.size);
  let words = 0;
  for (let i = 0; i < sample; i += 1) words += generateArticle(corpus.pools, corpus.seed, i).body.split(/\s+/).length;
  return Math.round(words / sample);
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const phases = new Set(options.phases ?? OPTIONAL_PHASES);
  const corpus: Corpus = { pools: buildPools(options.seed), seed: options.seed, size: options.articles };
  let extraction: ExtractionFigures | null = null;
  let loading: BenchResult['loading'] = null;
  const pool = phases.has('extraction') || phases.has('loading') ? createExtractPool(options.workers) : undefined;
  try {
    if (pool && phases.has('extraction')) {
      log(`extraction: ${options.articles} articles on ${pool.size} worker(s)`);
      extraction = await measureExtraction(corpus, pool);
      log(
        `  ${extraction.articlesPerSecond} articles/s (${extraction.articlesPerSecondPerCore}/core; one thread ${extraction.singleThreadArticlesPerSecond}/s), p50 ${extraction.msPerArticle.p50} ms`,
      );
    }
    if (pool && phases.has('loading')) {
      log('loading alone, bare UNWIND … MERGE baseline (fresh database)');
      const baseline = await withDatabase(options, async (db) => {
        const driver = bareDriver(db.server.uri, PASSWORD);
        try {
          return await measureLoading(corpus, pool, options.batchSize, (batch) => loadBaseline(driver, batch));
        } finally {
          await driver.close();
        }
      });
      log(`  ${baseline.articlesPerSecond} articles/s`);
      log('loading alone, newsgraph loader (fresh database)');
      const ours = await withDatabase(options, (db) => measureLoading(corpus, pool, options.batchSize, ourLoader(db.graph)));
      log(`  ${ours.articlesPerSecond} articles/s`);
      loading = { ours, baseline, ratio: round(baseline.articlesPerSecond / ours.articlesPerSecond, 2) };
    }
  } finally {
    await pool?.close();
  }

  log('end to end, generated text → graph (fresh database, then the query runs)');
  return withDatabase(options, async (db) => {
    const endToEnd = await measureEndToEnd(corpus, db.graph, options.workers, options.batchSize);
    log(`  ${endToEnd.seconds} s, ${endToEnd.articlesPerSecond} articles/s`);
    const counts = await graphCounts(db.graph);
    const facts = await neo4jFacts(db.graph);
    log(`queries: ${counts.nodes} nodes, ${counts.relationships} relationships`);
    const queries = await measureQueries(options, db);
    return {
      date: new Date().toISOString(),
      machine: machine(),
      versions: { neo4j: facts.version, newsgraph: process.env.npm_package_version ?? 'unknown' },
      neo4jMemory: { heap: options.heap, pageCache: facts.pageCache, rssAfterQueriesMb: rssMb(db.server.pid) },
      corpus: { articles: options.articles, seed: options.seed, wordsPerArticle: meanWords(corpus), ...counts },
      extraction,
      loading,
      endToEnd,
      ...queries,
    };
  });
}
