import path from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import { SEED_ARTICLES } from '../paths.js';
import { connect } from '../bootstrap.js';
import { ingestPaths, type IngestSummary } from '../ingest/ingest.js';

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY || total < 5) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export function printSummary(summary: IngestSummary): void {
  process.stderr.write(
    `Loaded ${summary.articles} article(s) (${summary.unchanged} unchanged) from ${summary.files} file(s): ` +
      `${summary.entities} entities, ${summary.relations} relations, ${summary.claims} claims, ${summary.errors.length} error(s).\n`,
  );
  for (const error of summary.errors) process.stderr.write(`  error: ${error.reason}\n`);
}

/** `seed`: the bundled articles. */
export const runSeed = () => runIngest(loadConfig(), [SEED_ARTICLES]);

/** `ingest PATH…`: files, folders or globs, relative to the working directory. */
export const runIngestPaths = (paths: string[]) => runIngest(loadConfig(), paths.map((p) => path.resolve(p)));

/** `seed` and `ingest`: load files, print a summary; exit 1 if any file failed. */
async function runIngest(config: Config, paths: string[]): Promise<number> {
  const connection = await connect(config);
  try {
    const summary = await ingestPaths(connection.graph, paths, { onProgress: progressBar });
    printSummary(summary);
    return summary.errors.length ? 1 : 0;
  } finally {
    await connection.close();
  }
}
