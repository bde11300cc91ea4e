/**
 * `newsgraph ingest` as a process, twice on the same folder: the summary reports what the
 * run created (Neo4j's counters) and what the graph holds (counted in the database), not
 * per-article sums — re-ingesting used to print "694 entities" for a graph of 516.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { clearGraph, countGraph, testGraph } from '../helpers/graph.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/corpus.js';

const ARTICLES = path.join(FIXTURES, 'eval', 'articles');
let graph: Graph;
let env: Record<string, string>;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  env = { NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') };
});
afterAll(async () => graph?.close());

const SUMMARY =
  /^Read (\d+) article\(s\) from (\d+) file\(s\): (\d+) new or changed, (\d+) unchanged, (\d+) error\(s\)\.\nThis run created (\d+) nodes and (\d+) relationships(?: and removed \d+ nodes and \d+ relationships of earlier versions)?\.\nThe graph now holds (\d+) articles, (\d+) entities, (\d+) facts and (\d+) claims \((\d+) nodes, (\d+) relationships in all\)\.$/m;

function parse(stderr: string) {
  const m = SUMMARY.exec(stderr);
  if (!m) throw new Error(`no summary in:\n${stderr}`);
  const n = m.slice(1).map(Number);
  return {
    read: n[0],
    changed: n[2],
    unchanged: n[3],
    errors: n[4],
    created: { nodes: n[5], relationships: n[6] },
    holds: { articles: n[7], entities: n[8], facts: n[9], claims: n[10], nodes: n[11], relationships: n[12] },
  };
}

async function entityCount(): Promise<number> {
  const [row] = await graph.read('MATCH (e:Entity) RETURN count(e) AS n');
  return Number(row!.n);
}

describe('the ingest summary, as a process', () => {
  it('reports what the run created and what the graph now holds, and a second run creates nothing', async () => {
    const first = await runCli(['ingest', ARTICLES], env, 180_000);
    expect(first.code).toBe(0);
    const one = parse(first.stderr);
    const counted = await countGraph(graph);
    expect(one).toMatchObject({ read: 6, changed: 6, unchanged: 0, errors: 0 });
    // The graph was empty, so what the run created is exactly what the graph holds.
    expect(one.created).toEqual(counted);
    expect(one.holds).toMatchObject({ ...counted, articles: 6, entities: await entityCount() });

    const second = await runCli(['ingest', ARTICLES], env, 180_000);
    expect(second.code).toBe(0);
    const two = parse(second.stderr);
    expect(two).toMatchObject({ read: 6, changed: 0, unchanged: 6, created: { nodes: 0, relationships: 0 } });
    expect(two.holds).toEqual(one.holds);
    expect(await countGraph(graph)).toEqual(counted);
    // No per-article sum ("694 entities") appears beside the totals.
    expect(second.stderr).not.toMatch(/\d+ entities, \d+ relations/);
  }, 400_000);
});
