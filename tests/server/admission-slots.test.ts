import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/app.js';
import { admitter } from '../../src/server/apollo.js';
import { createAdmission } from '../../src/server/admission.js';
import { DEFAULT_LIMITS } from '../../src/api/limits.js';
import type { RequestContext } from '../../src/api/context.js';
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

describe('the heavy lane', () => {
  const limits = { ...DEFAULT_LIMITS, maxQueueFreeCost: 100, heavyCost: 1_000 };
  const contextWith = () => ({ execution: { signal: new AbortController().signal } }) as unknown as RequestContext;
  const settled = async (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]);

  it('runs heavy operations one at a time without taking the slots of ordinary ones', async () => {
    const admit = admitter(limits, createAdmission(1, 10), createAdmission(1, 10));
    const [first, second, ordinary, free] = [contextWith(), contextWith(), contextWith(), contextWith()];
    await admit(first, 50_000);
    const waiting = admit(second, 50_000);
    expect(await settled(waiting)).toBe(false); // the lane's one slot is taken
    expect(await settled(admit(ordinary, 500))).toBe(true); // an ordinary slot is still free
    expect(await settled(admit(free, 10))).toBe(true); // cheap ones never queue
    first.execution!.release!();
    expect(await settled(waiting)).toBe(true);
  });
});
