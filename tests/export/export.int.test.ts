import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherStatements, cypherString, toCypher } from '../../src/export/cypher.js';
import { CSV_ARRAY_DELIMITER } from '../../src/export/csv.js';
import { exportFile } from '../../src/export/index.js';
import { NEO4J_PROJECT } from '../../src/paths.js';
import { toNumber, type Graph } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/app.js';
import { listen, seededApi, type SeededApi } from '../helpers/api.js';
import { SEED_FILE } from '../helpers/corpus.js';
import { expandJsonLd, readWithCytoscape, readWithNetworkx } from '../helpers/consumers.js';
import { smallGraph, TRICKY } from '../helpers/export-fixture.js';
import { clearGraph, throwawayNeo4j, type ThrowawayNeo4j } from '../helpers/graph.js';

// The source graph is the run's shared Neo4j; exports are loaded into a second, empty one.
let api: SeededApi;
let source: Graph;
let base: string;
let empty: ThrowawayNeo4j;
let target: Graph;

beforeAll(async () => {
  api = await seededApi([SEED_FILE]);
  ({ graph: source, base } = api);
  empty = await throwawayNeo4j('import');
  target = empty.graph;
}, 180_000);

afterAll(async () => {
  await api?.close();
  await empty?.close();
});

const download = async (format: string) => {
  const response = await fetch(`${base}/export?format=${format}&seed=organization:alibaba&depth=2`);
  expect(
    response.status,
    await response
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  return response;
};

async function counts(graph: Graph) {
  const [row] = await graph.read(
    'CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return { nodes: toNumber(row?.nodes), relationships: toNumber(row?.rels) };
}

async function runScript(graph: Graph, script: string) {
  for (const statement of cypherStatements(script)) await graph.write((tx) => tx.run(statement));
}

/** LOAD CSV of the neo4j-admin layout: the same files `neo4j-admin database import` takes. */
async function loadCsv(graph: Graph, nodesFile: string, relsFile: string) {
  const split = `split(coalesce(row['aliases:string[]'], ''), '${CSV_ARRAY_DELIMITER}')`;
  await graph.write((tx) =>
    tx.run(
      `LOAD CSV WITH HEADERS FROM $nodes AS row
      MERGE (n:Entity {id: row['id:ID']})
      SET n.name = row.name, n.kind = row.kind, n.mentionCount = toInteger(row['mentionCount:int']),
          n.aliases = [a IN ${split} WHERE a <> '']`,
      { nodes: `file://${nodesFile}` },
    ),
  );
  await graph.write((tx) =>
    tx.run(
      `LOAD CSV WITH HEADERS FROM $rels AS row
      MATCH (a:Entity {id: row[':START_ID']}), (b:Entity {id: row[':END_ID']})
      CALL (a, b, row) { MERGE (a)-[r:REL {type: row[':TYPE']}]->(b) SET r.role = row.role, r.confidence = toFloat(row['confidence:double']) }`,
      { rels: `file://${relsFile}` },
    ),
  );
}

describe('exports of the seeded Alibaba neighbourhood (2 hops)', () => {
  it('open in every consumer with the same node and edge counts', async () => {
    const { body } = await await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // subgraph walks every fact, as the download does; neighborhood keeps the strongest per pair.
      body: JSON.stringify({
        query: '{ subgraph(ids: ["organization:alibaba"], depth: 2, limit: 1000) { nodes { id } relationships { id } } }',
      }),
    }).then(async (r) => ({ body: (await r.json()) as any }));
    const expected = { nodes: body.data.subgraph.nodes.length, edges: body.data.subgraph.relationships.length };
    expect(expected.nodes).toBeGreaterThanOrEqual(8);

    const graphml = await (await download('graphml')).text();
    expect((await download('graphml')).headers.get('content-disposition')).toMatch(
      /attachment; filename="newsgraph-organization_alibaba-d2\.graphml"/,
    );
    expect(readWithNetworkx(graphml, 'graphml')).toMatchObject(expected);
    expect(readWithNetworkx(await (await download('gexf')).text(), 'gexf')).toMatchObject(expected);
    const cytoscapeJson = await (await download('cytoscape')).text();
    const cy = readWithCytoscape(cytoscapeJson);
    expect({ nodes: cy.nodes, edges: cy.edges }).toEqual(expected);
    // Each evidence sentence has its article's title at the same place, repeated for sentences of one article.
    const edgeData = (
      JSON.parse(cytoscapeJson) as { elements: { edges: Array<{ data: { evidence: string[]; articles: string[] } }> } }
    ).elements.edges.map((e) => e.data);
    expect(edgeData.some((d) => d.evidence.length > 1)).toBe(true);
    for (const d of edgeData) expect(d.articles.length).toBe(d.evidence.length);
    const expanded = (await expandJsonLd(await (await download('jsonld')).text())) as Array<Record<string, unknown>>;
    expect(
      expanded.filter((n) =>
        (n['@type'] as string[] | undefined)?.some((t) => /schema\.org\/(Person|Organization|Event|Place|DefinedTerm)$/.test(t)),
      ).length,
    ).toBe(expected.nodes);
    expect(expanded.some((n) => (n['@type'] as string[] | undefined)?.includes('https://schema.org/Claim'))).toBe(true);

    await clearGraph(target);
    await runScript(target, await (await download('cypher')).text());
    expect(await counts(target)).toEqual({ nodes: expected.nodes, relationships: expected.edges });
    const [wu] = await target.read(
      "MATCH (p:Person {id: 'person:wu'})-[r:AFFILIATED_WITH]->(o) RETURN r.role AS role, o.name AS org, size(r.evidence) AS evidence",
    );
    expect(wu).toMatchObject({ role: 'representative', org: 'Alibaba' });

    const zip = Buffer.from(await (await download('csv')).arrayBuffer());
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-csv-'));
    writeFileSync(path.join(dir, 'export.zip'), zip);
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
      path.join(dir, 'export.zip'),
      dir,
    ]);
    await clearGraph(target);
    await loadCsv(target, path.join(dir, 'nodes.csv'), path.join(dir, 'relationships.csv'));
    expect(await counts(target)).toEqual({ nodes: expected.nodes, relationships: expected.edges });
    // The file starts with a UTF-8 byte order mark for spreadsheets; LOAD CSV (above) reads past it.
    expect(readFileSync(path.join(dir, 'nodes.csv'), 'utf8').split('\n')[0]).toBe(
      '\uFEFFid:ID,name,kind,aliases:string[],mentionCount:int,:LABEL',
    );
  }, 120_000);
});

