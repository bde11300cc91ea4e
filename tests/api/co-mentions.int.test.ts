import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedApi } from '../helpers/dated-corpus.js';
import type { SeededApi } from '../helpers/api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await datedApi();
});
afterAll(async () => api?.close());

const SEED = 'organization:bank-of-england';

async function sentencesOf(id: string): Promise<{ sentences: Set<string>; articles: Set<string> }> {
  const { body } = await api.gql('query($id: ID!) { entity(id: $id) { mentions(first: 100) { sentence { id article { id } } } } }', { id });
  const mentions = body.data!.entity.mentions as Array<{ sentence: { id: string; article: { id: string } } }>;
  return { sentences: new Set(mentions.map((m) => m.sentence.id)), articles: new Set(mentions.map((m) => m.sentence.article.id)) };
}

describe('coMentions', () => {
  it('ranks the entities named in the same sentences, with counts and the sentences', async () => {
    const { body } = await api.gql(`{ coMentions(id: "${SEED}", first: 10) { count entity { id name } examples { id text } } }`);
    expect(body.errors).toBeUndefined();
    const together = body.data!.coMentions as Array<{
      count: number;
      entity: { id: string; name: string };
      examples: Array<{ id: string; text: string }>;
    }>;
    expect(together.length).toBeGreaterThan(2);
    const counts = together.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const seed = await sentencesOf(SEED);
    for (const t of together.slice(0, 4)) {
      const other = await sentencesOf(t.entity.id);
      const shared = [...seed.sentences].filter((s) => other.sentences.has(s));
      expect(t.count, t.entity.id).toBe(shared.length);
      expect(t.examples.length).toBe(Math.min(3, shared.length));
      for (const e of t.examples) expect(shared).toContain(e.id);
    }
  });

  it('counts shared articles at ARTICLE level, and filters by kind', async () => {
    const { body } = await api.gql(
      `{ coMentions(id: "${SEED}", level: ARTICLE, kinds: [PERSON, PLACE], first: 5) { count entity { id kind } examples { article { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const seed = await sentencesOf(SEED);
    expect(body.data!.coMentions.length).toBeGreaterThan(0);
    for (const t of body.data!.coMentions) {
      expect(['PERSON', 'PLACE']).toContain(t.entity.kind);
      const other = await sentencesOf(t.entity.id);
      expect(t.count).toBe([...seed.articles].filter((a) => other.articles.has(a)).length);
      for (const e of t.examples) expect(seed.articles.has(e.article.id)).toBe(true);
    }
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { body } = await api.gql('{ coMentions(id: "person:nobody") { count } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('co-mention edges in exports', () => {
  type Element = { group?: string; data: { id: string; source?: string; target?: string; type?: string; weight?: number } };
  const isolated = (elements: Element[]) => {
    const nodes = elements.filter((e) => !e.data.source).map((e) => e.data.id);
    const linked = new Set(elements.filter((e) => e.data.source).flatMap((e) => [e.data.source!, e.data.target!]));
    return nodes.filter((n) => !linked.has(n));
  };

  it('link entities that share sentences, weighted, in GraphQL and /export', async () => {
    // Entities mentioned in the seed's sentences, most of them without a fact between them.
    const ids = [
      SEED,
      ...(await api.gql(`{ coMentions(id: "${SEED}", first: 15) { entity { id } } }`)).body.data!.coMentions.map(
        (t: { entity: { id: string } }) => t.entity.id,
      ),
    ];
    const query = 'query($ids: [ID!]!, $c: CoMentionLevel) { subgraph(ids: $ids) { export(format: CYTOSCAPE, coMentions: $c) } }';
    const plain = JSON.parse((await api.gql(query, { ids })).body.data!.subgraph.export) as { elements: Element[] };
    const withCo = JSON.parse((await api.gql(query, { ids, c: 'SENTENCE' })).body.data!.subgraph.export) as { elements: Element[] };
    const all = (g: { elements: Element[] | { nodes: Element[]; edges: Element[] } }) =>
      Array.isArray(g.elements) ? g.elements : [...g.elements.nodes, ...g.elements.edges];
    expect(isolated(all(plain)).length).toBeGreaterThan(3);
    expect(isolated(all(withCo))).toEqual([]);
    const co = all(withCo).filter((e) => e.data.type === 'CO_MENTIONED');
    expect(co.every((e) => Number.isInteger(e.data.weight) && e.data.weight! >= 1)).toBe(true);
    const response = await fetch(`${api.base}/export?format=gexf&seed=${encodeURIComponent(SEED)}&depth=1&coMentions=sentence`);
    expect(response.status).toBe(200);
    const gexf = await response.text();
    expect(gexf).toMatch(/kind="CO_MENTIONED"[^>]*weight="\d+"/);
    const refused = await fetch(`${api.base}/export?format=gexf&seed=${encodeURIComponent(SEED)}&coMentions=paragraph`);
    expect(refused.status).toBe(400);
  });
});
