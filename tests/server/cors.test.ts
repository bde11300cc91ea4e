import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { parseCorsOrigins } from '../../src/server/cors.js';

describe('NEWSGRAPH_CORS_ORIGINS', () => {
  it('defaults to no origin at all', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('takes comma-separated origins (a trailing slash is dropped) or *', () => {
    expect(parseCorsOrigins(' https://dash.example.com/, http://localhost:5173 ')).toEqual([
      'https://dash.example.com',
      'http://localhost:5173',
    ]);
    expect(parseCorsOrigins('*')).toEqual(['*']);
  });

  it('refuses anything that is not an origin, naming the variable', () => {
    for (const bad of ['dash.example.com', 'https://dash.example.com/app', 'file:///tmp/x.html', 'https://']) {
      expect(() => loadConfig({ NEWSGRAPH_CORS_ORIGINS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ NEWSGRAPH_CORS_ORIGINS: bad })).toThrow(/^NEWSGRAPH_CORS_ORIGINS: /);
    }
  });
});
