import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import * as A from '../../src/graph/queries/article.js';
import * as E from '../../src/graph/queries/entity.js';
import * as G from '../../src/graph/queries/graph.js';
import * as S from '../../src/graph/queries/stats.js';
import * as T from '../../src/graph/queries/time.js';
import * as M from '../../src/graph/queries/co-mentions.js';
import { buildRelationshipsPage } from '../../src/graph/build/relationships-page.js';
import { REFRESH_STRONGEST } from '../../src/graph/queries/ingest.js';
import { buildClaimsPage } from '../../src/graph/build/claims-page.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { SEED_FILE } from '../helpers/corpus.js';
import { clearGraph, profileQuery, refreshPlannerStatistics, testGraph } from '../helpers/graph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
  await ingestPaths(graph, [SEED_FILE]);
  await refreshPlannerStatistics(graph);
});
afterAll(async () => graph?.close());

const profile = (cypher: string, params: Record<string, unknown>) => profileQuery(graph, cypher, params);

const ids = ['person:wu', 'organization:alibaba'];
const claimsAbout = buildClaimsPage({ about: 'industry:healthcare' }, null, 20)!;
const claimsBy = buildClaimsPage({ speaker: 'person:wu' }, { articleId: 'article:0', id: 'claim:0' }, 20)!;
const page = { first: neo4j.int(20) };
const factsOfType = buildRelationshipsPage(['AFFILIATED_WITH']);
const claimsInWindow = buildClaimsPage({ from: '2024-11-01T00:00:00.000Z', to: '2024-12-01T00:00:00.000Z' }, null, 20)!;
const afterHit = { afterId: 'organization:x', afterExact: 0, afterScore: 2.5, afterCount: neo4j.int(3) };
const afterEntity = { afterId: 'person:a', afterCount: neo4j.int(3), maxCount: neo4j.int(3) };
const HOT: Array<[string, string, Record<string, unknown>]> = [
  ['entities by id', E.ENTITIES_BY_IDS, { ids }],
  ['relationships of entities', E.RELATIONSHIPS_OF_ENTITIES, { ids, types: null, direction: 'BOTH', first: neo4j.int(50) }],
  ['neighbours of entities', E.NEIGHBORS_OF_ENTITIES, { ids, kinds: null, first: neo4j.int(50) }],
  ['claims of entities', E.CLAIMS_OF_ENTITIES, { ids, role: 'ANY', first: neo4j.int(50) }],
  ['mentions of entities', E.MENTIONS_OF_ENTITIES, { ids, first: neo4j.int(50), from: null, to: null }],
  [
    'mentions of entities in a date window',
    E.MENTIONS_OF_ENTITIES,
    { ids, first: neo4j.int(50), from: '2024-01-01T00:00:00.000Z', to: null },
  ],
  [
    'articles of entities in a date window',
    E.ARTICLES_OF_ENTITIES,
    { ids, first: neo4j.int(20), from: '2024-01-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' },
  ],
  ['timeline of an entity', T.TIMELINE_OF_ENTITY, { id: 'person:wu', unit: 'week', from: null, to: null }],
  ['articles in a date window, count', A.ARTICLE_COUNT_IN_RANGE, { from: '2024-01-01T00:00:00.000Z', to: null }],
  ['co-mentions in sentences', M.CO_MENTIONS_IN_SENTENCES, { id: 'organization:alibaba', kinds: null, first: neo4j.int(20) }],
  ['co-mentions in articles', M.CO_MENTIONS_IN_ARTICLES, { id: 'organization:alibaba', kinds: null, first: neo4j.int(20) }],
  ['co-mention edges of an export', M.CO_MENTION_EDGES_IN_SENTENCES, { ids }],
  [
    'facts of one type, page',
    factsOfType.page,
    { minConfidence: 0.5, maxConfidence: 0.95, afterConfidence: 0.95, afterId: 'a', first: neo4j.int(20) },
  ],
  ['facts of one type, count', factsOfType.count, { minConfidence: 0.5 }],
  ['claims in a date window, page', claimsInWindow.page.cypher, { ...claimsInWindow.page.params, ...page }],
  ['articles by id', A.ARTICLES_BY_IDS, { ids: ['article:x'] }],
  ['sentences by id', A.SENTENCES_BY_IDS, { ids: ['article:x#1'] }],
  ['claims of articles', A.CLAIMS_OF_ARTICLES, { ids: ['article:x'], first: neo4j.int(10) }],
  ['shortest path', G.shortestPathQuery(4), { from: 'person:wu', to: 'place:wuzhen' }],
  ['no path (unconnected entities)', G.shortestPathQuery(6), { from: 'person:wu', to: 'industry:retail' }],
  ['entities of a subgraph', G.ENTITIES_OF_IDS, { ids }],
  ['facts among a subgraph', G.FACTS_AMONG_IDS, { ids, types: null, maxFacts: neo4j.int(100) }],
  ['evidence of facts', G.EVIDENCE_OF_FACTS.AFFILIATED_WITH, { ids: ['person:wu|AFFILIATED_WITH|organization:alibaba'] }],
  ['expand frontier', G.EXPAND_FRONTIER, { frontier: ids, seen: ids, types: null, kinds: null, limit: neo4j.int(10) }],
  ['claims about an entity, page', claimsAbout.page.cypher, { ...claimsAbout.page.params, ...page }],
  ['claims about an entity, count', claimsAbout.count.cypher, claimsAbout.count.params],
  ['claims by a speaker, page', claimsBy.page.cypher, { ...claimsBy.page.params, ...page }],
  ['claims by a speaker, count', claimsBy.count.cypher, claimsBy.count.params],
  ['entities by mentions, page', E.ENTITY_PAGE_BY_MENTIONS, { kind: 'Person', ...afterEntity, ...page }],
  ['entities of a kind, count', E.ENTITY_COUNT_OF_KIND, { kind: 'Person' }],
  ['top entities', S.TOP_ENTITIES, { kind: null, first: neo4j.int(10) }],
  [
    'search entities',
    E.SEARCH_ENTITIES,
    {
      query: '(alibaba^3 OR alibaba* OR alibaba~1^0.5)',
      aliasKeys: ['Organization|alibaba', 'Person|alibaba'],
      exact: 'alibaba',
      kinds: null,
      first: neo4j.int(10),
      candidates: neo4j.int(50),
      ...afterHit,
    },
  ],
  [
    'search entities, stop words only',
    E.SEARCH_ENTITIES_EXACT,
    { aliasKeys: ['Organization|it', 'Industry|it'], exact: 'it', kinds: null, first: neo4j.int(10), ...afterHit },
  ],
  [
    'search hits, count',
    E.SEARCH_COUNT,
    { query: '(alibaba^3 OR alibaba*)', aliasKeys: ['Organization|alibaba'], exact: 'alibaba', kinds: null, candidates: neo4j.int(1000) },
  ],
  ['strongest ties of entities', G.STRONGEST_TIES, { ids, take: neo4j.int(26) }],
  ['facts by id', G.FACTS_BY_IDS.AFFILIATED_WITH, { ids: ['person:wu|AFFILIATED_WITH|organization:alibaba'] }],
  ['ranking ties at load', REFRESH_STRONGEST, { ids }],
];

