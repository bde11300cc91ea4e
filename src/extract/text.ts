/** Small text helpers shared by the stages. */

const APOSTROPHES = /[’‘`´]/g;

/**
 * Remembers a pure function of a string. Resolution compares each new name with every
 * cluster's names, so the same few names are normalised over and over; names recur across
 * articles too. Bounded: cleared when full. Answers are shared: callers must not mutate them.
 */
export function memoize<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      if (answers.size >= limit) answers.clear();
      answer = fn(text);
      answers.set(text, answer);
    }
    return answer as T;
  };
}

/** Normalised form used to compare names: lower case, no accents, straight apostrophes, single spaces. */
export const normalizeName = memoize((name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(/^the\s+/i, '')
    .replace(/'s$/i, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase(),
);

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

/** A run of hyphens and spaces, which phrases treat as one separator. */
const SEPARATOR = '[-\\s]+';

interface PhraseTrie {
  end: boolean;
  next: Map<string, PhraseTrie>;
  /** The most symbols any phrase through this node has after it: longer branches are tried first. */
  depth: number;
}

/**
 * A regex alternation of phrases, longer matches first, with hyphens and spaces interchangeable.
 * The phrases share their prefixes ("chief (?:executive|financial) officer"): a flat alternation of
 * hundreds of roles was tried phrase by phrase at every position of every sentence.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  const root: PhraseTrie = { end: false, next: new Map(), depth: 0 };
  for (const phrase of new Set(phrases)) {
    const symbols = phrase.split(/([-\s]+)/).flatMap((part, i) => (i % 2 ? [SEPARATOR] : [...part].map(escapeRegExp)));
    let node = root;
    symbols.forEach((symbol, i) => {
      node.depth = Math.max(node.depth, symbols.length - i);
      let child = node.next.get(symbol);
      if (!child) node.next.set(symbol, (child = { end: false, next: new Map(), depth: 0 }));
      node = child;
    });
    node.end = true;
  }
  return trieSource(root);
}

function trieSource(node: PhraseTrie): string {
  const branches = [...node.next.entries()].sort((a, b) => b[1].depth - a[1].depth).map(([symbol, child]) => symbol + trieSource(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `${group}?` : group;
}

/** A regex alternation of words or phrases matched as written (escaped, longest first), for lists whose spaces and hyphens are exact. */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * Stems to try when the tagger left a word as it stands ("showcased", or "Speakers" tagged as a
 * proper noun at a sentence's start): the usual English endings taken off.
 */
export function stems(word: string): string[] {
  if (word.length < 5) return [];
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** Whether `offset` lies inside a quotation the text opens before it (an odd number of quotation marks before). */
export function insideQuotation(text: string, offset: number): boolean {
  return (text.slice(0, offset).match(/["“”]/g)?.length ?? 0) % 2 === 1;
}

/** A line that introduces a block of quoted paragraphs and says nothing itself: "Fiona Carrick, Chief Executive of Marlowe, said:". */
export const INTRODUCES_QUOTED_BLOCK = /\b(?:said|says|added|adds|commented|comments):$/;

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The word with its first letter in capitals ("union" → "Union"). */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A name written as two to six capitals ("ESA", "UNICEF"), which may stand for a longer one. */
export const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);

/** The initials of a name's capitalised words, connectors left out: "European Space Agency" → "ESA". */
export const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => isCapitalized(w) && !/^(of|and|for|the|on)$/i.test(w))
    .map((w) => w[0])
    .join('');
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(word) && /\p{Lu}/u.test(word);

/**
 * A line set in capitals ("SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH ."): every word looks
 * like a name, so its names are the recogniser's (trained on wire copy that has such lines).
 */
export function isShouted(words: readonly string[]): boolean {
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  return lettered.length >= 3 && lettered.filter(isAllCaps).length >= 0.8 * lettered.length;
}

/** The place a descriptive event is named after: "the Wuzhen summit" → "wuzhen" (normalised). */
export function descriptivePlace(eventText: string, qualifiers: ReadonlySet<string> = new Set()): string {
  const words = eventText
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .slice(0, -1);
  // "the West Dale mayoral election", "Slovenia's parliamentary election": past the kind, the place.
  if (words.length > 1 && qualifiers.has(words[words.length - 1]!)) words.pop();
  return normalizeName(words.join(' ').replace(/['’]s$/, ''));
}

/** Lower-case words inside towns' names: "Ústí nad Labem", "Newcastle upon Tyne", "Frankfurt am Main". */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['nad', 'pod', 'upon', 'am', 'ob']);

/** Whether `town` is the first part of the longer name of the same town: "Newcastle" of "Newcastle upon Tyne". */
export const opensTownName = (town: string, longer: string): boolean =>
  longer.startsWith(`${town} `) && PLACE_PARTICLES.has(longer.slice(town.length + 1).split(' ')[0]!);

/** Lower-case particles inside names ("Jan de Vries", "Ursula von der Leyen", "Banco do Brasil"); none is an English word that sits between two names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'delle',
  'dello',
  'dei',
  'degli',
  'des',
  'van',
  'von',
  'der',
  'den',
  'du',
  'la',
  'le',
  'ter',
  'bin',
  'binti',
  'al',
  'el',
]);

/** The forms a person's surname takes alone: "leeuwen" and "van leeuwen" for "joost van leeuwen" (normalised names). Shared answers: do not mutate. */
export const surnameForms = memoize((name): readonly string[] => {
  const words = name.split(' ');
  const particle = words.findIndex((word, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word));
  return particle > 0 ? [words[words.length - 1]!, words.slice(particle).join(' ')] : [words[words.length - 1]!];
});

/** The word that says what a name is: the last one, or the one before "of" ("Bank of Japan"). */
export const headWord = memoize((text) => {
  const words = text.replace(/\s+\d+$/, '').split(/\s+/);
  const connector = words.findIndex((w, i) => i > 0 && /^(of|for|on|de|du|do|da|del|della|di|des|dos|das)$/.test(w));
  return words[qualifiedByGeneral((i) => words[i], connector > 0 ? connector - 1 : words.length - 1)] ?? '';
});

/**
 * "Directorate General of Civil Aviation", "Consulate General", "Directorate-General" (three tokens): the index of
 * the word a postposed "General" qualifies, the head; `at` itself when words[at] is no such "General".
 */
export function qualifiedByGeneral(wordAt: (i: number) => string | undefined, at: number): number {
  if (wordAt(at) !== 'General' || at < 1) return at;
  return wordAt(at - 1) === '-' && at > 1 ? at - 2 : at - 1;
}

/** Legal forms a company's name may end in, normalised ("Inc.", "S.A." and "GmbH" as "inc", "sa", "gmbh"). */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'group',
  'inc',
  'corp',
  'corporation',
  'holdings',
  'holding',
  'ltd',
  'limited',
  'co',
  'company',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'se',
  'gmbh',
  'spa',
  'ab',
  'asa',
  'oyj',
]);

/** A name normalised and without its legal form: "Andes Copper Corporation" → "andes copper", "Rheinstahl AG" → "rheinstahl". */
export const withoutLegalForm = memoize((name) => {
  const norm = normalizeName(name);
  const space = norm.lastIndexOf(' ');
  return space > 0 && LEGAL_FORMS.has(norm.slice(space + 1)) ? norm.slice(0, space) : norm;
});
