import path from 'node:path';
import type { Graph } from '../../src/graph/driver.js';
import { ingestSources } from '../../src/ingest/ingest.js';
import type { AppOptions } from '../../src/server/app.js';
import { loadedApi, type SeededApi } from './api.js';
import { FIXTURES, readTxt, SEED_FILE } from './corpus.js';

/**
 * Real fixture articles with publication dates written the ways feeds write them (ISO
 * dates, date-times with offsets, RFC 2822, prose), and the seed article undated.
 * `expectedIso` is what each date means as an ISO date-time in UTC.
 */
export const DATED_ARTICLES = [
  { file: SEED_FILE, publishedAt: undefined, expectedIso: null },
  { file: path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt'), publishedAt: '2024-10-15', expectedIso: '2024-10-15T00:00:00.000Z' },
  {
    file: path.join(FIXTURES, 'eval-fresh6', 'articles', 'rate-decision.txt'),
    publishedAt: '2024-11-07T12:00:00Z',
    expectedIso: '2024-11-07T12:00:00.000Z',
  },
  {
    file: path.join(FIXTURES, 'eval-holdout', 'articles', 'rate-decision.txt'),
    publishedAt: '2024-11-07T12:00:00.000Z',
    expectedIso: '2024-11-07T12:00:00.000Z',
  },
  {
    file: path.join(FIXTURES, 'eval-fresh6', 'articles', 'hospital-ransomware.txt'),
    publishedAt: 'Fri, 22 Nov 2024 08:00:00 GMT',
    expectedIso: '2024-11-22T08:00:00.000Z',
  },
  {
    file: path.join(FIXTURES, 'eval-fresh8', 'articles', 'battery-founder-interview.txt'),
    publishedAt: 'November 25, 2024',
    expectedIso: '2024-11-25T00:00:00.000Z',
  },
  {
    file: path.join(FIXTURES, 'eval', 'articles', 'lagos-fintech-summit.txt'),
    publishedAt: '2024-12-02T10:00:00+01:00',
    expectedIso: '2024-12-02T09:00:00.000Z',
  },
  {
    file: path.join(FIXTURES, 'eval-fresh13', 'articles', 'bank-merger.txt'),
    publishedAt: '2024-11-26 14:30',
    expectedIso: '2024-11-26T14:30:00.000Z',
  },
  { file: path.join(FIXTURES, 'eval-fresh12', 'articles', 'warehouse-fire.txt'), publishedAt: 'last Tuesday', expectedIso: null },
] as const;

/** Loads DATED_ARTICLES into `graph` (which the caller has emptied). */
export async function ingestDatedCorpus(graph: Graph): Promise<void> {
  const sources = DATED_ARTICLES.map(({ file, publishedAt }) => ({
    file,
    read: () => [{ file, input: { ...readTxt(file), ...(publishedAt ? { publishedAt } : {}) } }],
  }));
  const summary = await ingestSources(graph, sources, { workers: 0 });
  if (summary.errors.length) throw new Error(`dated corpus failed to load: ${JSON.stringify(summary.errors)}`);
}

/** The run's Neo4j emptied, loaded with DATED_ARTICLES, and the API listening on a free port. */
export function datedApi(options: Omit<AppOptions, 'graph'> = {}): Promise<SeededApi> {
  return loadedApi(ingestDatedCorpus, options);
}
