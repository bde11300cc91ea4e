/**
 * A dashboard on another origin, in headless Chromium: two pages served from their own
 * localhost ports call /graphql (with the API key and a JSON body, so the browser sends a
 * preflight) and /export. The origin in NEWSGRAPH_CORS_ORIGINS reads the answers; the
 * other is blocked by the browser.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { seededApi, type SeededApi } from '../helpers/api.js';
import { SEED_FILE } from '../helpers/corpus.js';
import type { Browser } from 'playwright-core';

const API_KEY = 'cors-test-key';

/** The dashboard: one button's worth of script, run by the test through page.evaluate. */
const DASHBOARD = `<!doctype html><html><head><meta charset="utf-8"><title>dashboard</title></head><body>
<script>
window.callApi = async (api, key) => {
  const out = {};
  try {
    const r = await fetch(api + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + key }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    out.graphql = { status: r.status, articles: (await r.json()).data.stats.articles };
  } catch (e) { out.graphql = { error: String(e) }; }
  try {
    const r = await fetch(api + '/export?format=cytoscape&seed=organization:alibaba&depth=1');
    out.export = { status: r.status, disposition: r.headers.get('content-disposition'), nodes: (await r.json()).elements.nodes.length };
  } catch (e) { out.export = { error: String(e) }; }
  return out;
};
</script></body></html>`;

async function serveDashboard(): Promise<{ origin: string; server: http.Server }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(DASHBOARD);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let api: SeededApi;
let browser: Browser;
let allowed: { origin: string; server: http.Server };
let other: { origin: string; server: http.Server };

beforeAll(async () => {
  allowed = await serveDashboard();
  other = await serveDashboard();
  api = await seededApi([SEED_FILE], { apiKey: API_KEY, corsOrigins: [allowed.origin] });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  allowed?.server.close();
  other?.server.close();
});

async function callFrom(origin: string) {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(`${origin}/`);
  const result = (await page.evaluate(
    ([base, key]) => (window as unknown as { callApi(a: string, k: string): Promise<unknown> }).callApi(base!, key!),
    [api.base, API_KEY],
  )) as Record<string, Record<string, unknown>>;
  await page.close();
  return { result, consoleErrors };
}

describe('CORS for dashboards on another origin', () => {
  it('lets the allowed origin read /graphql (preflighted, with the key) and /export', async () => {
    const { result } = await callFrom(allowed.origin);
    expect(result.graphql).toEqual({ status: 200, articles: 1 });
    expect(result.export).toMatchObject({
      status: 200,
      disposition: expect.stringMatching(/^attachment; filename="newsgraph-organization_alibaba-d1\.cyjs"/),
    });
    expect(result.export!.nodes).toBeGreaterThan(1);
  }, 60_000);

  it('blocks any other origin in the browser', async () => {
    const { result, consoleErrors } = await callFrom(other.origin);
    expect(result.graphql).toEqual({ error: 'TypeError: Failed to fetch' });
    expect(result.export).toEqual({ error: 'TypeError: Failed to fetch' });
    expect(consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
  }, 60_000);

  it('answers the preflight over plain HTTP: methods and headers for the allowed origin, 403 for others', async () => {
    const ask = (origin: string, path: string) =>
      fetch(`${api.base}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    for (const path of ['/graphql', '/export']) {
      const ok = await ask(allowed.origin, path);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(allowed.origin);
      expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type/);
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
      const refused = await ask(other.origin, path);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
    // A simple GET from another origin gets its answer without CORS headers, and Vary says why.
    const get = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { origin: other.origin, 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(get.headers.get('vary')).toMatch(/Origin/);
  }, 60_000);
});
