import { normalizeName } from '../extract/text.js';
import type { Doc } from '../extract/types.js';
import type { Gold } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  /** Per entity type, plus "all". */
  entities: Record<string, Counts>;
  relations: Counts;
  claims: Counts;
  /** Claims matched by sentence whose speaker is also right. */
  speakers: { correct: number; total: number };
  /** What was missed and what was extra, for reading by a person. */
  misses: string[];
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const sentenceKey = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Pairs each gold item with the first unused prediction that matches it. */
function matchOneToOne<G, P>(gold: G[], predicted: P[], matches: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (i < 0) missed.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  return { pairs, missed, extra: predicted.filter((_, k) => !used.has(k)) };
}

const emptyScores = (): Scores => ({
  entities: { all: empty() },
  relations: empty(),
  claims: empty(),
  speakers: { correct: 0, total: 0 },
  misses: [],
});

/**
 * Scores one extraction against its gold file. An entity matches when the types agree
 * and a name or alias agrees (normalised); a relation when its predicate agrees and both
 * ends match gold names; a claim when its sentence is the gold sentence.
 */
export function scoreDoc(doc: Doc, gold: Gold): Scores {
  const scores = emptyScores();
  const namesOf = new Map(doc.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(normalizeName))]));
  const goldNames = (name: string) => {
    const entry = gold.entities.find((e) => normalizeName(e.name) === normalizeName(name));
    return new Set([name, ...(entry?.aliases ?? [])].map(normalizeName));
  };
  const same = (id: string, goldName: string) => {
    const names = namesOf.get(id);
    return !!names && [...goldNames(goldName)].some((n) => names.has(n));
  };
  const bump = (type: string, key: keyof Counts) => {
    scores.entities[type] ??= empty();
    scores.entities[type]![key] += 1;
    scores.entities.all![key] += 1;
  };

  const entities = matchOneToOne(gold.entities, doc.entities, (g, e) => e.type === g.type && same(e.id, g.name));
  for (const [g] of entities.pairs) bump(g.type, 'tp');
  for (const g of entities.missed) {
    bump(g.type, 'fn');
    scores.misses.push(`missed ${g.type} ${g.name}`);
  }
  for (const e of entities.extra) {
    bump(e.type, 'fp');
    scores.misses.push(`extra ${e.type} ${e.name}`);
  }

  const relations = matchOneToOne(
    gold.relations,
    doc.relations,
    (g, r) => r.predicate === g.predicate && same(r.subject, g.subject) && same(r.object, g.object),
  );
  scores.relations = { tp: relations.pairs.length, fp: relations.extra.length, fn: relations.missed.length };
  scores.misses.push(
    ...relations.missed.map((g) => `missed ${g.subject} ${g.predicate} ${g.object}`),
    ...relations.extra.map((r) => `extra ${r.subject} ${r.predicate} ${r.object}`),
  );

  const claims = matchOneToOne(gold.claims, doc.claims, (g, c) => sentenceKey(c.sentence) === sentenceKey(g.sentence));
  scores.claims = { tp: claims.pairs.length, fp: claims.extra.length, fn: claims.missed.length };
  scores.speakers.total = claims.pairs.length;
  for (const [g, c] of claims.pairs) {
    if (g.speaker === null ? c.speaker === null : c.speaker !== null && same(c.speaker, g.speaker)) scores.speakers.correct += 1;
    else scores.misses.push(`wrong speaker ${c.speaker} for "${g.sentence.slice(0, 50)}…"`);
  }
  scores.misses.push(
    ...claims.missed.map((g) => `missed claim "${g.sentence.slice(0, 60)}…"`),
    ...claims.extra.map((c) => `extra claim "${c.sentence.slice(0, 60)}…"`),
  );
  return scores;
}

/** Adds up per-article scores (micro-averaging). */
export function sumScores(all: Scores[]): Scores {
  const total = emptyScores();
  const add = (into: Counts, from: Counts) => {
    into.tp += from.tp;
    into.fp += from.fp;
    into.fn += from.fn;
  };
  for (const s of all) {
    for (const [type, counts] of Object.entries(s.entities)) add((total.entities[type] ??= empty()), counts);
    add(total.relations, s.relations);
    add(total.claims, s.claims);
    total.speakers.correct += s.speakers.correct;
    total.speakers.total += s.speakers.total;
    total.misses.push(...s.misses);
  }
  return total;
}
