import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { toNumber } from '../../src/graph/driver.js';
import { ingestArticle, ingestPaths } from '../../src/ingest/ingest.js';
import { migrate } from '../../src/graph/migrations.js';
import { GraphReader } from '../../src/graph/reader.js';
import { exportAround } from '../../src/graph/export-graph.js';
import { clearGraph, countGraph, testGraph } from '../helpers/graph.js';
import { FIXTURES, readTxt, SEED_FILE } from '../helpers/corpus.js';

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await clearGraph(graph);
});
afterAll(async () => graph?.close());

const one = async (cypher: string, params: Record<string, unknown> = {}) => (await graph.read(cypher, params))[0];

describe('loading the seed article into Neo4j', () => {
  it('holds the facts the issue names, each with its evidence sentence', async () => {
    const summary = await ingestPaths(graph, [SEED_FILE]);
    expect(summary.errors).toEqual([]);
    const affiliation = await one(
      `MATCH (:Person {id: 'person:wu'})-[r:AFFILIATED_WITH]->(:Organization {id: 'organization:alibaba'})
       UNWIND r.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN r.role AS role, s.text AS text`,
    );
    expect(affiliation?.role).toBe('representative');
    expect(affiliation?.text).toContain('Wu, a representative from the company');
    expect(
      await one(
        `MATCH (:Person {id:'person:wu'})-[:SPOKE_AT]->(e:Event {id:'event:world-internet-conference'}) RETURN e.aliases AS aliases`,
      ),
    ).toMatchObject({ aliases: expect.arrayContaining(['Wuzhen summit']) });
    expect(
      await one(
        `MATCH (:Event {id:'event:world-internet-conference'})-[:HELD_IN]->(p:Place {id:'place:wuzhen'})-[:LOCATED_IN]->(z:Place {id:'place:zhejiang'}) RETURN z.name AS name`,
      ),
    ).toMatchObject({ name: 'Zhejiang' });
    const industries = await one(`MATCH (i:Industry) RETURN collect(i.id) AS ids`);
    expect(industries?.ids).toEqual(
      expect.arrayContaining(['industry:healthcare', 'industry:finance', 'industry:manufacturing', 'industry:retail']),
    );
    expect(await one(`MATCH (o:Organization {id: 'organization:news-directory-3'}) RETURN o.name AS name`)).toMatchObject({
      name: 'News Directory 3',
    });
  });

  it("stores Wu's claims with their sentences and never an interviewer question", async () => {
    const row = await one(
      `MATCH (c:Claim)-[:STATED_BY]->(:Person {id: 'person:wu'}) MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)
       RETURN count(c) AS claims, sum(CASE WHEN c.sentence = s.text THEN 1 ELSE 0 END) AS exact`,
    );
    expect(toNumber(row?.claims)).toBeGreaterThanOrEqual(10);
    expect(toNumber(row?.exact)).toBe(toNumber(row?.claims));
    expect(toNumber((await one(`MATCH (c:Claim) WHERE c.sentence CONTAINS '?' RETURN count(c) AS n`))?.n)).toBe(0);
    expect(
      toNumber((await one(`MATCH (c:Claim)-[:STATED_BY]->(:Organization {id: 'organization:news-directory-3'}) RETURN count(c) AS n`))?.n),
    ).toBe(0);
  });

  it('labels each claim with its form, and migrate labels claims loaded before form labels', async () => {
    const byForm = async () =>
      (
        await graph.read(
          `MATCH (c:Claim) RETURN c.form AS form, count(c) AS n, sum(CASE WHEN ${labelled} THEN 1 ELSE 0 END) AS labelled ORDER BY form`,
        )
      ).map((r) => ({ form: r.form, n: toNumber(r.n), labelled: toNumber(r.labelled) }));
    const labelled =
      "(c.form = 'direct' AND c:DirectClaim) OR (c.form = 'indirect' AND c:IndirectClaim) OR (c.form = 'interview' AND c:InterviewClaim)";
    const loaded = await byForm();
    expect(loaded.length).toBeGreaterThanOrEqual(2);
    for (const row of loaded) expect(row.labelled).toBe(row.n);
    const stats = await new GraphReader(graph).stats();
    expect(stats.claimsByForm).toEqual(loaded.map((r) => ({ key: r.form, count: r.n })));

    await graph.write((tx) => tx.run('MATCH (c:Claim) REMOVE c:DirectClaim:IndirectClaim:InterviewClaim'));
    expect((await byForm()).every((r) => r.labelled === 0)).toBe(true);
    await migrate(graph);
    expect(await byForm()).toEqual(loaded);
  });

  it('worker threads and one batch give exactly the graph of one article per transaction', async () => {
    const folder = path.join(FIXTURES, 'eval', 'articles');
    const snapshot = async () => ({
      counts: await countGraph(graph),
      entities: await graph.read(`MATCH (e:Entity) RETURN e.id AS id, e.mentionCount AS mentions, e.aliases AS aliases ORDER BY id`),
      facts: await graph.read(
        `MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id, r.evidence AS evidence, r.articles AS articles ORDER BY id`,
      ),
      claims: await graph.read(
        `MATCH (c:Claim)-[:EVIDENCED_BY]->(s) RETURN c.id AS id, s.id AS sentence, COUNT { (c)--() } AS links ORDER BY id`,
      ),
    });
    await clearGraph(graph);
    await ingestPaths(graph, [folder], { batchSize: 1, workers: 0 });
    const oneByOne = await snapshot();
    await clearGraph(graph);
    const summary = await ingestPaths(graph, [folder], { batchSize: 100, workers: 2 });
    expect(summary.errors).toEqual([]);
    expect(oneByOne.entities.length).toBeGreaterThan(20);
    expect(await snapshot()).toEqual(oneByOne);
    await clearGraph(graph);
    await ingestPaths(graph, [SEED_FILE]);
  });

  it('seeding twice leaves the same graph', async () => {
    const before = await countGraph(graph);
    const again = await ingestPaths(graph, [SEED_FILE]);
    expect(again.unchanged).toBe(1);
    expect(await countGraph(graph)).toEqual(before);
  });

  it('reports a broken file by name while the others load', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-mixed-'));
    cpSync(path.join(FIXTURES, 'broken'), dir, { recursive: true });
    cpSync(path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt'), path.join(dir, 'good.txt'));
    const summary = await ingestPaths(graph, [dir]);
    expect(summary.articles).toBe(1);
    expect(summary.errors.map((e) => path.basename(e.file)).sort()).toEqual(['empty-body.txt', 'truncated.json']);
    expect(summary.errors.find((e) => e.file.endsWith('truncated.json'))?.reason).toMatch(/not valid JSON/);
    expect(await one(`MATCH (p:Person {id: 'person:roland-busch'}) RETURN p.name AS name`)).toMatchObject({ name: 'Roland Busch' });
  });

  it('re-ingesting an edited article replaces exactly its facts', async () => {
    const input = readTxt(path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt'));
    const seedCount = await one(`MATCH (a:Article)-[:HAS_SENTENCE]->(s) WHERE a.title STARTS WITH 'Alibaba' RETURN count(s) AS n`);
    const edited = {
      ...input,
      body: input.body.replace('Maria Keller, an analyst at Commerzbank,', 'Tom Reed, an analyst at Deutsche Bank,'),
    };
    const result = await ingestArticle(graph, edited);
    expect(result.changed).toBe(true);
    expect(await one(`MATCH (p:Person {id: 'person:maria-keller'}) RETURN count(p) AS n`)).toMatchObject({ n: expect.anything() });
    expect(toNumber((await one(`MATCH (p:Person {id: 'person:maria-keller'}) RETURN count(p) AS n`))?.n)).toBe(0);
    expect(toNumber((await one(`MATCH (:Person {id: 'person:tom-reed'})-[:AFFILIATED_WITH]->(o) RETURN count(o) AS n`))?.n)).toBe(1);
    const seedAfter = await one(`MATCH (a:Article)-[:HAS_SENTENCE]->(s) WHERE a.title STARTS WITH 'Alibaba' RETURN count(s) AS n`);
    expect(toNumber(seedAfter?.n)).toBe(toNumber(seedCount?.n));
    expect(toNumber((await one(`MATCH (:Person {id:'person:wu'})-[r:AFFILIATED_WITH]->() RETURN count(r) AS n`))?.n)).toBe(1);
  });
});

describe('entities of different articles', () => {
  const article = (title: string, body: string) => ({
    title,
    body,
    url: `https://example.test/${title.toLowerCase().replace(/\W+/g, '-')}`,
  });

  it('keeps apart people and bodies that share only a surname or a brand, and joins a full name', async () => {
    await clearGraph(graph);
    await ingestArticle(
      graph,
      article(
        'Leeds school wins science prize',
        'Peter Brown, a chemistry teacher at Hollin Grove School in Leeds, said the prize would pay for a new laboratory. Brown said his pupils had earned it. Corrandel Capital, the school’s sponsor, said it was proud. Corrandel said it would fund two more years.',
      ),
    );
    await ingestArticle(
      graph,
      article(
        'Devon farm opens cider mill',
        'Gordon Brown, a farmer near Totnes in Devon, said the mill would press 40 tonnes of apples a year. Brown said the orchard was planted by his grandfather. Corrandel Logistics, which will carry the cider, said demand was strong. Peter Brown, the Leeds teacher, sent his congratulations, Corrandel said.',
      ),
    );
    const ids = async (label: string) =>
      (await graph.read<{ id: string }>(`MATCH (e:${label}) RETURN e.id AS id ORDER BY id`)).map((r) => r.id);
    expect(await ids('Person')).toEqual(expect.arrayContaining(['person:gordon-brown', 'person:peter-brown']));
    expect(await ids('Organization')).toEqual(
      expect.arrayContaining(['organization:corrandel-capital', 'organization:corrandel-logistics']),
    );
    // The teacher named in full in both articles is one person, mentioned in both.
    const teacher = await one(
      `MATCH (p:Person {id: 'person:peter-brown'})<-[:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(a:Article) RETURN count(DISTINCT a) AS n`,
    );
    expect(toNumber(teacher?.n)).toBe(2);
  });
});

describe("an entity's display name", () => {
  it('is written in ordinary case when any article writes it so, in either order of loading', async () => {
    const shouted = {
      title: 'Packers walk out',
      body: 'Workers at KESTREL FOODS in Leeds walked out on Monday, the union said.',
      url: 'https://example.test/packers-walk-out',
    };
    const cased = {
      title: 'Plant to reopen',
      body: 'Kestrel Foods said its Leeds plant would reopen.',
      url: 'https://example.test/plant-reopens',
    };
    for (const order of [
      [shouted, cased],
      [cased, shouted],
    ]) {
      await clearGraph(graph);
      for (const input of order) await ingestArticle(graph, input);
      const row = await one(`MATCH (e:Organization {id: 'organization:kestrel-foods'}) RETURN e.name AS name, e.aliases AS aliases`);
      expect(row?.name).toBe('Kestrel Foods');
      expect(row?.aliases).toContain('KESTREL FOODS');
    }
  });
});

describe('ids of entities folded into others', () => {
  it('still answer, with the entity that absorbed them, in any order of loading', async () => {
    const named = {
      title: 'Ferry fares to rise',
      body: 'The Northern Ferry Authority (NFA) said on Monday that fares would rise by 4 percent in April. The NFA said fuel costs had doubled.',
      url: 'https://example.test/ferry-fares',
    };
    const acronym = {
      title: 'Ferry strike called off',
      body: 'A strike by crews at the NFA, the state ferry operator, was called off on Tuesday after talks.',
      url: 'https://example.test/ferry-strike',
    };
    const reader = new GraphReader(graph);
    const snapshots = [];
    for (const order of [
      [named, acronym],
      [acronym, named],
    ]) {
      await clearGraph(graph);
      for (const input of order) await ingestArticle(graph, input);
      // The least id names the joined entity; the other, stored first in one order, was folded into it.
      const found = await reader.entitiesByIds(['organization:northern-ferry-authority', 'organization:nfa']);
      expect(found.get('organization:northern-ferry-authority')?.id).toBe('organization:nfa');
      expect(found.get('organization:nfa')?.name).toBe('NFA');
      const exported = await exportAround(reader, ['organization:northern-ferry-authority'], 0, 100);
      expect(exported.nodes.map((n) => n.id)).toEqual(['organization:nfa']);
      snapshots.push(await countGraph(graph));
    }
    expect(snapshots[0]).toEqual(snapshots[1]);
  });
});
