import { mkdirSync, readFileSync } from 'node:fs';
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

describe('the explorer in headless Chromium', () => {
  it('searches, expands, opens a claim, draws a path and exports — all on localhost', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!isLocal(request.url())) outside.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${session.api.base}/explore`, { waitUntil: 'load' });
    const inView = page.locator('#nodes');

    // Search with the keyboard: type, Enter takes the first hit.
    await page.locator('#search').fill('Alibaba');
    await page.locator('#search').press('Enter');
    await expect.poll(() => inView.innerText(), { timeout: 20_000 }).toContain('Alibaba');
    await expect.poll(() => inView.innerText()).toContain('Wu');
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 20_000 }).toMatch(/^Alibaba/);

    // Select Wu and expand it: the conference comes into view.
    await inView.getByRole('button', { name: /^Wu/ }).click();
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 20_000 }).toMatch(/^Wu/);
    await page.locator('#panel').getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => inView.innerText(), { timeout: 20_000 }).toContain('World Internet Conference');
    await expect.poll(() => page.locator('#panel h2').innerText()).toContain('Wu');

    // Open one of Wu's claims and see the sentence it came from.
    const claim = page.locator('#panel details.claim').filter({ hasText: 'healthcare' }).first();
    await claim.locator('summary').click();
    await expect.poll(() => claim.locator('.sentence').innerText()).toContain('in healthcare, AI can streamline patient data management');

    // Path Wu → Wuzhen.
    await page.locator('#panel').getByRole('button', { name: 'Path from here' }).click();
    await page.locator('#search').fill('Wuzhen');
    await page
      .locator('#results')
      .getByRole('button', { name: /^Wuzhen/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 20_000 }).toMatch(/^Wuzhen/);
    await page.locator('#panel').getByRole('button', { name: 'Path to here' }).click();
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 20_000 }).toBe('Path: Wu → World Internet Conference → Wuzhen');

    // The export form covers every node in view (posted, so large views fit).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#exports button', { hasText: 'graphml' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    expect(readFileSync(await download.path(), 'utf8')).toContain('World Internet Conference');

    const out = path.join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, 'explorer.png') });
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
