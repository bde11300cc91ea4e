import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedApi } from '../helpers/dated-corpus.js';
import type { SeededApi } from '../helpers/api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await datedApi();
});
afterAll(async () => api?.close());

async function search(query: string, first = 10): Promise<Array<{ id: string; name: string; score: number }>> {
  const { body } = await api.gql('query($q: String!, $n: Int) { search(query: $q, first: $n) { score entity { id name } } }', {
    q: query,
    n: first,
  });
  expect(body.errors, query).toBeUndefined();
  return body.data!.search.map((h: { score: number; entity: { id: string; name: string } }) => ({ ...h.entity, score: h.score }));
}

describe('search', () => {
  it.each([
    ['Bank of England', 'Bank of England'],
    ['bank of canada', 'Bank of Canada'],
    ['University of Surrey', 'University of Surrey'],
    ['the Bank of England', 'Bank of England'],
  ])('finds names with stop words in them: %s', async (query, name) => {
    const hits = await search(query);
    expect(hits[0]?.name, JSON.stringify(hits)).toBe(name);
  });

  it('answers text made only of stop words without an error', async () => {
    expect(await search('of the')).toEqual([]);
  });

  it.each([
    ['Alibabba', 'organization:alibaba'],
    ['Siemns', 'organization:siemens'],
  ])('tolerates a typo: %s', async (query, id) => {
    const hits = await search(query);
    expect(
      hits.map((h) => h.id),
      JSON.stringify(hits),
    ).toContain(id);
  });

  it('ranks an exact name above a typo match', async () => {
    // A real entity whose name is one edit from Siemens, so each name is the other's typo.
    await api.graph.write((tx) =>
      tx.run(
        `CREATE (:Entity:Organization {id: 'organization:siemns', name: 'Siemns', kind: 'Organization', aliases: [], aliasText: '', mentionCount: 0})`,
      ),
    );
    try {
      await api.graph.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
      for (const [query, exact, typo] of [
        ['Siemns', 'organization:siemns', 'organization:siemens'],
        ['Siemens', 'organization:siemens', 'organization:siemns'],
      ]) {
        const ids = (await search(query!)).map((h) => h.id);
        expect(ids[0], `${query}: ${ids}`).toBe(exact);
        expect(ids, query).toContain(typo);
      }
    } finally {
      await api.graph.write((tx) => tx.run("MATCH (e:Entity {id: 'organization:siemns'}) DELETE e"));
    }
  });

  it('ranks an exact alias first: AI is artificial intelligence', async () => {
    const hits = await search('AI');
    expect(hits[0]?.id, JSON.stringify(hits)).toBe('topic:artificial-intelligence');
    const lower = await search('ai');
    expect(lower[0]?.id).toBe('topic:artificial-intelligence');
  });

  it('still takes Lucene syntax literally', async () => {
    for (const query of ['AND OR ~ * ( [ \\', 'siemens~5', 'name:alibaba', '"bank', 'bank of england~']) await search(query);
  });
});
