/**
 * The standard NER measure: exact-span precision, recall and F1 per type, micro-averaged over
 * PER / ORG / LOC (MISC is reported apart, since most corpora and the graph do not use it).
 */
import { spansOf } from './tags.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NerScore {
  byType: Record<string, Counts>;
  /** PER, ORG and LOC together. */
  micro: Counts;
  sentences: number;
  tokens: number;
}

export const SCORED_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const MICRO_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);

export function emptyScore(): NerScore {
  const byType: Record<string, Counts> = {};
  for (const type of SCORED_TYPES) byType[type] = { tp: 0, fp: 0, fn: 0 };
  return { byType, micro: { tp: 0, fp: 0, fn: 0 }, sentences: 0, tokens: 0 };
}

/** Adds one sentence's gold and predicted tags to `score`. */
export function addSentence(score: NerScore, gold: readonly string[], predicted: readonly string[]): void {
  score.sentences += 1;
  score.tokens += gold.length;
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const goldSpans = spansOf(gold);
  const predictedSpans = spansOf(predicted);
  const goldKeys = new Set(goldSpans.map(key));
  const predictedKeys = new Set(predictedSpans.map(key));
  const count = (type: string, field: keyof Counts) => {
    const counts = (score.byType[type] ??= { tp: 0, fp: 0, fn: 0 });
    counts[field] += 1;
    if (MICRO_TYPES.has(type)) score.micro[field] += 1;
  };
  for (const span of predictedSpans) count(span.type, goldKeys.has(key(span)) ? 'tp' : 'fp');
  for (const span of goldSpans) if (!predictedKeys.has(key(span))) count(span.type, 'fn');
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** A markdown table of the score: one row per type with gold entities, then the micro average. */
export function formatScore(score: NerScore): string {
  const rows = ['| type | P | R | F1 | tp | fp | fn |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const type of SCORED_TYPES) {
    const c = score.byType[type]!;
    if (!c.tp && !c.fn && !c.fp) continue;
    const { p, r, f } = prf(c);
    rows.push(`| ${type} | ${pct(p)} | ${pct(r)} | ${pct(f)} | ${c.tp} | ${c.fp} | ${c.fn} |`);
  }
  const { p, r, f } = prf(score.micro);
  rows.push(`| **PER+ORG+LOC** | ${pct(p)} | ${pct(r)} | **${pct(f)}** | ${score.micro.tp} | ${score.micro.fp} | ${score.micro.fn} |`);
  return rows.join('\n');
}
