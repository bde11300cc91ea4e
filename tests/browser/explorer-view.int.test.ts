/**
 * The explorer's view in headless Chromium, measured: after opening an entity no two node
 * labels overlap (label boxes from cytoscape's renderedBoundingBox with labels) and every
 * node is inside the canvas; the legend filters by kind and fact type; hide, pin and
 * re-layout work; at 800 px wide the side panel stays on screen.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/paths.js';
import { seededBrowser, type BrowserSession } from '../helpers/browser.js';
import { SEED_FILE } from '../helpers/corpus.js';

let session: BrowserSession;
const OUT = path.join(ROOT, 'test-output');

beforeAll(async () => {
  session = await seededBrowser([SEED_FILE]);
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => session?.close());

interface ViewReport {
  visible: number;
  overlaps: string[];
  outside: string[];
  canvas: { width: number; height: number };
}

/** Every pair of visible nodes whose boxes (node and label) intersect, and nodes not wholly on the canvas. */
function measure(page: Page): Promise<ViewReport> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const boxes = cy
      .nodes(':visible')
      .map((n) => ({ name: n.data('name') as string, box: n.renderedBoundingBox({ includeLabels: true }) }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
          overlaps.push(`${a.name} / ${b.name}`);
      }),
    );
    const outside = boxes.filter(({ box }) => box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()).map((b) => b.name);
    return { visible: boxes.length, overlaps, outside, canvas: { width: cy.width(), height: cy.height() } };
  });
}

const visibleNames = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      (window as unknown as { cy: import('cytoscape').Core }).cy
        .nodes(s)
        .filter((n) => n.visible())
        .map((n) => n.data('name') as string),
    selector,
  );

async function openAlibaba(page: Page): Promise<void> {
  await page.goto(`${session.api.base}/explore?id=organization:alibaba`, { waitUntil: 'load' });
  await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 20_000 }).toMatch(/^Alibaba/);
  await expect.poll(() => measure(page).then((r) => r.visible), { timeout: 20_000 }).toBe(7);
}

describe('the explorer view', () => {
  it('opens an entity readable: no label overlaps, every node in view, a legend of kinds and facts', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openAlibaba(page);
    const first = await measure(page);
    expect(first).toMatchObject({ overlaps: [], outside: [] });
    await page.screenshot({ path: path.join(OUT, 'explorer-first-view.png') });

    const legend = page.locator('#legend');
    for (const text of ['Person', 'Organization', 'Event', 'Topic', 'AFFILIATED_WITH', 'FOCUSES_ON', 'OFFERS', 'PARTICIPATED_IN'])
      await expect.poll(() => legend.innerText()).toContain(text);

    // Expand the conference: the view grows and is fitted again; Re-layout makes it overlap-free.
    await page
      .locator('#nodes')
      .getByRole('button', { name: /^World Internet Conference/ })
      .click();
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 20_000 }).toMatch(/^World Internet Conference/);
    await page.locator('#panel').getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => visibleNames(page, 'node'), { timeout: 20_000 }).toContain('Wuzhen');
    await expect.poll(() => measure(page).then((r) => r.visible)).toBeGreaterThan(first.visible);
    expect((await measure(page)).outside).toEqual([]);
    await page.getByRole('button', { name: 'Re-layout' }).click();
    expect(await measure(page)).toMatchObject({ overlaps: [], outside: [] });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('filters by kind and fact type from the legend, hides and pins nodes', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openAlibaba(page);
    const legend = page.locator('#legend');

    await legend.getByRole('checkbox', { name: /Topic/ }).uncheck();
    expect(await visibleNames(page, 'node[kind = "TOPIC"]')).toEqual([]);
    await expect.poll(() => page.locator('#nodes').innerText()).not.toContain('responsible AI');
    expect((await measure(page)).outside).toEqual([]);
    await legend.getByRole('checkbox', { name: /Topic/ }).check();
    expect(await visibleNames(page, 'node[kind = "TOPIC"]')).toHaveLength(4);

    await legend.getByRole('checkbox', { name: /FOCUSES_ON/ }).uncheck();
    const focusEdges = () =>
      page.evaluate(
        () => (window as unknown as { cy: import('cytoscape').Core }).cy.edges('[type = "FOCUSES_ON"]').filter((e) => e.visible()).length,
      );
    expect(await focusEdges()).toBe(0);
    await legend.getByRole('checkbox', { name: /FOCUSES_ON/ }).check();
    expect(await focusEdges()).toBe(3);

    // Hide Wu, then bring it back.
    await page.locator('#nodes').getByRole('button', { name: /^Wu/ }).click();
    await expect.poll(() => page.locator('#panel h2').innerText()).toMatch(/^Wu/);
    await page.locator('#panel').getByRole('button', { name: 'Hide' }).click();
    // The view redraws after the click's handler: poll rather than read once.
    await expect.poll(() => visibleNames(page, 'node'), { timeout: 5_000 }).not.toContain('Wu');
    await page.getByRole('button', { name: 'Show hidden (1)' }).click();
    await expect.poll(() => visibleNames(page, 'node'), { timeout: 5_000 }).toContain('Wu');

    // Pin Alibaba somewhere else; Re-layout leaves it there.
    await page
      .locator('#nodes')
      .getByRole('button', { name: /^Alibaba/ })
      .click();
    await expect.poll(() => page.locator('#panel h2').innerText()).toMatch(/^Alibaba/);
    await page.locator('#panel').getByRole('button', { name: 'Pin' }).click();
    const moved = await page.evaluate(() => {
      const node = (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('organization:alibaba');
      node.position({ x: node.position('x') + 300, y: node.position('y') + 200 });
      return node.position();
    });
    await page.getByRole('button', { name: 'Re-layout' }).click();
    const after = await page.evaluate(() =>
      (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('organization:alibaba').position(),
    );
    expect(after).toEqual(moved);
    await expect.poll(() => page.locator('#panel').getByRole('button', { name: 'Unpin' }).count()).toBe(1);
    await page.close();
  }, 120_000);

  it('keeps the side panel and the graph on screen at 800 px wide', async () => {
    const page = await session.browser.newPage({ viewport: { width: 800, height: 700 } });
    await openAlibaba(page);
    const aside = (await page.locator('aside').boundingBox())!;
    expect(aside.x).toBeGreaterThanOrEqual(0);
    expect(aside.x + aside.width).toBeLessThanOrEqual(800);
    expect(aside.width).toBeGreaterThanOrEqual(250);
    await expect(page.locator('#panel').getByRole('button', { name: 'Expand' }).isVisible()).resolves.toBe(true);
    const view = await measure(page);
    expect(view.canvas.width).toBeGreaterThanOrEqual(400);
    expect(view).toMatchObject({ overlaps: [], outside: [] });
    await page.screenshot({ path: path.join(OUT, 'explorer-800.png') });
    await page.close();
  }, 120_000);
});
