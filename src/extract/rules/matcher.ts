/**
 * The one interpreter of rule patterns: a backtracking matcher over a sentence's units, in the
 * manner of spaCy's Matcher, with phrase items (NP, PP, LIST) read off the phrase layer.
 */
import type {
  AnchorItem,
  ListItem,
  NounPhraseItem,
  PatternItem,
  PrepPhraseItem,
  RuleMatch,
  Unit,
  UnitItem,
  UnitTest,
  ValueTest,
} from './types.js';
import { nounPhraseHeads } from './units.js';

const DEFAULT_MAX = 8;
/** Matches kept from one start position: enough for every object of a list, no blow-up. */
const MAX_MATCHES_PER_START = 12;

function testValue(test: ValueTest, value: string | undefined): boolean {
  if (typeof test === 'string') return value === test;
  if (Array.isArray(test)) return value !== undefined && test.includes(value);
  if ('IN' in test) return value !== undefined && test.IN.includes(value);
  return value === undefined || !test.NOT_IN.includes(value);
}

function testClasses(test: ValueTest, classes: ReadonlySet<string>): boolean {
  if (typeof test === 'string') return classes.has(test);
  const list = Array.isArray(test) ? test : 'IN' in test ? test.IN : undefined;
  if (list) return list.some((c) => classes.has(c));
  return !(test as { NOT_IN: string[] }).NOT_IN.some((c) => classes.has(c));
}

export function testUnit(test: UnitTest, u: Unit): boolean {
  if (test.LOWER !== undefined && !testValue(test.LOWER, u.lower)) return false;
  if (test.LEMMA !== undefined && !testValue(test.LEMMA, u.lemma)) return false;
  if (test.TEXT !== undefined && !testValue(test.TEXT, u.text)) return false;
  if (test.POS !== undefined && !testValue(test.POS, u.pos)) return false;
  if (test.ENT !== undefined && !(test.ENT === 'ANY' ? u.ent !== undefined : testValue(test.ENT, u.ent))) return false;
  if (test.CLASS !== undefined && !testClasses(test.CLASS, u.classes)) return false;
  if (test.SOURCE !== undefined && !testValue(test.SOURCE, u.mention?.source)) return false;
  if (test.IS_TITLE !== undefined && /^\p{Lu}/u.test(u.text) !== test.IS_TITLE) return false;
  if (test.NOT !== undefined && (Array.isArray(test.NOT) ? test.NOT.some((t) => testUnit(t, u)) : testUnit(test.NOT, u))) return false;
  return true;
}

/** One occurrence of an item at `pos`: each way it can end, with the units it captures. */
type Step = [end: number, captured: Unit[]];

const LIST_JOINERS = new Set([',', ';', 'and', 'or', '&']);

function nounPhrase(test: UnitTest, units: readonly Unit[], pos: number): Step[] {
  const steps: Step[] = [];
  if (pos >= units.length) return steps;
  // Longest first.
  const heads = nounPhraseHeads(units, pos);
  for (let k = heads.length - 1; k >= 0; k -= 1) {
    const head = units[heads[k]!]!;
    if (testUnit(test, head)) steps.push([heads[k]! + 1, [head]]);
  }
  return steps;
}

/** Joiners that close a list: "A, B and C"; "A, B" alone is an apposition or two clauses, no list. */
const LIST_CLOSERS = new Set(['and', 'or', '&']);

/**
 * Past what a list's person carries before the next member: "of" and their body or town ("Lucía Berrocal of Tramontana
 * Cine", "of the charity Bite Free Africa"), or, where the rule asks, "for" and a party ("A for the Labour Party, B for
 * …") or an aside up to the next comma ("Tom Barasa, supply chain director at MedRoute, Esther Wambui …") that names no
 * person and has no verb, taken only when a member follows.
 */
function pastAffiliation(units: readonly Unit[], at: number, head: Unit | undefined, asides: boolean): number {
  if (head?.ent !== 'Person') return at;
  if (units[at]?.lower === 'of' || (asides && units[at]?.lower === 'for')) {
    const body = nounPhrase({ ENT: ['Organization', 'Place'] }, units, at + 1)[0];
    if (body) return body[0];
  }
  return asides ? pastAside(units, at) : at;
}

function pastAside(units: readonly Unit[], at: number): number {
  if (units[at]?.lower !== ',') return at;
  for (let j = at + 1; j < units.length && j <= at + 1 + MAX_APPOSITION; j += 1) {
    const u = units[j]!;
    if (u.ent === 'Person' || CLAUSE_BREAKS.has(u.lower) || u.lower === 'and' || u.lower === 'or') return at;
    if ((u.pos === 'VERB' || u.pos === 'AUX') && !u.classes.has('TITLE') && units[j - 1]?.lower !== '-') return at;
    if (u.lower === ',') return j > at + 1 && startsPerson(units, units[j + 1]?.lower === 'and' ? j + 2 : j + 1) ? j : at;
  }
  return at;
}

