/**
 * Publication dates arrive as feeds write them: `2024-11-20`, `2024-11-20T09:00:00+01:00`,
 * `Wed, 20 Nov 2024 09:00:00 GMT`, `November 20, 2024`. The graph stores one form, an ISO
 * date-time in UTC (`2024-11-20T08:00:00.000Z`), so dates sort and filter as strings and
 * undated articles can be told apart; what was written is kept beside it. A date without
 * a time is midnight UTC, and a time without a zone is UTC: a server's own zone must not
 * change what is stored.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** A zone or offset named anywhere in prose or RFC 2822 text. */
const HAS_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\b)/;

function fromIso(match: RegExpExecArray): number {
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '0', zone] = match;
  // Date.UTC reads years 0-99 as 1900-1999 ("0024-11-20" was stored as 1924); no offset passes UTC±14:00.
  const offset = zone && zone.toUpperCase() !== 'Z' ? zone.slice(1).replace(':', '') : '0000';
  if (Number(y) < 1000 || Number(offset.slice(0, 2)) > 14 || Number(offset.slice(2)) > 59) return Number.NaN;
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  // Date.UTC rolls 2024-02-31 over into March and 25:00 into the next day: a date or time
  // that does not exist is not one. (Second 60, a leap second, is let through as :59 + 1 s.)
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDay = check.getUTCMonth() === Number(mo) - 1 && check.getUTCDate() === Number(d);
  const realTime = Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 60;
  return realDay && realTime ? time : Number.NaN;
}

/** The ISO date-time (UTC) a written publication date means, or null when it names no date. */
export function normalizePublishedAt(written: string | null | undefined): string | null {
  const text = written?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  // Outside ISO form, only a text naming its year: V8 fills a missing one with 2001 ("March 2", "12", "20 Nov").
  if (!iso && !/\b\d{4}\b/.test(text)) return null;
  const time = iso ? fromIso(iso) : Date.parse(HAS_ZONE.test(text) ? text : `${text} UTC`);
  if (!Number.isFinite(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1000 && year <= 9999 ? new Date(time).toISOString() : null;
}
