import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { createApp, type App } from '../../src/server/app.js';
import { client, listen } from '../helpers/api.js';
import { SEED_FILE } from '../helpers/corpus.js';
import { throwawayNeo4j, type ThrowawayNeo4j } from '../helpers/graph.js';

// Its own Neo4j, since this test stops and restarts it.
let neo4j: ThrowawayNeo4j;
let graph: Graph;
let app: App;
let base: string;

beforeAll(async () => {
  neo4j = await throwawayNeo4j('outage', 5000);
  graph = neo4j.graph;
  await migrate(graph);
  await ingestPaths(graph, [SEED_FILE]);
  app = await createApp({ graph });
  base = await listen(app);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await neo4j?.close();
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

    await neo4j.start();
    await expect.poll(async () => (await gql(query)).body.data?.entity?.name, { timeout: 30_000, interval: 500 }).toBe('Wu');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 180_000);
});
