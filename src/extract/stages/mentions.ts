import { loadGazetteer, type Gazetteer, type VocabTerm } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { createPhraseMatcher, wordsOf, type PhraseMatcher } from '../phrase-matcher.js';
import { fitSentenceOpeners } from './sentence-openers.js';
import { namedHeadDescriptions } from './head-descriptions.js';
import { fieldMentions } from './field-mentions.js';
import { isLegislatorTitle, speechVerbNext } from './type-evidence.js';
import { INNINGS_AFTER_RUNS, isScoreLine } from './segment.js';
import { partyTagMention } from './party-tags.js';
import { namesNoEntity } from './no-entity-names.js';
import { isCommonWord, isPluralNoun } from '../nlp.js';
import {
  escapeRegExp,
  insideQuotation,
  isAllCaps,
  isCapitalized,
  isShouted,
  NAME_PARTICLES,
  phraseAlternation,
  PLACE_PARTICLES,
  qualifiedByGeneral,
  stems,
  wordAlternation,
} from '../text.js';
import type { EntityType, Mention, Sentence, Token } from '../types.js';

/** The evidence of a person's description that opens a sentence with who they are ("The Colombian said"). */
export const CHARACTERISATION = 'characterisation';

/** Words that may join capitalised words inside one name ("Bank of America"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'la', 'del', 'von', 'van', 'der', '&', 'and']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X', 'VERB', 'ADV']);
const PRONOUNS = /^(he|she|him|her|his|hers|it|its|we|our|us|i|my|me|you|your|they|their|them)$/i;
const APOSTROPHE = /^['’]$/;
const IRREGULAR_PLURAL = /(?:men|children|people)$/i;
const NAMESAKE_POSSESSORS = new Set(['King', 'Queen', 'Prince', 'Princess']);
const SAINTS = new Set(['St', 'St.', 'Saint']);
const CONSTITUENCY_AFTER = /^(?:by-election|constituency)\b/;
/** Heads of the names of workers' bodies, and the plural nouns for a trade's people before them. */
const UNION_HEADS = /^(?:Union|Association|Federation|Guild)$/;
const PEOPLE_OF_A_TRADE = /^(?:Employees|Workers|Officers|Staff|Teachers|Nurses|Drivers|Journalists|Engineers|Allied)['’]?$/;

interface Matchers {
  vocab: Array<{ type: EntityType; phrases: PhraseMatcher; caseSensitive: boolean; terms: Map<string, VocabTerm> }>;
  descriptions: RegExp;
  descriptionType: Map<string, EntityType>;
  /** "his daughter", "the spokeswoman": a person the article named with that word before. */
  personDescriptions: RegExp;
  /** Descriptions that are only read before a speech verb ("The consultant said"). */
  onlySpeaking: ReadonlySet<string>;
  /**
   * "the region's fire service said", "their union said": descriptions read only before a speech verb (the
   * rules read "its subsidiary X" word by word, and "the city's new stadium" names no body).
   */
  speakerDescriptions: RegExp;
  /** "The Colombian", "The 25-year-old striker", "The Norwegian-born doctor": who someone is, opening a sentence. */
  characterisation: RegExp;
  /** A person's word after a characterisation ("striker", "doctor"); other words ("government") end it. */
  personNouns: ReadonlySet<string>;
  /** What a characterisation must be followed by to name a speaker: a speech verb, perhaps after an apposition. */
  speechAfter: RegExp;
  /** "the finance minister", "a trade union": a vocabulary word that only qualifies a role or a body is not the term. */
  qualifiedTerm: RegExp;
  /** "Stratus Cloud 410 million euros": a number before these counts something; it ends the name. */
  quantityWord: RegExp;
  /** "the AI Act", "Inflation Reduction Act": laws are none of the six kinds; words inside them still count. */
  lawName: RegExp;
  unitNouns: ReadonlySet<string>;
  /** "cafe", "bakery": a business by its premises, a modifier before another noun ("the pub landlord"). */
  premisesNouns: ReadonlySet<string>;
}

/** Hyphens and spaces are interchangeable in vocabulary matches. */
const aliasKey = (text: string, caseSensitive: boolean) => (caseSensitive ? text : text.toLowerCase()).replace(/[-\s]+/g, ' ');

function vocabMatcher(type: EntityType, terms: VocabTerm[], caseSensitive: boolean) {
  const byAlias = new Map<string, VocabTerm>();
  for (const term of terms) {
    for (const alias of term.aliases) {
      if (isAllCaps(alias.replace(/\s/g, '')) === caseSensitive) byAlias.set(aliasKey(alias, caseSensitive), term);
    }
  }
  return { type, phrases: createPhraseMatcher(byAlias.keys(), caseSensitive), caseSensitive, terms: byAlias };
}

/** "Oban-based", "Milton-Keynes-based": a place's name as a describing word, a name of its own inside a description. */
const PLACE_BASED = '[A-Z][a-z]+(?:-[A-Z][a-z]+)?-based';
const PLACE_BASED_MODIFIER = new RegExp(` ${PLACE_BASED}\\s+`);

/** "the shipping company", "the mining group": an industry's one-word name describes the body after it. */
function industryWords(gazetteer: Gazetteer): string[] {
  return gazetteer.industries.flatMap((term) => term.aliases).filter((alias) => /^[a-z-]+$/.test(alias));
}

function buildMatchers(gazetteer: Gazetteer): Matchers {
  const rolesOnlySpeaking = speakingRoles(gazetteer);
  const descriptionType = new Map<string, EntityType>();
  for (const [type, words] of Object.entries(gazetteer.cues.genericDescriptions)) {
    for (const word of words) descriptionType.set(word, type as EntityType);
  }
  const descriptions = new RegExp(
    // "the country's second-largest steelmaker", "the employers' group": one possessive first, then up to two
    // describing words (listed ones, "family-based" or "Oban-based", "second-largest" and the like, or a capitalised word).
    // "Spain's weather agency": after a named owner (a name of its own, left out of the mention) any two words.
    `\\b(?:(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[a-z]+(?:['’]s|s['’])\\s+)?(?:(?:${wordAlternation([...gazetteer.cues.descriptionModifiers, ...industryWords(gazetteer)])}|(?:[a-z]+-based|${PLACE_BASED})|(?:second|third|fourth|fifth)-(?:largest|biggest)|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+){0,2}|(?<owner>[A-Z][a-z]+['’]s)\\s+(?:[a-z-]+\\s+){0,2})(?<head>${phraseAlternation(descriptionType.keys())})\\b(?!\\s+(?:of|which|who)\\b)`,
    'g',
  );
  const speakerDescriptions = new RegExp(
    `\\b(?:[Tt]he\\s+[a-z]+(?:['’]s|s['’])\\s+(?:(?!of\\b)[a-z-]+\\s+){0,2}|[Tt]heir\\s+|[Ii]ts\\s+(?:[a-z-]+\\s+)?)(?<head>${phraseAlternation(descriptionType.keys())})\\b`,
    'g',
  );
  return {
    vocab: [
      vocabMatcher('Industry', gazetteer.industries, false),
      vocabMatcher('Industry', gazetteer.industries, true),
      vocabMatcher('Topic', gazetteer.topics, false),
      vocabMatcher('Topic', gazetteer.topics, true),
    ],
    descriptions,
    descriptionType,
    speakerDescriptions,
    // Not "His daughter, Simran Bamrah, …": a description apposed to a name introduces it; nor "was the
    // daughter of a skipper", a new person's relation.
    personDescriptions: new RegExp(
      `\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\\s+(?:\\p{Ll}[\\p{L}-]*['’]s\\s+)?(?:(?:late|elder|eldest|younger|youngest)\\s+)?(?<role>${wordAlternation([...gazetteer.cues.personDescriptions, ...rolesOnlySpeaking])})\\b(?!\\s*,\\s*\\p{Lu}|\\s+of\\b)`,
      'gu',
    ),
    characterisation: new RegExp(
      `^The\\s+(?:${phraseAlternation(gazetteer.demonyms)}(?:-born)?|\\d{1,3}-year-old)(?:\\s+(?<noun>[a-z]+))?\\b`,
      'u',
    ),
    onlySpeaking: new Set(rolesOnlySpeaking),
    personNouns: new Set([...gazetteer.roles, ...gazetteer.cues.personDescriptions, ...gazetteer.cues.characterNouns]),
    speechAfter: speechVerbNext(gazetteer),
    qualifiedTerm: new RegExp(`^\\s+(?:${wordAlternation(gazetteer.cues.nounsQualifiedByTerm)})\\b`, 'i'),
    quantityWord: new RegExp(`^(?:${wordAlternation(gazetteer.cues.quantityWords)})$`, 'i'),
    lawName: new RegExp(`\\s(?:${wordAlternation(gazetteer.cues.lawHeads)})$`),
    unitNouns: gazetteer.cues.unitNouns,
    premisesNouns: gazetteer.cues.premisesNouns,
  };
}

/** Words that open a sentence as a quantity of something named before ("Several told the Courier…"), which the tagger can read as names. */
const OPENING_QUANTIFIERS = new Set('several few many most some both neither either each all none others'.split(' '));

function isNameToken(token: Token, index: number, tokens: Token[], headline = false): boolean {
  if (!isCapitalized(token.text) && !/^\d+$/.test(token.text)) return false;
  if (/^\d+$/.test(token.text)) return false; // numbers only continue a name, never start one
  const opensSentence = index === 0 || /^["“‘(]$/.test(tokens[index - 1]?.text ?? '');
  // ("All Nippon Airways" opens a name: a capitalised word follows.)
  const quantity = OPENING_QUANTIFIERS.has(token.text.toLowerCase()) && !isCapitalized(tokens[index + 1]?.text ?? '');
  if (opensSentence && !headline && quantity) return false;
  if (token.pos === 'PROPN') return true;
  // "Per-Olof Sandberg", "Jean-Luc": a capitalised word joined by a hyphen to another opens a name, whatever its tag.
  const hyphened =
    tokens[index + 1]?.text === '-' && tokens[index + 1]!.start === token.end && isCapitalized(tokens[index + 2]?.text ?? '');
  if (!NAME_POS.has(token.pos) && hyphened && !headline && !isAllCaps(token.text)) return true;
  // "replaces Per Aasen": a capitalised function word inside a sentence is a given name (headlines capitalise every word).
  if (!NAME_POS.has(token.pos))
    return (
      !headline && index > 0 && !isAllCaps(token.text) && !/^["“‘(:]$/.test(tokens[index - 1]!.text) && tokens[index + 1]?.pos === 'PROPN'
    );
  // A capitalised common word at the start of a sentence is just the start of the sentence.
  if (opensSentence) return isAllCaps(token.text);
  return true;
}

/**
 * What follows a side's score in a results line: its scorers in brackets (with the minute, or a list of names
 * and tallies: "(Mäkinen, Halonen 2, Korpela)"), or the other side and its score.
 */
const SCORE_AFTER =
  /^\s*(?:\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s+\d|(?:\s+\d{1,2})?,\s*\p{Lu}[^()]*\))|[,;]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\d{1,2}\b)/u;

/** What follows a shop's possessive name ("Hadley's, which…", "Hadley's was"), never a possessed noun. */
const BRAND_AFTER = /^(?:[,;:.)]|which|was|is|has|had|said|says|will|would)$/;

