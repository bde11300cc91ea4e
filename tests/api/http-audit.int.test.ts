import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
