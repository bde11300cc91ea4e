/**
 * The type stage's evidence: votes for what a name is, from the name alone (gazetteers,
 * head words, first names) and from the words around each mention (appositions, roles,
 * prepositions, verbs). The stage sums them per name.
 */
import { isCountryName, isSurname, type Gazetteer } from '../gazetteer.js';
import { rolePatterns } from '../role-patterns.js';
import { addressVotes } from './address-votes.js';
import { INNINGS_AFTER_RUNS, isScoreLine, NAME_THEN_AGE, STANDINGS_FIGURE } from './segment.js';
import { isCommonWord, isPluralNoun, isSingularNoun } from '../nlp.js';
import { headWord, isAcronym, normalizeName, phraseAlternation, wordAlternation } from '../text.js';
import type { EntityType, Mention, Sentence } from '../types.js';

export interface Vote {
  type: EntityType;
  weight: number;
  why: string;
}

/** The evidence of a club's nickname ("Corsairs" for "Galway Corsairs"), which the resolve stage joins to the club. */
export const CLUB_NICKNAME = 'nickname-of-club';

/** The evidence of a one-word name owning a body's officer ("Scarbeck's conductor" for "Scarbeck Colliery Band"), which the resolve stage joins to that body. */
export const NAMESAKE_BODY = 'possessive-of-namesake-body';

export interface Cues {
  roleAfter: RegExp;
  whoseLeader: RegExp;
  roleBefore: RegExp;
  speechAfter: RegExp;
  speechBefore: RegExp;
  roleOf: RegExp;
  /** "the Vereinigung Cockpit union said": a lower-case organisation noun right after the name. */
  orgNounAfter: RegExp;
  /** "the broadcaster …", "the publisher …": a noun for a body that people are called too, right before the name. */
  personOrBodyNounBefore: RegExp;
  /** "at the IAA Mobility show": a name before a lower-case word for an event. */
  eventNounAfter: RegExp;
  /** "…'s regional director" (the relations stage's affiliation pattern). */
  possessiveRole: RegExp;
  /** "Benfica president Mário Lopes": a name right before a lower-case role and another name. */
  orgBeforeRole: RegExp;
  /** "venture firm X": an organisation noun right before the name. */
  orgNounBefore: RegExp;
  /** "X, the national federation": an organisation noun in an apposition. */
  orgNounApposition: RegExp;
  /** ", a town in the region of …", ", a suburb of …": an apposed place noun with where it is. */
  placeNounApposition: RegExp;
  /** ", the Geophysical Institute of Peru said": a description and its speech verb, no comma between. */
  reportingClause: RegExp;
  /** ", the company's annual developer conference": an apposed event noun. */
  eventNounApposition: RegExp;
  /** "appointed Sofia Lindqvist as its chief executive": a role after "as". */
  asRole: RegExp;
  /** "Opposition leader Ruben Bakker of GroenLinks": what a titled person is "of". */
  titledPersonOf: RegExp;
  /** "a criminal group known as Qilin". */
  orgKnownAs: RegExp;
  /** "The tour, called Second Tide": an event's noun before "called" or "named". */
  eventKnownAs: RegExp;
  /** "special envoy to the region, " before a name. */
  roleApposition: RegExp;
  /** "Porto beat Benfica 2-1": a side before the verb and the score. */
  matchSubject: RegExp;
  /** "… beat Benfica 2-1": a side after the verb. */
  matchObject: RegExp;
  /** A word that makes the sentence a sports report. */
  sportsWord: RegExp;
  /** "… World Cup": a name that ends as an event's does. */
  eventNameTail: RegExp;
  /** "elected mayor of ": who leads a place, right before it. */
  placeLeaderOf: RegExp;
  /** "the nearby districts of (Pernis and) ". */
  districtOf: RegExp;
  /** …not "in September, Richard Calloway KC, …": a date after "in" opens no list ("May" too, which the calendar words leave out). */
  dateAfterIn: RegExp;
  /** "shares in ", "a stake in the ". */
  ownershipIn: RegExp;
  /** "'s chief executive", "'s new CEO": a company's officers and board after a possessive. */
  possessiveOfficer: RegExp;
  /** " copper mine", " oilfield" after a name. */
  mineAfter: RegExp;
  /** "rivals such as Intuit and ". */
  organizationExamples: RegExp;
  /** "sold by Novo Nordisk and ": an organisation as the agent of a participle. */
  agentBy: RegExp;
  /** "the two-week event at the ". */
  venueOf: RegExp;
  /** "a two-day meeting on hedgehog conservation at the ": an event's word, a few words, then "at". */
  venueAfterEvent: RegExp;
  /** " province", " state" right after a name. */
  placeWordAfter: RegExp;
  /** "'s shares", " subsidiary" right after a name. */
  organizationAttributeAfter: RegExp;
  /** " is investing", " offers": what organisations do, right after a name. */
  organizationVerbAfter: RegExp;
  /** " host Sporting": a fixture's verb and the other side, right after a name. */
  fixtureAfter: RegExp;
  /** "… host ": a fixture's verb right before a name. */
  fixtureBefore: RegExp;
  /** "worked … at ": where someone worked, before a name. */
  workedAt: RegExp;
  /** "employees of the ": an organisation's staff, before a name. */
  staffOf: RegExp;
  /** A real party's short name ("Labour", "Democratic"). */
  isPartyName: (name: string) => boolean;
  /** " cabinet member", " MP", " group" after a party's name: what its members are and do. */
  partyRoleAfter: RegExp;
  /** A given name the gazetteer lists ("Tobias"), accents folded. */
  isGivenName: (word: string) => boolean;
  /** "Prince", "Dr.": a title before a person's name. */
  isPersonTitle: (word: string) => boolean;
  /** A place the gazetteer lists ("Nice", "Reading"). */
  isKnownPlace: (name: string) => boolean;
  /** A region or a country the gazetteer lists ("Cornwall", "Netherlands"). */
  isKnownRegion: (name: string) => boolean;
  /** "Centre", "Hall", "Stadium": a head venues have. */
  isVenueHead: (head: string) => boolean;
  /** A word ending as a body's compound name does ("Vívóklub", "Regattaverein"). */
  compoundBodyWord: RegExp;
}

/** "City of La Crosse", "Municipality of Calama": a municipality by the name of its government. */
const MUNICIPALITY_NAME = /^(?:City|Town|Borough|Municipality|Township|Village|Shire) of \p{Lu}/u;
/** What a municipality's government does (not "the City of London is …", where a place is). */
const MUNICIPALITY_ACTS =
  /^\s*(?:,[^,]{1,80},\s*)?(?:has\s+|had\s+|will\s+|also\s+)?(?:said|says|held|holds|hired|hires|announced|approved|agreed|plans|planned|launched|issued|sent|told|wants|asked|decided|voted|paid|pays|bought|sold|sued|appealed|employs|runs|ran)\b/;

/** "said its owner, ", "says the co-owner, ": a speech verb, then a role bodies fill as often as people. */
const SPEAKING_OWNER_BEFORE = /\b(?:said|says|added|told\s+\w+)\s+(?:its|their|the|his|her)\s+(?:\p{Ll}+\s+)?(?:co-)?owner\s*,\s*$/u;

/** "an analyst at ", "the senior partner at ": one person's role at a place of work. */
const ONES_ROLE_AT = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+[^s\s]\s+at\s+(?:the\s+)?$/iu;

/** What a party's members are or run, besides the roles in `partyMemberRoles` ("the Labour cabinet member", "the Conservative group"). */
const PARTY_MEMBER_WORDS = [
  'member',
  'members',
  'leader',
  'group',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'whip',
  'government',
  'councillors',
  'mps',
  'senators',
  'minister',
];

/**
 * A speech verb next, perhaps after an apposition ("…, a Dutchman who moved … near Beja, says") and an
 * auxiliary or adverb ("has said", "later said"): what makes the words before it a speaker.
 */
export function speechVerbNext(g: Gazetteer): RegExp {
  const speech = phraseAlternation(g.cues.speechVerbs);
  return new RegExp(`^\\s*(?:,[^,]{1,150},\\s*)?(?:has\\s+|had\\s+|also\\s+|then\\s+|later\\s+|[a-z]+ly\\s+)?(?:${speech})\\b`, 'iu');
}

