import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local.js';
import { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { toNumber } from '../../src/graph/driver.js';

/** A connection to the run's throwaway Neo4j, migrated. */
export async function testGraph(): Promise<Graph> {
  const graph = new Graph({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword'), database: 'neo4j', timeoutMs: 30_000 });
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
export async function profileQuery(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<{ operators: string[]; expands: string[]; dbHits: number }> {
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
  const [row] = await graph.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
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
      server = await startLocalNeo4j({ dataDir, port, password, heap: '512m' });
    },
    async close() {
      await graph.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
