import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { mergeEntityInto } from '../../src/graph/curation.js';
import { MOVE_MENTIONS_CHUNK } from '../../src/graph/queries/fold.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { expandPaths } from '../../src/ingest/read-articles.js';
import { FIXTURES } from '../helpers/corpus.js';
import { clearGraph, fingerprintDiff, graphFingerprint, rankedFromScratch, testGraph } from '../helpers/graph.js';

// A curator's merge of entities too large for one transaction drains them in bounded ones first.
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => graph?.close());

const files = expandPaths(['eval-styles', 'eval-styles2', 'eval-styles3'].map((d) => path.join(FIXTURES, d, 'articles')));

/** Loads the articles, merges the two organisations named most, and returns the graph with the merge record checked and set aside. */
async function mergedGraph(fold?: { inlineMax: number; linksPerTransaction: number; factsPerTransaction: number }) {
  await clearGraph(graph);
  expect((await ingestPaths(graph, files, { batchSize: 50, workers: 0 })).errors).toEqual([]);
  const [keep, other] = (
    await graph.read<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY o.mentionCount DESC, o.id LIMIT 2')
  ).map((r) => r.id);
  const chunks: string[] = [];
  const stop = graph.onQuery((cypher) => {
    if (cypher === MOVE_MENTIONS_CHUNK) chunks.push(cypher);
  });
  const merged = await mergeEntityInto(graph, keep!, [other!], { by: 'test', fold });
  stop();
  // Run apart, the merged entity's mentions moved one per transaction; in one, none by chunk.
  expect(chunks.length > 1).toBe(fold !== undefined);
  expect(merged?.id).toBe(keep);
  const [record] = await graph.read<{ records: string[] }>('MATCH (e:Entity {id: $keep}) RETURN e.mergeRecords AS records', { keep });
  expect(record!.records.map((r) => JSON.parse(r).ids)).toEqual([[other]]);
  await graph.write((tx) => tx.run('MATCH (e:Entity) REMOVE e.mergeRecords'));
  return graphFingerprint(graph);
}

describe('a curator merge run apart', () => {
  it('gives the same graph as one transaction, one mention and one fact per chunk', async () => {
    const inline = await mergedGraph();
    const apart = await mergedGraph({ inlineMax: 0, linksPerTransaction: 1, factsPerTransaction: 1 });
    expect(fingerprintDiff(inline, apart)).toEqual({ onlyFirst: [], onlySecond: [] });
    for (const [id, { stored, computed }] of await rankedFromScratch(graph)) expect(stored, id).toEqual(computed);
  }, 300_000);
});
