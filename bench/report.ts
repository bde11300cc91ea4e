/** Markdown for benchmark results: one run in full, and the comparison across corpus sizes. */
import type { BenchResult } from './run.js';

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))].join('\n');
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** Repeated reads through the API with its response cache on, beside the bare driver's uncached p50. */
function renderCached(r: BenchResult): string[] {
  const cached = r.queries.filter((q) => q.cached?.length);
  if (!cached.length) return [];
  return [
    '',
    'The same operations through an API with its response cache on (64 MB; the table above has it off), inputs warmed first, so every answer is in memory:',
    '',
    header(['operation', 'conns', 'cached p50 ms', 'cached p99 ms', 'cached req/s', 'bare p50 ms', 'p50 cached/bare']),
    ...cached.flatMap((q) =>
      q.cached!.map((run) =>
        row([
          q.operation,
          run.connections,
          run.api.latencyMs.p50,
          run.api.latencyMs.p99,
          run.api.requestsPerSecond,
          q.runs.find((u) => u.connections === run.connections)?.bare.latencyMs.p50 ?? '–',
          `×${run.p50Ratio}`,
        ]),
      ),
    ),
  ];
}

/** newsgraph against @neo4j/graphql: ratios ours / peer per operation and connections, then what the peer cannot ask. */
function renderPeer(r: BenchResult): string[] {
  if (!r.peer) return [];
  const p = r.peer;
  return [
    '',
    `Against ${p.peer}, its generated API over the same Neo4j and data (both without a response cache; runs alternated, ours first). Ratios are newsgraph / peer: throughput above 1 and p99 below 1 favour newsgraph.`,
    '',
    header([
      'operation',
      'conns',
      'newsgraph req/s',
      'peer req/s',
      'throughput ×',
      'newsgraph p50 / p99 ms',
      'peer p50 / p99 ms',
      'p50 ×',
      'p99 ×',
    ]),
    ...p.operations.flatMap((o) =>
      o.runs.map((run) =>
        row([
          o.operation,
          run.connections,
          run.ours.requestsPerSecond,
          run.peer.requestsPerSecond,
          `×${run.throughputRatio}`,
          `${run.ours.latencyMs.p50} / ${run.ours.latencyMs.p99}`,
          `${run.peer.latencyMs.p50} / ${run.peer.latencyMs.p99}`,
          `×${run.p50Ratio}`,
          `×${run.p99Ratio}`,
        ]),
      ),
    ),
    '',
    ...p.operations.filter((o) => o.differs).map((o) => `- ${o.operation}: the peer's answer differs — ${o.differs}.`),
    ...p.cannotExpress.map((c) => `- ${c.operation}: the peer cannot express it (${c.why}).`),
    `- Errors in peer runs: newsgraph ${p.operations.reduce((n, o) => n + o.runs.reduce((m, run) => m + run.ours.errors, 0), 0)}, peer ${p.operations.reduce((n, o) => n + o.runs.reduce((m, run) => m + run.peer.errors, 0), 0)}.`,
  ];
}