export function buildCues(g: Gazetteer): Cues {
  const roles = phraseAlternation(g.roles);
  // Roles that bodies fill as often as people ("its owner, Andesur Minerals"; "Kaltenbrunn Hotels, the Austrian owner of …").
  const personRoles = phraseAlternation([...g.roles].filter((r) => !g.cues.organizationRoles.includes(r)));
  const speech = phraseAlternation(g.cues.speechVerbs);
  const orgNouns = phraseAlternation(g.cues.organizationNouns);
  const shared = rolePatterns(g);
  const cue = wordAlternation;
  const matchVerbs = cue(g.cues.matchVerbs);
  return {
    // "Wu, a representative from …", "Smith, the bank's chief economist" (not "…, whose chairman": see whoseLeader).
    // (Not a clause of its own: "Kerrison Transport, where she was finance director".)
    roleAfter: new RegExp(
      `^\\s*,\\s*(?!whose\\b|where\\b|when\\b|which\\b)(?:(?:a|an|the|its|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${personRoles})\\b`,
      'iu',
    ),
    // "the Premier Snooker Tour, whose chairman, …": what has a chairman or a board is a body.
    whoseLeader: /^\s*,\s*whose\s+(?:chair(?:man|woman)?|chief executive|managing director|board|shareholders|members)\b/i,
    // "chief executive Jane Doe", "CEO Tim Cook"
    roleBefore: new RegExp(`\\b(?:${personRoles})\\s*,?\\s*$`, 'iu'),
    roleApposition: new RegExp(`\\b(?:${roles})(?:\\s+(?:to|for|of|at|in)\\s+(?:the\\s+)?[\\p{L}-]+){1,2}\\s*,\\s*$`, 'iu'),
    speechAfter: speechVerbNext(g),
    speechBefore: new RegExp(`\\b(?:${speech})\\s+$`, 'iu'),
    // (Not past a relative pronoun: "…, the company that has maintained the network" is an apposition.)
    reportingClause: new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+(?:(?!\\b(?:that|which|who)\\b)[^,.;]){0,60}?\\s(?:${speech})\\b`, 'iu'),
    orgNounBefore: new RegExp(`\\b(?:${orgNouns})\\s+$`),
    placeNounApposition: new RegExp(
      `^\\s*,\\s*(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${cue(g.cues.placeAppositionNouns)})\\s+(?:in|of|near|on|outside)\\b`,
      'iu',
    ),
    // Case kept: ", the Left Forum and the Sava Greens" lists names; an apposition's event word is a common noun
    // ("a 26-mile sponsored walk").
    eventNounApposition: new RegExp(
      `^\\s*,\\s*(?:a|an|the|its|their)\\s+(?:(?!(?:of|at|for|in|with|from|by)\\s)[\\p{L}\\d'’-]+\\s+){0,4}?(?:${phraseAlternation(g.cues.genericDescriptions.Event ?? [])})\\b(?!['’]s)`,
      'u',
    ),
    // The noun must head the apposition: "the company's founder", "a company director" and "a member of the X party" describe a person.
    // (Not "a daily tablet for…": a paper's word before a noun is only an adjective.)
    orgNounApposition: new RegExp(
      `^\\s*,\\s*(?:a|an|the|its|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:(?!(?:of|at|for|in|with|from|by)\\s)[\\p{L}'’-]+\\s+){0,5}?(?:${orgNouns})\\b(?!['’]s|\\s+(?:${roles})\\b)(?<!\\b(?:daily|weekly)(?=\\s+\\p{Ll}))`,
      'iu',
    ),
    orgNounAfter: new RegExp(`^\\s+(?:${orgNouns})\\b(?!['’])`),
    personOrBodyNounBefore: new RegExp(`\\b(?:${wordAlternation(g.cues.personOrBodyNouns)})\\s+$`),
    eventNounAfter: new RegExp(`^\\s+(?:${phraseAlternation(g.cues.eventNounsAfterName)})\\b(?!['’])`),
    matchSubject: new RegExp(`^\\s+(?:${matchVerbs})\\s+[^.]{0,40}?\\b\\d{1,2}-\\d{1,2}\\b`),
    matchObject: new RegExp(`\\b(?:${matchVerbs})\\s+$`),
    sportsWord: new RegExp(`\\b(?:${cue(g.cues.sportsWords)})\\b`, 'i'),
    eventNameTail: new RegExp(`\\b(?:${cue(g.cues.eventNameTails)})$`),
    placeLeaderOf: new RegExp(`\\b(?:${cue(g.cues.placeLeaderRoles)})\\s+of\\s+$`, 'i'),
    districtOf: new RegExp(`\\b(?:${cue(g.cues.districtNouns)})\\s+of\\s+(?:\\p{Lu}[\\p{L}-]*\\s+and\\s+)?$`, 'u'),
    dateAfterIn: new RegExp(`\\b(?:in|near|across|throughout)\\s+(?:${cue([...g.cues.calendarWords, 'May'])})\\b`),
    ownershipIn: new RegExp(`\\b(?:${cue(g.cues.ownershipNouns)})\\s+in\\s+(?:the\\s+)?$`, 'i'),
    // "chief <anything> (officer)" is a pattern of titles, not a list.
    possessiveOfficer: new RegExp(
      `^['’]s\\s+(?:(?:${cue(g.cues.officerModifiers)})\\s+)?(?:chief\\s+[a-z]+(?:\\s+officer)?|head\\s+of|(?:managing|executive)\\s+director|${cue(g.cues.companyOfficers)})\\b`,
    ),
    mineAfter: new RegExp(`^\\s+(?:(?:${cue(g.cues.mineMaterials)})\\s+)?(?:${cue(g.cues.mineSites)})\\b`),
    organizationExamples: new RegExp(
      `\\b(?:${cue(g.cues.organizationPlurals)})\\s+(?:such as|like|including)\\s+(?:\\p{Lu}[\\p{L}-]*\\s*(?:,\\s*|\\s+and\\s+))*$`,
      'u',
    ),
    agentBy: new RegExp(
      `\\b(?:${cue(g.cues.agentParticiples)})\\s+by\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?(?:\\p{Lu}[\\p{L}-]*\\s+and\\s+)?$`,
      'u',
    ),
    venueOf: new RegExp(`\\b(?:${cue(g.cues.venueEventWords)})\\s+(?:at|in)\\s+(?:the\\s+)?$`, 'i'),
    venueAfterEvent: new RegExp(
      `\\b(?:${cue([...g.cues.venueEventWords, ...[...g.cues.eventHeads].map((h) => h.toLowerCase())])})(?:\\s+[\\p{Ll}-]+){0,5}\\s+at\\s+the\\s+$`,
      'u',
    ),
    placeWordAfter: new RegExp(`^\\s*(?:${cue(g.cues.placeWordsAfterName)})\\b`, 'i'),
    organizationAttributeAfter: new RegExp(`^\\s*(?:['’]s\\s+)?(?:${cue(g.cues.organizationAttributes)})\\b`, 'i'),
    organizationVerbAfter: new RegExp(
      `^\\s+(?:(?:is|has been|was)\\s+(?:${cue(g.cues.organizationProgressiveVerbs)})|(?:${cue(g.cues.organizationVerbs)}))\\b`,
    ),
    fixtureAfter: new RegExp(`^\\s+(?:${cue([...g.cues.fixtureVerbs, ...g.cues.visitVerbs])})\\s+\\p{Lu}`, 'u'),
    fixtureBefore: new RegExp(`\\b(?:${cue(g.cues.fixtureVerbs)})\\s+$`),
    workedAt: new RegExp(`\\b(?:${cue(g.cues.workVerbs)})\\b[^,.]{0,40}\\b(?:at|for)\\s+$`),
    staffOf: new RegExp(`\\b(?:${cue(g.cues.staffNouns)})\\s+(?:of|at|from)\\s+(?:the\\s+)?$`, 'i'),
    isPartyName: (name) => g.cues.partyNames.has(name),
    partyRoleAfter: new RegExp(
      `^\\s+(?:(?:shadow|cabinet|council|group|front-?bench|backbench|former|deputy)\\s+){0,2}(?:${cue([...g.cues.partyMemberRoles, ...PARTY_MEMBER_WORDS])})\\b`,
      'i',
    ),
    isGivenName: (word) => g.firstNames.has(normalizeName(word)),
    isPersonTitle: (word) => g.cues.personTitles.has(word),
    isKnownPlace: (name) => g.places.has(name.toLowerCase()),
    isKnownRegion: (name) => g.places.get(name.toLowerCase())?.some((p) => p.level !== 'city') === true,
    isVenueHead: (head) => g.cues.venueHeads.has(head),
    compoundBodyWord: new RegExp(`(?:${[...g.cues.organizationWordEndings].join('|')})$`, 'iu'),
    titledPersonOf: new RegExp(`\\b(?:${roles})\\s+(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3}of\\s+$`, 'u'),
    orgKnownAs: new RegExp(`\\b(?:${orgNouns})\\s*,?\\s+(?:known|called|named)\\s+(?:as\\s+)?$`),
    eventKnownAs: new RegExp(
      `\\b(?:${cue([...g.cues.eventHeads].map((w) => w.toLowerCase()).concat(['tour', 'campaign', 'event', 'operation']))})\\s*,?\\s+(?:known|called|named|dubbed|titled)\\s+(?:as\\s+)?$`,
      'i',
    ),
    possessiveRole: shared.possessive,
    asRole: shared.asRole,
    // …and "Veltrix Chief Financial Officer Ana Ruiz": a company's officer, title-cased.
    orgBeforeRole: new RegExp(`^\\s+(?:${roles}|Chief(?: \\p{Lu}\\p{Ll}+){1,3} Officer|Chief Executive)\\s+\\p{Lu}`, 'u'),
    // "an analyst at Commerzbank", "analysts at Jefferies", "an endocrinologist at …", "chief executive of Siemens"
    roleOf: new RegExp(`\\b(?:(?:${roles})s?|\\p{Ll}+(?:ists?|ians?))\\s+(?:of|at|from|for|with)\\s+(?:the\\s+)?$`, 'iu'),
  };
}

/** Particles that join a given name to a family name only. */
const PERSON_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'ter', 'den', 'bin', 'binti', 'al', 'el']);

