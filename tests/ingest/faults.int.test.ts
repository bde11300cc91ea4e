import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { toNumber } from '../../src/graph/driver.js';
import { ingestArticle, ingestPaths } from '../../src/ingest/ingest.js';
import { FIXTURES, readTxt } from '../helpers/corpus.js';
import { articleId } from '../../src/extract/pipeline.js';
import { sentenceId } from '../../src/ids.js';
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
      if (cypher.includes('CREATE (a)-[:HAS_SENTENCE]') && rows.some((r) => r.article?.title === victim.title))
        throw new Error('refused row');
    });
    const summary = await ingestPaths(graph, [articles], { batchSize: 100 });
    stop();
    expect(summary.errors).toEqual([
      { file: path.join(articles, files[1]!), reason: `${path.join(articles, files[1]!)}: could not be loaded: refused row` },
    ]);
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
      if (current && !half.has(path.basename(current)))
        throw Object.assign(new Error('process killed'), { name: 'DatabaseUnavailableError' });
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

  it('names the file and the element of every load error: constraint violations and memory errors included (issue 19 item 9)', async () => {
    await clearGraph(graph);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-named-errors-'));
    const good = {
      title: 'Harbour cranes return to work',
      text: 'Workers at the port of Rotterdam restarted the cranes on Monday after a two-day strike.',
    };
    const clash = { title: 'A sentence id already taken', text: 'The board of Halvard Bank met in Oslo on Friday.' };
    const file = path.join(dir, 'mixed.json');
    writeFileSync(file, JSON.stringify([good, clash, { text: 'no title here' }]));
    // A stray sentence with the id the second article's first sentence will need: its CREATE breaks the constraint.
    await graph.write((tx) => tx.run('CREATE (:Sentence {id: $id})', { id: sentenceId(articleId(clash), 0) }));
    const summary = await ingestPaths(graph, [file], { batchSize: 10 });
    expect(summary.articles).toBe(1);
    expect(summary.errors.map((e) => e.reason)).toEqual([
      `${file}[2]: has no title.`,
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.[\]]/g, '\\$&')}\\[1\\]: could not be loaded: a uniqueness constraint refused it`),
      ),
    ]);

    // Neo4j's transaction memory error (Community cannot lower the limit at run time, so the
    // driver's own error type is raised where the sentences are written) names the file too.
    await clearGraph(graph);
    const txt = path.join(dir, 'memory.txt');
    writeFileSync(txt, `${good.title}\n\n${good.text}`);
    const stop = graph.onQuery((cypher) => {
      if (cypher.includes('CREATE (a)-[:HAS_SENTENCE]'))
        throw new Neo4jError(
          'The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB.',
          'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
          '50N42',
          'memory',
        );
    });
    try {
      const refused = await ingestPaths(graph, [txt]);
      expect(refused.errors.map((e) => e.reason)).toEqual([
        expect.stringMatching(
          new RegExp(`^${txt.replace(/\./g, '\\.')}: could not be loaded: it needs more transaction memory than Neo4j allows`),
        ),
      ]);
    } finally {
      stop();
    }
  });
});