/** Dashboard totals: answered from the count store and indexes, so no scan of any label. */
const COUNTED: Array<[string, string, Record<string, unknown>]> = [
  ['stats', S.STATS, {}],
  ['entity count', E.ENTITY_COUNT, {}],
];

/** Walks over entities' facts; each must name the fact types, or a frequent entity's mentions are walked too. */
const FACT_WALK_NAMES = [
  'relationships of entities',
  'neighbours of entities',
  'expand frontier',
  'facts among a subgraph',
  'ranking ties at load',
];
const FACT_WALKS = HOT.filter(([name]) => FACT_WALK_NAMES.includes(name));

const report: string[] = [];
afterAll(() => console.log(`query plans (PROFILE on the seed article):\n${report.join('\n')}`));

describe('hot queries seek indexes', () => {
  it.each(HOT)('%s', async (name, cypher, params) => {
    const { operators, dbHits } = await profile(cypher, params);
    report.push(`  ${name}: ${dbHits} db hits; ${operators.join(' > ')}`);
    expect(
      operators.some((op) => /IndexSeek|IndexContainsScan|NodeUniqueIndexSeek/.test(op)),
      operators.join(' > '),
    ).toBe(true);
    expect(
      operators.filter((op) => /AllNodesScan|NodeByLabelScan/.test(op)),
      operators.join(' > '),
    ).toEqual([]);
  });

  it.each(COUNTED)('%s', async (name, cypher, params) => {
    const { operators, dbHits } = await profile(cypher, params);
    report.push(`  ${name}: ${dbHits} db hits; ${operators.join(' > ')}`);
    expect(
      operators.filter((op) => /AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan/.test(op)),
      operators.join(' > '),
    ).toEqual([]);
  });
});

describe('walks over facts read fact relationships only', () => {
  it('covers every such walk', () => expect(FACT_WALKS.map(([name]) => name).sort()).toEqual([...FACT_WALK_NAMES].sort()));

  it.each(FACT_WALKS)('%s', async (_name, cypher, params) => {
    const { expands } = await profile(cypher, params);
    expect(expands.length).toBeGreaterThan(0);
    for (const details of expands) expect(details).toContain(`:${G.FACT}`);
  });
});
