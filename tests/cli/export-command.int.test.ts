/** `newsgraph export` as a process: a seed that names no entity is an error, not an empty file. */
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('newsgraph export, as a process', () => {
  it('refuses a seed that names no entity, naming it, and writes nothing', async () => {
    const env = { NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') };
    const run = await runCli(['export', '--seed', 'person:nobody-by-this-id', '--format', 'graphml'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No entity with id person:nobody-by-this-id.');
    expect(run.stdout).toBe('');
  }, 60_000);
});
