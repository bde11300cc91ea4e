import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { keyMatches } from '../src/server/apollo.js';

describe('configuration', () => {
  it('defaults to the bundled Neo4j', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.responseCacheMb).toBe(64);
    expect(loadConfig({ NEWSGRAPH_RESPONSE_CACHE_MB: '0' }).responseCacheMb).toBe(0);
  });

  it('names the variable and the fix when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT=abc/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/bolt:\/\/host:7687/);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP: 'lots' })).toThrow(/512m or 1g/);
    // Reads that need a key no one was given: a server that would answer nothing.
    expect(() => loadConfig({ NEWSGRAPH_REQUIRE_KEY_FOR_READS: 'true' })).toThrow(/NEWSGRAPH_API_KEY is not set/);
    expect(loadConfig({ NEWSGRAPH_REQUIRE_KEY_FOR_READS: 'true', NEWSGRAPH_API_KEY: 'k' }).requireKeyForReads).toBe(true);
  });

  it('reads the API key under any case of the Bearer scheme', () => {
    expect(keyMatches('bearer k2', 'k2')).toBe(true);
    expect(keyMatches('BEARER k2', 'k2')).toBe(true);
    expect(keyMatches('Bearer k3', 'k2')).toBe(false);
    expect(keyMatches('Basic k2', 'k2')).toBe(false);
  });

  it('accepts routing and encrypted URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('binds to every interface unless HOST says otherwise, and refuses what is not an address', () => {
    expect(loadConfig({}).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ HOST: 'api.internal' }).host).toBe('api.internal');
    expect(() => loadConfig({ HOST: 'http://localhost' })).toThrow(/HOST=http:\/\/localhost .*127\.0\.0\.1/);
  });
});
