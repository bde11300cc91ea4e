import type { Config } from './config/config.js';
import { Graph } from './graph/driver.js';
import { migrate } from './graph/migrations.js';
import { runningNeo4j, startLocalNeo4j, type LocalNeo4j } from './neo4j/local.js';

export interface Connected {
  graph: Graph;
  /** The bundled Neo4j this process started, if any. */
  local?: LocalNeo4j | undefined;
  close(): Promise<void>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Connects to NEO4J_URI, or else to the bundled Neo4j: the one already running for this
 * data folder (started by `npm start` or `newsgraph neo4j start`), or one started as this
 * process's child. Then runs migrations (idempotent).
 */
export async function connect(config: Config): Promise<Connected> {
  let uri = config.neo4j.uri;
  let local: LocalNeo4j | undefined;
  if (!uri) {
    const dataDir = config.neo4j.localDataDir;
    const running = await runningNeo4j(dataDir);
    if (running) {
      uri = `bolt://127.0.0.1:${running.port}`;
      log(`Using the bundled Neo4j already running for ${dataDir} at ${uri} (pid ${running.pid}).`);
    } else {
      const started = Date.now();
      log(`Starting the bundled Neo4j on port ${config.neo4j.localPort} (data in ${dataDir})…`);
      local = await startLocalNeo4j({
        dataDir,
        port: config.neo4j.localPort,
        password: config.neo4j.password,
        heap: config.neo4j.localHeap,
        log,
      });
      uri = local.uri;
      log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  }
  const graph = new Graph({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
  });
  try {
    await graph.verify();
    await migrate(graph);
  } catch (error) {
    await graph.close();
    await local?.stop();
    throw error;
  }
  return {
    graph,
    local,
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
