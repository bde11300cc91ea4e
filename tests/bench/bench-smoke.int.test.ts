/**
 * A small-corpus run of the whole benchmark: it must produce every figure (no timing is
 * asserted; figures on a 30-article corpus mean nothing). Starts its own Neo4j instances.
 */
import { describe, expect, it } from 'vitest';
import { renderRun, renderScale } from '../../bench/report.js';
import { runBenchmark, type BenchResult } from '../../bench/run.js';

/** Every number anywhere in the result, with its path. */
function numbers(value: unknown, at = ''): Array<[string, number]> {
  if (typeof value === 'number') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${at}.${k}`));
  return [];
}

describe('benchmark smoke run', () => {
  it('produces every ingest, query, cache, peer and memory figure on a small corpus', { timeout: 900_000 }, async () => {
    const connections = [1, 50];
    // From source: a test must not depend on a build the developer may not have run.
    const result: BenchResult = await runBenchmark({
      articles: 30,
      seed: 7,
      run: { requests: 60 },
      connections,
      batchSize: 10,
      workers: 2,
      heap: '512m',
      api: 'source',
      log: () => {},
    });

    for (const [path, value] of numbers(result)) expect(Number.isFinite(value), path).toBe(true);
    expect(result.corpus).toMatchObject({ articles: 30, seed: 7 });
    expect(result.corpus.entities).toBeGreaterThan(20);
    expect(result.corpus.claims).toBeGreaterThan(30);
    expect(result.extraction?.articlesPerSecond).toBeGreaterThan(0);
    expect(result.extraction?.msPerArticle.p50).toBeGreaterThan(0);
    expect(result.corpus.wordsPerArticle).toBeGreaterThanOrEqual(350);
    for (const load of [result.loading?.ours, result.loading?.baseline]) {
      expect(load?.articles).toBe(30);
      expect(load?.articlesPerSecond).toBeGreaterThan(0);
    }
    expect(result.loading?.ratio).toBeGreaterThan(0);
    expect(result.endToEnd.summary).toMatchObject({ articles: 30, errors: 0 });

    expect(result.queries.map((q) => q.operation)).toHaveLength(7);
    for (const query of result.queries) {
      expect(query.cypherStatements, query.operation).toBeGreaterThanOrEqual(1);
      // A path may not exist between two entities of a small corpus: zero rows is an answer.
      expect(query.answer?.rowsFromNeo4j, query.operation).toBeGreaterThanOrEqual(query.operation === 'shortest path' ? 0 : 1);
      expect(query.answer?.responseBytes, query.operation).toBeGreaterThan(0);
      expect(query.runs.map((r) => r.connections)).toEqual(connections);
      for (const run of query.runs) {
        for (const side of [run.api, run.bare]) {
          expect(side.errors, `${query.operation} @${run.connections}`).toBe(0);
          expect(side.requests).toBeGreaterThanOrEqual(50);
          expect(side.latencyMs.p50).toBeGreaterThan(0);
          expect(side.latencyMs.p99).toBeGreaterThanOrEqual(side.latencyMs.p50);
          expect(side.requestsPerSecond).toBeGreaterThan(0);
        }
        expect(run.p50Ratio).toBeGreaterThan(0);
      }
      // Repeated reads through the response cache: every input answered, none an error.
      expect(
        query.cached?.map((r) => r.connections),
        query.operation,
      ).toEqual(connections);
      for (const run of query.cached ?? []) {
        expect(run.api.errors, `cached ${query.operation} @${run.connections}`).toBe(0);
        expect(run.api.requests).toBeGreaterThanOrEqual(50);
        expect(run.p50Ratio).toBeGreaterThan(0);
      }
    }
    // The peer phase: every operation it can express, at 1 and 10 connections, on both sides.
    expect(result.peer?.operations.map((o) => o.operation)).toEqual([
      'entity by id + relationships',
      'search',
      'claims about industry, page 2',
      'stats',
      'people page 3',
    ]);
    for (const op of result.peer?.operations ?? []) {
      expect(op.runs.map((r) => r.connections)).toEqual([1, 10]);
      for (const run of op.runs) {
        for (const side of [run.ours, run.peer]) {
          expect(side.errors, `peer phase ${op.operation} @${run.connections}`).toBe(0);
          expect(side.requests).toBeGreaterThanOrEqual(50);
        }
        for (const ratio of [run.throughputRatio, run.p50Ratio, run.p99Ratio]) expect(ratio).toBeGreaterThan(0);
      }
    }
    expect(result.peer?.cannotExpress.map((c) => c.operation)).toContain('2-hop neighbourhood');
    expect(result.api.rssIdleMb).toBeGreaterThan(20);
    expect(result.api.rssAt50ConnectionsMb?.peak).toBeGreaterThan(20);
    expect(result.neo4jMemory.heap).toBe('512m');
    expect(result.neo4jMemory.rssAfterQueriesMb).toBeGreaterThan(100);

    const markdown = [renderRun(result), renderScale([result, { ...result, corpus: { ...result.corpus, articles: 60 } }])].join('\n');
    expect(markdown).not.toMatch(/NaN|undefined|null/);
    expect(markdown).toContain('| shortest path |');
    expect(markdown).toMatch(/\| people page 3 \| 10 \| [\d.]+ \| [\d.]+ \| ×[\d.]+ \|/);
    expect(markdown).toContain('2-hop neighbourhood: the peer cannot express it');
    expect(markdown).toMatch(/\| stats \| 1 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| ×[\d.]+ \|/);
    expect(markdown).toMatch(/\| 2-hop neighbourhood \| [\d.]+ rows, [\d.]+ KB \|/);
  });
});
