#!/usr/bin/env node
/** `newsgraph <command>`: serve, seed, ingest, extract, neo4j start|stop|status. */
import path from 'node:path';
import { loadConfig, ConfigError } from '../config/config.js';
import { runEvaluate } from './evaluate.js';
import { runExtract } from './extract.js';
import { runExport } from './export.js';
import { runIngest } from './ingest.js';
import { runNeo4j } from './neo4j.js';
import { runServe } from './serve.js';
import { SEED_ARTICLES } from '../paths.js';

const USAGE = `usage: newsgraph <command>
  serve                 start Neo4j if needed, seed, and serve the API (npm start)
  seed                  load seed/articles into the configured Neo4j
  ingest PATHS…         load article files, folders or globs
  extract FILE          print the extraction JSON of one article
  export --seed ID [--depth N] --format F [-o FILE]   export a subgraph
  eval ARTICLES GOLD [--misses] [--json]              score extraction against gold files
  neo4j start|stop|status   manage the bundled local Neo4j`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract':
      return runExtract(args);
    case 'serve':
      return runServe(loadConfig(), { seed: !args.includes('--no-seed') });
    case 'seed':
      return runIngest(loadConfig(), [SEED_ARTICLES]);
    case 'ingest':
      if (args.length === 0) {
        process.stderr.write('usage: newsgraph ingest PATHS…\n');
        return 2;
      }
      return runIngest(loadConfig(), args.map((a) => path.resolve(a)));
    case 'eval':
      return runEvaluate(args);
    case 'export':
      return runExport(loadConfig(), args);
    case 'neo4j':
      return runNeo4j(loadConfig(), args[0]);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || ['Neo4jSetupError', 'DatabaseUnavailableError', 'DatabaseAuthError'].includes((error as Error)?.name);
    process.stderr.write(`newsgraph: ${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`);
    process.exitCode = 1;
  },
);
