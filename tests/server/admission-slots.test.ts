import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/app.js';
import { listen } from '../helpers/api.js';

describe('execution slots', () => {
  it('are given back after each heavy request, so one slot serves request after request', { timeout: 30_000 }, async () => {
    // No database answers on port 1: every request fails fast, after it took its slot.
    const graph = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j', timeoutMs: 1_000, retryMs: 10 });
    const app = await createApp({ graph, limits: { maxConcurrentRequests: 1 } });
    const base = await listen(app);
    try {
      const heavy = JSON.stringify({ query: '{ entities(first: 100) { nodes { id name } } }' });
      for (let i = 0; i < 3; i += 1) {
        const answer = await Promise.race([
          fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: heavy }).then((r) => r.status),
          new Promise((resolve) => setTimeout(() => resolve('still queued after 5 s'), 5_000)),
        ]);
        expect(answer, `request ${i + 1}`).toBe(503);
      }
    } finally {
      await app.stop();
      await graph.close();
    }
  });
});
