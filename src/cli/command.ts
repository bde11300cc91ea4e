/**
 * One parser for every command: node's `util.parseArgs` (strict), with `--help` on each.
 * A command's spec is data (usage text, options, how many positionals), so `--help` and a
 * bad flag are answered before anything heavy is imported or Neo4j is touched.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandSpec {
  /** As typed after `newsgraph`, e.g. `neo4j start`. */
  name: string;
  /** One line for the top-level list. */
  summary: string;
  /** The full `--help` text (without the trailing newline). */
  usage: string;
  options?: OptionSpecs;
  positionals?: { min: number; max: number; name: string };
  /** Loaded only when the command runs, so `--help` stays fast. */
  run(values: OptionValues, positionals: string[]): Promise<number>;
}

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type Parsed = { help: true } | { help: false; values: OptionValues; positionals: string[] };

/** Parses `args` for `spec`; throws UsageError with a one-line message on anything unknown. */
export function parseCommand(spec: CommandSpec, args: string[]): Parsed {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: (spec.positionals?.max ?? 0) > 0,
      allowNegative: true,
      strict: true,
    }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the point.
    const first = ((error as Error).message.split(/\.\s/)[0] ?? '').replace(/\.$/, '');
    throw new UsageError(`${first.charAt(0).toLowerCase()}${first.slice(1)} (see newsgraph ${spec.name} --help)`);
  }
  if (parsed.values.help) return { help: true };
  const { min = 0, max = 0, name = 'argument' } = spec.positionals ?? {};
  if (parsed.positionals.length < min) throw new UsageError(`missing ${name} (see newsgraph ${spec.name} --help)`);
  if (parsed.positionals.length > max)
    throw new UsageError(`unexpected argument '${parsed.positionals[max]}' (see newsgraph ${spec.name} --help)`);
  return { help: false, values: parsed.values, positionals: parsed.positionals };
}
