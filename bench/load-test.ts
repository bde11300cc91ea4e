/**
 * Closed-loop load at a fixed number of connections: through the GraphQL HTTP API with
 * autocannon, and the same captured Cypher straight through neo4j-driver. Latencies are
 * kept as exact floats (autocannon's own histogram rounds to whole milliseconds).
 */
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CapturedRequest } from './operations.js';
import { round, spread, type Spread } from './stats.js';

export interface RunFigures {
  connections: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Spread;
  /** Non-2xx answers, GraphQL errors, socket errors and timeouts. */
  errors: number;
}

/** Either a duration in seconds or a fixed number of requests (smoke runs). */
export type RunLength = { seconds: number } | { requests: number };

export async function runApi(
  url: string,
  query: string,
  variables: (i: number) => Record<string, unknown>,
  connections: number,
  length: RunLength,
): Promise<RunFigures> {
  let next = 0;
  const latencies: number[] = [];
  let done: (result: autocannon.Result) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const started = performance.now();
  const instance = autocannon(
    {
      url: `${url}/graphql`,
      connections,
      ...('seconds' in length ? { duration: length.seconds } : { amount: length.requests }),
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: variables(next++) }) }),
        },
      ],
      verifyBody: (body) => !String(body ?? '').includes('"errors"'),
    },
    (error, result) => (error ? failed(error as Error) : done(result)),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) latencies.push(ms);
  });
  const result = await finished;
  const seconds = (performance.now() - started) / 1000;
  return {
    connections,
    requests: latencies.length,
    seconds: round(seconds, 2),
    requestsPerSecond: round(latencies.length / seconds),
    latencyMs: spread(latencies),
    errors: result.errors + result.non2xx + result.mismatches,
  };
}

/** The driver options the API's Graph uses, so both sides decode records the same way. */
export function bareDriver(uri: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
}

/**
 * The transaction mode the API's reads use (one auto-commit RUN + PULL per statement), so
 * the ratio measures the API's own cost and not a difference in how Neo4j is spoken to.
 */
async function readAutoCommit(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher, params)).records;
  } finally {
    await session.close();
  }
}

/** Replays captured requests: each wave's statements together, waves in order, `connections` loops at once. */
export async function runBare(driver: Driver, captured: CapturedRequest[], connections: number, length: RunLength): Promise<RunFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = 'seconds' in length ? started + length.seconds * 1000 : Infinity;
  const budget = 'requests' in length ? length.requests : Infinity;
  const loop = async () => {
    while (performance.now() < deadline && next < budget) {
      const request = captured[next++ % captured.length]!;
      const t0 = performance.now();
      try {
        for (const wave of request) {
          await Promise.all(wave.map((s) => readAutoCommit(driver, s.cypher, s.params)));
        }
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  return {
    connections,
    requests: latencies.length,
    seconds: round(seconds, 2),
    requestsPerSecond: round(latencies.length / seconds),
    latencyMs: spread(latencies),
    errors,
  };
}
