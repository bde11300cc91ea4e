import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { client, listen } from '../helpers/api.js';
import { stallingProxy, type StallingProxy } from '../helpers/stalling-proxy.js';

// A hung Neo4j (SIGSTOP, a stalled network) keeps its sockets open and never answers, so
// no connection timeout fires; the shared test server is reached through a relay that stalls.
/** A connection of the test's own to the run's Neo4j, at `uri` (the relay or the server itself). */
const graphAt = (uri: string, timeoutMs = 30_000) =>
  new Graph({ uri, user: 'neo4j', password: inject('neo4jPassword'), database: 'neo4j', timeoutMs });

let proxy: StallingProxy;
let graph: Graph;
let app: App;
let base: string;

beforeAll(async () => {
  const target = new URL(inject('neo4jUri'));
  proxy = await stallingProxy({ host: target.hostname, port: Number(target.port) });
  graph = graphAt(proxy.uri);
  await graph.verify();
  app = await createApp({ graph });
  base = await listen(app);
}, 60_000);

afterAll(async () => {
  proxy?.resume();
  await app?.stop();
  await graph?.close();
  await proxy?.close();
});

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

describe('Neo4j that hangs while the API serves', () => {
  it('answers DATABASE_UNAVAILABLE and /ready 503 within 3 s, then serves again when Neo4j does', async () => {
    const gql = client(base);
    const query = '{ stats { articles } }';
    expect((await gql(query)).status).toBe(200);

    proxy.stall();
    // One after the other: the read takes the pool's idle connection, which a hung server never answers.
    const answer = await timed(() => gql(query));
    const ready = await timed(() => fetch(`${base}/ready`));
    console.error(`while Neo4j hangs: GraphQL answer in ${answer.ms} ms, /ready in ${ready.ms} ms`);
    expect(answer.value.status).toBe(503);
    expect(answer.value.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(answer.ms).toBeLessThan(3_500);
    expect(ready.value.status).toBe(503);
    expect(ready.ms).toBeLessThan(3_500);

    proxy.resume();
    await expect.poll(async () => (await gql(query)).status, { timeout: 15_000, interval: 250 }).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 60_000);

  it('lets a slow query on a working server finish: a late first reply alone is not an outage', async () => {
    // Pure computation in Cypher, long enough that its first reply comes after the point where
    // the read asks whether the server answers at all (half of the 2 s reach time).
    // Lists of 12 000 each: the 1.44 × 10^8 rows stream, so the server's memory stays small.
    // A graph of its own, straight to the server: the first test's outage must not colour this one.
    const direct = graphAt(inject('neo4jUri'));
    try {
      const slow = await timed(() =>
        direct.read('UNWIND range(1, 12000) AS a UNWIND range(1, 12000) AS b WITH a, b WHERE (a + b) % 3 = 0 RETURN count(*) AS n'),
      );
      console.error(`slow query answered in ${slow.ms} ms`);
      // Past the point where the read asks (half the reach time), with room for a faster machine.
      expect(slow.ms).toBeGreaterThan(direct.retryMs * 0.6);
      expect(Number(slow.value[0]?.n)).toBe(48_000_000);
    } finally {
      await direct.close();
    }
  }, 60_000);

  it('gives up a write on a hung server after its transaction timeout, saying its commit is unknown', async () => {
    // Transaction timeout 250 ms: writes get four times that, then the 2 s reach time.
    const writer = graphAt(proxy.uri, 250);
    try {
      await writer.write((tx) => tx.run('RETURN 1'));
      proxy.stall();
      const started = Date.now();
      await expect(writer.write((tx) => tx.run('RETURN 1'))).rejects.toMatchObject({
        name: 'DatabaseUnavailableError',
        message: expect.stringMatching(/whether it committed is unknown/),
      });
      expect(Date.now() - started).toBeLessThan(6_000);
    } finally {
      proxy.resume();
      await writer.close();
    }
  }, 60_000);
});
