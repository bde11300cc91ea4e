/**
 * The rule data loaded once (vocabulary classes and every rule file), and the step every stage
 * that uses rules shares: a sentence's units, then every rule of a family run over them.
 */
import type { Mention, Sentence } from '../types.js';
import { loadRules } from './load-rules.js';
import { findAll, testUnit } from './matcher.js';
import type { PatternItem, Rule, RuleMatch, Unit, UnitTest, ValueTest } from './types.js';
import { sentenceUnits } from './units.js';
import { loadVocabClasses, type VocabClasses } from './vocab-classes.js';

export interface RuleSet {
  classes: VocabClasses;
  rules: readonly Rule[];
  units(sentence: Sentence, mentions: readonly Mention[]): Unit[];
  /** Every match of every given rule over the units, with the rule that made it. */
  run(rules: readonly Rule[], sentence: Sentence, units: readonly Unit[]): Array<{ rule: Rule; match: RuleMatch }>;
}

let shared: RuleSet | undefined;
const unitCache = new WeakMap<Sentence, { mentions: readonly Mention[]; units: Unit[] }>();
const candidatesCache = new WeakMap<object, Set<Rule>>();

/** What occurs anywhere in a sentence, for ruling rules out before matching. */
interface Present {
  lower: Set<string>;
  lemma: Set<string>;
  ent: Set<string>;
  classes: Set<string>;
}

const presentCache = new WeakMap<readonly Unit[], Present>();

/** What a rule needs of a sentence before it is worth matching, worked out once per rule. */
interface Prepared {
  needs: Need[];
  /** The required tests that set look-ups do not already answer, each run against the units. */
  residual: UnitTest[];
}

function presentIn(units: readonly Unit[]): Present {
  const cached = presentCache.get(units);
  if (cached) return cached;
  const present: Present = { lower: new Set(), lemma: new Set(), ent: new Set(), classes: new Set() };
  for (const u of units) {
    present.lower.add(u.lower);
    present.lemma.add(u.lemma);
    if (u.ent) present.ent.add(u.ent);
    for (const c of u.classes) present.classes.add(c);
  }
  presentCache.set(units, present);
  return present;
}

const listOf = (test: ValueTest): string[] | undefined =>
  typeof test === 'string' ? [test] : Array.isArray(test) ? test : 'IN' in test ? test.IN : undefined;

/** A required test's positive look-up keys: some unit must have one of `values` under `key`. */
type Need = [key: keyof Present, values: string[], valueSet: ReadonlySet<string>];

const NEED_KEYS = [
  ['lower', 'LOWER'],
  ['lemma', 'LEMMA'],
  ['classes', 'CLASS'],
  ['ent', 'ENT'],
] as const;

function needsOf(tests: readonly UnitTest[]): Need[] {
  const needs: Need[] = [];
  for (const test of tests) {
    for (const [key, field] of NEED_KEYS) {
      const value = test[field];
      if (value === undefined || value === 'ANY') continue;
      const list = listOf(value);
      if (list) needs.push([key, list, new Set(list)]);
    }
  }
  return needs;
}

/**
 * Whether a required test says no more than one of its needs: a single positive look-up
 * (`{LEMMA: [...]}`, `{ENT: "Person"}`), which `mayOccur` already answers for the sentence,
 * so matching it against every unit again would only repeat that answer.
 */
function isOneNeed(test: UnitTest): boolean {
  const keys = Object.keys(test);
  if (keys.length !== 1) return false;
  const value = test[keys[0] as keyof UnitTest];
  return NEED_KEYS.some(([, field]) => field === keys[0]) && value !== 'ANY' && listOf(value as ValueTest) !== undefined;
}

/** Whether the sentence has, for every need, one of its values (set look-ups, the smaller side walked). */
function mayOccur(needs: readonly Need[], present: Present): boolean {
  for (const [key, values, valueSet] of needs) {
    const set = present[key];
    let any = false;
    if (set.size < values.length) {
      for (const v of set)
        if (valueSet.has(v)) {
          any = true;
          break;
        }
    } else {
      for (const v of values)
        if (set.has(v)) {
          any = true;
          break;
        }
    }
    if (!any) return false;
  }
  return true;
}

