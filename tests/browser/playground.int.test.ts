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
    // Tall enough for the whole answer: the response editor renders only the lines in view.
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 1400 } });
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

  it('has docs and autocomplete: the Docs panel lists Query.entity, and `{ ent` offers entity and entities', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.api.base}/`, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // The schema arrives by introspection, which the depth limit once refused.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click({ timeout: 30_000 });
    await expect
      .poll(async () => docs.innerText(), { timeout: 30_000 })
      .toMatch(/\bentity\b[\s\S]*\bentities\b|\bentities\b[\s\S]*\bentity\b/);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ ent');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect.poll(async () => (await suggestions.allInnerTexts()).join('\n'), { timeout: 30_000 }).toMatch(/entity/);
    const offered = (await suggestions.allInnerTexts()).join('\n');
    expect(offered).toMatch(/\bentity\b/);
    expect(offered).toMatch(/\bentities\b/);
    const out = path.join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, 'playground-docs-autocomplete.png') });
    await page.close();
  }, 120_000);
});