const startsPerson = (units: readonly Unit[], pos: number) => nounPhrase({ ENT: 'Person' }, units, pos).length > 0;

/** "A, B and C", "A and B", "A": each member a noun phrase whose head passes the test. */
function list(test: UnitTest, units: readonly Unit[], pos: number, asides = false): Step[] {
  const steps: Step[] = [];
  for (const [end, heads] of nounPhrase(test, units, pos).slice(0, 1)) {
    let at = end;
    const members = [...heads];
    steps.push([at, [...members]]);
    for (;;) {
      const from = pastAffiliation(units, at, members[members.length - 1], asides);
      let next = from;
      while (next < from + 2 && units[next] && LIST_JOINERS.has(units[next]!.lower)) next += 1;
      let closes = units.slice(from, next).some((u) => LIST_CLOSERS.has(u.lower));
      // "as well as"
      if (next === from && units[from]?.lower === 'as' && units[from + 1]?.lower === 'well' && units[from + 2]?.lower === 'as') {
        next = from + 3;
        closes = true;
      }
      if (next === from) break;
      const member = nounPhrase(test, units, next)[0];
      if (!member) break;
      at = member[0];
      members.push(...member[1]);
      if (closes) steps.push([at, [...members]]);
    }
  }
  return steps.reverse();
}

/** The most units an aside may hold between its commas. */
const MAX_APPOSITION = 14;
/** Units that end a clause or open a quotation: no aside holds them. */
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** Words that open a relative clause, the one kind of aside with a verb of its own. */
const RELATIVES = new Set(['who', 'whose', 'which', 'where']);

/**
 * ", previously head of sales at Barclays," or ", who joined in 2019,": from a comma to the next.
 * A verb belongs to an aside only in a relative clause ("X, Y said, …" puts nothing aside); an
 * aside followed by "and" or "or" is a list's member ("Lopez, Smith, and Jones").
 */
function apposition(units: readonly Unit[], pos: number): Step[] {
  if (units[pos]?.lower !== ',') return [];
  const relative = RELATIVES.has(units[pos + 1]?.lower ?? '');
  for (let j = pos + 1; j < units.length && j <= pos + 1 + MAX_APPOSITION; j += 1) {
    const u = units[j]!;
    if (CLAUSE_BREAKS.has(u.lower)) return [];
    if (u.lower === ',') {
      const next = units[j + 1]?.lower;
      return j > pos + 1 && next !== 'and' && next !== 'or' ? [[j + 1, []]] : [];
    }
    // ("the Pune-based maker": a verb's participle after a hyphen is a compound's word, no verb of the aside.)
    if (!relative && (u.pos === 'VERB' || u.pos === 'AUX') && !u.classes.has('TITLE') && units[j - 1]?.lower !== '-') return [];
  }
  return [];
}

function once(item: PatternItem, units: readonly Unit[], pos: number): Step[] {
  if ('APPOSITION' in item) return apposition(units, pos);
  if ('LIST' in item) return list((item as ListItem).LIST, units, pos, (item as ListItem).ASIDES === true);
  if ('PP' in item) {
    const pp = item as PrepPhraseItem;
    if (pos >= units.length || !testUnit(pp.PP, units[pos]!)) return [];
    return nounPhrase(pp.NP, units, pos + 1);
  }
  if ('NP' in item) return nounPhrase((item as NounPhraseItem).NP, units, pos);
  const u = units[pos];
  return u && testUnit(item as UnitItem, u) ? [[pos + 1, [u]]] : [];
}

const anchors = new WeakMap<PatternItem, boolean>();

function isAnchor(item: PatternItem): item is AnchorItem {
  let anchor = anchors.get(item);
  if (anchor === undefined)
    anchors.set(item, (anchor = 'START' in item || 'END' in item || 'NOT_FOLLOWED_BY' in item || 'NOT_PRECEDED_BY' in item));
  return anchor;
}

/** The most units a pattern can span, so a look-behind knows how far back to start. */
const widths = new WeakMap<readonly PatternItem[], number>();
function widthOf(pattern: readonly PatternItem[]): number {
  let width = widths.get(pattern);
  if (width !== undefined) return width;
  width = 0;
  for (const item of pattern) {
    if (isAnchor(item)) continue;
    const op = (item as UnitItem).OP;
    const each = 'LIST' in item ? 24 : 'APPOSITION' in item ? MAX_APPOSITION + 2 : 'NP' in item || 'PP' in item ? MAX_PHRASE : 1;
    width += each * (op === '*' || op === '+' ? ((item as UnitItem).MAX ?? DEFAULT_MAX) : 1);
  }
  widths.set(pattern, width);
  return width;
}
const MAX_PHRASE = 9;