/** Maximal runs of capitalised tokens, joined by connectors and hyphens, stopping at possessives. */
export function nameSpans(sentence: Sentence, gazetteer: Gazetteer, m: Matchers): Array<{ start: number; end: number }> {
  const { tokens } = sentence;
  const headline = sentence.kind === 'headline';
  // "Glenbrae Wolves 5 Carrick Lynx 1": in a line of one result its numbers are the score, no part of a name.
  const scoreLine = sentence.kind === 'row' && isScoreLine(sentence.text);
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // A table's row opens with its label ("Net profit 148 131"), a row of results with a name.
    // "IF Norrvik", "VfB Stuttgart": a word that opens bodies' names opens one, whatever its tag.
    // "Met Éireann has upgraded…": the opening of a known organisation's name, whatever the tagger made of its words.
    const opensBody =
      !!first &&
      ((gazetteer.cues.leadingOrganizationHeads.has(first.text) && isCapitalized(tokens[i + 1]?.text ?? '')) ||
        opensCampaign(tokens, i, gazetteer) ||
        (isCapitalized(first.text) && gazetteer.organizationOpenings.has(`${first.text} ${tokens[i + 1]?.text ?? ''}`)));
    if (
      !first ||
      !(opensBody || isNameToken(first, i, tokens, headline)) ||
      (i === 0 &&
        sentence.kind === 'row' &&
        isCommonWord(first.text) &&
        !/^\p{Lu}\.$/u.test(first.text) &&
        // ("East Fife 2 0 1 1 0 4 1", "NEW YORK 74 59 .556": a side's name of two capitalised words is no label.)
        !isCapitalized(tokens[1]?.text ?? ''))
    ) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const token = tokens[j]!;
      const previous = tokens[j - 1]!;
      const adjacent = token.start === previous.end;
      const pastParticles = particlesEnd(tokens, j, gazetteer);
      if (
        isNameToken(token, j, tokens, headline) ||
        // "Cercle d'Escrime du Clain", "Jeanne d'Arc": an elided particle joined to the word it names goes on the name.
        ELIDED_PARTICLE.test(token.text) ||
        (/^\d+$/.test(token.text) &&
          !scoreLine &&
          !/^\d/.test(tokens[j + 1]?.text ?? '') &&
          !m.quantityWord.test(tokens[j + 1]?.text ?? ''))
      ) {
        last = j;
        j += 1;
      } else if (j === i + 1 && token.text === 'the' && opensCampaign(tokens, i, gazetteer)) {
        // "Save the Merrow", "Stop the Bypass": a campaign's imperative and its object's "the".
        j += 1;
      } else if (
        adjacent &&
        (token.text === '-' || token.text === '–' || token.text === '.') &&
        isCapitalized(tokens[j + 1]?.text ?? '') &&
        tokens[j + 1]?.start === token.end
      ) {
        j += 1;
      } else if (adjacent && token.text === '-' && isGivenNameSyllable(tokens[j + 1], gazetteer) && tokens[j + 1]!.start === token.end) {
        // "Kim Jae-won", "Park Soo-min": the second syllable of a hyphenated given name is lower-case.
        last = j + 1;
        j += 2;
      } else if (token.text === ',' && listInsideName(tokens, i, j, gazetteer)) {
        // "Regulatory Authority for Energy, Waste and Water": a list after a body's "for" is part of its name.
        j += 1;
      } else if (
        token.text === 'and' &&
        tokens[j + 1]?.text === 'the' &&
        isCapitalized(tokens[j + 2]?.text ?? '') &&
        tokens[j - 2]?.text === ',' &&
        listInsideName(tokens, i, j - 2, gazetteer)
      ) {
        // …and its last item's "the" ("Department of Agriculture, Food and the Marine").
        last = j + 2;
        j += 3;
      } else if (
        CONNECTORS.has(token.text) &&
        isCapitalized(tokens[j + 1]?.text ?? '') &&
        !gazetteer.cues.calendarWords.has(tokens[j + 1]?.text ?? '') &&
        joinable(tokens, i, last, j, gazetteer)
      ) {
        j += 1;
      } else if (
        (token.text === 'of' || token.text === 'for') &&
        tokens[j + 1]?.text === 'the' &&
        isCapitalized(tokens[j + 2]?.text ?? '') &&
        !gazetteer.cues.calendarWords.has(tokens[j + 2]!.text) &&
        (gazetteer.cues.connectorHeads.has(tokens[last]!.text) ||
          gazetteer.cues.organizationHeads.has(tokens[last]!.text) ||
          // "According to Wines of the Weald": a capitalised plural common noun inside a sentence opens such a name.
          opensPluralName(tokens, i, last, headline))
      ) {
        // "Ministry of the Environment", "Council of the European Union", "Ministry for the Economy": a body's
        // "of the" or "for the" is part of its name.
        j += 2;
      } else if (pastParticles > j) {
        // "Jan de Vries", "Central Unitaria de Trabajadores", "Banco do Brasil".
        j = pastParticles;
      } else if (
        adjacent &&
        APOSTROPHE.test(token.text) &&
        /s$/.test(previous.text) &&
        (runEndsInHead(tokens, j + 1, gazetteer) ||
          (opensPluralName(tokens, i, last, headline) && isCapitalized(tokens[j + 1]?.text ?? '')))
      ) {
        // "Ministers' Meeting", "Farmers' Union": a plural possessive inside an event's or body's name; "the charity
        // Patients' Voice": a capitalised common plural's, inside a sentence, whatever follows.
        j += 1;
      } else if (
        adjacent &&
        /^['’]s$/.test(token.text) &&
        IRREGULAR_PLURAL.test(previous.text) &&
        runEndsInHead(tokens, j + 1, gazetteer)
      ) {
        // "Fishermen's Federation", "Children's Hospital".
        j += 1;
      } else if (
        adjacent &&
        /^['’]s$/.test(token.text) &&
        namesakePossessor(tokens, i, j - 1, gazetteer) &&
        (runHasHead(tokens, j + 1, gazetteer) || saintsPlace(tokens, i, j))
      ) {
        // "King's College London", "St Mary's Hospital": an institution named after a person or a saint ("St
        // Stephen's Green": a place, whatever its head).
        j += 1;
      } else if (adjacent && /^['’]s$/.test(token.text) && placeNamedAfterOwner(tokens, i, j, gazetteer)) {
        // "Robin Hood's Bay", "Land's End Point": a place named after whose it was.
        j += 1;
      } else if (adjacent && /^['’]s$/.test(token.text) && last === i && shopNamedAfterOwner(tokens, j, gazetteer)) {
        // "Brannock's Food Stores", "Wylie's Butchers": a family's possessive before a plural common noun names its firm.
        j += 1;
      } else if (adjacent && /^['’]s$/.test(token.text) && last === j - 1 && BRAND_AFTER.test(tokens[j + 1]?.text ?? '')) {
        // "Hadley's, which sold the bars…", "Hadley's was looking at it": a possessive nothing follows is a shop's name.
        last = j;
        break;
      } else {
        break;
      }
    }
    // "Ministry of Housing, Communities and Local Government": a name the vocabulary knows is read whole.
    last = Math.max(last, knownNameEnd(tokens, i, gazetteer));
    // "County Down": a place the gazetteer knows whole, whatever the tagger made of its last word.
    while (isCapitalized(tokens[last + 1]?.text ?? '') && gazetteer.places.has(runText(tokens, i, last + 2).toLowerCase())) last += 1;
    // "King's Lynn": a place the gazetteer knows with a possessive inside (not "Sheep's Head Distillery", a body's name).
    if (
      /^['’]s$/.test(tokens[last + 1]?.text ?? '') &&
      isCapitalized(tokens[last + 2]?.text ?? '') &&
      !isCapitalized(tokens[last + 3]?.text ?? '')
    ) {
      const whole = sentence.text.slice(tokens[i]!.start, tokens[last + 2]!.end).replace(/’/g, "'");
      if (gazetteer.places.has(whole.toLowerCase())) last += 2;
    }
    // "the Liberal Democrat MP for Westmorland": a party the vocabulary knows, then a legislator's title, is the party.
    if (last > i && gazetteer.cues.legislatorTitles.has(tokens[last]!.text) && gazetteer.organizations.has(runText(tokens, i, last)))
      last -= 1;
    let startToken = i;
    // "The" belongs to few names; keep it only where the vocabulary says so.
    const determined = /^the$/i.test(tokens[startToken]!.text) || /^the$/i.test(tokens[i - 1]?.text ?? '');
    if (/^the$/i.test(tokens[startToken]!.text) && startToken < last) startToken += 1;
    // "On Friday Sarmento struck…": a day or a month is no part of the name after it ("the Sunday Ledger" keeps its day).
    while (!determined && startToken < last && gazetteer.cues.calendarWords.has(tokens[startToken]!.text)) startToken += 1;
    spans.push({ start: tokens[startToken]!.start, end: tokens[last]!.end });
    i = last + 1;
  }
  return spans;
}

/** The last token of the longest organisation the vocabulary knows that starts at `from`, or -1. */
function knownNameEnd(tokens: Token[], from: number, gazetteer: Gazetteer): number {
  let text = '';
  let end = -1;
  for (let j = from; j < tokens.length; j += 1) {
    const token = tokens[j]!;
    // Words are joined as written: "Housing," "Lloyd's", "Marks & Spencer".
    text += j === from || token.start === tokens[j - 1]!.end ? token.text : ` ${token.text}`;
    // Mid-word ("Sainsbury" before "'s") the openings, split at spaces, cannot say yet.
    const midWord = tokens[j + 1]?.start === token.end;
    if (!midWord && !gazetteer.organizationOpenings.has(text)) break;
    if (gazetteer.organizations.has(text)) end = j;
  }
  return end;
}

/**
 * Whether the run so far is one capitalised plural common noun inside a sentence ("Wines" of "According to Wines of
 * the Weald", "Patients" of "the charity Patients' Voice"): such a word opens a name (headlines capitalise every word).
 */
const opensPluralName = (tokens: Token[], first: number, last: number, headline: boolean) =>
  !headline && last === first && first > 0 && isPluralNoun(tokens[last]!.text);

/** A lower-case syllable of a hyphenated given name ("Jae-won"), not a word that follows a name's hyphen ("Lagos-based"). */
function isGivenNameSyllable(token: Token | undefined, gazetteer: Gazetteer): boolean {
  return !!token && /^\p{Ll}{2,5}$/u.test(token.text) && !gazetteer.cues.hyphenSuffixes.has(token.text);
}

/** The index past a run of one or two name particles followed by a capitalised word, else `at`. */
function particlesEnd(tokens: Token[], at: number, gazetteer: Gazetteer): number {
  let j = at;
  const particle = (word: string) => NAME_PARTICLES.has(word) || (j === at && PLACE_PARTICLES.has(word));
  while (j < tokens.length && j - at < 2 && particle(tokens[j]!.text)) j += 1;
  // "Jassim al-Kaabi", "Amr el-Sayed": a particle joined to the name by a hyphen.
  const joined = (k: number) => tokens[k]?.start === tokens[k - 1]?.end;
  if (j > at && tokens[j]?.text === '-' && joined(j) && joined(j + 1)) j += 1;
  return j > at && isCapitalized(tokens[j]?.text ?? '') && !gazetteer.cues.calendarWords.has(tokens[j]!.text) ? j : at;
}

/** A French or Italian particle elided onto a capitalised word ("d'Escrime", "dell'Arte"). */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall|sull|all)['’]\p{Lu}\p{L}+$/u;

/** The index just past the capitalised run that starts at `from`, across plural possessives ("Workers' Union"). */
function runEnd(tokens: Token[], from: number): number {
  let j = from;
  for (;;) {
    while (j < tokens.length && isCapitalized(tokens[j]!.text)) j += 1;
    if (
      j === from ||
      !APOSTROPHE.test(tokens[j]?.text ?? '') ||
      !/s$/.test(tokens[j - 1]!.text) ||
      !isCapitalized(tokens[j + 1]?.text ?? '')
    )
      return j;
    j += 1;
  }
}

/** A campaign's imperative opens at `opening`, before a capitalised word, perhaps past one "the" ("Keep Calder…", "Save the Merrow"). */
function opensCampaign(tokens: Token[], opening: number, gazetteer: Gazetteer): boolean {
  const object = tokens[opening + 1]?.text === 'the' ? tokens[opening + 2] : tokens[opening + 1];
  return gazetteer.cues.campaignOpenings.has(tokens[opening]!.text) && isCapitalized(object?.text ?? '');
}

/** The capitalised run from `from` ends in an organisation's, an event's or a venue's head word. */
function runEndsInHead(tokens: Token[], from: number, gazetteer: Gazetteer): boolean {
  const j = runEnd(tokens, from);
  const head = tokens[j - 1]?.text ?? '';
  return (
    j > from && (gazetteer.cues.organizationHeads.has(head) || gazetteer.cues.eventHeads.has(head) || gazetteer.cues.venueHeads.has(head))
  );
}

/**
 * Whether, at `possessive`, one coined word (no common word, no known body, no country, region or large town: "Germany's
 * Free Democrats" are the country's) owns a run ending in a plural common noun.
 */
function shopNamedAfterOwner(tokens: Token[], possessive: number, gazetteer: Gazetteer): boolean {
  const owner = tokens[possessive - 1]!.text;
  const end = runEnd(tokens, possessive + 1);
  const place = gazetteer.places.get(owner.toLowerCase())?.[0];
  return (
    end > possessive + 1 &&
    end - (possessive + 1) <= 3 &&
    isPluralNoun(tokens[end - 1]!.text) &&
    !isCommonWord(owner) &&
    !(place && (place.level !== 'city' || place.population >= 100_000)) &&
    !gazetteer.organizations.has(owner) &&
    !gazetteer.demonyms.has(tokens[possessive + 1]!.text)
  );
}

/** An officer, a royal, a saint or a given name alone before a possessive ("Prosecutor's", "King's", "St Mary's"), not an owner's name ("Alibaba's"). */
function namesakePossessor(tokens: Token[], first: number, at: number, gazetteer: Gazetteer): boolean {
  const word = tokens[at]!.text;
  // "Public Prosecutor's Office", "Attorney General's Office": an office named after the officer it serves.
  if (gazetteer.roles.has(runText(tokens, first, at + 1).toLowerCase()) || gazetteer.roles.has(word.toLowerCase())) return true;
  // Some given names are places too ("Kenya", "Ireland"): "Kenya's Energy Authority" is the country's.
  if (at === first)
    return NAMESAKE_POSSESSORS.has(word) || (gazetteer.firstNames.has(word.toLowerCase()) && !gazetteer.places.has(word.toLowerCase()));
  return at === first + 1 && SAINTS.has(tokens[first]!.text);
}

/**
 * "St Stephen's Green", "St Aidan's Church Hall": after a saint's possessive at `possessive`, one or two capitalised
 * words name a place whatever they are ("St Oswald's Church of England Primary School" goes on and is left to its heads).
 */
function saintsPlace(tokens: Token[], first: number, possessive: number): boolean {
  const next = possessive + 1;
  const end = runEnd(tokens, next);
  return (
    possessive - 2 === first &&
    SAINTS.has(tokens[first]!.text) &&
    isCapitalized(tokens[next]?.text ?? '') &&
    (end === next + 1 || end === next + 2) &&
    !/^(?:of|for|on|&)$/.test(tokens[end]?.text ?? '')
  );
}

/**
 * "Robin Hood's Bay": a possessive of a name the gazetteer does not know (no country's, no company's) before one
 * word that heads places, which ends the name.
 */
function placeNamedAfterOwner(tokens: Token[], first: number, possessive: number, gazetteer: Gazetteer): boolean {
  const owner = runText(tokens, first, possessive);
  const head = tokens[possessive + 1];
  return (
    !!head &&
    head.start === tokens[possessive]!.end + 1 &&
    gazetteer.cues.placeHeads.has(head.text) &&
    runEnd(tokens, possessive + 1) === possessive + 2 &&
    !gazetteer.places.has(owner.toLowerCase()) &&
    !gazetteer.organizations.has(owner)
  );
}

/** The capitalised run from `from` holds an organisation's head word ("College London"). */
function runHasHead(tokens: Token[], from: number, gazetteer: Gazetteer): boolean {
  return tokens.slice(from, runEnd(tokens, from)).some((t) => gazetteer.cues.organizationHeads.has(t.text));
}

/** Whether a body's head word is followed by "of", "for" or "on" between `first` and `end` ("Committee on …"). */
function headThenOf(tokens: Token[], first: number, end: number, gazetteer: Gazetteer): boolean {
  const { organizationHeads } = gazetteer.cues;
  return tokens
    .slice(first, end)
    .some(
      (t, i, run) =>
        (organizationHeads.has(t.text) || isPostposedGeneral(run, i, organizationHeads)) && /^(?:of|for|on)$/.test(run[i + 1]?.text ?? ''),
    );
}

/** "Directorate General", "Directorate-General": a postposed "General" after a body's head, which it qualifies. */
function isPostposedGeneral(tokens: readonly Token[], at: number, organizationHeads: ReadonlySet<string>): boolean {
  const head = qualifiedByGeneral((i) => tokens[i]?.text, at);
  return head !== at && organizationHeads.has(tokens[head]?.text ?? '');
}

/** A comma at `comma` opens "X, Y and Z" of single capitalised words, after a body's "of", "for" or "on". */
function listInsideName(tokens: Token[], first: number, comma: number, gazetteer: Gazetteer): boolean {
  if (!headThenOf(tokens, first, comma, gazetteer)) return false;
  let j = comma;
  while (tokens[j]?.text === ',' && isCapitalized(tokens[j + 1]?.text ?? '')) j += 2;
  if (j === comma || tokens[j]?.text !== 'and') return false;
  // "… Agriculture, Food and the Marine": the last item may take "the"; it may be of two or three words ("… and Rural
  // Affairs", "Armagh City, Banbridge and Craigavon Borough Council").
  const last = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
  return isCapitalized(tokens[last]?.text ?? '') && runEnd(tokens, last) - last <= 3;
}

/** The words of tokens[from, end) joined by spaces. */
const runText = (tokens: Token[], from: number, end: number) =>
  tokens
    .slice(from, end)
    .map((t) => t.text)
    .join(' ');

/** The capitalised run after a connector is a known place ("Museum on Åland", "Tamarind Capital of Singapore"). */
function placeRunAfter(tokens: Token[], connector: number, gazetteer: Gazetteer): boolean {
  const end = runEnd(tokens, connector + 1);
  const text = runText(tokens, connector + 1, end);
  return end > connector + 1 && gazetteer.places.has(text.toLowerCase());
}

/** Whether ", a/an …" after `at` describes a body or its premises within three words ("…, a toy shop", "…, an accountancy firm"). */
function describedAsBody(tokens: Token[], at: number, gazetteer: Gazetteer): boolean {
  if (tokens[at]?.text !== ',' || !/^(?:a|an)$/.test(tokens[at + 1]?.text ?? '')) return false;
  return tokens.slice(at + 2, at + 5).some((t) => {
    const word = t.text.toLowerCase();
    return gazetteer.cues.organizationNouns.includes(word) || gazetteer.cues.premisesNouns.has(word);
  });
}

/** A connector joins two capitalised runs only after an organisation, event or place head word. */
function joinable(tokens: Token[], first: number, last: number, connector: number, gazetteer: Gazetteer): boolean {
  const head = tokens[last]!.text;
  const { organizationHeads, eventHeads, placeHeads } = gazetteer.cues;
  const word = tokens[connector]!.text;
  if (word === '&') return true;
  if (word === 'and') {
    const nextEnd = runEnd(tokens, connector + 1);
    const next = runText(tokens, connector + 1, nextEnd);
    const nextHead = nextEnd > connector + 1 ? tokens[nextEnd - 1]!.text : '';
    const nextHasHead = organizationHeads.has(nextHead) || eventHeads.has(nextHead);
    // "Chile's Ministry of Energy and New Zealand's Ministry of…": a place that owns the name after it opens a
    // name of its own (not "the Department for Science and Innovation's budget").
    const before = runText(tokens, first, connector);
    const owner = /^['’]s?$/.test(tokens[nextEnd]?.text ?? '') && /^\p{Lu}/u.test(tokens[nextEnd + 1]?.text ?? '');
    if (owner && gazetteer.places.has(next.toLowerCase())) return false;
    // "Ministry of Electronics and Information Technology", "Centres for Disease Control and Prevention"
    // (but not "Bank of Canada and Royal Bank of Canada": a run that opens its own "X of Y" is a second name,
    // nor "the Ministry of Finance and Siemens": a known organisation is a name of its own).
    // …nor "the Kessler Institute for Ocean Science and Larchmont University": a run of its own ending in a body's head.
    if (headThenOf(tokens, first, connector, gazetteer))
      return (
        !(
          nextHasHead &&
          (/^(?:of|for)$/.test(tokens[nextEnd]?.text ?? '') ||
            (nextEnd - (connector + 1) > 1 && gazetteer.cues.bodyHeads.has(nextHead.toLowerCase())))
        ) && !gazetteer.organizations.has(next)
      );
    // "Competition and Consumer Authority", "Food and Drug Administration", "Energy and Petroleum Regulatory
    // Authority" (one word is no body's head), "Food and Wine Festival" (but "Pixmo Labs and Chatterly Systems"
    // are two, and so are "Varnavas and Marathon": one word is no event's name).
    // …but "St Aidan's College, Durham and Fernhill High School": a place ending a list, then a name that opens with no
    // place, is the list's last item ("England and Wales Cricket Board" joins two places; "the Kendal and District
    // Business Alliance" opens no list).
    const placeThenName =
      tokens[first - 1]?.text === ',' &&
      gazetteer.places.has(before.toLowerCase()) &&
      !gazetteer.places.has((tokens[connector + 1]?.text ?? '').toLowerCase());
    // ("Banca Orsolina and Aldmoor Capital": a run a body's leading word opens is a name whole, the next another.)
    const opensOwnName = last > first && gazetteer.cues.leadingOrganizationHeads.has(tokens[first]!.text);
    if (
      !placeThenName &&
      !opensOwnName &&
      (!organizationHeads.has(head) || last === first) &&
      (organizationHeads.has(nextHead) || (eventHeads.has(nextHead) && nextEnd - (connector + 1) > 1))
    )
      return true;
    // "Adur and Worthing Councils": one word, "and", a town and a body's head in the plural are the towns' joint body
    // (not "Stocznia Oliwska and Seawatt Services", two firms).
    if (
      last === first &&
      nextEnd === connector + 3 &&
      gazetteer.places.has((tokens[connector + 1]?.text ?? '').toLowerCase()) &&
      stems(nextHead).some((stem) => organizationHeads.has(stem))
    )
      return true;
    // "Kite and Acorn, a toy shop in Helmsley": two single words apposed to a body's description are its name (not
    // two people's names: "Ana and Tomas, a couple from Leeds").
    if (last === first && nextEnd === connector + 2 && describedAsBody(tokens, nextEnd, gazetteer)) return true;
    // "Kenya Bank and Finance Employees Union", "Hotel and Catering Workers' Union": a union of the people of two
    // trades names both trades (not a known body before "and").
    if (
      nextEnd - (connector + 1) >= 2 &&
      UNION_HEADS.test(nextHead) &&
      PEOPLE_OF_A_TRADE.test(tokens[nextEnd - 2]!.text) &&
      !gazetteer.organizations.has(before)
    )
      return true;
    // "Harrogate Trade Fair and Conference": two kinds of event joined are one event's name.
    if (eventHeads.has(head) && nextEnd === connector + 2 && eventHeads.has(nextHead)) return true;
    // "Coastal Zone Management Authority and Institute": so are two kinds of body after a name of three words or more.
    if (organizationHeads.has(head) && last - first >= 2 && nextEnd === connector + 2 && organizationHeads.has(nextHead)) return true;
    // "Lowe and Brindley Homes": a coined word (no place), "and", then a firm's name ending in a plural common noun is one firm.
    if (
      last === first &&
      !isCommonWord(head) &&
      !gazetteer.places.has(head.toLowerCase()) &&
      nextEnd - (connector + 1) >= 2 &&
      isPluralNoun(nextHead) &&
      !eventHeads.has(nextHead)
    )
      return true;
    const joined = tokens
      .slice(first, connector + 2)
      .map((t) => t.text)
      .join(' ');
    // "across England and Wales": two places, though "England and Wales Cricket Board" opens so; "Dumfries and
    // Galloway", "Trinidad and Tobago": one place the gazetteer knows whole.
    if (gazetteer.places.has(`${before} and ${next}`.toLowerCase())) return true;
    // "the Ashcombe and Wendle by-election": a constituency names its two towns.
    const wordAfter = tokens
      .slice(nextEnd, nextEnd + 3)
      .map((t) => t.text)
      .join('');
    if (CONSTITUENCY_AFTER.test(wordAfter)) return true;
    // "the MP for Harrogate and Knaresborough": so does the seat a legislator sits for.
    if (tokens[first - 1]?.text === 'for' && isLegislatorTitle(tokens[first - 2]?.text ?? '')) return true;
    const bothPlaces = gazetteer.places.has(before.toLowerCase()) && gazetteer.places.has(next.toLowerCase());
    return gazetteer.organizationOpenings.has(joined) && !bothPlaces;
  }
  // "the East Riding of Yorkshire", "the Isle of Wight": a place the gazetteer knows whole.
  if (word === 'of') {
    const nextEnd = runEnd(tokens, connector + 1);
    if (nextEnd > connector + 1 && gazetteer.places.has(runText(tokens, first, nextEnd).toLowerCase())) return true;
  }
  // "Association of Community Pharmacists of Ireland", "Royal College of Surgeons of England": a body named with
  // "of" names its country with a second one.
  if (word === 'of' && placeRunAfter(tokens, connector, gazetteer) && headThenOf(tokens, first, connector, gazetteer)) return true;
  // "the Future of Work Summit", "the Vale of Mowbray Air Show": after "the", a run then "of" and a name of two
  // words or more ending in an event's head is one event, whatever the run's own head.
  if (word === 'of' && /^the$/i.test(tokens[first - 1]?.text ?? '')) {
    const nextEnd = runEnd(tokens, connector + 1);
    if (nextEnd - (connector + 1) >= 2 && eventHeads.has(tokens[nextEnd - 1]!.text)) return true;
  }
  // "Office for the Coordination of Humanitarian Affairs", "Society for the Protection of Birds": a body's head, "for
  // the" and one word name its purpose, which "of" goes on naming.
  if (word === 'of' && runEnd(tokens, connector + 1) > connector + 1) {
    const purpose = /(\p{Lu}\p{L}+) (?:for|of) the \p{Lu}\p{L}+$/u.exec(runText(tokens, first, connector));
    if (purpose && organizationHeads.has(purpose[1]!)) return true;
  }
  // "the Homeland Alliance of Prime Minister Marjan Kovačič": a body's leader after "of" is a name of its own.
  if (word === 'of' && titledPersonAt(tokens, connector + 1, gazetteer)) return false;
  // "the Mariehamn Sea History Museum on Åland", "Tamarind Capital of Singapore": where a body or a company
  // is, not its name ("Bank of Canada", "University of Oslo" keep theirs: a lone head, or an institution's).
  if (
    placeRunAfter(tokens, connector, gazetteer) &&
    (word === 'on' || (word === 'of' && last > first && gazetteer.cues.companyNameHeads.has(head)))
  )
    return false;
  // "Directorate General of Civil Aviation", "Secretariat-General for …".
  if (last > first && isPostposedGeneral(tokens, last, organizationHeads)) return true;
  return organizationHeads.has(head) || eventHeads.has(head) || placeHeads.has(head) || gazetteer.cues.connectorHeads.has(head);
}

/**
 * Whether a title and a person's name start at `from`: "Prime Minister Marjan Kovačič", "President Ana Lima"
 * (a title of one word only before a known given name: "Chief Police Officers" is no person).
 */
function titledPersonAt(tokens: Token[], from: number, g: Gazetteer): boolean {
  for (let width = 3; width >= 1; width -= 1) {
    const words = tokens.slice(from, from + width).map((t) => t.text);
    if (words.length < width || !words.every((w) => isCapitalized(w))) continue;
    const title = words.join(' ');
    if (!g.cues.personTitles.has(title) && !g.roles.has(title.toLowerCase())) continue;
    const given = tokens[from + width];
    const surname = tokens[from + width + 1];
    if (!given || !isCapitalized(given.text)) return false;
    return width > 1 ? !!surname && isCapitalized(surname.text) : g.firstNames.has(given.text.toLowerCase());
  }
  return false;
}

/** "media@norvane.example", "www.health.example": a word of an e-mail or web address names no term. */
function insideAddress(text: string, start: number, end: number): boolean {
  return /^[@.]\w/.test(text.slice(end, end + 2)) || /\w[@.]$/.test(text.slice(Math.max(0, start - 2), start));
}

function vocabMentions(sentence: Sentence, m: Matchers): Mention[] {
  const found: Mention[] = [];
  const words = wordsOf(sentence.text);
  for (const { type, phrases, caseSensitive, terms } of m.vocab) {
    for (const { start, end, text } of phrases.matchAll(sentence.text, words)) {
      const resolved = terms.get(aliasKey(text, caseSensitive));
      if (!resolved) continue;
      if (m.qualifiedTerm.test(sentence.text.slice(end)) || insideAddress(sentence.text, start, end)) continue;
      found.push({ sentence: sentence.index, start, end, text, type, source: 'vocab', evidence: `vocab:${resolved.name}` });
    }
  }
  return found;
}

/** A verb whose object is told something: what follows its object's "that" is what was said. */
const TOLD_BEFORE = /\b(?:told|tells?|telling|warned|assured|reminded|informed)\s+$/i;

/** Roles a person holds (not a body: "owner", "sponsor") that the description list lacks. */
function speakingRoles(g: Gazetteer): string[] {
  const listed = new Set(g.cues.personDescriptions);
  return [...g.roles].filter((r) => !listed.has(r) && !g.cues.organizationRoles.includes(r));
}

function descriptionMentions(sentence: Sentence, m: Matchers): Mention[] {
  const found: Mention[] = [];
  m.descriptions.lastIndex = 0;
  for (const match of sentence.text.matchAll(m.descriptions)) {
    const end = match.index + match[0].length;
    const head = match.groups!.head!.toLowerCase();
    // "the company that makes chips" is another company, but "told the forum that…" the forum, and "said in a
    // keynote at the show that…" the show.
    const before = sentence.text.slice(0, match.index);
    const saidAt = m.descriptionType.get(head) === 'Event' && /\b(?:at|during)\s+$/.test(before);
    if (/^\s+that\b/.test(sentence.text.slice(end)) && !TOLD_BEFORE.test(before) && !saidAt) continue;
    // "Boxhaven Iberia, the group's Spanish division": the unit is the name apposed, the mention its owner ("the group").
    const owning = m.unitNouns.has(head) ? /^(\S+\s+([a-z]+))['’]s\s/.exec(match[0]) : null;
    if (owning) {
      const type = m.descriptionType.get(owning[2]!);
      if (type)
        found.push({
          sentence: sentence.index,
          start: match.index,
          end: match.index + owning[1]!.length,
          text: owning[1]!,
          type,
          source: 'description',
        });
      continue;
    }
    // "the exhibition hall", "the congress organisers": an event's word before a noun describes that noun.
    const next = sentence.tokens.find((t) => t.start > end);
    // So does a business's premises ("the dairy industry", "the pub landlord").
    const describesNext = m.descriptionType.get(head) === 'Event' || m.premisesNouns.has(head);
    if (describesNext && next?.pos === 'NOUN' && /^\s+$/.test(sentence.text.slice(end, next.start))) continue;
    const owner = match.groups!.owner;
    // "The Oban-based operator": the place is a name of its own, so the description starts after it.
    const based = PLACE_BASED_MODIFIER.exec(match[0]);
    const start = based ? match.index + based.index + based[0].length : owner ? match.index + match[0].indexOf(' ') + 1 : match.index;
    found.push({
      sentence: sentence.index,
      start,
      end,
      text: sentence.text.slice(start, end),
      type: m.descriptionType.get(head),
      source: 'description',
    });
  }
  for (const match of sentence.text.matchAll(m.speakerDescriptions)) {
    const end = match.index + match[0].length;
    const type = m.descriptionType.get(match.groups!.head!.toLowerCase());
    if (type !== 'Organization' || !m.speechAfter.test(sentence.text.slice(end))) continue;
    // It stands for the shorter descriptions inside it ("the region" of "the region's fire service").
    const within = (d: Mention) => d.start >= match.index && d.end <= end;
    for (let k = found.length - 1; k >= 0; k -= 1) if (within(found[k]!)) found.splice(k, 1);
    found.push({ sentence: sentence.index, start: match.index, end, text: match[0], type, source: 'description' });
  }
  m.personDescriptions.lastIndex = 0;
  for (const match of sentence.text.matchAll(m.personDescriptions)) {
    const end = match.index + match[0].length;
    // "Ximena Rojas, the mayor of Calama, said": an apposition describes the name before it, no one else (but
    // "Asked why the band had slipped, the adjudicator said" follows a clause, not a name).
    if (/\p{Lu}[\p{L}'’.-]*\s*,\s*$/u.test(sentence.text.slice(0, match.index))) continue;
    // A body's office ("The association's president said") and a role the list lacks ("The consultant said") are read
    // only as a speaker: not an apposition that introduces one ("The university's chancellor, the former diplomat X,"),
    // a word in passing ("the miner's son"), nor a quotation's words ('"… read what the coroner said today …"').
    const after = sentence.text.slice(end);
    const speakingOnly = /['’]s\s/.test(match[0]) || m.onlySpeaking.has(match.groups!.role!.toLowerCase());
    if (speakingOnly && (!m.speechAfter.test(after) || /^\s*,\s*(?:the|an?)\s/i.test(after) || insideQuotation(sentence.text, match.index)))
      continue;
    found.push({ sentence: sentence.index, start: match.index, end, text: match[0], type: 'Person', source: 'description' });
  }
  return found;
}

/**
 * "Restrepo … finished 14 seconds down. The Colombian said he had not been worried": a sentence
 * opening with who someone is, before a speech verb, speaks of a person (resolved as the sentence
 * before's subject).
 */
function characterisationMention(sentence: Sentence, m: Matchers): Mention | undefined {
  const match = m.characterisation.exec(sentence.text);
  if (!match) return undefined;
  const noun = match.groups?.noun;
  const end = noun && !m.personNouns.has(noun) ? match[0].length - noun.length - 1 : match[0].length;
  if (!m.speechAfter.test(sentence.text.slice(end))) return undefined;
  const text = sentence.text.slice(0, end);
  return { sentence: sentence.index, start: 0, end, text, type: 'Person', source: 'description', evidence: CHARACTERISATION };
}

function pronounMentions(sentence: Sentence): Mention[] {
  return sentence.tokens
    .filter((token) => (PRONOUNS.test(token.text) && token.pos === 'PRON') || /^(his|her|its|our|my|your|their)$/i.test(token.text))
    .map((token) => ({
      sentence: sentence.index,
      start: token.start,
      end: token.end,
      text: token.text,
      type: undefined,
      source: 'pronoun' as const,
    }));
}

/**
 * Title case makes whole headlines look like one name ("Kenyan Runner Wins Berlin
 * Marathon"); where the body uses a shorter name inside the span, keep just that.
 */
function shrinkToBodyNames(names: Mention[], body: string): void {
  for (const name of names) {
    if (body.includes(name.text)) continue;
    const words = name.text.split(' ');
    let best: { from: number; to: number } | undefined;
    for (let from = 0; from < words.length; from += 1) {
      for (let to = words.length; to > from; to -= 1) {
        const candidate = words.slice(from, to).join(' ');
        if (
          to - from < words.length &&
          new RegExp(`\\b${escapeRegExp(candidate)}\\b`).test(body) &&
          (!best || to - from > best.to - best.from)
        )
          best = { from, to };
      }
    }
    if (!best) continue;
    const prefix = words.slice(0, best.from).join(' ');
    name.start += prefix ? prefix.length + 1 : 0;
    name.text = words.slice(best.from, best.to).join(' ');
    name.end = name.start + name.text.length;
  }
}

/** The recogniser's surest names only: below this margin a name the capitals rules missed is left out. */
const ADD_MARGIN = 4;

/** Names the trained recogniser found where the capitalisation rules found none (PER / ORG / LOC; MISC is no kind of ours). */
function recognisedNames(sentence: Sentence, names: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const span of sentence.names ?? []) {
    if (
      span.type === 'MISC' ||
      span.margin < ADD_MARGIN ||
      !/^\p{Lu}/u.test(sentence.text.slice(span.start, span.end)) ||
      names.some((n) => n.start < span.end && span.start < n.end)
    )
      continue;
    found.push({
      sentence: sentence.index,
      start: span.start,
      end: span.end,
      text: sentence.text.slice(span.start, span.end),
      type: undefined,
      source: 'name',
    });
  }
  return found;
}

const overlaps = (a: Mention, b: Mention) => a.sentence === b.sentence && a.start < b.end && b.start < a.end;

/**
 * Sentences → candidate mentions: proper-noun spans (untyped yet), vocabulary terms
 * (industries, topics), generic descriptions ("the company") and pronouns.
 */
export function createMentionStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const matchers = buildMatchers(gazetteer);
  return {
    name: 'mentions',
    requires: ['sentences', 'tokens'],
    assigns: ['mentions'],
    run(doc) {
      const m = matchers;
      const mentions: Mention[] = [];
      // The text outside headlines, joined once: an article of many short lines has as many headlines.
      let body: string | undefined;
      const bodyText = () =>
        (body ??= doc.sentences
          .filter((s) => s.kind !== 'headline')
          .map((s) => s.text)
          .join('\n'));
      for (const sentence of doc.sentences) {
        const vocab = [...vocabMentions(sentence, m), ...fieldMentions(sentence, gazetteer)].sort(
          (a, b) => a.start - b.start || b.end - a.end,
        );
        const keptVocab: Mention[] = [];
        for (const mention of vocab) if (!keptVocab.some((kept) => overlaps(kept, mention))) keptVocab.push(mention);
        const names: Mention[] = [];
        const shouted = isShouted(sentence.tokens.map((t) => t.text));
        for (const span of shouted ? [] : nameSpans(sentence, gazetteer, m)) {
          let { end } = span;
          // "J. Pooley 111": where the recogniser ends a person's name before a trailing number, the number is a score.
          // A product's number stays ("Galaxy Fold 7", "BBC Radio 4"): only a person's, of two digits or more, or of
          // one in a table's row ("M. Bevan c Vaas b Chandana 2").
          const trailing = /\s(\d+)$/.exec(sentence.text.slice(span.start, end));
          const digits = trailing?.[1]!.length ?? 0;
          const trailingNumber = digits >= 2 || (digits > 0 && sentence.kind === 'row') ? trailing : null;
          const recognised = sentence.names?.find((n) => n.start === span.start && n.end === end - (trailingNumber?.[0].length ?? 0));
          // "Kelburn Athletic 2 (Ritchie 49) Glenmoray Rovers 1": a side's number before its scorers, or before the
          // other side and its number, is a score.
          const scoreNumber = digits > 0 && digits <= 2 ? trailing : null;
          const runs = digits > 0 && digits <= 3 ? trailing : null;
          // In a scorecard's row, after "b" (bowled by), the number is the batter's runs, whatever the recogniser made of the bowler.
          const bowler = sentence.kind === 'row' && /\sb\s+$/.test(sentence.text.slice(0, span.start));
          if (trailingNumber && (recognised?.type === 'PER' || bowler)) end -= trailingNumber[0].length;
          else if (runs && INNINGS_AFTER_RUNS.test(sentence.text.slice(end))) end -= runs[0].length;
          else if (scoreNumber && SCORE_AFTER.test(sentence.text.slice(end))) end -= scoreNumber[0].length;
          // "4 (Mäkinen, Halonen 2, Korpela)": inside the brackets after a side's score, a scorer's tally.
          else if (scoreNumber && /\d\s*\([^()]*$/.test(sentence.text.slice(0, span.start)) && /^\s*[,)]/.test(sentence.text.slice(end)))
            end -= scoreNumber[0].length;
          const after = sentence.text.slice(end);
          // "the Wuzhen summit", "the West Pennine mayoral election": a qualifier may come between; with a qualifier,
          // a possessive too ("Slovenia's parliamentary election").
          const qualified = /^(?:['’]s)?\s+([a-z]+)\s+([a-z]+(?:-[a-z]+)?)\b/.exec(after);
          const event =
            qualified && gazetteer.cues.eventQualifiers.has(qualified[1]!) ? qualified : /^\s+()([a-z]+(?:-[a-z]+)?)\b/.exec(after);
          // …but not a verb's object after it ("India meeting Vietnam").
          const descriptive =
            event && gazetteer.cues.descriptiveEventWords.has(event[2]!) && !/^\s+\p{Lu}/u.test(after.slice(event[0].length))
              ? event
              : null;
          if (descriptive) end += descriptive[0].length;
          const text = sentence.text.slice(span.start, end);
          names.push({
            sentence: sentence.index,
            start: span.start,
            end,
            text,
            type: descriptive ? 'Event' : undefined,
            source: 'name',
            descriptive: descriptive ? true : undefined,
            evidence: descriptive ? 'descriptive-event' : undefined,
          });
        }
        // Title-cased headlines look like names throughout to a recogniser trained on running text.
        if (sentence.kind !== 'headline' || shouted) names.push(...recognisedNames(sentence, names));
        if (sentence.kind === 'headline') shrinkToBodyNames(names, bodyText());
        // A name that is only a vocabulary term ("AI", a title-cased "AI Infrastructure") is the term.
        const headline = sentence.kind === 'headline';
        const characterised = characterisationMention(sentence, m);
        const keptNames = names
          .map((name) => partyTagMention(name, sentence) ?? name)
          .filter(
            (name) =>
              !(characterised && overlaps(characterised, name)) &&
              !m.lawName.test(name.text) &&
              !namesNoEntity(name, sentence, gazetteer) &&
              !keptVocab.some((v) => (v.start <= name.start && v.end >= name.end) || (headline && overlaps(v, name))),
          );
        const vocabOutsideNames = keptVocab.filter((v) => !keptNames.some((name) => overlaps(name, v)));
        const described = [...descriptionMentions(sentence, m), ...(characterised ? [characterised] : [])];
        const descriptions = described.filter((d) => !keptNames.some((name) => overlaps(name, d)));
        const pronouns = pronounMentions(sentence).filter((p) => ![...keptNames, ...descriptions].some((x) => overlaps(x, p)));
        mentions.push(...keptNames, ...vocabOutsideNames, ...descriptions, ...pronouns);
      }
      mentions.push(...namedHeadDescriptions(doc.sentences, mentions, gazetteer.organizationHeadWords));
      const kept = fitSentenceOpeners(doc.sentences, mentions, gazetteer);
      kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      return { ...doc, mentions: kept };
    },
  };
}
