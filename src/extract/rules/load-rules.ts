/**
 * Loads and checks the rule files under `seed/rules/`: every file is `{ "rules": [...] }`. A
 * malformed rule stops loading with the file and rule named, before any text runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../paths.js';
import { PREDICATES } from '../types.js';
import type { PatternItem, Rule } from './types.js';

export const RULES_DIR = path.join(ROOT, 'seed', 'rules');

const UNIT_KEYS = new Set([
  'TEXT',
  'LOWER',
  'LEMMA',
  'POS',
  'ENT',
  'CLASS',
  'SOURCE',
  'IS_TITLE',
  'NOT',
  'OP',
  'MAX',
  'capture',
  'NP',
  'PP',
  'LIST',
  'ASIDES',
  'APPOSITION',
  'START',
  'END',
  'NOT_FOLLOWED_BY',
  'NOT_PRECEDED_BY',
]);
const RULE_KEYS = new Set([
  'id',
  'predicate',
  'pattern',
  'confidence',
  'role',
  'form',
  'kinds',
  'examples',
  'counterexamples',
  'note',
  'objectFromContext',
  'objectFromOffice',
  'speakerFromContext',
  'subjectFromBox',
  'withheldName',
]);

export class RuleError extends Error {
  override name = 'RuleError';
}

function checkItems(items: unknown, where: string, classes: ReadonlySet<string>): void {
  if (!Array.isArray(items) || items.length === 0) throw new RuleError(`${where}: pattern must be a non-empty list of items`);
  for (const item of items as Array<Record<string, unknown>>) {
    for (const key of Object.keys(item)) if (!UNIT_KEYS.has(key)) throw new RuleError(`${where}: unknown pattern key "${key}"`);
    if (item.OP !== undefined && !['?', '*', '+'].includes(item.OP as string)) throw new RuleError(`${where}: OP must be ?, * or +`);
    for (const nested of [item, item.NP, item.PP, item.LIST, ...[item.NOT].flat()].filter(Boolean) as Array<Record<string, unknown>>) {
      const test = nested.CLASS as string | string[] | { IN?: string[]; NOT_IN?: string[] } | undefined;
      const named = typeof test === 'string' ? [test] : Array.isArray(test) ? test : [...(test?.IN ?? []), ...(test?.NOT_IN ?? [])];
      for (const c of named)
        if (!classes.has(c)) throw new RuleError(`${where}: unknown vocabulary class "${c}" (seed/vocab/classes.json)`);
    }
    if (item.NOT_FOLLOWED_BY) checkItems(item.NOT_FOLLOWED_BY, where, classes);
    if (item.NOT_PRECEDED_BY) checkItems(item.NOT_PRECEDED_BY, where, classes);
  }
}

/** Every rule of every file, in file-name order; ids are unique across files. */
export function loadRules(classes: ReadonlySet<string>, dir: string = RULES_DIR): Rule[] {
  const rules: Rule[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { rules?: unknown };
    if (!Array.isArray(data.rules)) throw new RuleError(`${file}: expected { "rules": [...] }`);
    for (const rule of data.rules as Rule[]) {
      const where = `${file} rule "${rule.id}"`;
      for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) throw new RuleError(`${where}: unknown field "${key}"`);
      if (!rule.id || ids.has(rule.id)) throw new RuleError(`${where}: missing or repeated id`);
      ids.add(rule.id);
      if (rule.predicate !== 'CLAIM' && !(PREDICATES as readonly string[]).includes(rule.predicate))
        throw new RuleError(`${where}: unknown predicate ${rule.predicate}`);
      if (!(rule.confidence > 0 && rule.confidence <= 1)) throw new RuleError(`${where}: confidence must be in (0, 1]`);
      if (!rule.examples?.length || !rule.counterexamples?.length)
        throw new RuleError(`${where}: needs at least one example and one counterexample`);
      checkItems(rule.pattern as PatternItem[], where, classes);
      if (rule.speakerFromContext && (rule.predicate !== 'CLAIM' || rule.speakerFromContext !== 'Organization'))
        throw new RuleError(`${where}: speakerFromContext is "Organization", on CLAIM rules only`);
      const capturesSource = (rule.pattern as Array<{ capture?: string }>).some((item) => item.capture === 'source');
      if (rule.withheldName && (rule.predicate !== 'CLAIM' || !capturesSource))
        throw new RuleError(`${where}: withheldName is for CLAIM rules that capture a source`);
      rules.push(rule);
    }
  }
  return rules;
}
