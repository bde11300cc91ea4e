import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { toNumber } from '../../src/graph/driver.js';
import { ingestArticle, ingestPaths } from '../../src/ingest/ingest.js';
import { FIXTURES, readTxt } from '../helpers/corpus.js';
import { clearGraph, countGraph, testGraph } from '../helpers/graph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => graph?.close());

const articles = path.join(FIXTURES, 'eval', 'articles');

describe('ingest faults', () => {
  it('a failure half-way through an article leaves no part of it', async () => {
    await clearGraph(graph);
    const input = readTxt(path.join(articles, 'nordic-battery-deal.txt'));
    // Fail the transaction at the claims step, after entities, sentences and facts were written in it.
    const stop = graph.onQuery((cypher) => {
      if (cypher.includes('CREATE (c:Claim')) throw new Error('injected failure');
    });
    await expect(ingestArticle(graph, input)).rejects.toThrow(/injected failure/);
    stop();
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0 });
    const result = await ingestArticle(graph, input);
    expect(result.changed).toBe(true);
    expect(toNumber((await graph.read('MATCH (c:Claim) RETURN count(c) AS n'))[0]?.n)).toBeGreaterThan(0);
  });

  it('a bad article in a batch loses only itself, named by file', async () => {
    await clearGraph(graph);
    const files = readdirSync(articles).sort();
    const victim = readTxt(path.join(articles, files[1]!));
    const stop = graph.onQuery((cypher, params) => {
      const rows = (params.rows ?? []) as Array<{ article?: { title?: string } }>;
      if (cypher.includes('CREATE (a)-[:HAS_SENTENCE]') && rows.some((r) => r.article?.title === victim.title)) throw new Error('refused row');
    });
    const summary = await ingestPaths(graph, [articles], { batchSize: 100 });
    stop();
    expect(summary.errors).toEqual([{ file: path.join(articles, files[1]!), reason: 'refused row' }]);
    expect(summary.articles).toBe(files.length - 1);
    const titles = (await graph.read<{ title: string }>('MATCH (a:Article) RETURN a.title AS title')).map((r) => r.title);
    expect(titles).toHaveLength(files.length - 1);
    expect(titles).not.toContain(victim.title);
  });

  it('an interrupted folder ingest finishes on a rerun with the same graph as one clean run', async () => {
    await clearGraph(graph);
    await ingestPaths(graph, [articles]);
    const clean = await countGraph(graph);

    await clearGraph(graph);
    const files = readdirSync(articles).sort();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-interrupted-'));
    cpSync(articles, dir, { recursive: true });
    // The first half lands, then the run "dies" (the database refuses everything after it).
    const half = new Set(files.slice(0, Math.ceil(files.length / 2)));
    let current = '';
    const stop = graph.onQuery(() => {
      if (current && !half.has(path.basename(current))) throw Object.assign(new Error('process killed'), { name: 'DatabaseUnavailableError' });
    });
    // One article per transaction, so that "half" is a clean cut.
    const onProgress = (_done: number, _total: number, file: string) => {
      const next = files[files.indexOf(path.basename(file)) + 1];
      current = next ? path.join(dir, next) : '';
    };
    await expect(ingestPaths(graph, [dir], { batchSize: 1, onProgress })).rejects.toThrow(/process killed/);
    stop();
    const partial = await countGraph(graph);
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes).toBeLessThan(clean.nodes);

    const rerun = await ingestPaths(graph, [dir]);
    expect(rerun.unchanged).toBe(half.size);
    expect(await countGraph(graph)).toEqual(clean);
  });
});
