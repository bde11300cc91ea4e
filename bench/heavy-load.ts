/**
 * npm run bench:heavy -- [--articles 1000] [--seconds 20] [--connections 50] [--api compiled|source]
 *
 * The heaviest query the API's limits accept, sent by 50 connections at once, while one
 * more connection, from a process of its own, sends `{ __typename }`: prints the API's RSS (peak and mean) and the
 * `{ __typename }` latency (p50/p99) during the run, and writes bench/results/heavy-<articles>.json
 * (and docs/benchmarks.md).
 * "Heaviest" is found, not guessed: each template is scaled up until the API refuses it,
 * and the accepted one with the largest response wins. Asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPoolSize } from '../src/ingest/extract-pool.js';
import { ROOT } from '../src/paths.js';
import { buildPools } from './corpus.js';
import { measureEndToEnd } from './ingest.js';
import { runApi, type RunFigures } from './load-test.js';
import { chooseInputs } from './operations.js';
import { BENCH_RESULTS, writeBenchmarkDoc } from './docs.js';
import { startApi, withDatabase } from './run.js';
import { machine, sampleRss } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    api: { type: 'string', default: 'compiled' },
    out: { type: 'string', default: BENCH_RESULTS },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

/** `{ __typename }` latency measured from a process of its own (see typename-probe.ts). */
function probeTypename(url: string, seconds: number): Promise<RunFigures> {
  const probe = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench', 'typename-probe.ts'), '--url', url, '--seconds', String(seconds)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  probe.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    probe.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as RunFigures) : reject(new Error(`the __typename probe exited with ${code}`)),
    ),
  );
}

const aliased = (count: number, one: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${one(i)}`).join(' ')} }`;
const FACT = 'id type role confidence source { id name } target { id name } evidence(first: 10) { sentence { text } article { title } }';

/** Query templates, each scaled by one number from large to small. */
const templates = (hub: string): Array<{ name: string; scales: number[]; query: (n: number) => string }> => [
  {
    name: 'a neighbourhood with evidence',
    scales: [1000, 700, 500, 350, 250, 200, 150, 100, 70, 50],
    query: (n) =>
      `{ neighborhood(id: "${hub}", depth: 3, limit: ${n}) { truncated nodes { id name kind aliases } relationships { ${FACT} } } }`,
  },
  {
    name: 'aliased neighbourhoods (limit 10) with evidence',
    scales: [30, 25, 20, 15, 10, 5, 2],
    query: (n) =>
      aliased(
        n,
        () => `neighborhood(id: "${hub}", depth: 3, limit: 10) { truncated nodes { id name kind aliases } relationships { ${FACT} } }`,
      ),
  },
  {
    name: 'aliased claim pages',
    scales: [30, 25, 20, 15, 12, 10, 8, 6, 5, 4, 3, 2, 1],
    query: (n) =>
      aliased(
        n,
        () => 'claims(first: 100) { nodes { id text sentence quote form speaker { id name } about { id name } article { id title } } }',
      ),
  },
  {
    name: 'aliased article texts with sentences',
    scales: [30, 25, 20, 15, 12, 10, 8, 7, 6, 5, 4, 3, 2, 1],
    query: (n) => aliased(n, () => 'articles(first: 30) { nodes { id title text sentences(first: 100) { text } } }'),
  },
  {
    name: 'entities with facts and evidence',
    scales: [100, 85, 70, 60, 50, 40, 30, 20],
    query: (n) => `{ entities(first: ${n}) { nodes { id name relationships(first: ${n}) { ${FACT} } } } }`,
  },
];

async function post(url: string, query: string): Promise<{ ok: boolean; bytes: number; code?: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
  return { ok: response.ok && !code, bytes: Buffer.byteLength(text), ...(code ? { code } : {}) };
}

const articles = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const result = await withDatabase({ heap: '2g', log }, async (db) => {
  log(`loading ${articles} generated articles`);
  await measureEndToEnd({ pools: buildPools(42), seed: 42, size: articles }, db.graph, defaultPoolSize(), 100);
  const hub = (await chooseInputs(db.graph)).entities[0]!.id;
  const api = await startApi(db.server.uri, values.api === 'source' ? 'source' : 'compiled');
  try {
    let heaviest = { name: '', query: '', bytes: 0 };
    for (const template of templates(hub)) {
      for (const n of template.scales) {
        const query = template.query(n);
        const answer = await post(api.url, query);
        if (!answer.ok) continue;
        log(`  accepted: ${template.name} at ${n}: ${(answer.bytes / 1e6).toFixed(2)} MB`);
        if (answer.bytes > heaviest.bytes) heaviest = { name: `${template.name} (${n})`, query, bytes: answer.bytes };
        break;
      }
    }
    log(
      `heaviest accepted: ${heaviest.name}, ${(heaviest.bytes / 1e6).toFixed(2)} MB per response; ${connections} connections for ${seconds} s, with { __typename } beside them`,
    );
    const stopSampling = sampleRss(api.child.pid!);
    const [heavy, light] = await Promise.all([
      runApi(api.url, heaviest.query, () => ({}), connections, { seconds }),
      probeTypename(api.url, seconds),
    ]);
    const rss = stopSampling();
    return {
      date: new Date().toISOString(),
      machine: machine(),
      articles,
      heaviest: { template: heaviest.name, responseBytes: heaviest.bytes, queryCharacters: heaviest.query.length },
      heavy: { connections, requestsPerSecond: heavy.requestsPerSecond, latencyMs: heavy.latencyMs, errors: heavy.errors },
      typename: { latencyMs: light.latencyMs, requests: light.requests, errors: light.errors },
      apiRssMb: { peak: rss.peakMb, mean: rss.meanMb },
    };
  } finally {
    await api.stop();
  }
});
log(
  `API RSS peak ${result.apiRssMb.peak} MB (mean ${result.apiRssMb.mean}); { __typename } p50 ${result.typename.latencyMs.p50} ms, p99 ${result.typename.latencyMs.p99} ms (${result.typename.errors} errors); heavy ${result.heavy.requestsPerSecond} req/s, p99 ${result.heavy.latencyMs.p99} ms, ${result.heavy.errors} errors`,
);
mkdirSync(values.out!, { recursive: true });
writeFileSync(path.join(values.out!, `heavy-${articles}.json`), `${JSON.stringify(result, null, 2)}\n`);
if (path.resolve(values.out!) === BENCH_RESULTS) writeBenchmarkDoc();
process.exit(0);
