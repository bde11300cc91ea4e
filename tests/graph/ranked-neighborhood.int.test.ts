import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SEED_FILE } from '../helpers/corpus.js';
import { seededApi, type SeededApi } from '../helpers/api.js';
import { rankedFromScratch } from '../helpers/graph.js';
import { FACT } from '../../src/graph/queries/graph.js';
import { neighboursPerNode } from '../../src/graph/reader.js';

const API_KEY = 'ranked-key';
let api: SeededApi;

beforeAll(async () => {
  api = await seededApi([SEED_FILE, path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt')], { apiKey: API_KEY });
});
afterAll(async () => api?.close());

const NEIGHBOURHOOD = `query($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated nodesTruncated relationshipsTruncated neighboursPerNode
    nodes { id }
    relationships { id source { id } target { id } evidenceCount confidence }
  }
}`;

describe('the ranked neighbourhood', () => {
  it('derives k from limit and depth', () => {
    expect(neighboursPerNode(100, 2)).toBe(9); // 1 + 9 + 81 = 91
    expect(neighboursPerNode(100, 1)).toBe(99);
    expect(neighboursPerNode(7, 2)).toBe(2);
    expect(neighboursPerNode(100, 3)).toBe(4); // 1 + 4 + 16 + 64 = 85
    expect(neighboursPerNode(3, 0)).toBe(1);
  });

  it("keeps every entity's ties ranked at load, after a re-ingest and after a merge", async () => {
    const check = async () => {
      for (const [id, { stored, computed }] of await rankedFromScratch(api.graph)) expect(stored, id).toEqual(computed);
    };
    await check();
    const edited = {
      title: 'Siemens opens lab',
      text: 'Roland Busch, chief executive of Siemens, said Siemens would open a lab in Munich. Wu, a representative of Alibaba, spoke at the World Internet Conference.',
    };
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    const auth = { authorization: `Bearer ${API_KEY}` };
    expect((await api.gql(mutation, { input: edited }, auth)).body.errors).toBeUndefined();
    expect(
      (await api.gql(mutation, { input: { ...edited, text: `${edited.text} Siemens makes trains.` } }, auth)).body.errors,
    ).toBeUndefined();
    await check();
    const [a, b] = (await api.graph.read('MATCH (o:Organization) RETURN o.id AS id ORDER BY o.mentionCount DESC LIMIT 2')).map(
      (r) => r.id as string,
    );
    expect(
      (
        await api.gql(
          'mutation($keep: ID!, $merge: [ID!]!) { mergeEntities(keep: $keep, merge: $merge) { id } }',
          { keep: a, merge: [b] },
          auth,
        )
      ).body.errors,
    ).toBeUndefined();
    await check();
  });

  it('keeps the k strongest neighbours per node and one fact per pair, reading only kept lists and facts by id', async () => {
    const [hub] = await api.graph.read(
      `MATCH (e:Entity) RETURN e.id AS id, e.strongest AS strongest ORDER BY size(e.strongest) DESC, e.id LIMIT 1`,
    );
    expect((hub!.strongest as string[]).length).toBeGreaterThan(3);
    const statements: string[] = [];
    const stop = api.graph.onQuery((cypher) => statements.push(cypher));
    const { body } = await api.gql(NEIGHBOURHOOD, { id: hub!.id, depth: 2, limit: 7 });
    stop();
    expect(body.errors).toBeUndefined();
    const n = body.data!.neighborhood;
    expect(n.neighboursPerNode).toBe(2);
    expect(n.nodes.length).toBeLessThanOrEqual(7);
    expect(n.nodesTruncated).toBe(true);
    expect(n.truncated).toBe(true);
    // The seed, then its two strongest ties.
    expect(n.nodes.slice(0, 3).map((x: { id: string }) => x.id)).toEqual([hub!.id, ...(hub!.strongest as string[]).slice(0, 2)]);
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    const pairs = n.relationships.map((r: { source: { id: string }; target: { id: string } }) =>
      [r.source.id, r.target.id].sort().join(' '),
    );
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of n.relationships) expect(ids.has(r.source.id) && ids.has(r.target.id)).toBe(true);
    expect(n.relationships.length).toBeGreaterThanOrEqual(n.nodes.length - 1); // at least the ties that reached each node
    // No statement walks facts: the hub's own facts are never expanded.
    expect(statements.length).toBeGreaterThan(0);
    for (const cypher of statements) expect(cypher, cypher).not.toContain(`:${FACT}`);
  });

  it('returns the ties that reached each node, then the strongest pairs, at most relationshipsPerNode per node', async () => {
    const [hub] = await api.graph.read(`MATCH (e:Entity) RETURN e.id AS id ORDER BY size(e.strongest) DESC, e.id LIMIT 1`);
    const query = `query($id: ID!, $per: Int) { neighborhood(id: $id, depth: 2, limit: 40, relationshipsPerNode: $per) {
      relationshipsTruncated nodes { id } relationships { id source { id } target { id } } } }`;
    const every = (await api.gql(query, { id: hub!.id, per: 10 })).body;
    const one = (await api.gql(query, { id: hub!.id, per: 1 })).body;
    expect(every.errors).toBeUndefined();
    expect(one.errors).toBeUndefined();
    const nodes = one.data!.neighborhood.nodes.map((x: { id: string }) => x.id) as string[];
    expect(every.data!.neighborhood.nodes.map((x: { id: string }) => x.id)).toEqual(nodes);
    type Fact = { id: string; source: { id: string }; target: { id: string } };
    const kept = one.data!.neighborhood.relationships as Fact[];
    const all = every.data!.neighborhood.relationships as Fact[];
    // The cap binds here, and what it keeps is a part of the uncapped answer.
    expect(all.length).toBeGreaterThan(nodes.length);
    expect(kept.length).toBe(nodes.length);
    expect(one.data!.neighborhood.relationshipsTruncated).toBe(true);
    const allIds = new Set(all.map((f) => f.id));
    for (const f of kept) expect(allIds.has(f.id), f.id).toBe(true);
    // Every node is still reached from the seed through the facts kept.
    const reached = new Set([hub!.id as string]);
    for (let grew = true; grew;) {
      grew = false;
      for (const f of kept) {
        const [a, b] = [f.source.id, f.target.id];
        if (reached.has(a) !== reached.has(b)) {
          reached.add(reached.has(a) ? b : a);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...nodes].sort());
    const refused = await api.gql(query, { id: hub!.id, per: 0 });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("reads no fact when only the facts' ids, types and ends are asked, and each fact's stored details when they are", async () => {
    const [hub] = await api.graph.read(`MATCH (e:Entity) RETURN e.id AS id ORDER BY size(e.strongest) DESC, e.id LIMIT 1`);
    const statements: string[] = [];
    const stop = api.graph.onQuery((cypher) => statements.push(cypher));
    const bare = await api.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 20) { relationships { id type source { id } target { id } } } }`,
      {
        id: hub!.id,
      },
    );
    stop();
    expect(bare.body.errors).toBeUndefined();
    const facts = bare.body.data!.neighborhood.relationships as Array<{
      id: string;
      type: string;
      source: { id: string };
      target: { id: string };
    }>;
    expect(facts.length).toBeGreaterThan(2);
    for (const f of facts) expect(f.id).toBe(`${f.source.id}|${f.type}|${f.target.id}`);
    expect(statements.filter((c) => c.includes('r.id = id'))).toEqual([]);

    const detailed = await api.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 20) { relationships { id role confidence evidenceCount } } }`,
      { id: hub!.id },
    );
    expect(detailed.body.errors).toBeUndefined();
    const stored = await api.graph.read(
      `UNWIND $ids AS id MATCH ()-[r]->() WHERE r.id = id RETURN r.id AS id, r.role AS role, r.confidence AS confidence, size(r.evidence) AS evidence`,
      { ids: facts.map((f) => f.id) },
    );
    const byId = new Map(stored.map((r) => [r.id as string, r]));
    for (const f of detailed.body.data!.neighborhood.relationships as Array<{
      id: string;
      role: string | null;
      confidence: number;
      evidenceCount: number;
    }>) {
      expect(f.evidenceCount, f.id).toBe(Number(byId.get(f.id)!.evidence));
      expect(f.role, f.id).toBe(byId.get(f.id)!.role ?? null);
      expect(f.confidence, f.id).toBeCloseTo(byId.get(f.id)!.confidence as number, 2);
    }
  });

  it('walks facts as before when filtered, and says so', async () => {
    // The merge above may have folded any organisation into another: take one that exists now.
    const [row] = await api.graph.read(
      'MATCH (o:Organization)-[:AFFILIATED_WITH]-(:Person) RETURN o.id AS id ORDER BY o.mentionCount DESC LIMIT 1',
    );
    const { body } = await api.gql(
      'query($id: ID!) { neighborhood(id: $id, depth: 1, kinds: [PERSON]) { neighboursPerNode nodes { id kind } } }',
      {
        id: row!.id,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.neighborhood.neighboursPerNode).toBeNull();
    const neighbours = body.data!.neighborhood.nodes.slice(1);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours.every((x: { kind: string }) => x.kind === 'PERSON')).toBe(true);
  });

  it("says where it cut a node's ties, and ties(after:) pages on from there in rank order", async () => {
    const [hub] = await api.graph.read(
      `MATCH (e:Entity) RETURN e.id AS id, e.strongest AS strongest ORDER BY size(e.strongest) DESC, e.id LIMIT 1`,
    );
    const strongest = hub!.strongest as string[];
    const { body } = await api.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 3) { nodes { id } cutAt { node { id } after } } }`,
      { id: hub!.id },
    );
    expect(body.errors).toBeUndefined();
    const cut = body.data!.neighborhood.cutAt;
    expect(cut).toEqual([{ node: { id: hub!.id }, after: expect.any(String) }]);
    const TIES = `query($id: ID!, $after: String, $first: Int) {
      entity(id: $id) { ties(first: $first, after: $after) {
        nodes { node { id } relationship { id source { id } target { id } } }
        pageInfo { hasNextPage endCursor }
      } }
    }`;
    const rest = await api.gql(TIES, { id: hub!.id, after: cut[0].after, first: 2 });
    expect(rest.body.errors).toBeUndefined();
    const page = rest.body.data!.entity.ties;
    // The ties after the two the neighbourhood kept, in the order kept at load.
    expect(page.nodes.map((t: { node: { id: string } }) => t.node.id)).toEqual(strongest.slice(2, 4));
    for (const t of page.nodes) expect([t.relationship.source.id, t.relationship.target.id]).toContain(hub!.id);
    expect(page.pageInfo.hasNextPage).toBe(strongest.length > 4);
    // Page by page from the start, the ties are the ranked list once each.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const next = await api.gql(TIES, { id: hub!.id, after, first: 2 });
      const ties = next.body.data!.entity.ties;
      seen.push(...ties.nodes.map((t: { node: { id: string } }) => t.node.id));
      after = ties.pageInfo.hasNextPage ? ties.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(strongest);
    // A cursor belongs to its entity.
    const other = strongest[0]!;
    const refused = await api.gql(TIES, { id: other, after: cut[0].after, first: 2 });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
