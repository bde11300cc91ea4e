import { badInput } from '../errors.js';
import type { Limits } from '../server/limits.js';
import type { Page } from '../graph/rows.js';

/** Cursors are opaque base64 of `offset:N`; the order behind them is total, so pages are stable. */
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`Invalid cursor "${cursor.slice(0, 40)}": pass an endCursor from a previous page.`, { argument: 'after' });
  return Number(match[1]) + 1;
}

export function pageSize(first: number | null | undefined, limits: Limits, fallback = 20, argument = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > limits.maxPageSize) {
    throw badInput(`\`${argument}\` must be between 0 and ${limits.maxPageSize} (got ${value}).`, { argument, limit: limits.maxPageSize });
  }
  return value;
}

/** A Relay connection over one page. */
export function connection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
