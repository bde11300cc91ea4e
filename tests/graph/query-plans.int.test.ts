import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import * as A from '../../src/graph/queries/article.js';
import * as E from '../../src/graph/queries/entity.js';
import * as G from '../../src/graph/queries/graph.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { SEED_FILE } from '../helpers/corpus.js';
import { clearGraph, testGraph } from '../helpers/graph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  await ingestPaths(graph, [SEED_FILE]);
});
afterAll(async () => graph?.close());

/** Operator names of a query's plan, from EXPLAIN (nothing is executed). */
async function operators(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = graph.driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    const names: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      names.push(plan.operatorType.replace(/@.*$/, ''));
      plan.children.forEach((c) => walk(c as typeof plan));
    };
    walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    return names;
  } finally {
    await session.close();
  }
}

const ids = ['person:wu', 'organization:alibaba'];
const HOT: Array<[string, string, Record<string, unknown>]> = [
  ['entities by id', E.ENTITIES_BY_IDS, { ids }],
  ['relationships of entities', E.RELATIONSHIPS_OF_ENTITIES, { ids, types: null, direction: 'BOTH', first: 50 }],
  ['claims of entities', E.CLAIMS_OF_ENTITIES, { ids, role: 'ANY', first: 50 }],
  ['mentions of entities', E.MENTIONS_OF_ENTITIES, { ids, first: 50 }],
  ['articles by id', A.ARTICLES_BY_IDS, { ids: ['article:x'] }],
  ['sentences by id', A.SENTENCES_BY_IDS, { ids: ['article:x#1'] }],
  ['claims of articles', A.CLAIMS_OF_ARTICLES, { ids: ['article:x'], first: 10 }],
  ['shortest path', G.SHORTEST_PATH, { from: 'person:wu', to: 'place:wuzhen', maxHops: 4 }],
  ['expand frontier', G.EXPAND_FRONTIER, { frontier: ids, seen: ids, types: null, kinds: null, limit: 10 }],
];

describe('hot queries seek indexes', () => {
  it.each(HOT)('%s', async (_name, cypher, params) => {
    const plan = await operators(cypher, params);
    expect(plan.some((op) => /IndexSeek|IndexContainsScan|NodeUniqueIndexSeek/.test(op)), plan.join(' > ')).toBe(true);
    expect(plan.filter((op) => /AllNodesScan|NodeByLabelScan/.test(op)), plan.join(' > ')).toEqual([]);
  });
});
