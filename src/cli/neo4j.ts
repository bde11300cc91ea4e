import { loadConfig } from '../config/config.js';
import { runningNeo4j, startDetachedNeo4j, stopRunningNeo4j } from '../neo4j/local.js';
import { ensureNeo4jInstalled } from '../neo4j/install.js';

/** `neo4j install|start|stop|status` for the bundled server (data in NEO4J_LOCAL_DATA_DIR, default .neo4j/data). */
export async function runNeo4j(action: 'install' | 'start' | 'stop' | 'status'): Promise<number> {
  const config = loadConfig();
  const dataDir = config.neo4j.localDataDir;
  const say = (line: string) => process.stderr.write(`${line}\n`);
  switch (action) {
    case 'install':
      ensureNeo4jInstalled(say);
      say('Neo4j is installed.');
      return 0;
    case 'start': {
      const started = Date.now();
      const server = await startDetachedNeo4j({
        dataDir,
        port: config.neo4j.localPort,
        password: config.neo4j.password,
        heap: config.neo4j.localHeap,
        log: say,
      });
      say(`Neo4j running at ${server.uri} (pid ${server.pid}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopRunningNeo4j(dataDir);
      say(
        stopped
          ? `Neo4j stopped (pid ${stopped.pid}${stopped.startedBy ? `, started by newsgraph pid ${stopped.startedBy}` : ''}).`
          : 'Neo4j was not running.',
      );
      return 0;
    }
    case 'status': {
      const running = await runningNeo4j(dataDir);
      say(
        running
          ? `running: bolt://127.0.0.1:${running.port} (pid ${running.pid}${running.startedBy ? `, started by newsgraph pid ${running.startedBy}` : ''}) for ${dataDir}`
          : `stopped (${dataDir})`,
      );
      return running ? 0 : 3;
    }
  }
}