export function renderRun(r: BenchResult): string {
  const lines = [
    `## ${k(r.corpus.articles)} articles — ${r.date.slice(0, 10)}`,
    '',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, ${r.machine.os}; Node ${r.machine.node}; ${r.machine.java}; Neo4j ${r.versions.neo4j} (local, heap ${r.neo4jMemory.heap}, page cache ${r.neo4jMemory.pageCache}).`,
    `Corpus: seed ${r.corpus.seed}, ${r.corpus.articles} articles of ~${r.corpus.wordsPerArticle} words → ${r.corpus.nodes} nodes, ${r.corpus.relationships} relationships, ${r.corpus.entities} entities, ${r.corpus.claims} claims.`,
    '',
    header(['ingest', 'figure']),
    ...(r.extraction
      ? [
          row([
            'extraction',
            `${r.extraction.articlesPerSecond} articles/s on ${r.extraction.workers} workers (${r.extraction.articlesPerSecondPerCore}/core; one thread alone ${r.extraction.singleThreadArticlesPerSecond}/s); p50 ${r.extraction.msPerArticle.p50} ms, p99 ${r.extraction.msPerArticle.p99} ms per article`,
          ]),
        ]
      : [row(['extraction', 'not run (--phases)'])]),
    ...(r.loading
      ? [
          row([
            'loading (newsgraph)',
            `${r.loading.ours.articlesPerSecond} articles/s, batches of ${r.loading.ours.batchSize}: p50 ${r.loading.ours.msPerBatch.p50} ms, p99 ${r.loading.ours.msPerBatch.p99} ms`,
          ]),
          row([
            'loading (bare UNWIND … MERGE)',
            `${r.loading.baseline.articlesPerSecond} articles/s, p50 ${r.loading.baseline.msPerBatch.p50} ms per batch`,
          ]),
          row(['loading time, newsgraph / bare', `×${r.loading.ratio}`]),
        ]
      : [row(['loading alone', 'not run (--phases)'])]),
    row(['end to end', `${r.endToEnd.seconds} s for ${r.endToEnd.articles} articles (${r.endToEnd.articlesPerSecond} articles/s)`]),
    '',
    header([
      'operation',
      'Cypher stmts',
      'rows from Neo4j',
      'answer KB',
      'conns',
      'API p50 ms',
      'API p99 ms',
      'API req/s',
      'bare p50 ms',
      'bare p99 ms',
      'bare req/s',
      'p50 API/bare',
    ]),
    ...r.queries.flatMap((q) =>
      q.runs.map((run) =>
        row([
          q.operation,
          q.cypherStatements,
          q.answer?.rowsFromNeo4j ?? '–',
          q.answer ? kb(q.answer.responseBytes) : '–',
          run.connections,
          run.api.latencyMs.p50,
          run.api.latencyMs.p99,
          run.api.requestsPerSecond,
          run.bare.latencyMs.p50,
          run.bare.latencyMs.p99,
          run.bare.requestsPerSecond,
          `×${run.p50Ratio}`,
        ]),
      ),
    ),
    ...renderCached(r),
    ...renderPeer(r),
    '',
    `API process RSS: ${r.api.rssIdleMb ?? '?'} MB idle; under 50 connections peak ${r.api.rssAt50ConnectionsMb?.peak ?? 'n/a'} MB (mean ${r.api.rssAt50ConnectionsMb?.mean ?? 'n/a'} MB). Neo4j JVM RSS after the queries: ${r.neo4jMemory.rssAfterQueriesMb ?? '?'} MB.`,
    `Errors in query runs: ${r.queries.reduce((n, q) => n + q.runs.reduce((m, run) => m + run.api.errors + run.bare.errors, 0) + (q.cached ?? []).reduce((m, run) => m + run.api.errors, 0), 0)}.`,
  ];
  return lines.join('\n');
}

const queryOf = (r: BenchResult, operation: string) => r.queries.find((q) => q.operation === operation);
const p50At = (r: BenchResult, operation: string, connections = 1) =>
  queryOf(r, operation)?.runs.find((run) => run.connections === connections)?.api.latencyMs.p50;
/** Older result files carry no answer sizes. */
const answerAt = (r: BenchResult, operation: string) => {
  const answer = queryOf(r, operation)?.answer;
  return answer ? `${answer.rowsFromNeo4j} rows, ${kb(answer.responseBytes)} KB` : '–';
};

/** Single-connection API p50 per operation across sizes, and the largest over the smallest. */
export function renderScale(results: BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.corpus.articles - b.corpus.articles);
  if (sorted.length < 2) return '';
  const smallest = sorted[0]!;
  const largest = sorted.at(-1)!;
  const operations = smallest.queries.map((q) => q.operation);
  return [
    `## Scale: API p50 (ms) at 1 connection`,
    '',
    header([
      'operation',
      ...sorted.map((r) => `${k(r.corpus.articles)}`),
      `${k(largest.corpus.articles)} / ${k(smallest.corpus.articles)}`,
    ]),
    ...operations.map((op) => {
      const first = p50At(smallest, op);
      const last = p50At(largest, op);
      return row([op, ...sorted.map((r) => p50At(r, op) ?? '–'), first && last ? `×${Math.round((last / first) * 100) / 100}` : '–']);
    }),
    '',
    'What each answer holds, per request (mean over the inputs): rows Neo4j returned, and the API response.',
    '',
    header(['operation', ...sorted.map((r) => `${k(r.corpus.articles)}`)]),
    ...operations.map((op) => row([op, ...sorted.map((r) => answerAt(r, op))])),
    '',
    header(['size', 'extraction articles/s/core', 'loading ×bare', 'end to end s', 'API RSS peak @50 MB']),
    ...sorted.map((r) =>
      row([
        k(r.corpus.articles),
        r.extraction?.articlesPerSecondPerCore ?? '–',
        r.loading ? `×${r.loading.ratio}` : '–',
        r.endToEnd.seconds,
        r.api.rssAt50ConnectionsMb?.peak ?? '–',
      ]),
    ),
  ].join('\n');
}