/** Evidence for a name's type from the name alone. */
export function nameVotes(text: string, g: Gazetteer, c: Cues): Vote[] {
  const votes: Vote[] = [];
  const words = text.split(/\s+/);
  const head = headWord(text);
  const { organizationHeads, eventHeads, placeHeads, personTitles } = g.cues;
  // "Femke van Dalen", "Omar bin Salem": a family particle between two capitalised words is a person's (the Romance
  // "de", "da", "do" join bodies' and places' names as often).
  if (words.length === 3 && PERSON_PARTICLES.has(words[1]!) && words.every((w, i) => i === 1 || /^\p{Lu}/u.test(w)))
    votes.push({ type: 'Person', weight: 1.5, why: 'family-particle' });
  // "M. Butcher", "G. Kersey": an initial before one capitalised word is a person's, whatever the word means alone
  // (a known firm's name, "J. Sainsbury", is the gazetteer's).
  if (words.length === 2 && /^\p{Lu}\.$/u.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!))
    votes.push({ type: 'Person', weight: 2, why: 'initial-then-name' });
  // A lone head word is no name ("Festival director Livia Brunner").
  if ((eventHeads.has(head) || c.eventNameTail.test(text)) && words.length > 1)
    votes.push({ type: 'Event', weight: 3, why: `head:${head}` });
  // "Triathlon World Series Annecy", "Diamond League Oslo": a series' name, then the place of this round of it.
  const beforePlace = words.slice(0, -1).join(' ');
  if (
    words.length > 2 &&
    g.places.has(head.toLowerCase()) &&
    (eventHeads.has(words[words.length - 2]!) || c.eventNameTail.test(beforePlace))
  )
    votes.push({ type: 'Event', weight: 3, why: `round-at:${head}` });
  // Outweighs a relative clause and a speech verb that belong to a person beside it ("Professor X of James Cook University, who…, said").
  if (organizationHeads.has(head) && words.length > 1) votes.push({ type: 'Organization', weight: 4, why: `head:${head}` });
  // "the Seventh Ward", "the 11th Arrondissement": a city's numbered division is a place.
  if (NUMBERED_DIVISION.test(text)) votes.push({ type: 'Place', weight: 4, why: 'numbered-division' });
  // "Spokane Regional Health District", "Moss Valley School District": a district that runs a service is a body.
  if (SERVICE_DISTRICT.test(text)) votes.push({ type: 'Organization', weight: 4, why: 'service-district' });
  else if (placeHeads.has(head) && words.length > 1) votes.push({ type: 'Place', weight: 2.5, why: `head:${head}` });
  if (g.cues.surnameBodyHeads.has(head) && (words.length > 2 || (words.length === 2 && !g.firstNames.has(normalizeName(words[0]!)))))
    votes.push({ type: 'Organization', weight: 3, why: `body-head:${head}` });
  // "Riverside Leisure Centre", "Søholm Concert Hall": a centre or a hall one goes to is a venue, unlike a research centre.
  if (/^(?:Cent(?:re|er)|Hall)$/.test(head) && g.cues.venueModifiers.has(words[words.indexOf(head) - 1] ?? ''))
    votes.push({ type: 'Place', weight: 6, why: 'venue' });
  // "Søholm Hall", "Lyonshall Showground", "Barrowland Ballroom": a head only venues have ("Albert Hall" beside a first name;
  // not a court's "Federal Circuit").
  else if (g.cues.venueHeads.has(head) && !organizationHeads.has(head) && !placeHeads.has(head) && head !== 'Circuit' && words.length > 1)
    votes.push({ type: 'Place', weight: 3, why: `venue-head:${head}` });
  // "Algarve International Circuit", "Knockhill Racing Circuit": a circuit one races on (not a court's "Federal Circuit").
  else if (head === 'Circuit' && /\s(?:International|Racing|Motor|Grand Prix|Street|Motorsport)\s+Circuit$/.test(text))
    votes.push({ type: 'Place', weight: 4, why: 'racing-circuit' });
  // "Minerals Council South Africa", "Business Council Kenya": a body's head, then the country it is the body of.
  for (let n = 1; n <= 2 && n < words.length - 1; n += 1) {
    const country = words.slice(-n).join(' ');
    const beforeCountry = words[words.length - n - 1]!;
    if (organizationHeads.has(beforeCountry) && g.places.get(country.toLowerCase())?.some((p) => p.level === 'country')) {
      votes.push({ type: 'Organization', weight: 4, why: `head-before-country:${beforeCountry}` });
      break;
    }
  }
  // "Port of Rotterdam Authority": a last word that heads bodies outweighs the word before "of".
  const last = words[words.length - 1] ?? '';
  // "Vale of Mowbray Air Show": so does one that heads events.
  if (last !== head && eventHeads.has(last) && !organizationHeads.has(last)) votes.push({ type: 'Event', weight: 3, why: `head:${last}` });
  if (last !== head && organizationHeads.has(last)) votes.push({ type: 'Organization', weight: 4, why: `head:${last}` });
  // "Banca Sorell", "Stichting Datavrij", "Grupo Irazábal": the word that says it is a body comes first.
  else if (g.cues.leadingOrganizationHeads.has(words[0] ?? '') && words.length > 1)
    votes.push({ type: 'Organization', weight: 4, why: `head:${words[0]}` });
  // "Tisza Vívóklub", "Regattaverein Kessow", "Amstel Roeivereniging": a compound word for a club or a society.
  else if (words.length > 1 && words.some((w) => c.compoundBodyWord.test(w)))
    votes.push({ type: 'Organization', weight: 4, why: 'compound-body-word' });
  // "Keep Calder Fell Wild", "Save St Oswald's": a campaign's name opens with an imperative (too weak alone for a
  // title-cased headline's "… to Stop Guessing How Many Beds").
  else if (g.cues.campaignOpenings.has(words[0] ?? '') && words.length > 1)
    votes.push({ type: 'Organization', weight: 2.9, why: 'campaign-name' });
  // "Stade Gerland", "Lake Victoria", "Mount Kenya": the word that says it is a place comes first.
  else if (g.cues.leadingPlaceHeads.has(words[0] ?? '') && words.length > 1)
    votes.push({ type: 'Place', weight: 2.5, why: `head:${words[0]}` });
  else if (g.cues.leadingEventHeads.has(words[0] ?? '') && words.length > 1)
    votes.push({ type: 'Event', weight: 2.5, why: `head:${words[0]}` });
  // "ScotRail", "BlackRock": a capital inside one word, after a syllable of its own, is a brand's (not "McDonald", "DeShawn").
  if (words.length === 1 && /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(text))
    votes.push({ type: 'Organization', weight: 2, why: 'inner-capital' });
  // "UFCW Local 2", "Teamsters Local 727": a union's branch is named by its number.
  if (words.length > 1 && /^Local$/.test(words[words.length - 2]!) && /^\d{1,5}[A-Z]?$/.test(last))
    votes.push({ type: 'Organization', weight: 4, why: 'union-local' });
  // "Calder & Moss", "Harcourt & Lyle": names joined by an ampersand are a firm's, never one person's.
  if (/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)* & \p{Lu}/u.test(text)) votes.push({ type: 'Organization', weight: 4, why: 'ampersand' });
  if (g.organizations.has(text) || g.organizations.has(text.replace(/^The /, '')))
    votes.push({ type: 'Organization', weight: 4, why: 'gazetteer:organization' });
  // "Ecuadorian Red Cross", "Kenya Red Cross": a known organisation's name of two words or more after a qualifier is its branch.
  else if (words.length > 2 && words.slice(1, -1).some((_, i) => g.organizations.has(words.slice(i + 1).join(' '))))
    votes.push({ type: 'Organization', weight: 3, why: 'branch-of-organization' });
  const place = g.demonyms.has(text) ? undefined : g.places.get(text.toLowerCase())?.[0];
  // A town of 30 000 shares its name with clubs, firms and people far more often than a capital does;
  // a country's name outweighs a speech verb and a relative clause ("in San José, Costa Rica, who … said"); a named
  // area ("Wearside", "Kattegat") lends its name to firms and clubs more often than a region does.
  const area = place?.level === 'region' && place.population === 0;
  if (place)
    votes.push({
      type: 'Place',
      weight: place.level === 'country' ? 4.5 : area ? 2 : place.level !== 'city' ? 3.5 : place.population >= 100_000 ? 1.5 : 0.75,
      why: `gazetteer:${area ? 'area' : place.level}`,
    });
  // "Blue Hour Pictures", "Saltkorn Seeds": a plural common noun ends a company's name, rarely a person's.
  if (
    words.length > 1 &&
    isPluralNoun(last) &&
    !g.cues.wordSurnames.has(last) &&
    !eventHeads.has(last) &&
    !g.cues.placeNameTails.has(last.toLowerCase())
  )
    votes.push({ type: 'Organization', weight: 1.5, why: `plural-head:${last}` });
  // "Swallowtail Wingwalkers", "Chiltern Cruisers": a plural of doers the lexicon lacks is a troupe or a firm, unless
  // it is a surname ("Rogers", "Withers") after a given name, or a place ("East Flanders").
  else if (
    words.length > 1 &&
    /\p{Ll}{3,}ers$/u.test(last) &&
    !isSurname(last, g) &&
    !g.firstNames.has(normalizeName(words[0]!)) &&
    !g.places.has(last.toLowerCase()) &&
    !eventHeads.has(last)
  )
    votes.push({ type: 'Organization', weight: 1.5, why: `doers-head:${last}` });
  const first = words[0] ?? '';
  // "Wealdmere Water", "Hesselø Shipping": a singular common noun after a coined word (no given name, no
  // English word: not "Lamp Keeper", a title) ends a company's name.
  const lastLower = last.toLowerCase();
  if (
    words.length > 1 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    isSingularNoun(lastLower) &&
    !placeHeads.has(last) &&
    !g.firstNames.has(normalizeName(first)) &&
    !isCommonWord(first) &&
    !isSurname(last, g) &&
    !g.cues.placeNameTails.has(lastLower) &&
    !c.eventNameTail.test(text) &&
    !g.roles.has(lastLower) &&
    !eventHeads.has(last)
  )
    votes.push({ type: 'Organization', weight: 1.8, why: `noun-head:${last}` });
  // "Paddock Wood", "Mile Cross": a place's common last word after a word no one is given.
  else if (words.length > 1 && g.cues.placeNameTails.has(lastLower) && !g.firstNames.has(normalizeName(first)) && !placeHeads.has(last))
    votes.push({ type: 'Place', weight: 1.5, why: `place-tail:${last}` });
  // (Not before a body's, an event's or a place's head: "Premier Snooker Tour", "President Hotels Group", "Lord Street".)
  if (words.length > 1 && personTitles.has(first) && !organizationHeads.has(last) && !eventHeads.has(last) && !placeHeads.has(last))
    votes.push({ type: 'Person', weight: 3, why: `title:${first}` });
  // "Lucas" is a first name and a small Brazilian city; "Jordan" and "Paris" are mostly places.
  // Accents folded: "Nicolás" is the list's "nicolas".
  // "West Midlands", "Royal Severn": a compass word or "Royal" opens a region's or an institution's name, however often it is a given name.
  // ("King's Lynn": a possessive first word is whose the place was, no one's given name.)
  const given =
    g.firstNames.has(normalizeName(first)) &&
    !g.cues.regionWords.has(first) &&
    !g.cues.openersNeverGiven.has(first) &&
    !/['’]s$/.test(first);
  const namesake = g.places.get(first.toLowerCase())?.[0];
  // "Gagnon-Lévesque": a double-barrelled surname is a name too.
  const lastIsName = /^\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*$/u.test(words[words.length - 1] ?? '');
  // "Costa Rica", "San Marino", "San Diego": a country's, a region's or a large city's whole name is never a person's,
  // whatever its first word.
  const largePlace = !!place && (place.level !== 'city' || place.population >= 100_000);
  if (words.length >= 2 && words.length <= 4 && given && lastIsName && !organizationHeads.has(head) && !largePlace) {
    // "Carolina Fuentes", "Victoria Lang": a first name that is also a region's counts, for less.
    // "Kestrel Pet Nutrition", "Blue Hour Pictures": common words after the first name (not
    // surnames such as "Baker") say a company is named after a word that is also a name.
    const wordsAfter = words.slice(1).filter((w) => !isSurname(w, g));
    // …and two words after it, the last a common word, leave no person's name at all ("Arden Row Chambers";
    // "Claire Dobson" and "Tom Hale" stay people).
    const commonLast =
      words.length >= 3 && wordsAfter.includes(words[words.length - 1]!) && isCommonWord(words[words.length - 1]!.toLowerCase());
    if (wordsAfter.some((w) => isCommonWord(w))) {
      if (!commonLast) votes.push({ type: 'Person', weight: 1.2, why: 'first-name-before-words' });
    } else if ((namesake?.population ?? 0) < 1_000_000) votes.push({ type: 'Person', weight: 2.5, why: 'first-name' });
    else if (namesake?.level === 'region') votes.push({ type: 'Person', weight: 1.2, why: 'first-name-or-region' });
  }
  // "Peruvian Red Cross": a nationality opens a body's name, never a person's (two words may be a
  // region or a brand: "Western Macedonia", "Nordic Tail").
  if (words.length > 2 && !given && g.demonyms.has(first)) votes.push({ type: 'Organization', weight: 2, why: 'demonym-first' });
  // "Health Canada", "Irazábal Australia": a word no one is given as a first name, before a country, names a
  // national body or arm, however often it is said to speak (but "Lower Austria", "South Africa" are places).
  // ("I. Austin", "C. Jordan": an initial is a person's.)
  const initial = /^\p{Lu}\.$/u.test(first);
  if (words.length === 2 && !given && !place && !initial && !g.cues.regionWords.has(first) && isCountryName(last, g))
    votes.push({ type: 'Organization', weight: 4, why: 'word-then-country' });
  // "Zorza Lublin", "Daugava Riga": a word no one is given as a name, before a large city, names a club or a firm
  // (a town of a few thousand is a surname as often; "Port Lincoln", "Coliseu Porto" are places).
  else if (
    words.length === 2 &&
    !given &&
    !place &&
    !initial &&
    !g.cues.regionWords.has(first) &&
    !g.surnames.has(first) &&
    ![g.cues.placeHeads, g.cues.leadingPlaceHeads, g.cues.venueHeads].some((heads) => heads.has(first)) &&
    (g.places.get(last.toLowerCase())?.find((p) => p.level === 'city')?.population ?? 0) >= 100_000
  )
    votes.push({ type: 'Organization', weight: 2.5, why: 'word-then-city' });
  if (words.length <= 3 && g.surnames.has(words[words.length - 1] ?? '') && lastIsName)
    votes.push({ type: 'Person', weight: 0.8, why: 'surname' });
  // "Wang Lei", "Park Ji-hoon": East Asian names put the surname first.
  else if (words.length === 2 && g.surnames.has(first) && lastIsName && !organizationHeads.has(head))
    votes.push({ type: 'Person', weight: 0.8, why: 'surname-first' });
  return votes;
}

