import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { assertPortFree, freePort } from '../../src/neo4j/local.js';

const graphAt = (uri: string, password: string) => new Graph({ uri, user: 'neo4j', password, database: 'neo4j', timeoutMs: 5000 });

describe('connecting to Neo4j', () => {
  it('says which credentials to fix when the password is wrong', async () => {
    const graph = graphAt(inject('neo4jUri'), 'wrong-password');
    await expect(graph.verify()).rejects.toMatchObject({
      name: 'DatabaseAuthError',
      message: expect.stringMatching(/NEO4J_USER and NEO4J_PASSWORD/),
    });
    await graph.close();
  });

  it('reports an unreachable server as unavailable, naming the URI', async () => {
    const port = await freePort();
    const graph = graphAt(`bolt://127.0.0.1:${port}`, 'x');
    await expect(graph.verify()).rejects.toMatchObject({
      name: 'DatabaseUnavailableError',
      message: expect.stringContaining(`127.0.0.1:${port}`),
    });
    await graph.close();
  });

  it('refuses to start the bundled server on a port already in use, naming the fix', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    await expect(assertPortFree(port)).rejects.toThrow(/NEO4J_LOCAL_PORT/);
    blocker.close();
  });
});

describe('the bundled Neo4j', () => {
  it('starts again on its own data, keeping it (the main command run twice)', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { startLocalNeo4j } = await import('../../src/neo4j/local.js');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-restart-'));
    try {
      for (const round of [1, 2]) {
        const server = await startLocalNeo4j({
          dataDir,
          port: await freePort(),
          password: 'pw-restart',
          heap: '512m',
          startTimeoutMs: 90_000,
        });
        const graph = graphAt(server.uri, 'pw-restart');
        if (round === 1) await graph.write((tx) => tx.run("CREATE (:Marker {id: 'kept'})"));
        const rows = await graph.read("MATCH (m:Marker {id: 'kept'}) RETURN count(m) AS n");
        expect(Number(rows[0]?.n)).toBe(1);
        await graph.close();
        await server.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
