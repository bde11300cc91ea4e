#!/usr/bin/env node
/** `newsgraph <command>`: serve, seed, ingest, extract, export, eval, neo4j (see commands.ts). */
import { COMMANDS, NEO4J_COMMANDS, USAGE } from './commands.js';
import { parseCommand, UsageError, type CommandSpec } from './command.js';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

/** The spec an argv names, and the arguments left for it. */
function resolve(argv: string[]): { spec: CommandSpec; args: string[] } | number {
  const [command, ...args] = argv;
  if (isHelp(command)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!spec) throw new UsageError(`unknown command '${command}' (see newsgraph --help)`);
  if (spec.name !== 'neo4j' || !args[0] || args[0].startsWith('-')) return { spec, args };
  const action = Object.hasOwn(NEO4J_COMMANDS, args[0]) ? NEO4J_COMMANDS[args[0]] : undefined;
  if (!action) throw new UsageError(`unknown action 'neo4j ${args[0]}' (see newsgraph neo4j --help)`);
  return { spec: action, args: args.slice(1) };
}

async function main(argv: string[]): Promise<number> {
  const resolved = resolve(argv);
  if (typeof resolved === 'number') return resolved;
  const { spec, args } = resolved;
  const parsed = parseCommand(spec, args);
  if (parsed.help) {
    process.stdout.write(`${spec.usage}\n`);
    return 0;
  }
  if (spec.name === 'neo4j') throw new UsageError('name an action: install, start, stop or status (see newsgraph neo4j --help)');
  return spec.run(parsed.values, parsed.positionals);
}

const KNOWN = [
  'UsageError',
  'ConfigError',
  'Neo4jSetupError',
  'DatabaseUnavailableError',
  'DatabaseAuthError',
  'ExportTooLargeError',
  'UnknownSeedsError',
];

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const name = (error as Error)?.name;
    const known = KNOWN.includes(name);
    process.stderr.write(`newsgraph: ${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`);
    process.exitCode = name === 'UsageError' ? 2 : 1;
  },
);