/**
 * The unit tests a sentence must pass somewhere for a rule to have a chance: one per item that
 * must occur (not optional, not an anchor), the head's test for a phrase. Checking them first
 * skips most rules on most sentences without running the matcher.
 */
function requiredTests(pattern: readonly PatternItem[]): UnitTest[] {
  const tests: UnitTest[] = [];
  for (const item of pattern) {
    const op = (item as { OP?: string }).OP;
    if (op === '?' || op === '*') continue;
    if ('LIST' in item) tests.push(item.LIST);
    else if ('NP' in item) tests.push(item.NP);
    else if ('APPOSITION' in item) tests.push({ LOWER: ',' });
    else if (!('START' in item || 'END' in item || 'NOT_FOLLOWED_BY' in item || 'NOT_PRECEDED_BY' in item)) tests.push(item as UnitTest);
  }
  // Word and class tests are rarer than entity tests: try them first.
  return tests.sort((a, b) => Number(a.ENT !== undefined) - Number(b.ENT !== undefined));
}

export function loadRuleSet(): RuleSet {
  if (shared) return shared;
  const classes = loadVocabClasses();
  const rules = loadRules(classes.names);
  const prepared = new Map<Rule, Prepared>();
  const prepare = (rule: Rule): Prepared => {
    let known = prepared.get(rule);
    if (!known) {
      const tests = requiredTests(rule.pattern);
      known = { needs: needsOf(tests), residual: tests.filter((t) => !isOneNeed(t)) };
      prepared.set(rule, known);
    }
    return known;
  };
  // Each rule filed under the values of its first need: a sentence looks up only the rules
  // whose first need it has (rules with no need are always tried).
  const byNeed: Record<keyof Present, Map<string, Rule[]>> = { lower: new Map(), lemma: new Map(), classes: new Map(), ent: new Map() };
  const always = new Set<Rule>();
  for (const rule of rules) {
    const first = prepare(rule).needs[0];
    if (!first) {
      always.add(rule);
      continue;
    }
    const filed = byNeed[first[0]];
    for (const value of first[1]) {
      const list = filed.get(value);
      if (list) list.push(rule);
      else filed.set(value, [rule]);
    }
  }
  const candidates = (present: Present): Set<Rule> => {
    const found = new Set(always);
    for (const [key, filed] of Object.entries(byNeed) as Array<[keyof Present, Map<string, Rule[]>]>) {
      for (const value of present[key]) {
        const list = filed.get(value);
        if (list) for (const rule of list) found.add(rule);
      }
    }
    return found;
  };
  shared = {
    classes,
    rules,
    // The relations and claims stages read the same sentences with the same mentions: build once.
    units(sentence, mentions) {
      const cached = unitCache.get(sentence);
      if (cached && cached.mentions === mentions) return cached.units;
      const units = sentenceUnits(sentence, mentions, classes);
      unitCache.set(sentence, { mentions, units });
      return units;
    },
    run(list, sentence, units) {
      const out: Array<{ rule: Rule; match: RuleMatch }> = [];
      const present = presentIn(units);
      const possible = candidatesCache.get(present) ?? candidates(present);
      candidatesCache.set(present, possible);
      for (const rule of list) {
        if (!possible.has(rule)) continue;
        if (rule.kinds ? !rule.kinds.includes(sentence.kind) : sentence.kind === 'headline') continue;
        const { needs, residual } = prepare(rule);
        if (!mayOccur(needs, present) || !residual.every((t) => units.some((u) => testUnit(t, u)))) continue;
        for (const match of findAll(rule.pattern, units)) out.push({ rule, match });
      }
      return out;
    },
  };
  return shared;
}

/** The text a capture spans, from its first unit to its last, lower-cased (a role). */
export function captureText(sentence: Sentence, units: readonly Unit[] | undefined): string | undefined {
  if (!units || units.length === 0) return undefined;
  return sentence.text.slice(units[0]!.start, units[units.length - 1]!.end).toLowerCase();
}
