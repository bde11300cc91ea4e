import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { toNumber } from '../../src/graph/driver.js';
import { buildClaimsPage, type ClaimFilter, type EntityPageStrategy } from '../../src/graph/build/claims-page.js';
import { ingestSources } from '../../src/ingest/ingest.js';
import { buildPools, generateArticle } from '../../bench/corpus.js';
import { clearGraph, profileQuery, refreshPlannerStatistics, testGraph } from '../helpers/graph.js';

let graph: Graph;
const ARTICLES = 80;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  const pools = buildPools(7);
  const sources = Array.from({ length: ARTICLES }, (_, i) => ({
    file: `generated ${i}`,
    read: () => [{ file: `generated ${i}`, input: generateArticle(pools, 7, i) }],
  }));
  const summary = await ingestSources(graph, sources, { workers: 1 });
  expect(summary.errors).toEqual([]);
  await refreshPlannerStatistics(graph);
}, 120_000);
afterAll(async () => graph?.close());

interface Seen {
  id: string;
  articleId: string;
}

async function page(filter: ClaimFilter, after: Seen | null, first: number, strategy: EntityPageStrategy): Promise<Seen[]> {
  const { page } = buildClaimsPage(filter, after, first, strategy)!;
  const rows = await graph.read(page.cypher, { ...page.params, first: neo4j.int(first) });
  return rows.map((r) => r.claim as Seen);
}

/** The page of `first` claims after the one at `offset - 1` (from the start when offset is 0), as ids. */
async function pageIds(filter: ClaimFilter, all: Seen[], offset: number, first: number, strategy: EntityPageStrategy): Promise<string[]> {
  return (await page(filter, offset > 0 ? all[offset - 1]! : null, first, strategy)).map((c) => c.id);
}

/** The most and least frequent subjects and speakers, with their claim counts. */
async function entitiesByDegree(link: 'ABOUT' | 'STATED_BY'): Promise<Array<{ id: string; degree: number }>> {
  const rows = await graph.read(
    `MATCH (e:Entity) WITH e, COUNT { (e)<-[:${link}]-(:Claim) } AS degree WHERE degree > 0 RETURN e.id AS id, degree ORDER BY degree DESC, id`,
  );
  const all = rows.map((r) => ({ id: r.id as string, degree: toNumber(r.degree) }));
  return [...all.slice(0, 3), ...all.slice(-2)];
}

describe("one entity's claims page", () => {
  it.each([
    ['about', 'ABOUT'],
    ['speaker', 'STATED_BY'],
  ] as const)('is the same page whichever walk finds it (%s)', async (key, link) => {
    const entities = await entitiesByDegree(link);
    expect(entities[0]!.degree).toBeGreaterThan(20);
    for (const { id, degree } of entities) {
      for (const [offset, first] of [
        [0, 5],
        [3, 7],
        [degree - 2, 5],
        [degree + 1, 5],
      ] as const) {
        const filter = { [key]: id };
        const all = await page(filter, null, degree + 5, 'expand');
        expect(all).toHaveLength(degree);
        const start = Math.min(Math.max(0, offset), degree);
        const expand = await pageIds(filter, all, start, first, 'expand');
        expect(expand, `${id} offset ${offset}`).toEqual(all.slice(start, start + first).map((c) => c.id));
        expect(await pageIds(filter, all, start, first, 'scan')).toEqual(expand);
        expect(await pageIds(filter, all, start, first, 'auto')).toEqual(expand);
      }
    }
  });

  it('walks the claim index in order for a frequent subject, and the subject alone for a rare one', async () => {
    const byDegree = await entitiesByDegree('ABOUT');
    const [frequent, rare] = [byDegree[0]!, byDegree.at(-1)!];
    const hits = async (id: string, strategy: EntityPageStrategy) => {
      const { page } = buildClaimsPage({ about: id }, null, 5, strategy)!;
      return (await profileQuery(graph, page.cypher, { ...page.params, first: neo4j.int(5) })).dbHits;
    };
    // The corpus has both cases (so both branches run), and auto costs what the cheaper
    // walk costs, within the few hits of deciding.
    const costs = async (id: string) => ({ auto: await hits(id, 'auto'), expand: await hits(id, 'expand'), scan: await hits(id, 'scan') });
    const often = await costs(frequent.id);
    const seldom = await costs(rare.id);
    expect(often.scan, JSON.stringify(often)).toBeLessThan(often.expand);
    expect(seldom.expand, JSON.stringify(seldom)).toBeLessThan(seldom.scan);
    for (const c of [often, seldom]) expect(c.auto, JSON.stringify(c)).toBeLessThanOrEqual(Math.min(c.expand, c.scan) + 10);
  });
});