describe('hostile names survive the database round trips', () => {
  it('through the Cypher script and the CSV tables', async () => {
    await clearGraph(target);
    await runScript(target, toCypher(smallGraph));
    const names = async () =>
      Object.fromEntries((await target.read('MATCH (n:Entity) RETURN n.id AS id, n.name AS name')).map((r) => [r.id, r.name]));
    const expected = Object.fromEntries(smallGraph.nodes.map((n) => [n.id, n.name]));
    expect(await names()).toEqual(expected);
    // The script writes line separators as escapes; Neo4j reads them back as the characters.
    const [separator] = await target.read(`RETURN ${cypherString('a\u2028b')} AS text`);
    expect(separator?.text).toBe('a\u2028b');
    const [role] = await target.read('MATCH ()-[r:AFFILIATED_WITH]->() RETURN r.role AS role, r.evidence AS evidence');
    expect(role).toEqual({ role: 'chief "fun" officer', evidence: ['She said, "a < b & c".'] });

    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-csv-small-'));
    mkdirSync(dir, { recursive: true });
    const { toNodesCsv, toRelationshipsCsv } = await import('../../src/export/csv.js');
    writeFileSync(path.join(dir, 'nodes.csv'), toNodesCsv(smallGraph));
    writeFileSync(path.join(dir, 'relationships.csv'), toRelationshipsCsv(smallGraph));
    await clearGraph(target);
    await loadCsv(target, path.join(dir, 'nodes.csv'), path.join(dir, 'relationships.csv'));
    expect(await names()).toEqual(expected);
    const [alias] = await target.read("MATCH (n:Entity {id: 'person:zoe-obrien'}) RETURN n.aliases AS aliases");
    expect(alias?.aliases).toEqual(['Zoë', "O'Brien, Z."]);
    expect(expected['event:forum']).toBe(TRICKY.event);
  }, 60_000);

  // Run asynchronously: a blocked event loop leaves this process's keep-alive sockets to the API stale.
  it('through neo4j-admin database import, as the README gives the command', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-admin-import-'));
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'export.zip'), exportFile('CSV', smallGraph).body as Buffer);
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
      path.join(dir, 'export.zip'),
      dir,
    ]);
    const { stdout: output } = await promisify(execFile)(
      'java',
      [
        '-cp',
        path.join(NEO4J_PROJECT, 'target', 'lib', '*'),
        'org.neo4j.cli.AdminTool',
        ...['database', 'import', 'full', 'neo4j', '--array-delimiter=|', '--multiline-fields=true'],
        `--nodes=${path.join(dir, 'nodes.csv')}`,
        `--relationships=${path.join(dir, 'relationships.csv')}`,
      ],
      { env: { ...process.env, NEO4J_HOME: dir, NEO4J_CONF: path.join(dir, 'conf') }, timeout: 120_000 },
    );
    expect(output).toMatch(new RegExp(`Imported:\\s+${smallGraph.nodes.length} nodes\\s+${smallGraph.edges.length} relationships`));
  }, 150_000);
});

