import { inject } from 'vitest';
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

export async function clearGraph(graph: Graph): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

export async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  return { nodes: toNumber(row?.nodes), relationships: toNumber(row?.relationships) };
}
