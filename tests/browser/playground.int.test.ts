import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths.js';
import { isLocal, seededBrowser, type BrowserSession } from '../helpers/browser.js';
import { SEED_FILE } from '../helpers/corpus.js';

let session: BrowserSession;

beforeAll(async () => {
  session = await seededBrowser([SEED_FILE]);
});
afterAll(async () => session?.close());

describe('the playground in headless Chromium', () => {
  it('opens offline with the example queries, runs one and shows the result', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!isLocal(request.url())) outside.push(request.url());
    });
    await page.goto(`${session.api.base}/`, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-query-editor').getByText('EntityLookup').first().waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    // Several operations: GraphiQL asks which one to run.
    const choice = page.getByRole('menuitem', { name: 'EntityLookup' });
    if (await choice.isVisible({ timeout: 3000 }).catch(() => false)) await choice.click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => response.innerText(), { timeout: 30_000 }).toContain('"organization:alibaba"');
    expect(await response.innerText()).toContain('representative');
    const out = path.join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, 'playground.png') });
    expect(outside).toEqual([]);
    await page.close();
  }, 90_000);
});