describe('export limits and bad requests', () => {
  it('answers clear errors for a bad format, no seed, an unknown id and too many nodes', async () => {
    expect((await fetch(`${base}/export?format=pdf&seed=organization:alibaba`)).status).toBe(400);
    expect(await (await fetch(`${base}/export?format=graphml`)).json()).toMatchObject({ error: expect.stringMatching(/seed=/) });
    expect((await fetch(`${base}/export?format=graphml&seed=person:nobody`)).status).toBe(404);
    const small = await createApp({ graph: source, limits: { maxExportNodes: 3 } });
    const smallBase = await listen(small);
    const tooBig = await fetch(`${smallBase}/export?format=graphml&seed=organization:alibaba&depth=2`);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: expect.stringMatching(/more than 3 nodes/) });
    await small.stop();
  });

  it('takes the same fields as a POSTed form, for views whose ids do not fit in a URL', async () => {
    const form = (body: string, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }) =>
      fetch(`${base}/export`, { method: 'POST', headers, body });
    // 1 000 ids, half of them repeats of the two real ones: far past what a URL may hold.
    const ids = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'organization:alibaba' : 'person:wu')).join(',');
    const posted = await form(new URLSearchParams({ format: 'graphml', ids: `${ids},${'x'.repeat(20_000)}`, depth: '0' }).toString());
    expect(posted.status).toBe(404); // the long id is no entity, and says so
    expect(await posted.json()).toMatchObject({ code: 'NOT_FOUND', error: expect.stringContaining('xxxx') });
    const ok = await form(new URLSearchParams({ format: 'graphml', ids, depth: '0' }).toString());
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.graphml"/);
    expect(await ok.text()).toMatch(/Alibaba[\s\S]*Wu|Wu[\s\S]*Alibaba/);
    expect((await form('format=graphml&ids=person:wu', { 'content-type': 'application/json' })).status).toBe(415);
    // A form past 2 MiB is refused in the export's own shape, not GraphQL's.
    const huge = await form(`format=graphml&ids=${'x'.repeat(3 * 1024 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', error: expect.any(String) });
    const put = await fetch(`${base}/export?format=graphml&seed=person:wu`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });

  it('answers a URL too long for Node with JSON that points to the form, not an empty 431', async () => {
    const ids = Array.from({ length: 800 }, (_, i) => `organization:company-number-${i}`).join(',');
    const response = await fetch(`${base}/export?format=graphml&ids=${ids}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({ code: 'HEADERS_TOO_LARGE', error: expect.stringMatching(/POST \/export/) });
  });

  it('answers a URL with unencoded letters outside ASCII with a JSON 400, not an empty one', async () => {
    const { hostname, port } = new URL(base);
    const raw = await new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = net.connect(Number(port), hostname, () =>
        socket.write(Buffer.from('GET /export?format=graphml&seed=person:maria-zołtowska HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')),
      );
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({
      code: 'BAD_REQUEST',
      error: expect.stringMatching(/percent-encode/),
    });
  });

  it('refuses loose parameters instead of guessing: an empty or hexadecimal depth, one unknown seed among known ones', async () => {
    for (const depth of ['', '0x2', '1.0', '-1', ' 1']) {
      const response = await fetch(`${base}/export?format=graphml&seed=person:wu&depth=${encodeURIComponent(depth)}`);
      expect(response.status, depth).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BAD_REQUEST', error: expect.stringMatching(/depth must be an integer/) });
    }
    const mixed = await fetch(`${base}/export?format=graphml&seed=person:wu&seed=person:nobody`);
    expect(mixed.status).toBe(404);
    expect(await mixed.json()).toEqual({ code: 'NOT_FOUND', error: 'No entity with id person:nobody.' });
  });

  it('asks for the key when reads require it', async () => {
    const locked = await createApp({ graph: source, apiKey: 'secret', requireKeyForReads: true });
    const lockedBase = await listen(locked);
    try {
      const url = `${lockedBase}/export?format=graphml&seed=person:wu`;
      const refused = await fetch(url);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await fetch(url, { headers: { authorization: 'Bearer secret' } })).status).toBe(200);
    } finally {
      await locked.stop();
    }
  });

  it('exports through GraphQL too', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ neighborhood(id: "person:wu", depth: 1) { export(format: CSV, table: RELATIONSHIPS) } path(from: "person:wu", to: "place:wuzhen") { export(format: GRAPHML) } }',
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.neighborhood.export.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,id,role,confidence:double,evidence:string[],articles:string[],weight:int',
    );
    expect(readWithNetworkx(body.data.path.export, 'graphml')).toMatchObject({ nodes: 3, edges: 2 });
  });
});
