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

/** A unit's fields that a rule's needs look up. */
type NeedKey = 'lower' | 'lemma' | 'classes' | 'ent';

const NEED_KEYS = [
  ['lower', 'LOWER'],
  ['lemma', 'LEMMA'],
  ['classes', 'CLASS'],
  ['ent', 'ENT'],
] as const;

/** What a rule needs of a sentence before it is worth matching, worked out once per rule. */
interface Prepared {
  /** Its needs' numbers: for each, some unit must have one of the need's values. */
  needs: number[];
  /** The required tests that the needs do not already answer, each run against the units. */
  residual: UnitTest[];
}

const listOf = (test: ValueTest): string[] | undefined =>
  typeof test === 'string' ? [test] : Array.isArray(test) ? test : 'IN' in test ? test.IN : undefined;

/**
 * Every rule's needs, numbered once, and for each field's value the needs it meets, so a sentence
 * marks what it meets in one pass over its units and a rule is ruled out by reading its marks.
 */
class NeedIndex {
  private readonly numbers = new Map<string, number>();
  private readonly meeting: Record<NeedKey, Map<string, number[]>> = {
    lower: new Map(),
    lemma: new Map(),
    classes: new Map(),
    ent: new Map(),
  };
  private readonly marks = new WeakMap<readonly Unit[], Uint8Array>();

  /** The number of the need "some unit's `key` is one of `values`". */
  add(key: NeedKey, values: readonly string[]): number {
    const name = `${key}\u0000${values.join('\u0000')}`;
    let n = this.numbers.get(name);
    if (n !== undefined) return n;
    n = this.numbers.size;
    this.numbers.set(name, n);
    for (const value of new Set(values)) {
      const list = this.meeting[key].get(value);
      if (list) list.push(n);
      else this.meeting[key].set(value, [n]);
    }
    return n;
  }

  /** Which needs the units meet (1) and which not (0), worked out once per sentence. */
  met(units: readonly Unit[]): Uint8Array {
    let met = this.marks.get(units);
    if (met) return met;
    met = new Uint8Array(this.numbers.size);
    const mark = (list: number[] | undefined) => {
      if (list) for (const n of list) met![n] = 1;
    };
    for (const u of units) {
      mark(this.meeting.lower.get(u.lower));
      mark(this.meeting.lemma.get(u.lemma));
      if (u.ent) mark(this.meeting.ent.get(u.ent));
      for (const c of u.classes) mark(this.meeting.classes.get(c));
    }
    this.marks.set(units, met);
    return met;
  }
}

/** Plain loops: this runs for every rule on every sentence, where a closure per call would cost. */
function allMet(needs: readonly number[], met: Uint8Array): boolean {
  for (const n of needs) if (met[n] !== 1) return false;
  return true;
}

function someUnitPasses(test: UnitTest, units: readonly Unit[]): boolean {
  for (const u of units) if (testUnit(test, u)) return true;
  return false;
}

function needsOf(tests: readonly UnitTest[], index: NeedIndex): number[] {
  const needs: number[] = [];
  for (const test of tests) {
    for (const [key, field] of NEED_KEYS) {
      const value = test[field];
      if (value === undefined || value === 'ANY') continue;
      const list = listOf(value);
      if (list) needs.push(index.add(key, list));
    }
  }
  return needs;
}

/**
 * Whether a required test says no more than one of its needs: a single positive look-up
 * (`{LEMMA: [...]}`, `{ENT: "Person"}`), which the need marks already answer for the sentence,
 * so matching it against every unit again would only repeat that answer.
 */
function isOneNeed(test: UnitTest): boolean {
  const keys = Object.keys(test);
  if (keys.length !== 1) return false;
  const value = test[keys[0] as keyof UnitTest];
  return NEED_KEYS.some(([, field]) => field === keys[0]) && value !== 'ANY' && listOf(value as ValueTest) !== undefined;
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
  const index = new NeedIndex();
  const prepared = new Map<Rule, Prepared>();
  for (const rule of rules) {
    const tests = requiredTests(rule.pattern);
    prepared.set(rule, { needs: needsOf(tests, index), residual: tests.filter((t) => !isOneNeed(t)) });
  }
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
      const met = index.met(units);
      for (const rule of list) {
        if (rule.kinds ? !rule.kinds.includes(sentence.kind) : sentence.kind === 'headline') continue;
        const { needs, residual } = prepared.get(rule)!;
        if (!allMet(needs, met) || !residual.every((t) => someUnitPasses(t, units))) continue;
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
