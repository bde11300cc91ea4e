import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
  }
}

let server: LocalNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Starts a throwaway Neo4j on a free port (never 7687) for the integration tests. If it
 * cannot start, this throws and the whole run fails: tests never skip a missing database.
 */
export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const password = 'test-password';
  const port = await freePort();
  const started = Date.now();
  server = await startLocalNeo4j({ dataDir, port, password, heap: '768m', log: (line) => console.error(line) });
  console.error(`test Neo4j ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4jUri', server.uri);
  project.provide('neo4jPassword', password);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
