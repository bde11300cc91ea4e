import { describe, expect, it } from 'vitest';
import { ResponseCache, type CacheableRequest } from '../../src/server/response-cache.js';

const request = (body: unknown, more: Partial<CacheableRequest> = {}): CacheableRequest => ({
  method: 'POST',
  body,
  url: new URL('http://localhost/graphql'),
  authorized: false,
  accept: 'application/json',
  preflighted: false,
  ...more,
});
/** A successful query's answer, as the plugin marks it. */
const answer = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json', 'x-cache': 'miss' }, body });

/** A cache with the clock in the test's hands. */
function setUp(maxBytes = 1_000_000, ttlMs = 15_000) {
  let now = 0;
  const cache = new ResponseCache({ maxBytes, ttlMs, now: () => now });
  return { cache, tick: (ms: number) => (now += ms) };
}

describe('ResponseCache', () => {
  it('keys by normalised text, sorted variables, scope and Accept; never shares across them', () => {
    const { cache } = setUp();
    const key = cache.keyOf(request({ query: '{ stats { articles } }' }));
    expect(cache.keyOf(request({ query: '  {\n stats  { articles }  # comment\n}' }))).toBe(key);
    const withVars = cache.keyOf(
      request({ query: 'query($a: ID, $b: ID) { a: entity(id: $a) { id } b: entity(id: $b) { id } }', variables: { a: 'x', b: 'y' } }),
    );
    expect(
      cache.keyOf(
        request({ query: 'query($a: ID, $b: ID) { a: entity(id: $a) { id } b: entity(id: $b) { id } }', variables: { b: 'y', a: 'x' } }),
      ),
    ).toBe(withVars);
    expect(
      cache.keyOf(
        request({ query: 'query($a: ID, $b: ID) { a: entity(id: $a) { id } b: entity(id: $b) { id } }', variables: { a: 'y', b: 'x' } }),
      ),
    ).not.toBe(withVars);
    expect(cache.keyOf(request({ query: '{ stats { articles } }' }, { authorized: true }))).not.toBe(key);
    expect(cache.keyOf(request({ query: '{ stats { articles } }' }, { accept: 'application/graphql-response+json' }))).not.toBe(key);
    expect(cache.keyOf(request({ query: '{ stats { articles } }', operationName: 'X' }))).not.toBe(key);
  });

  it('takes no key for text that does not lex, a persisted-query hash, or a GET that skipped the CSRF header', () => {
    const { cache } = setUp();
    expect(cache.keyOf(request({ query: '{ entity(id: "x) { id } }' }))).toBeUndefined();
    expect(cache.keyOf(request({ extensions: { persistedQuery: { sha256Hash: 'abc' } } }))).toBeUndefined();
    const get = new URL('http://localhost/graphql?query=%7B%20stats%20%7B%20articles%20%7D%20%7D');
    expect(cache.keyOf(request(undefined, { method: 'GET', url: get }))).toBeUndefined();
    expect(cache.keyOf(request(undefined, { method: 'GET', url: get, preflighted: true }))).toBe(
      cache.keyOf(request({ query: '{ stats { articles } }' })),
    );
  });

  it('takes no key, and throws nothing, for variables nested past the stack', () => {
    const { cache } = setUp();
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i += 1) deep = { a: deep };
    expect(cache.keyOf(request({ query: '{ stats { articles } }', variables: { deep } }))).toBeUndefined();
  });

  it('stores nothing for a request that was not marked a successful query', () => {
    const { cache } = setUp();
    const key = cache.keyOf(request({ query: '{ stats { articles } }' }))!;
    const miss = cache.lookup(key);
    expect('pending' in miss && cache.store(miss.pending, { status: 200, headers: {}, body: '{"data":{}}' })).toBe(false);
    expect(cache.size.entries).toBe(0);
  });

  it('does not store a read that overlapped a write, and a write empties it', () => {
    const { cache } = setUp();
    const key = cache.keyOf(request({ query: '{ stats { articles } }' }))!;
    const first = cache.lookup(key);
    cache.invalidate(); // a mutation began while the read ran
    expect('pending' in first && cache.store(first.pending, answer('{"data":{"stats":{"articles":1}}}'))).toBe(false);
    const second = cache.lookup(key);
    expect('pending' in second && cache.store(second.pending, answer('{"data":{"stats":{"articles":2}}}'))).toBe(true);
    expect('hit' in cache.lookup(key)).toBe(true);
    cache.invalidate();
    expect('pending' in cache.lookup(key)).toBe(true);
  });

  it('expires entries after the TTL and evicts the least recently used past the byte bound', () => {
    const body = 'x'.repeat(1000);
    const { cache, tick } = setUp(3 * 1400, 10_000);
    const keys = ['a', 'b', 'c', 'd'].map((id) => cache.keyOf(request({ query: `{ entity(id: "${id}") { id } }` }))!);
    const put = (key: string) => {
      const read = cache.lookup(key);
      if ('pending' in read) cache.store(read.pending, answer(body));
    };
    put(keys[0]!);
    put(keys[1]!);
    put(keys[2]!);
    expect(cache.size.entries).toBe(3);
    expect('hit' in cache.lookup(keys[0]!)).toBe(true); // a is now the most recently used
    put(keys[3]!);
    expect(cache.size.bytes).toBeLessThanOrEqual(3 * 1400);
    expect('hit' in cache.lookup(keys[1]!)).toBe(false); // b was the least recently used
    expect('hit' in cache.lookup(keys[0]!)).toBe(true);
    tick(10_000);
    expect('hit' in cache.lookup(keys[0]!)).toBe(false);
  });

  it('is off when its size or TTL is 0', () => {
    expect(new ResponseCache({ maxBytes: 0, ttlMs: 15_000 }).keyOf(request({ query: '{ stats { articles } }' }))).toBeUndefined();
    expect(new ResponseCache({ maxBytes: 1_000, ttlMs: 0 }).keyOf(request({ query: '{ stats { articles } }' }))).toBeUndefined();
  });
});
