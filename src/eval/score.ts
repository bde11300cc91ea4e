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

/**
 * Scores one extraction against its gold file. An entity matches when the types agree
 * and a name or alias agrees (normalised); a relation when its predicate agrees and both
 * ends match gold names; a claim when its sentence is the gold sentence.
 */
export function scoreDoc(doc: Doc, gold: Gold): Scores {
  const scores: Scores = { entities: { all: empty() }, relations: empty(), claims: empty(), speakers: { correct: 0, total: 0 }, misses: [] };
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

  const matched = new Set<string>();
  for (const g of gold.entities) {
    const hit = doc.entities.find((e) => e.type === g.type && !matched.has(e.id) && same(e.id, g.name));
    if (hit) {
      matched.add(hit.id);
      bump(g.type, 'tp');
    } else {
      bump(g.type, 'fn');
      scores.misses.push(`missed ${g.type} ${g.name}`);
    }
  }
  for (const e of doc.entities) {
    if (matched.has(e.id)) continue;
    bump(e.type, 'fp');
    scores.misses.push(`extra ${e.type} ${e.name}`);
  }

  const relMatched = new Set<number>();
  for (const g of gold.relations) {
    const i = doc.relations.findIndex((r, k) => !relMatched.has(k) && r.predicate === g.predicate && same(r.subject, g.subject) && same(r.object, g.object));
    if (i >= 0) {
      relMatched.add(i);
      scores.relations.tp += 1;
    } else {
      scores.relations.fn += 1;
      scores.misses.push(`missed ${g.subject} ${g.predicate} ${g.object}`);
    }
  }
  doc.relations.forEach((r, k) => {
    if (relMatched.has(k)) return;
    scores.relations.fp += 1;
    scores.misses.push(`extra ${r.subject} ${r.predicate} ${r.object}`);
  });

  const claimMatched = new Set<number>();
  for (const g of gold.claims) {
    const i = doc.claims.findIndex((c, k) => !claimMatched.has(k) && sentenceKey(c.sentence) === sentenceKey(g.sentence));
    if (i < 0) {
      scores.claims.fn += 1;
      scores.misses.push(`missed claim "${g.sentence.slice(0, 60)}…"`);
      continue;
    }
    claimMatched.add(i);
    scores.claims.tp += 1;
    scores.speakers.total += 1;
    const speaker = doc.claims[i]!.speaker;
    if (g.speaker === null ? speaker === null : speaker !== null && same(speaker, g.speaker)) scores.speakers.correct += 1;
    else scores.misses.push(`wrong speaker ${speaker} for "${g.sentence.slice(0, 50)}…"`);
  }
  doc.claims.forEach((c, k) => {
    if (claimMatched.has(k)) return;
    scores.claims.fp += 1;
    scores.misses.push(`extra claim "${c.sentence.slice(0, 60)}…"`);
  });
  return scores;
}

/** Adds up per-article scores (micro-averaging). */
export function sumScores(all: Scores[]): Scores {
  const total: Scores = { entities: { all: empty() }, relations: empty(), claims: empty(), speakers: { correct: 0, total: 0 }, misses: [] };
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
