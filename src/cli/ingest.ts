import path from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import { SEED_ARTICLES } from '../paths.js';
import { connect } from '../bootstrap.js';
import { ingestPaths, type IngestSummary } from '../ingest/ingest.js';
import type { Graph } from '../graph/driver.js';
import { graphTotals } from '../graph/totals.js';
import type { GraphTotalsRow } from '../graph/queries/totals.js';

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY || total < 5) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/**
 * Three lines: what was read, what this run wrote (Neo4j's counters, so an entity already
 * in the graph is not counted again), and what the graph holds now.
 */
export function formatSummary(summary: IngestSummary, totals: GraphTotalsRow): string {
  const { changes } = summary;
  const removed =
    changes.nodesDeleted || changes.relationshipsDeleted
      ? ` and removed ${changes.nodesDeleted} nodes and ${changes.relationshipsDeleted} relationships of earlier versions`
      : '';
  return [
    `Read ${summary.articles} article(s) from ${summary.files} file(s): ${summary.articles - summary.unchanged} new or changed, ${summary.unchanged} unchanged, ${summary.errors.length} error(s).`,
    `This run created ${changes.nodesCreated} nodes and ${changes.relationshipsCreated} relationships${removed}.`,
    `The graph now holds ${totals.articles} articles, ${totals.entities} entities, ${totals.facts} facts and ${totals.claims} claims (${totals.nodes} nodes, ${totals.relationships} relationships in all).`,
    ...summary.errors.map((error) => `  error: ${error.reason}`),
  ].join('\n');
}

export async function printSummary(graph: Graph, summary: IngestSummary): Promise<void> {
  process.stderr.write(`${formatSummary(summary, await graphTotals(graph))}\n`);
}

/** `seed`: the bundled articles. */
export const runSeed = () => runIngest(loadConfig(), [SEED_ARTICLES]);

/** `ingest PATH…`: files, folders or globs, relative to the working directory. */
export const runIngestPaths = (paths: string[]) =>
  runIngest(
    loadConfig(),
    paths.map((p) => path.resolve(p)),
  );

/** `seed` and `ingest`: load files, print a summary; exit 1 if any file failed. */
async function runIngest(config: Config, paths: string[]): Promise<number> {
  const connection = await connect(config);
  try {
    const summary = await ingestPaths(connection.graph, paths, { onProgress: progressBar });
    await printSummary(connection.graph, summary);
    return summary.errors.length ? 1 : 0;
  } finally {
    await connection.close();
  }
}
