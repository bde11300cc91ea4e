import { factParts } from '../ids.js';
import type { EntityRow } from './rows.js';

/** One entity's ranked ties as a hop reads them (STRONGEST_TIES): neighbours, the strongest fact to each and that tie's weight, in rank order. */
export interface RankedTies {
  entity: EntityRow;
  neighbours: string[];
  facts: string[];
  weights: number[];
}

const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * The facts of a ranked neighbourhood, one per pair of its nodes: first the ties that
 * reached each node (so the answer stays connected), then the other pairs by weight
 * (evidence sentences), then fact id; at most `max`, `truncated` when pairs were left out.
 */
export function strongestPairs(
  reached: ReadonlyMap<string, RankedTies>,
  reachedBy: readonly string[],
  max: number,
): { facts: string[]; truncated: boolean } {
  const pairs = new Map<string, { fact: string; weight: number }>();
  for (const [a, ties] of reached) {
    ties.neighbours.forEach((b, j) => {
      const pair = pairOf(a, b);
      if (a !== b && reached.has(b) && !pairs.has(pair)) pairs.set(pair, { fact: ties.facts[j]!, weight: ties.weights[j] ?? 0 });
    });
  }
  const total = pairs.size;
  const facts: string[] = [];
  for (const fact of reachedBy) {
    const { sourceId, targetId } = factParts(fact);
    const pair = pairOf(sourceId, targetId);
    const tie = pairs.get(pair);
    if (!tie || facts.length >= max) continue;
    facts.push(tie.fact);
    pairs.delete(pair);
  }
  const rest = [...pairs.values()].sort((x, y) => y.weight - x.weight || (x.fact < y.fact ? -1 : x.fact > y.fact ? 1 : 0));
  facts.push(...rest.slice(0, Math.max(0, max - facts.length)).map((p) => p.fact));
  return { facts, truncated: facts.length < total };
}
