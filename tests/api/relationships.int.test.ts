import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedApi } from '../helpers/dated-corpus.js';
import type { SeededApi } from '../helpers/api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await datedApi();
});
afterAll(async () => api?.close());

type Fact = { id: string; type: string; role: string | null; confidence: number; source: { id: string }; target: { id: string } };
const FIELDS = 'totalCount pageInfo { hasNextPage endCursor } nodes { id type role confidence source { id } target { id } }';

async function pages(variables: Record<string, unknown>, first: number): Promise<{ facts: Fact[]; totalCount: number }> {
  const facts: Fact[] = [];
  let after: string | null = null;
  for (let n = 0; n < 200; n += 1) {
    const { body } = await api.gql(
      `query($types: [RelationshipType!], $min: Float, $after: String, $first: Int) { relationships(types: $types, minConfidence: $min, after: $after, first: $first) { ${FIELDS} } }`,
      { ...variables, after, first },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const page = body.data!.relationships;
    facts.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { facts, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

describe('relationships: facts by type', () => {
  it('lists every AFFILIATED_WITH with its role, most confident first, in pages', async () => {
    const stats = (await api.gql('{ stats { relationships relationshipsByType { type count } } }')).body.data!.stats;
    const affiliations = stats.relationshipsByType.find((t: { type: string }) => t.type === 'AFFILIATED_WITH').count;
    expect(affiliations).toBeGreaterThan(3);
    const all = await pages({ types: ['AFFILIATED_WITH'] }, 100);
    expect(all.totalCount).toBe(affiliations);
    expect(all.facts).toHaveLength(affiliations);
    expect(all.facts.every((f) => f.type === 'AFFILIATED_WITH' && f.source.id.startsWith('person:'))).toBe(true);
    expect(all.facts.some((f) => f.role)).toBe(true);
    const confidences = all.facts.map((f) => f.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    const paged = await pages({ types: ['AFFILIATED_WITH'] }, 3);
    expect(paged.facts).toEqual(all.facts);
    const everything = await pages({}, 100);
    expect(everything.totalCount).toBe(stats.relationships);
    expect(new Set(everything.facts.map((f) => f.id)).size).toBe(stats.relationships);
  });

  it('keeps facts at or above minConfidence', async () => {
    const all = (await pages({}, 100)).facts;
    const threshold = [...new Set(all.map((f) => f.confidence))].sort()[1]!;
    const kept = await pages({ min: threshold }, 7);
    expect(kept.facts.length).toBeGreaterThan(0);
    expect(kept.facts.length).toBeLessThan(all.length);
    expect(kept.facts.every((f) => f.confidence >= threshold)).toBe(true);
    expect(kept.totalCount).toBe(kept.facts.length);
  });

  it('refuses an unknown type and a confidence outside [0, 1]', async () => {
    const bad = await api.gql('{ relationships(types: [KNOWS]) { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bad.body.errors?.[0]?.message).toMatch(/RelationshipType/);
    const high = await api.gql('{ relationships(minConfidence: 2) { totalCount } }');
    expect(high.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
