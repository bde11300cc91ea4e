import { describe, expect, it } from 'vitest';
import { normalizePublishedAt } from '../../src/ingest/published-at.js';

describe('normalizePublishedAt', () => {
  it.each([
    ['2024-10-15', '2024-10-15T00:00:00.000Z'],
    ['2024-11-07T12:00:00Z', '2024-11-07T12:00:00.000Z'],
    ['2024-12-02T10:00:00+01:00', '2024-12-02T09:00:00.000Z'],
    ['2024-11-20T09:00:00.123456+0530', '2024-11-20T03:30:00.123Z'],
    ['2024-11-26 14:30', '2024-11-26T14:30:00.000Z'],
    ['Fri, 22 Nov 2024 08:00:00 GMT', '2024-11-22T08:00:00.000Z'],
    ['November 25, 2024', '2024-11-25T00:00:00.000Z'],
    ['20 November 2024', '2024-11-20T00:00:00.000Z'],
    ['Nov 20 2024 09:00 EST', '2024-11-20T14:00:00.000Z'],
  ])('reads %s as %s', (written, iso) => expect(normalizePublishedAt(written)).toBe(iso));

  it.each([
    ['last Tuesday'],
    ['2024-02-31'],
    ['2024-11-20T25:00:00Z'],
    ['2024-11-20T09:60:00Z'],
    ['2024-11-20T09:00:61Z'],
    [''],
    ['   '],
    [null],
    [undefined],
    ['99999-01-01'],
    // V8 would fill in 2001 for a missing year, and read years 0-99 as the 1900s; no zone is 99 hours off.
    ['March 2'],
    ['12'],
    ['20 Nov'],
    ['0024-11-20'],
    ['2024-11-20T09:00:00+99:99'],
  ])('gives null for %s', (written) => {
    expect(normalizePublishedAt(written)).toBeNull();
  });
});
