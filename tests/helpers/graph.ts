import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local.js';
import { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { toNumber } from '../../src/graph/driver.js';
import { FACT, STRONGEST_KEPT } from '../../src/graph/queries/graph.js';

/** A connection to the run's throwaway Neo4j, migrated. */
export async function testGraph(): Promise<Graph> {
  const graph = new Graph({
    uri: inject('neo4jUri'),
    user: 'neo4j',
    password: inject('neo4jPassword'),
    database: 'neo4j',
    timeoutMs: 30_000,
  });
  await graph.verify();
  await migrate(graph);
  return graph;
}

interface ProfiledOperator {
  operatorType: string;
  dbHits: number;
  arguments: { Details?: string };
  children: ProfiledOperator[];
}

/** A query's executed plan (PROFILE): operator names, the details of its expands, and its total database hits. */
export async function profileQuery(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown>,
): Promise<{ operators: string[]; expands: string[]; dbHits: number }> {
  const session = graph.driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`PROFILE ${cypher}`, params);
    const operators: string[] = [];
    const expands: string[] = [];
    let dbHits = 0;
    const walk = (plan: ProfiledOperator) => {
      const operator = plan.operatorType.replace(/@.*$/, '');
      operators.push(operator);
      if (/Expand/.test(operator)) expands.push(plan.arguments.Details ?? '');
      dbHits += Number(plan.dbHits);
      plan.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as ProfiledOperator);
    return { operators, expands, dbHits };
  } finally {
    await session.close();
  }
}

/**
 * Resamples every index and clears the plan cache, waiting for both. Tests share one database,
 * so right after a test loads its data the index statistics can still describe an earlier
 * test's graph (the background resample lags), and a plan made from them may scan an index
 * where it would seek — seen once in CI.
 */
export async function refreshPlannerStatistics(graph: Graph): Promise<void> {
  await graph.write((tx) => tx.run('CALL db.prepareForReplanning(60)'));
}

export async function clearGraph(graph: Graph): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

export async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: toNumber(row?.nodes), relationships: toNumber(row?.relationships) };
}

export interface ThrowawayNeo4j {
  /** Connected to this server; stays valid across stop() and start() (same port and data). */
  graph: Graph;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server, closes the driver and deletes the data. */
  close(): Promise<void>;
}

/** A second, empty Neo4j of a test's own, for tests that load into or stop their database. */
export async function throwawayNeo4j(name: string, timeoutMs = 30_000): Promise<ThrowawayNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `newsgraph-${name}-`));
  const port = await freePort();
  const password = `${name}-pw`;
  let server: LocalNeo4j | undefined = await startLocalNeo4j({ dataDir, port, password, heap: '512m' });
  const graph = new Graph({ uri: server.uri, user: 'neo4j', password, database: 'neo4j', timeoutMs });
  return {
    graph,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      // Generous: a restart under test load on a busy 2-core machine has taken over 120 s.
      server = await startLocalNeo4j({ dataDir, port, password, heap: '512m', startTimeoutMs: 300_000 });
    },
    async close() {
      await graph.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Properties that record when or in which order something was loaded, not what the graph
 * says; and `aliasText`, the full-text index's copy of `aliases` (compared as a set).
 */
const LOAD_HISTORY = new Set(['createdAt', 'ingestedAt', 'at', 'aliasText']);
/** Alias provenance: which article first brought a name, and why it matched then. */
const ALIAS_HISTORY = new Set(['reason', 'article']);

function canonical(value: unknown): unknown {
  // Lists in the graph are sets (aliases, evidence, articles, relation ids): compared sorted.
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((v) => JSON.stringify(v))
      .sort();
  return value;
}

function describeProps(props: Record<string, unknown>, skip: Set<string>): string {
  return JSON.stringify(
    Object.keys(props)
      .filter((k) => !skip.has(k))
      .sort()
      .map((k) => [k, canonical(props[k])]),
  );
}

/**
 * The graph's content as sorted lines — every node with its labels and properties, every
 * relationship with its type, endpoints and properties — and a hash of them. Timestamps,
 * alias provenance and the search copy of aliases are left out; lists are compared as sets. Two loads that give the
 * same lines gave the same graph.
 */
export async function graphFingerprint(graph: Graph): Promise<{ hash: string; lines: string[] }> {
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map(
      (n) =>
        `node ${[...n.labels].sort().join(':')} ${describeProps(n.props, n.labels.includes('Alias') ? new Set([...LOAD_HISTORY, ...ALIAS_HISTORY]) : LOAD_HISTORY)}`,
    ),
    ...relationships.map((r) => `rel ${r.from} -${r.type}-> ${r.to} ${describeProps(r.props, LOAD_HISTORY)}`),
  ].sort();
  return { hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16), lines };
}

/** Lines in one fingerprint and not the other, for a readable failure. */
export function fingerprintDiff(a: { lines: string[] }, b: { lines: string[] }, max = 20): { onlyFirst: string[]; onlySecond: string[] } {
  const inA = new Set(a.lines);
  const inB = new Set(b.lines);
  return { onlyFirst: a.lines.filter((l) => !inB.has(l)).slice(0, max), onlySecond: b.lines.filter((l) => !inA.has(l)).slice(0, max) };
}

/** Deletes every node and every constraint and index: a database as fresh as a new one. */
export async function wipeDatabase(graph: Graph): Promise<void> {
  await clearGraph(graph);
  for (const { name } of await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name'))
    await graph.write((tx) => tx.run(`DROP CONSTRAINT \`${name}\``));
  for (const { name } of await graph.read<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await graph.write((tx) => tx.run(`DROP INDEX \`${name}\``));
}

/** Every entity's ties ranked from scratch, the slow way: what the kept lists (`e.strongest`) must equal. */
export async function rankedFromScratch(graph: Graph): Promise<Map<string, { stored: string[]; computed: string[] }>> {
  const rows = await graph.read(`
    MATCH (e:Entity)
    CALL (e) {
      MATCH (e)-[r:${FACT}]-(n:Entity)
      WITH n, sum(size(r.evidence)) AS weight, max(r.confidence) AS confidence
      ORDER BY weight DESC, confidence DESC, n.id
      RETURN collect(n.id)[..${STRONGEST_KEPT}] AS computed
    }
    RETURN e.id AS id, e.strongest AS stored, computed`);
  return new Map(rows.map((r) => [r.id as string, { stored: r.stored as string[], computed: r.computed as string[] }]));
}
