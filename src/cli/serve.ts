import { loadConfig } from '../config/config.js';
import { connect } from '../bootstrap.js';
import { ingestPaths } from '../ingest/ingest.js';
import { SEED_ARTICLES } from '../paths.js';
import { createApp } from '../server/app.js';
import { printSummary } from './ingest.js';

/** `npm start`: Neo4j (bundled unless NEO4J_URI), seed, then the API until Ctrl-C. */
export async function runServe(options: { seed: boolean }): Promise<number> {
  const config = loadConfig();
  const connection = await connect(config);
  if (options.seed) await printSummary(connection.graph, await ingestPaths(connection.graph, [SEED_ARTICLES]));
  const app = await createApp({
    graph: connection.graph,
    apiKey: config.apiKey,
    limits: {
      maxExportNodes: config.maxExportNodes,
      maxConcurrentRequests: config.maxConcurrentRequests,
      maxConcurrentHeavyRequests: config.maxConcurrentHeavyRequests,
    },
    introspection: config.introspection,
    hideSuggestions: config.hideSuggestions,
    requireKeyForReads: config.requireKeyForReads,
    corsOrigins: config.corsOrigins,
    responseCacheBytes: config.responseCacheMb * 2 ** 20,
    debug: !config.production && process.env.NEWSGRAPH_DEBUG === '1',
  });
  let port: number;
  try {
    port = await app.listen(config.port, config.host);
  } catch (error) {
    await connection.close();
    throw Object.assign(
      new Error(
        `Cannot listen on ${config.host} port ${config.port} (${(error as Error).message}); set PORT to a free port or HOST to an address of this machine.`,
      ),
      { name: 'Neo4jSetupError' },
    );
  }
  const shown =
    config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  process.stderr.write(
    `newsgraph API at http://${shown}:${port}/graphql — playground at http://${shown}:${port}/ (bound to ${config.host})\n`,
  );
  if (!config.apiKey) process.stderr.write('NEWSGRAPH_API_KEY is not set: mutations are refused.\n');
  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`\n${signal}: stopping the API and Neo4j…\n`);
      await app.stop();
      await connection.close();
      resolve(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
