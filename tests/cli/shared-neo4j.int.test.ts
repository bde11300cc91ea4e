/**
 * `npm start` and `npm run ingest` at the same time, as a user runs them: the second
 * command finds the bundled Neo4j the first started for this data folder (its run file and
 * a Bolt handshake) and connects to it, instead of failing on the port or starting a second
 * server on the same data. Uses a data folder and ports of its own (never .neo4j or 7687).
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, boltAnswers, isAlive, runningNeo4j } from '../../src/neo4j/local.js';
import { runCli, startCli, waitForOutput } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/corpus.js';

let dataDir: string;
let env: Record<string, string | undefined>;
let serve: ChildProcess | undefined;
let apiBase: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-shared-'));
  env = {
    NEO4J_URI: undefined,
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_PASSWORD: 'shared-pw',
    PORT: '0',
  };
}, 10_000);

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    serve.kill('SIGTERM');
    await once(serve, 'exit');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('one bundled Neo4j per data folder, shared by every command', () => {
  it('serve starts it; ingest, neo4j status and the API then use that same server', async () => {
    serve = startCli(['serve', '--no-seed'], env);
    const serveLog = await waitForOutput(serve.stderr!, /newsgraph API at (http:\/\/localhost:\d+)/, 150_000);
    apiBase = /newsgraph API at (http:\/\/localhost:\d+)/.exec(serveLog)![1]!;
    expect(serveLog).toContain('Starting the bundled Neo4j');
    const running = await runningNeo4j(dataDir);
    // Started by serve's node process (tsx runs it as its own child), not detached.
    expect(running?.startedBy).toBeGreaterThan(0);
    expect(isAlive(running!.startedBy!)).toBe(true);

    const ingest = await runCli(['ingest', path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt')], env, 120_000);
    expect(ingest.stderr).not.toContain('Starting the bundled Neo4j');
    expect(ingest.stderr).not.toMatch(/in use/);
    expect(ingest.stderr).toContain(
      `Using the bundled Neo4j already running for ${dataDir} at bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT} (pid ${running!.pid})`,
    );
    expect(ingest.code).toBe(0);

    // The article ingest loaded is in the graph the API serves: one database, not two.
    const response = await fetch(`${apiBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(((await response.json()) as { data: { stats: { articles: number } } }).data.stats.articles).toBe(1);

    const status = await runCli(['neo4j', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stderr).toContain(
      `running: bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT} (pid ${running!.pid}, started by newsgraph pid ${running!.startedBy})`,
    );

    // Stopping serve stops its Neo4j and clears the run file.
    serve.kill('SIGTERM');
    await once(serve, 'exit');
    expect(existsSync(path.join(dataDir, 'neo4j.pid'))).toBe(false);
    expect(await boltAnswers(Number(env.NEO4J_LOCAL_PORT), 500)).toBe(false);
    expect((await runCli(['neo4j', 'status'], env)).code).toBe(3);
  }, 300_000);

  it('ignores a stale run file: a dead process, or a live one that does not speak Bolt', async () => {
    const file = path.join(dataDir, 'neo4j.pid');
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, port: Number(env.NEO4J_LOCAL_PORT) }));
    expect(await runningNeo4j(dataDir)).toBeUndefined();
    expect(existsSync(file)).toBe(false); // a dead server's file is removed

    const notBolt = await freePort(); // nothing listens there
    writeFileSync(file, JSON.stringify({ pid: process.pid, port: notBolt }));
    expect(await runningNeo4j(dataDir)).toBeUndefined();
    const status = await runCli(['neo4j', 'status'], env);
    expect(status.code).toBe(3);
    expect(status.stderr).toContain('stopped');
  }, 60_000);
});
