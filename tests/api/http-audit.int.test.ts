import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditServer } from 'graphql-http';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { listen } from '../helpers/api.js';
import { testGraph } from '../helpers/graph.js';

let graph: Graph;
let app: App;
let base: string;

beforeAll(async () => {
  graph = await testGraph();
  app = await createApp({ graph });
  base = await listen(app);
});
afterAll(async () => {
  await app?.stop();
  await graph?.close();
});

describe('GraphQL over HTTP compliance (graphql-http auditServer)', () => {
  it('fails no MUST audit', async () => {
    const results = await auditServer({ url: `${base}/graphql` });
    const failures = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn');
    console.error(`audit: ${results.length} audits, ${failures.length} errors, ${warnings.length} warnings`);
    for (const w of warnings) console.error(`  warn ${w.id}: ${w.name} — ${'reason' in w ? w.reason : ''}`);
    expect(failures.map((f) => `${f.id} ${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});

describe('a client that hangs up', () => {
  it('while sending its body is no unexpected error: nothing is logged, and the server serves on', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    try {
      const { port } = new URL(base);
      for (const path of ['/graphql', '/export']) {
        const socket = net.connect(Number(port), '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        const type = path === '/export' ? 'application/x-www-form-urlencoded' : 'application/json';
        socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: 1000\r\n\r\n{"query":`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        socket.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      spy.mockRestore();
    }
    expect(logged.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
  });
});
