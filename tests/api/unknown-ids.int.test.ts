import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/corpus.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi([SEED_FILE]);
});
afterAll(async () => api?.close());

describe('graph walks from an id that names no entity', () => {
  it.each([
    ['path from', '{ path(from: "person:nobody", to: "place:wuzhen") { length } }', /"person:nobody"/],
    ['path to', '{ path(from: "person:wu", to: "person:nobody") { length } }', /"person:nobody"/],
    ['path to itself', '{ path(from: "person:nobody", to: "person:nobody") { length } }', /"person:nobody"/],
    ['neighborhood', '{ neighborhood(id: "person:nobody") { nodes { id } } }', /"person:nobody"/],
    [
      'subgraph',
      '{ subgraph(ids: ["person:wu", "person:nobody", "org:none"]) { nodes { id } } }',
      /entities with id "person:nobody", "org:none"/,
    ],
    ['claims by a speaker', '{ claims(speaker: "person:nobody") { totalCount } }', /"person:nobody"/],
    ['claims about', '{ claims(about: "person:nobody") { totalCount } }', /"person:nobody"/],
    ['articles mentioning', '{ articles(mentioning: "person:nobody") { totalCount } }', /"person:nobody"/],
    ['facts of', '{ relationships(entity: "person:nobody") { totalCount } }', /"person:nobody"/],
    ['timeline', '{ timeline(id: "person:nobody") { start } }', /"person:nobody"/],
    ['co-mentions', '{ coMentions(id: "person:nobody") { count } }', /"person:nobody"/],
  ])('%s answers NOT_FOUND naming the id', async (_name, query, message) => {
    const { status, body } = await api.gql(query);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('still tells "no path" (null) apart from an unknown id', async () => {
    const none = await api.gql('{ path(from: "person:wu", to: "industry:retail", maxHops: 1) { length } }');
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.path).toBeNull();
    const self = await api.gql('{ path(from: "person:wu", to: "person:wu") { length nodes { id } } }');
    expect(self.body.data!.path).toEqual({ length: 0, nodes: [{ id: 'person:wu' }] });
    const lonely = await api.gql('{ neighborhood(id: "person:wu", depth: 0) { nodes { id } } }');
    expect(lonely.body.data!.neighborhood.nodes).toEqual([{ id: 'person:wu' }]);
  });
});
