import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/corpus.js';
import { listen, seededApi, type SeededApi } from '../helpers/api.js';
import { createApp } from '../../src/server/app.js';

const API_KEY = 'cache-key-1';
const auth = { authorization: `Bearer ${API_KEY}` };
let api: SeededApi;

/** Posts over HTTP and returns the body with the `x-cache` header and the Cypher statements sent meanwhile. */
async function post(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  let statements = 0;
  const stop = api.graph.onQuery(() => (statements += 1));
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      cache: response.headers.get('x-cache'),
      age: response.headers.get('age'),
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as { data?: any; errors?: unknown[] },
      statements,
    };
  } finally {
    stop();
  }
}

beforeAll(async () => {
  api = await seededApi([SEED_FILE], { apiKey: API_KEY, responseCacheBytes: 1_000_000 });
});
afterAll(async () => api?.close());

describe('the response cache over HTTP', () => {
  it('answers a repeated query from memory without sending Cypher', async () => {
    const query = 'query($id: ID!) { entity(id: $id) { id name relationships(first: 5) { type target { id } } } }';
    const first = await post(api.base, query, { id: 'person:wu' });
    expect(first.cache).toBe('miss');
    expect(first.statements).toBeGreaterThan(0);
    const again = await post(api.base, `  ${query.replace(/ /g, '\n  ')} # polled`, { id: 'person:wu' });
    expect(again.cache).toBe('hit');
    expect(again.statements).toBe(0);
    expect(again.age).toBe('0');
    expect(again.body).toEqual(first.body);
    // A hit carries its own request's id, for the logs, not the one of the request that filled the entry.
    expect(again.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.requestId).not.toBe(first.requestId);
  });

  it('never shares an entry between variables or between callers with and without the key', async () => {
    const query = 'query($id: ID!) { entity(id: $id) { id } }';
    expect((await post(api.base, query, { id: 'person:wu' })).cache).toBe('miss');
    const other = await post(api.base, query, { id: 'organization:alibaba' });
    expect(other.cache).toBe('miss');
    expect(other.body.data.entity.id).toBe('organization:alibaba');
    expect((await post(api.base, query, { id: 'person:wu' }, auth)).cache).toBe('miss');
    expect((await post(api.base, query, { id: 'person:wu' }, auth)).cache).toBe('hit');
    expect((await post(api.base, query, { id: 'person:wu' })).cache).toBe('hit');
  });

  it('stores no error and no mutation, and a refused mutation empties nothing', async () => {
    const bad = '{ neighborhood(id: "person:wu", depth: 9) { truncated } }';
    expect((await post(api.base, bad)).body.errors).toBeDefined();
    const twice = await post(api.base, bad);
    expect(twice.cache).toBeNull();
    const count = '{ stats { articles } }';
    await post(api.base, count);
    const refused = await post(api.base, 'mutation { mergeEntities(keep: "person:wu", merge: ["person:nobody"]) { id } }');
    expect(refused.body.errors).toBeDefined();
    expect(refused.cache).toBeNull();
    expect((await post(api.base, count)).cache).toBe('hit');
  });

  it('serves fresh data after an ingest mutation or a merge through this server', async () => {
    const count = '{ stats { articles entities } }';
    const before = await post(api.base, count);
    expect((await post(api.base, count)).cache).toBe('hit');
    const ingest = await post(
      api.base,
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      { input: { title: 'Quarry reopens', text: 'Officials at Nordsten Minerals said the Kalvik quarry would reopen in March.' } },
      auth,
    );
    expect(ingest.body.errors).toBeUndefined();
    const after = await post(api.base, count);
    expect(after.cache).toBe('miss');
    expect(after.body.data.stats.articles).toBe(before.body.data.stats.articles + 1);

    const entity = 'query($id: ID!) { entity(id: $id) { id aliases } }';
    const kept = (await post(api.base, entity, { id: 'organization:alibaba' })).body.data.entity;
    expect((await post(api.base, entity, { id: 'organization:alibaba' })).cache).toBe('hit');
    const merged = await post(
      api.base,
      'mutation { mergeEntities(keep: "organization:alibaba", merge: ["organization:nordsten-minerals"]) { id } }',
      {},
      auth,
    );
    expect(merged.body.errors).toBeUndefined();
    const fresh = await post(api.base, entity, { id: 'organization:alibaba' });
    expect(fresh.cache).toBe('miss');
    expect(fresh.body.data.entity.aliases).not.toEqual(kept.aliases);
  });

  it('evicts the least recently used answers to stay within its byte bound', async () => {
    const app = await createApp({ graph: api.graph, responseCacheBytes: 1_200 });
    const base = await listen(app);
    try {
      const query = 'query($id: ID!) { entity(id: $id) { id name kind } }';
      const ids = ['person:wu', 'organization:alibaba', 'organization:siemens', 'event:world-internet-conference', 'place:wuzhen'];
      for (const id of ids) expect((await post(base, query, { id })).cache).toBe('miss');
      expect(app.responseCache.size.bytes).toBeLessThanOrEqual(1_200);
      expect(app.responseCache.size.entries).toBeGreaterThan(0);
      expect(app.responseCache.size.entries).toBeLessThan(ids.length);
      expect((await post(base, query, { id: ids.at(-1) })).cache).toBe('hit');
      expect((await post(base, query, { id: ids[0] })).cache).toBe('miss');
    } finally {
      await app.stop();
    }
  });

  it('is off unless asked for', async () => {
    const app = await createApp({ graph: api.graph });
    const base = await listen(app);
    try {
      await post(base, '{ stats { articles } }');
      const again = await post(base, '{ stats { articles } }');
      expect(again.cache).toBeNull();
      expect(again.statements).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });
});
