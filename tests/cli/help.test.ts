/**
 * Every command and sub-command, run as a process: `--help` prints its usage on stdout and
 * exits 0, an unknown flag gets one line on stderr and exit 2. NEO4J_URI points at a port
 * where nothing listens, so a command that tried to reach (or start) a database would fail
 * with exit 1 instead of passing.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';

const NO_DATABASE = { NEO4J_URI: 'bolt://127.0.0.1:1' };
const COMMANDS = [
  'serve',
  'seed',
  'ingest',
  'extract',
  'export',
  'eval',
  'neo4j',
  'neo4j install',
  'neo4j start',
  'neo4j stop',
  'neo4j status',
];

/** Runs each argv, four processes at a time (the machine has two cores). */
async function runAll(argvs: string[][]): Promise<CliRun[]> {
  const results: CliRun[] = new Array(argvs.length);
  let next = 0;
  const worker = async () => {
    while (next < argvs.length) {
      const i = next++;
      results[i] = await runCli(argvs[i]!, NO_DATABASE);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}

describe('newsgraph --help and unknown flags, as processes', () => {
  it('answers --help (and -h) on every command with its usage and exit 0', async () => {
    const argvs = [['--help'], ['-h'], ...COMMANDS.map((c) => [...c.split(' '), '--help']), ['ingest', '-h']];
    const runs = await runAll(argvs);
    runs.forEach((run, i) => {
      const argv = argvs[i]!;
      expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: '' });
      const name = argv.filter((a) => !a.startsWith('-')).join(' ');
      expect(run.stdout).toMatch(new RegExp(`^usage: newsgraph ${name ? `${name}\\b` : '<command>'}`));
      expect(run.stdout).toContain('--help');
    });
    // The top-level list names every command.
    for (const command of ['serve', 'seed', 'ingest', 'extract', 'export', 'eval', 'neo4j'])
      expect(runs[0]!.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  }, 120_000);

  it('refuses an unknown flag, command or action with one line on stderr and exit 2', async () => {
    const argvs = [
      ...COMMANDS.map((c) => [...c.split(' '), '--frobnicate']),
      ['frobnicate'],
      ['neo4j', 'frobnicate'],
      ['extract'],
      ['extract', 'a.txt', 'b.txt'],
      ['export', '--seed', 'person:wu', '--format', 'pdf'],
      ['export', '--depth'],
    ];
    const runs = await runAll(argvs);
    runs.forEach((run, i) => {
      const argv = argvs[i]!;
      expect({ argv, code: run.code, stdout: run.stdout, lines: run.stderr.trimEnd().split('\n').length }).toEqual({
        argv,
        code: 2,
        stdout: '',
        lines: 1,
      });
      expect(run.stderr).toMatch(/^newsgraph: .+ \(see newsgraph [a-z0-9 ]*--help\)\n$/);
    });
    expect(runs[0]!.stderr).toBe("newsgraph: unknown option '--frobnicate' (see newsgraph serve --help)\n");
  }, 120_000);

  it('treats --help as a flag, and a file named --help only after --', async () => {
    const run = await runCli(['extract', '--', '--help'], NO_DATABASE);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^newsgraph: .*--help/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);

  it('exits 2 with the list of commands when none is given', async () => {
    const run = await runCli([], NO_DATABASE);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage: newsgraph <command>/);
  }, 60_000);
});
