import { describe, expect, it } from 'vitest';
import { strongestPairs, type RankedTies } from '../../src/graph/strongest-pairs.js';

const fact = (a: string, b: string) => `${a}|AFFILIATED_WITH|${b}`;

/** Ranked ties from `[neighbour, weight]` lists, the fact to each named after the pair. */
function reachedOf(lists: Record<string, Array<[string, number]>>): Map<string, RankedTies> {
  return new Map(
    Object.entries(lists).map(([id, ties]) => [
      id,
      {
        entity: { id } as RankedTies['entity'],
        neighbours: ties.map(([n]) => n),
        facts: ties.map(([n]) => (id < n ? fact(id, n) : fact(n, id))),
        weights: ties.map(([, w]) => w),
      },
    ]),
  );
}

// A reached B and C; B and C share a weak tie, C and D a strong one; X was not reached.
const reached = reachedOf({
  a: [
    ['b', 5],
    ['c', 4],
    ['x', 9],
  ],
  b: [
    ['a', 5],
    ['c', 1],
  ],
  c: [
    ['d', 7],
    ['a', 4],
    ['b', 1],
  ],
  d: [['c', 7]],
});
const reachedBy = [fact('a', 'b'), fact('a', 'c'), fact('c', 'd')];

describe('strongestPairs', () => {
  it('keeps one fact per pair of reached nodes, the reaching ties first, then by weight', () => {
    expect(strongestPairs(reached, reachedBy, 100)).toEqual({
      facts: [fact('a', 'b'), fact('a', 'c'), fact('c', 'd'), fact('b', 'c')],
      truncated: false,
    });
  });

  it('cuts the weakest pairs past the cap, never a tie that reached a node, and says so', () => {
    expect(strongestPairs(reached, reachedBy, 3)).toEqual({ facts: reachedBy, truncated: true });
  });

  it('ranks the pairs no node was reached by on weight, then fact id', () => {
    const loose = reachedOf({
      p: [
        ['q', 2],
        ['r', 3],
      ],
      q: [['r', 2]],
      r: [],
    });
    expect(strongestPairs(loose, [], 2)).toEqual({ facts: [fact('p', 'r'), fact('p', 'q')], truncated: true });
  });
});
