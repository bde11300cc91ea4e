import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { expandPaths } from '../../src/ingest/read-articles.js';
import { FIXTURES } from '../helpers/corpus.js';
import type { FoldOptions } from '../../src/graph/fold-apart.js';
import { MOVE_MENTIONS_CHUNK } from '../../src/graph/queries/fold.js';
import type { CountingTransaction } from '../../src/graph/driver.js';
import { clearGraph, fingerprintDiff, graphFingerprint, rankedFromScratch, testGraph } from '../helpers/graph.js';

// Issue 19 item 10: the same articles give the same graph in any order.
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => graph?.close());

/** Every article of the gold-set folders: ~90 real-looking news articles sharing many places and organisations. */
const files = expandPaths(
  readdirSync(FIXTURES)
    .filter((d) => d.startsWith('eval'))
    .map((d) => path.join(FIXTURES, d, 'articles')),
);

/** A fixed shuffle, so the test is the same every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function loadInOrder(order: string[], batchSize: number, target: Graph = graph, fold?: FoldOptions) {
  await clearGraph(graph);
  const summary = await ingestPaths(target, order, { batchSize, workers: 0, fold });
  expect(summary.errors).toEqual([]);
  return graphFingerprint(graph);
}

let forwardOnce: ReturnType<typeof graphFingerprint> | undefined;
const forwardFingerprint = () => (forwardOnce ??= loadInOrder([...files].sort(), 100));

describe('load order', () => {
  it('gives the same graph (content hash without timestamps) for three orders and batchings of one folder set', async () => {
    expect(files.length).toBeGreaterThan(40);
    const forward = await forwardFingerprint();
    const backward = await loadInOrder([...files].sort().reverse(), 100);
    const mixed = await loadInOrder(shuffled(files, 19), 7);
    console.error(
      `${files.length} articles, ${forward.lines.length} nodes and relationships: ${forward.hash} / ${backward.hash} / ${mixed.hash}`,
    );
    expect(fingerprintDiff(forward, backward)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(fingerprintDiff(forward, mixed)).toEqual({ onlyFirst: [], onlySecond: [] });
    // One alias key names exactly one entity.
    const shared = await graph.read<{ key: string; n: number }>(
      'MATCH (a:Alias)-[:ALIAS_OF]->(e) WITH a, count(e) AS n WHERE n > 1 RETURN a.key AS key, n',
    );
    expect(shared).toEqual([]);
    // The loader's folds (aliases that turned out to name one entity) re-rank only the ties they
    // changed: every kept list still equals a ranking from scratch.
    for (const [id, { stored, computed }] of await rankedFromScratch(graph)) expect(stored, id).toEqual(computed);
  }, 600_000);
});

/** The graph, except that the `failAt`-th chunk of mentions a fold moves apart fails once (a crash mid-fold). */
function failingMidFold(failAt: number): { graph: Graph; chunks: () => number } {
  let chunks = 0;
  const write: Graph['write'] = (work) =>
    graph.write((tx) =>
      work({
        get changes() {
          return tx.changes;
        },
        run: (cypher, params) => {
          if (cypher === MOVE_MENTIONS_CHUNK && ++chunks === failAt) throw new Error('injected failure mid-fold');
          return tx.run(cypher, params);
        },
      } as CountingTransaction),
    );
  return { graph: Object.assign(Object.create(graph) as Graph, { write }), chunks: () => chunks };
}

describe('folds run apart from the article transaction', () => {
  it('give the same graph as folds inside it, in tiny chunks, and one cut short is finished by the next load', async () => {
    const forward = await forwardFingerprint();
    const tiny: FoldOptions = { inlineMax: 0, linksPerTransaction: 1, factsPerTransaction: 1 };
    // An order in which many folds run apart: each new gold set reshuffles the files, and a shuffle may leave too few
    // (seed 13 gave 8 once eval-styles76 came in; after eval-styles77, seed 3 gave 10, 17 gave 3 and 13 gave 12), so the next seed is tried then.
    let crashing = failingMidFold(4);
    let apart: Awaited<ReturnType<typeof loadInOrder>> | undefined;
    for (const seed of [3, 13, 17, 29, 41, 53]) {
      crashing = failingMidFold(4);
      apart = await loadInOrder(shuffled(files, seed), 9, crashing.graph, tiny);
      console.error(`seed ${seed}: ${crashing.chunks()} chunks of mentions moved apart`);
      if (crashing.chunks() > 10) break;
    }
    // Many folds ran apart, a few mentions at a time, and one of them was cut short.
    expect(crashing.chunks()).toBeGreaterThan(10);
    expect(fingerprintDiff(forward, apart!)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(await graph.read('MATCH (e:Folding) RETURN e.id AS id')).toEqual([]);
    for (const [id, { stored, computed }] of await rankedFromScratch(graph)) expect(stored, id).toEqual(computed);
  }, 600_000);
});
