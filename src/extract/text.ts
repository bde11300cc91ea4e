/** Small text helpers shared by the stages. */
import { createHash } from 'node:crypto';

const APOSTROPHES = /[’‘`´]/g;

const normalized = new Map<string, string>();
/** Resolution compares each name with every cluster's names, so the same few names recur. */
const NORMALIZED_CACHE = 50_000;

/** Normalised form used to compare names: lower case, no accents, straight apostrophes, single spaces. */
export function normalizeName(name: string): string {
  let norm = normalized.get(name);
  if (norm === undefined) {
    if (normalized.size >= NORMALIZED_CACHE) normalized.clear();
    norm = normalize(name);
    normalized.set(name, norm);
  }
  return norm;
}

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(/^the\s+/i, '')
    .replace(/'s$/i, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Slug for stable ids: keeps letters of any script, so non-Latin names still get an id. */
export function slug(name: string): string {
  const base = normalizeName(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'unnamed';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of phrases, longest first, with hyphens and spaces interchangeable. */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/(\\-|\s)+/g, '[-\\s]+'))
    .join('|');
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(word) && /\p{Lu}/u.test(word);

/**
 * Stable hash for content-derived ids: 64 bits of SHA-256. (A 32-bit hash collided at
 * 10 000 articles — two claims shared an id — which the benchmark's load caught.)
 */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The place a descriptive event is named after: "the Wuzhen summit" → "wuzhen" (normalised). */
export function descriptivePlace(eventText: string): string {
  return normalizeName(eventText.replace(/^the\s+/i, '').split(/\s+/).slice(0, -1).join(' '));
}
