import path from 'node:path';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { FIXTURES } from '../helpers/corpus.js';
import { fingerprintDiff, graphFingerprint, testGraph, wipeDatabase } from '../helpers/graph.js';

// Issue 19 item 6: two processes starting together on a fresh database.
let graph: Graph;
let other: Graph;
beforeAll(async () => {
  graph = await testGraph();
  // A second driver, as a second process would have.
  other = new Graph({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword'), database: 'neo4j', timeoutMs: 30_000 });
});
afterAll(async () => {
  // Leave the shared database as the other test files expect it: migrated.
  await migrate(graph);
  await Promise.all([graph?.close(), other?.close()]);
});

const articles = path.join(FIXTURES, 'eval', 'articles');
/** What `ingest` does after connecting: migrate, then load. */
const loader = async (g: Graph) => {
  await migrate(g);
  return ingestPaths(g, [articles]);
};

describe('two loaders started at the same instant on an empty database', () => {
  it('both migrate without "An equivalent index already exists", three times over', async () => {
    for (let round = 0; round < 3; round += 1) {
      await wipeDatabase(graph);
      await expect(Promise.all([migrate(graph), migrate(other)])).resolves.toBeDefined();
    }
    const names = (await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(names).toContain('alias_key');
  }, 240_000);

  it('both finish, and the graph equals one serial run', async () => {
    await wipeDatabase(graph);
    const [first, second] = await Promise.all([loader(graph), loader(other)]);
    expect([first.errors, second.errors]).toEqual([[], []]);
    expect(first.articles - first.unchanged + second.articles - second.unchanged).toBe(first.articles);
    const together = await graphFingerprint(graph);

    await wipeDatabase(graph);
    await loader(graph);
    const serial = await graphFingerprint(graph);
    expect(fingerprintDiff(together, serial)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(together.hash).toBe(serial.hash);
  }, 240_000);
});