const COMPASS = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?`;
const PART_OF_PLACE_AFTER = new RegExp(
  String.raw`^\s*,\s+(?:in|on)\s+(?:the\s+)?(?:(?:city|town|capital|country|region|island|province|state)['’]s\s+)?(?:(?:inner|outer|far|rural|${COMPASS})\s+)*(?:${COMPASS}|centre|center|outskirts|suburbs|edge)\b`,
);

/** "Whitby, on the North Yorkshire coast": a town on another place's coast. */
const ON_THE_COAST_AFTER = /^\s*,\s+(?:on|along)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:coast|coastline|shore|seaboard)\b/u;

/** A label, a colon, then five names or more of one or two words each, parted by semicolons or commas. */
const LINE_UP = /^[^:]{2,80}:\s+(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: \([^()]*\))?\s*(?:[;,]|,? and)\s+){4,}\p{Lu}/u;

/** "Henrik Aasland, Chief Executive, ": a name, then a capitalised role, as a list's line gives them. */
const LISTED_ROLE_BEFORE = /\p{Lu}[\p{Ll}'’-]+\s*,\s*\p{Lu}(?:[\p{L}&-]+\s+){0,4}[\p{L}&-]+\s*,\s*$/u;

/** Organisation evidence that presumes the name is the body a role, a job or a building belongs to. */
const BODY_OF_NOUN = new Set(['org-noun-after', 'worked-at', 'role-of']);

/**
 * Evidence from the words around a mention. A place the gazetteer knows, written before a common noun ("the bank's
 * Aarhus headquarters", "at the Daventry site", "reading sessions at Settle library") or after "from" ("a nurse from
 * Lyon"), says where the noun is or where someone is from: the words that make a name a body there ("headquarters",
 * "at", a role before) are left out, and the gazetteer decides.
 */
export function contextVotes(mention: Mention, sentence: Sentence, c: Cues): Vote[] {
  const votes = contextVotesOf(mention, sentence, c);
  if (!c.isKnownPlace(mention.text)) return votes;
  const next = sentence.tokens.find((t) => t.start >= mention.end);
  const qualifiesNoun = next?.pos === 'NOUN' && /^\s+$/.test(sentence.text.slice(mention.end, next.start)) && /^\p{Ll}/u.test(next.text);
  const tail = sentence.text.slice(Math.max(0, mention.start - 40), mention.start);
  const saysWhere = qualifiesNoun || /\bfrom\s+$/i.test(tail);
  // "at AS Croix-Rousse Pongistes in Lyon, the club she has played for": the apposition is the name's before "in".
  const placeOfNameBefore = /\p{Lu}[\p{L}'’.-]*\s+in\s+$/u.test(tail);
  const leftOut = (v: Vote) => (saysWhere && BODY_OF_NOUN.has(v.why)) || (placeOfNameBefore && v.why === 'apposition-org');
  return votes.filter((v) => v.type !== 'Organization' || !leftOut(v));
}

/** How far the recogniser's person tag must beat the next tag to stand for a given name the lists lack. */
const SURE_PERSON_MARGIN = 10;

/** A relative clause that tells what an event does: it opens, closes or ends (on a day, with a call), or takes place. */
const EVENT_WHICH_CLAUSE =
  /^\s*,\s*which\s+(?:(?:has|had|was|will|is)\s+)?(?:(?:opened|opens|closed|closes|ended|ends|began|begins|starts|started)(?=\s*[,.]|\s+(?:on|in|at|last|this|yesterday|today|earlier|with|after)\b)|took\s+place|takes\s+place)/;

/** A city's division named by its number: "Seventh Ward", "11th Arrondissement". */
const NUMBERED_DIVISION =
  /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,2}(?:st|nd|rd|th)) (?:Ward|District|Arrondissement|Precinct))$/;

