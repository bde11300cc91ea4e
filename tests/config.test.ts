import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

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