function anchorHolds(item: AnchorItem, units: readonly Unit[], pos: number): boolean {
  if (item.START && pos !== 0) return false;
  if (item.END && pos !== units.length) return false;
  if (item.NOT_FOLLOWED_BY && matchAt(item.NOT_FOLLOWED_BY, units, pos, 1).length > 0) return false;
  if (item.NOT_PRECEDED_BY) {
    const behind = item.NOT_PRECEDED_BY;
    const width = widthOf(behind);
    for (let from = pos - 1; from >= 0 && from >= pos - width; from -= 1) {
      if (matchAt(behind, units, from, MAX_MATCHES_PER_START).some((m) => m.end === pos)) return false;
    }
  }
  return true;
}

/** The state of one matching run, passed down instead of closed over (closures cost per call). */
interface Run {
  pattern: readonly PatternItem[];
  units: readonly Unit[];
  start: number;
  limit: number;
  results: RuleMatch[];
  captured: Array<[string, Unit[]]>;
}

function emit(run: Run, end: number): void {
  const captures = new Map<string, Unit[]>();
  for (const [name, got] of run.captured) {
    const before = captures.get(name);
    captures.set(name, before ? [...before, ...got] : got);
  }
  run.results.push({ start: run.start, end, captures });
}

function step(run: Run, i: number, pos: number): void {
  if (run.results.length >= run.limit) return;
  if (i === run.pattern.length) {
    emit(run, pos);
    return;
  }
  const item = run.pattern[i]!;
  if (isAnchor(item)) {
    if (anchorHolds(item, run.units, pos)) step(run, i + 1, pos);
    return;
  }
  const op = (item as UnitItem).OP;
  const max = op === '?' ? 1 : op === '*' || op === '+' ? ((item as UnitItem).MAX ?? DEFAULT_MAX) : 1;
  const min = op === '?' || op === '*' ? 0 : 1;
  repeat(run, i, item, max, min, 0, pos);
}

/** Repeats item `i` greedily, then backs off: each depth tries every way the item can end there. */
function repeat(run: Run, i: number, item: PatternItem, max: number, min: number, count: number, at: number): void {
  if (run.results.length >= run.limit) return;
  if (count < max) {
    const capture = (item as UnitItem).capture;
    if (!('LIST' in item || 'NP' in item || 'PP' in item || 'APPOSITION' in item)) {
      // A single unit: no list of ways to end.
      const u = run.units[at];
      if (u && testUnit(item as UnitItem, u)) {
        if (capture) run.captured.push([capture, [u]]);
        repeat(run, i, item, max, min, count + 1, at + 1);
        if (capture) run.captured.pop();
      }
    } else {
      for (const [end, got] of once(item, run.units, at)) {
        if (end === at) continue;
        if (capture) run.captured.push([capture, got]);
        repeat(run, i, item, max, min, count + 1, end);
        if (capture) run.captured.pop();
      }
    }
  }
  if (count >= min) step(run, i + 1, at);
}

/** Every match of `pattern` starting exactly at `start`, longest-first per item, up to `limit`. */
export function matchAt(
  pattern: readonly PatternItem[],
  units: readonly Unit[],
  start: number,
  limit = MAX_MATCHES_PER_START,
): RuleMatch[] {
  const run: Run = { pattern, units, start, limit, results: [], captured: [] };
  step(run, 0, start);
  return run.results;
}

/** What a match's first unit must pass, when the pattern says (so most starts are skipped cheaply). */
const openers = new WeakMap<readonly PatternItem[], { test?: UnitTest; atStart: boolean }>();
function openerOf(pattern: readonly PatternItem[]): { test?: UnitTest; atStart: boolean } {
  let opener = openers.get(pattern);
  if (opener) return opener;
  opener = { atStart: false };
  for (const item of pattern) {
    if ('START' in item) opener.atStart = true;
    if (isAnchor(item)) continue;
    const op = (item as UnitItem).OP;
    if ((op === undefined || op === '+') && !('NP' in item) && !('LIST' in item) && !('APPOSITION' in item))
      opener.test = 'PP' in item ? (item as PrepPhraseItem).PP : (item as UnitTest);
    break;
  }
  openers.set(pattern, opener);
  return opener;
}

/** Every match of `pattern` in the units, from each start position in turn. */
export function findAll(pattern: readonly PatternItem[], units: readonly Unit[]): RuleMatch[] {
  const { test, atStart } = openerOf(pattern);
  const last = atStart ? Math.min(1, units.length) : units.length;
  // One run for every start, its matches gathered in one list (as matchAt's would be, start by start).
  const run: Run = { pattern, units, start: 0, limit: 0, results: [], captured: [] };
  for (let start = 0; start < last; start += 1) {
    if (test && !testUnit(test, units[start]!)) continue;
    run.start = start;
    run.limit = run.results.length + MAX_MATCHES_PER_START;
    step(run, 0, start);
  }
  return run.results;
}
