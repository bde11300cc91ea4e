import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../src/ingest/read-articles.js';
import { buildPools, generateArticle } from '../../bench/corpus.js';
import { clearGraph, testGraph } from '../helpers/graph.js';

// Issue 19 item 8: an article larger than one transaction holds is refused up front, by name.
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => graph?.close());

/** News-like text (the benchmark's generator) of exactly `bytes` bytes: ASCII, so characters are bytes. */
function newsText(bytes: number): string {
  const pools = buildPools(19);
  let body = '';
  for (let i = 0; body.length < bytes; i += 1) body += `${generateArticle(pools, 19, i).body}\n\n`;
  return `${body
    .replace(/[^\x20-\x7e\n]/g, 'e')
    .slice(0, bytes - 1)
    .trimEnd()
    .padEnd(bytes - 1, 'x')}.`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-size-'));

describe('the article size limit', () => {
  it('refuses an article one byte over the limit by name, before any extraction', async () => {
    const title = 'A very long report';
    const body = newsText(MAX_ARTICLE_BYTES - title.length + 1);
    const file = path.join(dir, 'too-long.txt');
    writeFileSync(file, `${title}\n\n${body}`);
    const started = performance.now();
    const summary = await ingestPaths(graph, [file]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(summary.errors).toEqual([
      {
        file,
        reason: `${file}: is an article of ${MAX_ARTICLE_BYTES + 1} bytes; articles over ${MAX_ARTICLE_BYTES} bytes are refused (one article is one transaction). Split it into parts.`,
      },
    ]);
    // The element of a JSON array is named too, and its neighbours load.
    const json = path.join(dir, 'many.json');
    writeFileSync(
      json,
      JSON.stringify([
        { title: 'Short', text: 'Fine.' },
        { title, text: body },
      ]),
    );
    expect(readArticleFile(json).map((r) => r.input?.title ?? r.error?.message)).toEqual([
      'Short',
      expect.stringMatching(/many\.json\[1\]: is an article of \d+ bytes; articles over 131072 bytes/),
    ]);
  });

  it('loads an article just under the limit in one transaction, within the time limit', async () => {
    await clearGraph(graph);
    const title = 'A long but acceptable report';
    const body = newsText(MAX_ARTICLE_BYTES - title.length);
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, `${title}\n\n${body}`);
    const started = performance.now();
    const summary = await ingestPaths(graph, [file]);
    console.error(
      `an article of ${Buffer.byteLength(title) + Buffer.byteLength(body)} bytes extracted and loaded in ${Math.round(performance.now() - started)} ms`,
    );
    expect(summary.errors).toEqual([]);
    expect(summary.articles).toBe(1);
    expect(summary.claims).toBeGreaterThan(100);
  }, 120_000);
});
