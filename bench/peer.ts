/**
 * The peer phase: newsgraph against `@neo4j/graphql` 7 over the same Neo4j and data. Both
 * APIs run in their own process (ours with its response cache off, as the peer has none);
 * for each operation the peer can express, autocannon drives ours, then the peer, at 1 and
 * 10 connections, alternating, so both see the same machine at nearly the same time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from '../src/neo4j/local.js';
import { ROOT } from '../src/paths.js';
import { runApi, type RunFigures, type RunLength } from './load-test.js';
import type { Operation } from './operations.js';
import { PEER_CANNOT_EXPRESS, peerOperations } from './peer-schema.js';
import { spawnServer } from './server-process.js';
import { round } from './stats.js';

export const PEER_CONNECTIONS = [1, 10];

export interface PeerRun {
  connections: number;
  ours: RunFigures;
  peer: RunFigures;
  /** Ours over the peer's requests per second (above 1: ours serves more). */
  throughputRatio: number;
  /** Ours over the peer's p50 and p99 (below 1: ours answers sooner). */
  p50Ratio: number;
  p99Ratio: number;
}

export interface PeerFigures {
  peer: string;
  operations: Array<{ operation: string; differs?: string; runs: PeerRun[] }>;
  cannotExpress: typeof PEER_CANNOT_EXPRESS;
}

/** The installed peer's version (its package exports no package.json, so the file is read). */
function peerVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@neo4j/graphql');
  const pkg = JSON.parse(
    readFileSync(path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json'), 'utf8'),
  ) as { version: string };
  return `@neo4j/graphql ${pkg.version}`;
}

/** The peer's server (bench/peer-server.ts) in its own process, ready when it answers `{ __typename }`. */
async function startPeer(uri: string, password: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  return spawnServer(
    'peer',
    ['--import', 'tsx', path.join(ROOT, 'bench', 'peer-server.ts')],
    { NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port), NODE_ENV: 'production' },
    port,
    async (url) =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        })
      ).ok,
  );
}

/** Sends one request and throws with the peer's own message if it fails: a broken translation must not pass as a fast one. */
async function check(url: string, op: Operation, side: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables(0) }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${side} cannot run "${op.name}": ${JSON.stringify(body.errors ?? response.status)}`);
}

export async function measurePeer(options: {
  ourUrl: string;
  ours: Operation[];
  inputs: Parameters<typeof peerOperations>[0];
  uri: string;
  password: string;
  run: RunLength;
  log: (line: string) => void;
}): Promise<PeerFigures> {
  const version = peerVersion();
  const peer = await startPeer(options.uri, options.password);
  try {
    const operations: PeerFigures['operations'] = [];
    for (const theirs of peerOperations(options.inputs)) {
      const ours = options.ours.find((op) => op.name === theirs.name)!;
      await check(options.ourUrl, ours, 'newsgraph');
      await check(peer.url, theirs, 'the peer');
      const warmUp: RunLength = 'seconds' in options.run ? { seconds: Math.min(2, options.run.seconds) } : options.run;
      await runApi(options.ourUrl, ours.query, ours.variables, 4, warmUp);
      await runApi(peer.url, theirs.query, theirs.variables, 4, warmUp);
      const runs: PeerRun[] = [];
      for (const connections of PEER_CONNECTIONS) {
        const ourRun = await runApi(options.ourUrl, ours.query, ours.variables, connections, options.run);
        const peerRun = await runApi(peer.url, theirs.query, theirs.variables, connections, options.run);
        const run: PeerRun = {
          connections,
          ours: ourRun,
          peer: peerRun,
          throughputRatio: round(ourRun.requestsPerSecond / Math.max(peerRun.requestsPerSecond, 0.001), 2),
          p50Ratio: round(ourRun.latencyMs.p50 / Math.max(peerRun.latencyMs.p50, 0.001), 2),
          p99Ratio: round(ourRun.latencyMs.p99 / Math.max(peerRun.latencyMs.p99, 0.001), 2),
        };
        runs.push(run);
        options.log(
          `  peer ${theirs.name} @${connections}: ours ${ourRun.requestsPerSecond} req/s p99 ${ourRun.latencyMs.p99} ms | peer ${peerRun.requestsPerSecond} req/s p99 ${peerRun.latencyMs.p99} ms | ×${run.throughputRatio} throughput, p99 ×${run.p99Ratio}${ourRun.errors + peerRun.errors ? ` | errors: ours ${ourRun.errors}, peer ${peerRun.errors}` : ''}`,
        );
      }
      operations.push({ operation: theirs.name, ...(theirs.differs ? { differs: theirs.differs } : {}), runs });
    }
    return { peer: version, operations, cannotExpress: PEER_CANNOT_EXPRESS };
  } finally {
    await peer.stop();
  }
}
