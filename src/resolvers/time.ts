import { badInput } from '../errors.js';
import type { DateRange } from '../graph/rows.js';
import { normalizePublishedAt } from '../ingest/published-at.js';

/** A `from`/`to` argument as the ISO date-time the graph stores; a date alone is midnight UTC. */
function dateArgument(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const iso = normalizePublishedAt(value);
  if (!iso)
    throw badInput(
      `\`${argument}\` must be a date or date-time such as 2024-11-20 or 2024-11-20T09:00:00Z (got "${String(value).slice(0, 40)}").`,
      { argument },
    );
  return iso;
}

/** The publication-date window of a request: `from` inclusive, `to` exclusive. */
export function dateRange(args: { from?: string | null; to?: string | null }): DateRange {
  const from = dateArgument(args.from, 'from');
  const to = dateArgument(args.to, 'to');
  if (from && to && from >= to) throw badInput('`from` must be before `to`.', { argument: 'from' });
  return { from, to };
}

export type TimeInterval = 'DAY' | 'WEEK' | 'MONTH';

/** Most buckets one timeline answers (about 2.7 years of days). */
export const MAX_BUCKETS = 1000;

/** The start of the bucket holding `day` (YYYY-MM-DD, UTC); weeks start on Monday, as Cypher's date.truncate. */
function bucketStart(day: Date, interval: TimeInterval): Date {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  if (interval === 'MONTH') d.setUTCDate(1);
  if (interval === 'WEEK') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

function next(d: Date, interval: TimeInterval): Date {
  const n = new Date(d);
  if (interval === 'DAY') n.setUTCDate(n.getUTCDate() + 1);
  else if (interval === 'WEEK') n.setUTCDate(n.getUTCDate() + 7);
  else n.setUTCMonth(n.getUTCMonth() + 1);
  return n;
}

export interface Bucket {
  start: string;
  mentions: number;
  claims: number;
  articles: number;
}

/**
 * Every bucket from the window's start (or the first with data) to its end (or the last
 * with data), empty ones as zeros, so a dashboard draws a trend line without gaps.
 */
export function fillBuckets(
  rows: Array<{ start: string; mentions: number; claims: number; articles: number }>,
  interval: TimeInterval,
  range: DateRange,
): Bucket[] {
  const byStart = new Map(rows.map((r) => [new Date(`${r.start}T00:00:00Z`).toISOString(), r]));
  const firstDay = range.from ? new Date(range.from) : rows[0] ? new Date(`${rows[0].start}T00:00:00Z`) : null;
  // `to` is exclusive: its bucket is included only when `to` falls after the bucket's start.
  const lastDay = range.to
    ? new Date(new Date(range.to).getTime() - 1)
    : rows.length
      ? new Date(`${rows[rows.length - 1]!.start}T00:00:00Z`)
      : null;
  if (!firstDay || !lastDay || lastDay < firstDay) return [];
  const buckets: Bucket[] = [];
  for (let d = bucketStart(firstDay, interval); d <= lastDay; d = next(d, interval)) {
    if (buckets.length >= MAX_BUCKETS)
      throw badInput(`A timeline has at most ${MAX_BUCKETS} buckets: choose a longer interval or a shorter window.`, {
        argument: 'interval',
        limit: MAX_BUCKETS,
      });
    const start = d.toISOString();
    const row = byStart.get(start);
    buckets.push({ start, mentions: row?.mentions ?? 0, claims: row?.claims ?? 0, articles: row?.articles ?? 0 });
  }
  return buckets;
}
