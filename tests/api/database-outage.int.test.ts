import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local.js';
import { createApp, type App } from '../../src/server/app.js';
import { client, listen } from '../helpers/api.js';
import { SEED_FILE } from '../helpers/corpus.js';

// Its own Neo4j, since this test stops and restarts it.
const password = 'outage-pw';
let dataDir: string;
let port: number;
let neo4j: LocalNeo4j;
let graph: Graph;
let app: App;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-outage-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ dataDir, port, password, heap: '512m' });
  graph = new Graph({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', timeoutMs: 5000 });
  await migrate(graph);
  await ingestPaths(graph, [SEED_FILE]);
  app = await createApp({ graph });
  base = await listen(app);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await graph?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j going away while the API serves', () => {
  it('answers DATABASE_UNAVAILABLE promptly, reports not ready, and recovers without a restart', async () => {
    const gql = client(base);
    const query = '{ entity(id: "person:wu") { name } }';
    expect((await gql(query)).body.data!.entity.name).toBe('Wu');

    await neo4j.stop();
    const started = Date.now();
    const down = await gql(query);
    const elapsed = Date.now() - started;
    console.error(`answer while Neo4j is down: ${elapsed} ms`);
    expect(elapsed).toBeLessThan(6_000);
    expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(down.body)).not.toMatch(/at \w+ \(|neo4j-driver/); // no stack, no driver internals
    // A non-null root field leaves no data at all: HTTP 503 for plain HTTP clients.
    const stats = await gql('{ stats { articles } }');
    expect(stats.status).toBe(503);
    expect(stats.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    neo4j = await startLocalNeo4j({ dataDir, port, password, heap: '512m' });
    await expect.poll(async () => (await gql(query)).body.data?.entity?.name, { timeout: 30_000, interval: 500 }).toBe('Wu');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 180_000);
});
