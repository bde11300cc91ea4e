import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { assertPortFree, freePort } from '../../src/neo4j/local.js';

const graphAt = (uri: string, password: string) => new Graph({ uri, user: 'neo4j', password, database: 'neo4j', timeoutMs: 5000 });

describe('connecting to Neo4j', () => {
  it('says which credentials to fix when the password is wrong', async () => {
    const graph = graphAt(inject('neo4jUri'), 'wrong-password');
    await expect(graph.verify()).rejects.toMatchObject({ name: 'DatabaseAuthError', message: expect.stringMatching(/NEO4J_USER and NEO4J_PASSWORD/) });
    await graph.close();
  });

  it('reports an unreachable server as unavailable, naming the URI', async () => {
    const port = await freePort();
    const graph = graphAt(`bolt://127.0.0.1:${port}`, 'x');
    await expect(graph.verify()).rejects.toMatchObject({ name: 'DatabaseUnavailableError', message: expect.stringContaining(`127.0.0.1:${port}`) });
    await graph.close();
  });

  it('refuses to start the bundled server on a port already in use, naming the fix', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)));
    await expect(assertPortFree(port)).rejects.toThrow(/NEO4J_LOCAL_PORT/);
    blocker.close();
  });
});