/** A district or a board named for the public service it runs. */
const SERVICE_DISTRICT =
  /\s(?:Health|School|Water|Fire|Transit|Irrigation|Sanitation|Sewer|Library|Utility|Utilities|Hospital|Conservation|Drainage|Park|Parks|Air Quality)\s+(?:District|Authority)$/;

/** An age after a name: "…, 45, " or "… was 26 and", "… is 71 when". */
const PERSON_AGE_AFTER = /^(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,|\s+(?:was|is)\s+(?:aged\s+)?\d{1,3}\s+(?:and|when|years)\b)/;

/** A legislator's title, which the seat they sit for follows ("MP for Harrogate", "MSP for the Borders"). */
const LEGISLATOR_TITLE = 'MPs?|MSPs?|MS|AMs?|MLAs?|MEPs?|TDs?|MHKs?|Member of Parliament';
const LEGISLATOR_BEFORE_SEAT = new RegExp(`(?:^|\\s)(?:${LEGISLATOR_TITLE})\\s+for\\s+(?:the\\s+)?$`);
const LEGISLATOR = new RegExp(`^(?:${LEGISLATOR_TITLE})$`);
export const isLegislatorTitle = (word: string): boolean => LEGISLATOR.test(word);

/** A list of two or more capitalised names after "in" or "near" before the name. */
const PLACE_LIST_BEFORE =
  /\b(?:in|near|across|throughout)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+){1,8}(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+(?:and|or)\s+)?$/u;

/** What follows a side's name in a league table's row: four or more figures and nothing else. */
const STANDINGS_FIGURES = new RegExp(String.raw`^(?:\s+${STANDINGS_FIGURE}){4,}\s*$`, 'u');

/** What follows a cricket side's name in a scores line: its runs (and wickets), then what follows runs. */
const INNINGS_FIGURES = new RegExp(String.raw`^\s+\d{1,3}(?:-\d{1,2})?` + INNINGS_AFTER_RUNS.source.slice(1), 'u');

/** "the Belarus parliament, ": a descriptor with "the", set off by a comma before a name. */
const THE_DESCRIPTOR_APPOSED = /\b[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}+\s*,\s*$/u;

/** "chairman of the ", "speaker of the " (a parliament's, which the roles list leaves out: it names a conference's speakers too). */
const roleOfBody = (text: string, c: Cues) => c.roleOf.test(text) || /\b[Ss]peaker\s+of\s+the\s+$/.test(text);

