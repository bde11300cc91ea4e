import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SEED_FILE } from '../helpers/corpus.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi([
    SEED_FILE,
    path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt'),
    path.join(FIXTURES, 'eval-fresh6', 'articles', 'rate-decision.txt'),
  ]);
});
afterAll(async () => api?.close());

describe('stats speak the API enums', () => {
  it('keys entities by EntityKind and claims by ClaimForm, agreeing with the filtered lists', async () => {
    const { body } = await api.gql(`{ stats { entities claims
      entitiesByKind { kind key count } relationshipsByType { type key count } claimsByForm { form key count } } }`);
    expect(body.errors).toBeUndefined();
    const stats = body.data!.stats;
    expect(stats.entitiesByKind.length).toBeGreaterThanOrEqual(5);
    for (const row of stats.entitiesByKind) {
      expect(['PERSON', 'ORGANIZATION', 'EVENT', 'PLACE', 'INDUSTRY', 'TOPIC']).toContain(row.kind);
      expect(row.key).toBe(row.kind);
      // The aggregate key can be passed straight back as the filter.
      const page = await api.gql('query($k: EntityKind) { entities(kind: $k, first: 0) { totalCount } }', { k: row.kind });
      expect(page.body.data!.entities.totalCount, row.kind).toBe(row.count);
    }
    expect(stats.entitiesByKind.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(stats.entities);
    const forms = (await api.gql('{ claims(first: 100) { nodes { form } } }')).body.data!.claims.nodes.map((c: { form: string }) => c.form);
    for (const row of stats.claimsByForm) {
      expect(['DIRECT', 'INDIRECT', 'INTERVIEW']).toContain(row.form);
      expect(row.key).toBe(row.form);
      expect(forms.filter((f: string) => f === row.form)).toHaveLength(row.count);
    }
    for (const row of stats.relationshipsByType) expect(row.key).toBe(row.type);
  });

  it('marks the string keys deprecated in the schema', async () => {
    const { body } = await api.gql('{ __type(name: "KindCount") { fields(includeDeprecated: true) { name isDeprecated } } }');
    expect(body.data!.__type.fields).toContainEqual({ name: 'key', isDeprecated: true });
  });
});

describe('confidences over the API', () => {
  it('have at most 3 decimal places', async () => {
    const { body } = await api.gql(
      '{ entities(first: 100) { nodes { relationships(first: 100) { confidence } claims(first: 100) { confidence } } } }',
    );
    expect(body.errors).toBeUndefined();
    const values: number[] = body.data!.entities.nodes.flatMap(
      (n: { relationships: Array<{ confidence: number }>; claims: Array<{ confidence: number }> }) => [
        ...n.relationships.map((r) => r.confidence),
        ...n.claims.map((c) => c.confidence),
      ],
    );
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(String(value)).toMatch(/^(0|1)(\.\d{1,3})?$/);
  });
});
