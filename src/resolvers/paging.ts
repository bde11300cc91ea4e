import { badInput } from '../errors.js';
import type { Limits } from '../api/limits.js';
import type { Page } from '../graph/rows.js';

type FieldType = 'string' | 'number' | 'string?';
type Value<F extends FieldType> = F extends 'string' ? string : F extends 'number' ? number : string | null;

/**
 * Keyset cursors: the sort key and id of the last item seen, as opaque base64url JSON
 * (`["articles", "2024-11-20T09:00:00.000Z", "article:…"]`). The next page starts after
 * that position, wherever it has moved to, so an article loaded meanwhile shifts no page
 * (an offset would repeat or skip items). Each connection has its own tag, so a cursor
 * from one list is refused by another.
 */
export function cursorCodec<const Fields extends Record<string, FieldType>>(tag: string, fields: Fields) {
  type Key = { [K in keyof Fields]: Value<Fields[K]> };
  const names = Object.keys(fields) as Array<keyof Fields & string>;
  return {
    encode(key: Key): string {
      return Buffer.from(JSON.stringify([tag, ...names.map((n) => key[n])])).toString('base64url');
    },
    decode(cursor: string | null | undefined, argument = 'after'): Key | null {
      if (cursor === null || cursor === undefined) return null;
      const invalid = () =>
        badInput(`Invalid cursor "${cursor.slice(0, 40)}": pass an endCursor from a previous page of this list.`, { argument });
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalid();
      }
      if (!Array.isArray(parsed) || parsed.length !== names.length + 1 || parsed[0] !== tag) throw invalid();
      const key = {} as Record<string, unknown>;
      names.forEach((name, i) => {
        const value: unknown = parsed[i + 1];
        const type = fields[name];
        const ok =
          type === 'number'
            ? typeof value === 'number' && Number.isFinite(value)
            : type === 'string'
              ? typeof value === 'string'
              : value === null || typeof value === 'string';
        if (!ok) throw invalid();
        key[name] = value;
      });
      return key as Key;
    },
  };
}

export function pageSize(first: number | null | undefined, limits: Limits, fallback = 20, argument = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > limits.maxPageSize) {
    throw badInput(`\`${argument}\` must be between 0 and ${limits.maxPageSize} (got ${value}).`, { argument, limit: limits.maxPageSize });
  }
  return value;
}

/**
 * A Relay connection over one page. The graph layer reads one row more than asked for:
 * whether it came is `hasNextPage`, with no second count.
 */
export function connection<T>(page: Page<T>, first: number, cursorOf: (item: T) => string, after: unknown) {
  const items = page.items.slice(0, first);
  const edges = items.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes: items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.items.length > first,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