function contextVotesOf(mention: Mention, sentence: Sentence, c: Cues): Vote[] {
  const before = sentence.text.slice(Math.max(0, mention.start - 80), mention.start);
  const after = sentence.text.slice(mention.end, mention.end + 180);
  // The last words before the name, for patterns that end there: a regex ending in $ is tried from every position.
  const tail = before.slice(-40);
  const votes: Vote[] = [];
  // "who gave only his first name, Turi,": the name a speaker gives is a person's.
  if (/\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?names?\s*(?:,|as)\s*$/i.test(tail))
    votes.push({ type: 'Person', weight: 4, why: 'gave-name' });
  // "--With assistance from Outi Kaartinen.", "(Additional reporting by …)": a wire story's sign-off credits people.
  if (/\b(?:[Aa]ssistance|[Rr]eporting|[Ee]diting|[Ww]riting)\s+(?:from|by)\s+(?:[^;()]*\s(?:and|,))?\s*$/.test(before))
    votes.push({ type: 'Person', weight: 3, why: 'sign-off-credit' });
  // "members of Kettlebury Peace Forum", "X, which campaigns for …": a body of people, whatever its head says.
  // (Not an owner: "members of Suu Kyi's party".)
  const membersOf = /\bmembers\s+of\s+(?:the\s+)?$/i.test(tail) && !/^\s*(?:-|['’]s\b)/.test(after) && !c.isKnownPlace(mention.text);
  if (membersOf || /^\s*,\s*which\s+(?:campaigns|lobbies)\b/.test(after))
    votes.push({ type: 'Organization', weight: 3.5, why: 'members-of' });
  // "(Newswire)" in a dateline is the agency that filed the story ("(Wire)", one common word, only says it is wire copy).
  const oneCommonWord = !mention.text.includes(' ') && isCommonWord(mention.text);
  // "Bernadette Quinn, 68, retired nurse, Loughgall": the last part of a line giving a person's age is where they live.
  if (sentence.kind === 'label' && NAME_THEN_AGE.test(sentence.text) && /,\s*$/.test(tail) && /^\s*$/.test(after))
    votes.push({ type: 'Place', weight: 2.5, why: 'home-after-age' });
  if (sentence.kind === 'dateline' && /\(\s*$/.test(tail) && /^\s*\)/.test(after) && !oneCommonWord)
    votes.push({ type: 'Organization', weight: 3, why: 'dateline-agency' });
  // Outside the brackets, a dateline names where the story was filed: a place, and its region or country.
  // Not a wire's topic slug ("SOCCER - ROMANIA BEAT LITHUANIA"): a common word alone before the dash, no known place.
  else if (
    sentence.kind === 'dateline' &&
    !/\(/.test(before) &&
    !/\d/.test(mention.text) &&
    !(/^\s*[-–—]?\s*$/.test(after) && isCommonWord(mention.text) && !c.isKnownPlace(mention.text))
  )
    votes.push({ type: 'Place', weight: 4.5, why: 'dateline-place' });
  // A clause after a name that follows "in", "from", "at" or "near" is most often about the person before it
  // ("Eoin Kearney, aged nine, from Clifden, who began…", "the provost of Prairie Lakes University in Winnipeg, as
  // its next president").
  const afterPlacePreposition = /\b(?:in|from|at|near)\s+(?:the\s+)?$/i.test(tail);
  // "the Liberal Democrat MP for Harrogate and Knaresborough": the seat a legislator holds is a place, not a body.
  if (LEGISLATOR_BEFORE_SEAT.test(tail)) votes.push({ type: 'Place', weight: 4, why: 'legislator-seat' });
  // "Gethin Probert (Llanelli, Felinfoel Social Club)": a results box gives a player's town, then club.
  if (/\p{Lu}\p{L}+ \(\s*$/u.test(tail) && /^\s*,\s*\p{Lu}[^()]*\)/u.test(after) && c.isKnownPlace(mention.text))
    votes.push({ type: 'Place', weight: 2, why: 'town-before-club-in-brackets' });
  // "Radvanov nad Odrou, in the Moravian-Silesian region," "Kelso, in the Scottish Borders,": a place apposed to where it lies.
  const within = /^\s*,\s+in\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*\s*)+)(region|province|county|district|state|prefecture)?\s*[,.]/u.exec(
    after,
  );
  if (within && (within[2] || c.isKnownPlace(within[1]!.trim())) && !isCommonWord(mention.text))
    votes.push({ type: 'Place', weight: 3, why: 'apposed-within-place' });
  if (c.roleAfter.test(after) && !afterPlacePreposition) votes.push({ type: 'Person', weight: 2.5, why: 'apposition-role' });
  // "Dunmore Athletic (4-4-2): Whitlam; Garner, Osei, Pickles…": a line-up's names after its label are players.
  if (
    LINE_UP.test(sentence.text) &&
    /(?::|[;,]|\band)\s+$/.test(tail) &&
    /^\s*(?:\([^()]*\)\s*)?(?:[;,.]|and\b|$)/.test(after) &&
    !c.isKnownPlace(mention.text)
  )
    votes.push({ type: 'Person', weight: 3, why: 'line-up' });
  if (c.whoseLeader.test(after)) votes.push({ type: 'Organization', weight: 3.5, why: 'whose-leader' });
  // …but what one joins or returns to as a role is the body ("will join Cobaltline as general manager").
  const joinedBody = /\b(?:re)?join(?:s|ed|ing)?\s+$|\b(?:return(?:s|ed|ing)?|mov(?:e|es|ed|ing)|back)\s+to\s+$/i.test(tail);
  if (/^\s*,?\s+as\s/.test(after) && c.asRole.test(after) && !afterPlacePreposition && !joinedBody)
    votes.push({ type: 'Person', weight: 2, why: 'as-role' });
  // Who leads a town or a province is "of" a place ("elected mayor of Medellín"). The cheap tests first: role alternations are long.
  if (c.placeLeaderOf.test(tail)) votes.push({ type: 'Place', weight: 2.5, why: 'mayor-of' });
  else if (/\sof\s+$/.test(tail) && c.titledPersonOf.test(before))
    votes.push({ type: 'Organization', weight: 1.5, why: 'titled-person-of' });
  if (/\b(?:known|called|named)\s+(?:as\s+)?$/.test(tail) && c.orgKnownAs.test(tail))
    votes.push({ type: 'Organization', weight: 2, why: 'known-as' });
  else if (c.eventKnownAs.test(tail)) votes.push({ type: 'Event', weight: 3, why: 'event-called' });
  // "Kieran Walsh, Head of Communications, Brightfold Live": a role apposed to a name before is that person's.
  const roleOfNameBefore = /\p{Lu}[\p{Ll}'’-]+\s*,\s*(?:[\p{L}&'’-]+\s+){0,4}[\p{L}&'’-]+\s*,\s*$/u.test(before);
  if (c.roleBefore.test(before) && !/['’]s\s*$/.test(before) && !roleOfNameBefore)
    votes.push({ type: 'Person', weight: 2, why: 'role-before' });
  // "…," said its owner, Mererid Parry-Morgan.": who is said to speak after a role a body may hold is a person, when
  // the sentence ends there.
  else if (SPEAKING_OWNER_BEFORE.test(tail) && /^\s*[.,]?\s*$/.test(after))
    votes.push({ type: 'Person', weight: 1.5, why: 'speaking-owner' });
  // …and the name after that role is where they hold it, when the role is capitalised as a list's
  // item and the line or clause ends with the name ("Henrik Aasland, Chief Executive, Nordvind Energi"
  // in a programme or under a statement; not "Judge Brennan, the company's barrister, Conor Whelan").
  else if (LISTED_ROLE_BEFORE.test(before) && c.roleBefore.test(before) && /^\s*(?:[,;.)]|$)/.test(after))
    votes.push({ type: 'Organization', weight: 2.5, why: 'body-after-name-and-role' });
  // Not "officials in Gdansk said": a name after a preposition is not who speaks.
  // "…," said X." speaks; "Solberg said Borealis had looked…" is what was said, about X.
  // "Skyport Handling said it would bring in staff": what says "it" of itself is a body.
  const afterPreposition = /\b(?:in|at|from|of|for|near)\s+(?:the\s+)?$/i.test(tail);
  // "a partner at the law firm X, who represented A, said": a body's descriptor says the clause and the
  // speech are the person's before.
  // (Not "the broadcaster Neil Ashurst": a given name and a surname after a noun that people are called too.)
  const words = mention.text.split(' ');
  // (A given name the lists lack counts when the recogniser is sure the two words are a person's: "the broadcaster
  // Lowri Maddocks", not "the German retailer Vollmer Handel", which it reads so only narrowly.)
  const readAsPerson = () =>
    sentence.names?.some(
      (n) => n.type === 'PER' && n.margin >= SURE_PERSON_MARGIN && n.start === mention.start && n.end === mention.end,
    ) === true;
  const personsName = words.length === 2 && (c.isGivenName(words[0]!) || readAsPerson()) && !isCommonWord(words[1]!.toLowerCase());
  const describedBody = c.orgNounBefore.test(before) && !(personsName && c.personOrBodyNounBefore.test(before));
  const saysIt =
    /^(?:\s+|\s*,\s*which\s[^,;]{1,120},\s*)(?:said|says|added|announced|warned)\s+(?:that\s+)?it\s+(?:would|will|had|has|was|is|could|can|expects?|plans?)\b/i.test(
      after,
    );
  // "Priya Lakhani, a Conservative.", "Tom Ellery, of Labour,", "the Labour cabinet member": a real party's short name
  // as a member's noun or modifier is the party.
  if (
    c.isPartyName(mention.text) &&
    (c.partyRoleAfter.test(after) || (/,\s*(?:a|an|of)\s+$/.test(tail) && /^\s*(?:[,.;]|who\b|and\b|$)/.test(after)))
  )
    votes.push({ type: 'Organization', weight: 3, why: 'party-name' });
  // "route director for Wales and Borders, Sian Gwilliam, said": a person's name apposed after this one is who speaks.
  const apposedPerson = /^\s*,\s*(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+\s*,/u.exec(after);
  const speakerApposed = apposedPerson !== null && c.isGivenName(apposedPerson[1]!);
  if (saysIt && !afterPreposition) votes.push({ type: 'Organization', weight: 2, why: 'says-it' });
  else if (
    (c.speechAfter.test(after) && !afterPreposition && !describedBody && !speakerApposed) ||
    // (Not "told BBC Radio Sheffield.": a name opening with a body's letters is no one's.)
    (c.speechBefore.test(before) && /^\s*(?:[,.;:)]|$)/.test(after) && !isAcronym(words[0]!))
  )
    votes.push({ type: 'Person', weight: 1.5, why: 'speech-verb' });
  // "according to Statistics Norway": a source, most often a body (a person's first name outweighs this).
  if (/\baccording\s+to\s+(?:the\s+)?$/i.test(tail)) votes.push({ type: 'Organization', weight: 1, why: 'according-to' });
  // "with Sarah Okafor (Caledonian Grid), Lars Holm (Deepline Subsea)": what a person's name carries in brackets
  // is their body or party, or their town (which the gazetteer outweighs).
  if (
    sentence.kind !== 'dateline' &&
    !oneCommonWord &&
    /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*\(\s*$/u.test(tail) &&
    /^\s*\)/.test(after) &&
    !c.isKnownPlace(mention.text)
  )
    votes.push({ type: 'Organization', weight: 1.5, why: 'body-in-brackets-after-name' });
  // "Oliver Brandt of the Fraserton Greens", "Rosalind Fairbairn of The Condiment Buyer": what a named person is "of the"
  // is most often a body (places weigh more).
  if (/\p{Lu}[\p{L}'’-]+\s+of\s+[tT]he\s+$/u.test(tail)) votes.push({ type: 'Organization', weight: 1.2, why: 'name-of-the' });
  // "Tobias Engvik of Fjordline-Kaspar": what a person is "of" without "the" is a team or a firm as often as a
  // home town (a known town weighs more).
  else {
    const person = /(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+\s+of\s+$/u.exec(tail);
    if (person && c.isGivenName(person[1]!)) votes.push({ type: 'Organization', weight: 1, why: 'person-of' });
  }
  // "Kyle Sawtell, 23, of Basildon, who admitted fraud": the town after a person's age is where they live, and the
  // clause after it is the person's.
  const homeAfterAge = /\d{1,3}\s*,\s*(?:of|from)\s+$/.test(tail);
  if (homeAfterAge) votes.push({ type: 'Place', weight: 2, why: 'home-town-after-age' });
  if ((/^\s*,\s*who\b/.test(after) && !afterPlacePreposition && !homeAfterAge && !describedBody) || /^\s*\(\d{1,3}\)/.test(after))
    votes.push({ type: 'Person', weight: 2, why: 'who-clause' });
  // "Orlaith Mangan was 26 and working as …", "Dana Price, 45, said": a name given an age is a person's.
  if (PERSON_AGE_AFTER.test(after) && !c.isKnownPlace(mention.text)) votes.push({ type: 'Person', weight: 2.5, why: 'age-after-name' });
  // "Kelvin Comets 3 Ardmore Falcons 2": the sides of a line of results are teams, whatever their first words.
  // (Past a region's name: "Swansea 49 Cardiff 23" is two sides.)
  if (sentence.kind === 'row' && /^\s+\d/.test(after) && isScoreLine(sentence.text))
    votes.push({ type: 'Organization', weight: 4, why: 'score-line-side' });
  // "Bury 4 3 1 0 8 2 10": a row of a league table, a name and four or more figures, names a side.
  else if (sentence.kind === 'row' && mention.start === 0 && STANDINGS_FIGURES.test(after))
    votes.push({ type: 'Organization', weight: 4, why: 'standings-row' });
  // "M. Bevan c Vaas b Chandana 56": in a scorecard's row, who caught and who bowled are players.
  if (sentence.kind === 'row' && /\s(?:c|b|st)\s+$/.test(tail) && /^\s+(?:b\s|\d{1,3}$)/.test(after))
    votes.push({ type: 'Person', weight: 3, why: 'fielder-or-bowler' });
  // "Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296": a side's innings.
  else if (INNINGS_FIGURES.test(after)) votes.push({ type: 'Organization', weight: 4, why: 'innings-score' });
  // "Porto beat Benfica 2-1", "Benfica host Sporting": sides in a match are teams, not places (a player's first name outweighs this).
  if (c.matchSubject.test(after) || (c.matchObject.test(tail) && /^\s+\d{1,2}-\d{1,2}\b/.test(after)))
    votes.push({ type: 'Organization', weight: 2, why: 'match-side' });
  if (
    (c.fixtureAfter.test(after) && /^(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(before.slice(-25))) ||
    (c.fixtureBefore.test(tail) && c.sportsWord.test(sentence.text))
  )
    votes.push({ type: 'Organization', weight: 1.2, why: 'fixture' });
  // "published on Tuesday in The Lancet": a journal.
  if (/\bpublished\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?$/i.test(tail)) votes.push({ type: 'Organization', weight: 2, why: 'published-in' });
  // "the nearby districts of Pernis and Hoogvliet".
  if (c.districtOf.test(tail)) votes.push({ type: 'Place', weight: 3.5, why: 'district-of' });
  // "shares in Nordhavn", "a stake in Tessel": what is owned is a company.
  if (c.ownershipIn.test(tail)) votes.push({ type: 'Organization', weight: 2, why: 'shares-in' });
  // "completed its purchase of Hawthorn Lane Nurseries", "the takeover of Pressfold": what is bought whole is a company.
  else if (/\b(?:purchase|acquisition|takeover|buyout)\s+of\s+(?:the\s+)?$/i.test(tail))
    votes.push({ type: 'Organization', weight: 2, why: 'bought-whole' });
  // "in Copenhagen and Aarhus": the second of two places after a preposition too; "in south-western Jutland",
  // "12 kilometres north of Chivay".
  else if (
    /\b(?:in|near|across|throughout|outside|to|from|visited|visit|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|(?:north|south)-(?:eastern|western)\s+|central\s+)?(?:\p{Lu}[\p{L}-]*\s+and\s+)?$/iu.test(
      before,
    )
  ) {
    votes.push({ type: 'Place', weight: 1, why: 'preposition' });
    // "at the Essex Piano Weekend in Saffron Walden": a known town's whole name of two words or more after "in" is the
    // town, though it reads as a given name and a surname.
    if (mention.text.includes(' ') && c.isKnownPlace(mention.text)) {
      votes.push({ type: 'Place', weight: 2, why: 'known-place-after-preposition' });
      // "in Prince George", "in Queen Creek": so is one whose first word is a title (no one's title is said "in").
      if (c.isPersonTitle(mention.text.split(' ')[0]!)) votes.push({ type: 'Place', weight: 3, why: 'titled-town' });
    }
  }
  // "The libraries in Wedmore, Axbridge, Shipham, Draycott and Westbury-sub-Mendip": every name of a list after
  // "in" is where, like the first.
  else if (PLACE_LIST_BEFORE.test(before) && !c.dateAfterIn.test(before) && /^\s*(?:,|and\b|or\b|[.;]|$)/.test(after))
    votes.push({ type: 'Place', weight: 1, why: 'listed-after-in' });
  // "at Edgbaston on Saturday": what things happen at is a place as often as a body; too weak alone, it lets the
  // recogniser's reading of a one-word place stand.
  else if (/\bat\s+(?:the\s+)?$/i.test(before)) votes.push({ type: 'Place', weight: 0.5, why: 'at' });
  votes.push(...addressVotes(mention, sentence, tail, after, c));
  // "Massachusetts-based Ardent Bio": what is based somewhere is an organisation.
  if (/\p{L}-based\s+$/u.test(tail)) votes.push({ type: 'Organization', weight: 2, why: 'after-x-based' });
  // "Ardent Bio's chief executive": a company's officers and board.
  if (c.possessiveOfficer.test(after)) votes.push({ type: 'Organization', weight: 2, why: 'possessive-officer' });
  // "Green Future's Oluwaseun Adeyemi": what owns a named person is a party, a team or a firm (or a place, which
  // the gazetteer or a dateline outweighs); one person's name is rarely another's possessor.
  const ownedPerson = /^['’]s\s+(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+/u.exec(after);
  const owner = mention.text;
  if (ownedPerson && c.isGivenName(ownedPerson[1]!) && !c.isGivenName(owner.split(' ')[0]!) && !c.isKnownPlace(owner))
    votes.push({ type: 'Organization', weight: 2.5, why: 'owner-of-person' });
  // "the Cerro Azul copper mine": a mine or an oilfield is a place.
  if (c.mineAfter.test(after)) votes.push({ type: 'Place', weight: 4, why: 'mine' });
  // "who previously designed warehouse robots at Ocado", "worked for Siemens".
  if (/\b(?:at|for)\s+$/.test(tail) && c.workedAt.test(before)) votes.push({ type: 'Organization', weight: 1.5, why: 'worked-at' });
  // "China's special envoy to the region, Wang Lei, …": a role just before, across a comma.
  if (/,\s*$/.test(tail) && c.roleApposition.test(tail) && !roleOfNameBefore)
    votes.push({ type: 'Person', weight: 1.5, why: 'role-apposition' });
  // "Amani Njoroge co-founded Pesaflow"
  if (/\b(?:co-?)?founded\s+$/.test(before)) votes.push({ type: 'Organization', weight: 1.5, why: 'founded' });
  // "Kersal Vale won the Chadkirk Shield": what a side wins, retains or lifts is a competition or its prize (not "won
  // the Labour Party's nomination", nor "won the Grade 3 title", where the name only qualifies the noun after it).
  if (/\b(?:won|wins|win|winning|retained|retains|lifted|lifts|clinched|clinches)\s+the\s+$/.test(tail) && !/^['’]s\b/.test(after)) {
    const next = sentence.tokens.find((t) => t.start >= mention.end);
    const qualifiesNoun = next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && /^\s+$/.test(sentence.text.slice(mention.end, next.start));
    if (!qualifiesNoun) votes.push({ type: 'Event', weight: 2, why: 'won-the' });
  }
  // "Neil Hawthorne, who heads Shropshire Hills Health": what a person heads or chairs is a body.
  if (/\bwho\s+(?:now\s+|also\s+)?(?:heads|chairs|runs|directs|manages|co-founded)\s+$/.test(tail))
    votes.push({ type: 'Organization', weight: 2, why: 'headed-by-person' });
  // "Agrisens, founded by Pau Ferrer…", "Refibra, started by the engineer Aylin Demir", "Loomstack was founded in
  // 2019 by …": a body its people made (not "run by", which events and airports are too).
  if (
    /^\s*(?:,\s*(?:which\s+(?:was|is)\s+)?|\s+(?:was|is|has\s+been|had\s+been)\s+)(?:co-?founded|founded|started|set\s+up|created)\s+(?:(?:in|during)\s+[^,.;]{1,30}?\s+)?by\b/i.test(
      after,
    )
  )
    votes.push({ type: 'Organization', weight: 3, why: 'made-by-person' });
  // "rivals such as Intuit and Xero"
  if (c.organizationExamples.test(before)) votes.push({ type: 'Organization', weight: 2, why: 'example-of-organizations' });
  // "the Vereinigung Cockpit union said" (weaker than a city: "the Lisbon club")
  // …but not a known place: "an Edinburgh start-up", "the Edinburgh bank Forthright Savings" say where.
  // …but not a sentence's first word describing the name after it ("Campaign group Bus Users UK said").
  const describesNameAfter = oneCommonWord && /^\s*$/.test(before) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(after);
  if (c.orgNounAfter.test(after) && !c.isKnownPlace(mention.text) && !describesNameAfter)
    votes.push({ type: 'Organization', weight: 1.2, why: 'org-noun-after-name' });
  // "venture firm Ventures Platform", "payments company Stripe"
  if (describedBody) votes.push({ type: 'Organization', weight: 3, why: 'descriptor-before' });
  // "an analyst at the stockbroker Halden Moore": a role's body, described, outweighs a name that reads as a person's.
  if (describedBody && c.roleOf.test(before.replace(/\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3}$/u, '')))
    votes.push({ type: 'Organization', weight: 1.5, why: 'role-at-described-body' });
  // "his party, National Renewal, would…", "Finland's parliament, the Eduskunta": the noun before an apposed name.
  // "the UN refugee agency, UNHCR, said", "The country's largest supermarket chain, Lipa Market, said": a name
  // set off by commas after "the … agency".
  // (Not "The speaker of the Belarus parliament, Semyon Sharetsky": the body is a role's, the name the role holder's.)
  else if (
    (/(?:\b(?:his|her|their|its)|\p{Lu}\p{L}*['’]s)\s+\p{Ll}+\s*,\s*(?:the\s+)?$/u.test(tail) ||
      (THE_DESCRIPTOR_APPOSED.test(before) && /^\s*,/.test(after))) &&
    c.orgNounBefore.test(before.replace(/\s*,\s*(?:the\s+)?$/, ' ')) &&
    !roleOfBody(before.replace(THE_DESCRIPTOR_APPOSED, 'the '), c)
  )
    votes.push({ type: 'Organization', weight: 2, why: 'descriptor-apposed' });
  // "sold by Novo Nordisk and Eli Lilly": the agent may be the second of two names.
  if (/\bby\s/.test(before) && c.agentBy.test(before)) votes.push({ type: 'Organization', weight: 1.2, why: 'by-agent' });
  if (/\p{Lu}[\p{L}-]+['’]s\s+$/u.test(before) && !/^\s*['’]s/.test(after))
    votes.push({ type: 'Organization', weight: 0.6, why: 'after-possessive' });
  // (Not "the first African Snakebite Summit, which closed on Thursday": what opens or closes on a day is an event.)
  if (/^\s*,\s*which\b/.test(after) && !EVENT_WHICH_CLAUSE.test(after))
    votes.push({ type: 'Organization', weight: 1.6, why: 'which-clause' });
  // "the Logistics Employers' Forum, which represents…", "affiliated to the Trades Union Congress": only bodies do.
  if (/^\s*,\s*which\s+represents\b/.test(after) || /\baffiliated\s+(?:to|with)\s+(?:the\s+)?$/i.test(tail))
    votes.push({ type: 'Organization', weight: 3, why: 'represents' });
  // As strong as a gazetteer entry: "Thales Alenia Space, the Franco-Italian company" outweighs a first name and a speech verb.
  // Not "…, in the province of Caylloma, the Geophysical Institute said": a description with its own
  // speech verb and no comma before it is the subject of a reporting clause, not an apposition.
  if (c.orgNounApposition.test(after) && !c.reportingClause.test(after))
    votes.push({ type: 'Organization', weight: 4.5, why: 'apposition-org' });
  // "Ptolemaida, a town in the region of Western Macedonia": as strong as a gazetteer entry.
  if (c.placeNounApposition.test(after)) votes.push({ type: 'Place', weight: 4.5, why: 'apposition-place' });
  // "Keswick, in the city's inner south-west", "Norwood, in the east": where in a larger place it lies.
  else if (PART_OF_PLACE_AFTER.test(after) || ON_THE_COAST_AFTER.test(after))
    votes.push({ type: 'Place', weight: 2, why: 'apposition-part-of-place' });
  // "Lumenfield Forward, the company's annual developer conference".
  if (c.eventNounApposition.test(after)) votes.push({ type: 'Event', weight: 4.5, why: 'apposition-event' });
  // "at the IAA Mobility show in Munich", "the Vesta summit": the name of the event the noun says it is.
  else if (/\bthe\s+$/i.test(tail) && c.eventNounAfter.test(after)) votes.push({ type: 'Event', weight: 2, why: 'event-noun-after' });
  // "PackNord 2025, held over three days at…", "The next PackNord will be held in…": what is held is an event.
  else if (/^\s*(?:,\s*(?:which\s+(?:is|was|will\s+be)\s+)?|(?:is|was|will\s+be|has\s+been)\s+)held\b/.test(after))
    votes.push({ type: 'Event', weight: 2.5, why: 'held' });
  if (/^\s*,\s*(?:which|that)\s+(?:is|was)\s+(?:run|owned|operated|controlled)\s+by\b/.test(after))
    votes.push({ type: 'Organization', weight: 1, why: 'run-by-org' });
  if (/^-based\b/.test(after)) votes.push({ type: 'Place', weight: 3, why: 'x-based' });
  if (c.placeWordAfter.test(after)) votes.push({ type: 'Place', weight: 3, why: 'place-word-after' });
  // "the two-week event at the Caja Mágica": where an event is, is a place.
  if (c.venueOf.test(tail)) votes.push({ type: 'Place', weight: 1.5, why: 'venue' });
  // …and a name with a venue's head there ("a two-day meeting on … at the Maelor Centre") is the venue, though
  // "Centre" heads research bodies too.
  else if (c.isVenueHead(headWord(mention.text)) && /\sat\s+the\s+$/.test(tail) && c.venueAfterEvent.test(before))
    votes.push({ type: 'Place', weight: 4.5, why: 'venue-of-event' });
  if (c.organizationAttributeAfter.test(after)) {
    votes.push({ type: 'Organization', weight: 2, why: 'org-noun-after' });
  }
  if (c.organizationVerbAfter.test(after)) {
    votes.push({ type: 'Organization', weight: 1.5, why: 'org-verb' });
  }
  // "The City of La Crosse held a session", "the Town of Hinsdale said": a municipality that acts is its government.
  if (MUNICIPALITY_NAME.test(mention.text) && MUNICIPALITY_ACTS.test(after))
    votes.push({ type: 'Organization', weight: 3, why: 'municipality-acts' });
  if (
    /\b(?:at|from|with|for|joined|of)\s+$/i.test(before) &&
    c.roleAfter.test(sentence.text.slice(0, mention.start).split(',').slice(-1)[0] ?? '')
  ) {
    votes.push({ type: 'Organization', weight: 1, why: 'role-of' });
  }
  // "UNICEF's regional director": capitals holding a role are an organisation.
  if (isAcronym(mention.text) && c.possessiveRole.test(after)) votes.push({ type: 'Organization', weight: 2, why: 'acronym-role' });
  // "Rhodri Evans, Cadw's senior inspector of …, said": what owns the role apposed to a person is where they hold it.
  else if (/\p{Lu}[\p{Ll}'’-]+\s*,\s*$/u.test(tail) && c.possessiveRole.test(after) && !c.isKnownPlace(mention.text))
    votes.push({ type: 'Organization', weight: 2.5, why: 'owner-of-apposed-role' });
  // "the NHS said", "what the RSPB calls": letters after "the" are a body's (a country's are the gazetteer's), never a person's.
  else if (isAcronym(mention.text) && /\bthe\s+$/i.test(tail) && !c.isKnownPlace(mention.text))
    votes.push({ type: 'Organization', weight: 2, why: 'the-acronym' });
  // At a sentence's start only a name no dictionary knows: "Opposition leader X" opens with a capitalised word.
  if (c.orgBeforeRole.test(after) && (mention.start > 0 || !isCommonWord(mention.text.split(' ')[0]!)))
    votes.push({ type: 'Organization', weight: 2, why: 'org-before-role' });
  // Not "an analyst at the Amsterdam broker Keizer & Lint": a name before a common noun and another name only says where.
  const modifiesNextName =
    /^\s+(?:(?!(?:in|on|at|of|and|or|for|to|with|from|by|as|said|says|told|has|had|is|was|will)\s)\p{Ll}[\p{L}-]*\s+){1,2}\p{Lu}/u.test(
      after,
    );
  // "a retired teacher from Harrogate": where someone is from is as often a town, when the gazetteer knows one.
  const fromPlace = /\bfrom\s+$/i.test(tail) && c.isKnownPlace(mention.text);
  if (
    !modifiesNextName &&
    !fromPlace &&
    /\b(?:of|at|from|for|with)\s+(?:the\s+)?$/i.test(tail) &&
    (c.roleOf.test(before) || c.staffOf.test(before))
  ) {
    // "an analyst at Kessler Aldridge": a role held at a name is held at a body, whatever given name it opens with
    // (not "a lawyer for Maria Lopez", who acts for a person).
    // (One person's role: not "extra engineers at Hexley Junction", where people are sent.)
    votes.push({ type: 'Organization', weight: ONES_ROLE_AT.test(tail) ? 3 : 2, why: 'role-of' });
  }
  return votes;
}
