import { loadRuleSet } from '../rules/rule-set.js';
import { isShortFormOf, isSurname, loadGazetteer, opensWithRole, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import {
  capitalised,
  headWord,
  initials,
  isAcronym,
  isShouted,
  memoize,
  NAME_PARTICLES,
  opensTownName,
  normalizeName,
  surnameForms,
  withoutLegalForm,
} from '../text.js';
import type { Doc, EntityType, Mention, Sentence } from '../types.js';
import { buildCues, CLUB_NICKNAME, contextVotes, NAMESAKE_BODY, nameVotes, type Cues, type Vote } from './type-evidence.js';
import { isCommonWord, isPluralNoun, isSingularNoun, lexiconPos } from '../nlp.js';
import { isRoleLabel } from './turn-labels.js';
import { endsAsClub, isClubOfPlace, isNicknamedClub, isSportsReport, sidesOfFixtures } from './sports-sides.js';

/** The initials of each name whose verdict is one of `types`, normalised ("European Space Agency" → "esa"). */
function acronymsOf(names: readonly Mention[], byName: Map<string, Vote[]>, types: EntityType[]): Map<string, EntityType> {
  const found = new Map<string, EntityType>();
  for (const text of new Set(names.map((m) => m.text))) {
    const key = normalizeName(initials(text));
    const type = tally(byName.get(normalizeName(text)) ?? [])?.type;
    if (key.length >= 2 && type && types.includes(type) && !found.has(key)) found.set(key, type);
  }
  return found;
}

/** "Nights", "Hours": a sentence's first word that the dictionary knows is no name a later clue can describe. */
const isOneCommonWord = (text: string) => !text.includes(' ') && isCommonWord(text);

/** A tally per votes list, kept until the list grows (lists only ever grow: votes are pushed). */
const tallies = new WeakMap<Vote[], { length: number; verdict: Vote | undefined }>();

/** Sums the votes per type; the reasons are listed once each, however often they recur. */
function tally(votes: Vote[]): Vote | undefined {
  const known = tallies.get(votes);
  if (known?.length === votes.length) return known.verdict;
  const verdict = sumVotes(votes);
  tallies.set(votes, { length: votes.length, verdict });
  return verdict;
}

/**
 * Evidence that adds up only so far: an organisation quoted in every other paragraph ("Health Canada
 * said…") is no more a person for the fourth speech verb than for the second.
 */
const CAPPED_REASONS: ReadonlyMap<string, number> = new Map([['speech-verb', 3]]);

function sumVotes(votes: Vote[]): Vote | undefined {
  const totals = new Map<EntityType, { weight: number; why: Set<string> }>();
  const capped = new Map<string, number>();
  for (const vote of votes) {
    const current = totals.get(vote.type) ?? { weight: 0, why: new Set<string>() };
    const counted = capped.get(vote.why) ?? 0;
    const weight = Math.max(0, Math.min(vote.weight, (CAPPED_REASONS.get(vote.why) ?? Infinity) - counted));
    capped.set(vote.why, counted + weight);
    current.weight += weight;
    current.why.add(vote.why);
    totals.set(vote.type, current);
  }
  const [best] = [...totals.entries()].sort((a, b) => b[1].weight - a[1].weight);
  return best ? { type: best[0], weight: best[1].weight, why: [...best[1].why].join(',') } : undefined;
}

/** A storm's name: "typhoon tarsila", "hurricane maria" (names as normalised, lower case). */
const STORM_WORD = /^(?:storm|hurricane|typhoon|cyclone) /;

/** Marks the words a role split off before a person ("Alibaba" of "Alibaba chairman Joe Tsai"). */
const BEFORE_ROLE = 'before-role';

/** Splits "Alibaba chairman Joe Tsai" style names at a role word: keeps the person part typed. */
function splitAtRole(mention: Mention, g: Gazetteer): Mention[] {
  const words = mention.text.split(/\s+/);
  for (let i = 1; i < words.length - 1; i += 1) {
    const one = words[i]!.toLowerCase();
    const two = `${one} ${words[i + 1]?.toLowerCase()}`;
    let width = g.roles.has(two) && i < words.length - 2 ? 2 : g.roles.has(one) || g.cues.personTitles.has(words[i]!) ? 1 : 0;
    if (!width) continue;
    // "Chief Executive Officer Diane Marchetti": a role inside a longer title opening the name is the title's.
    // "Office of Inspector General": so is one after a body's "of", its portfolio.
    if (longestTitleAt(words, 0, g) >= i + width || /^(?:of|for)$/.test(words[i - 1]!)) continue;
    // "Veltrix Chief Executive Officer Priya Raman": the longest title from here is the role.
    width = Math.max(width, longestTitleAt(words, i, g));
    // "PC Dean Mawer": after a person's title, a role that is also a given name before one word opens the name.
    // ("Lord Justice Harwood": a title after a title is the title's.)
    const givenName = g.firstNames.has(one) && !g.cues.personTitles.has(words[i]!);
    if (width === 1 && i === words.length - 2 && givenName && g.cues.personTitles.has(words[i - 1]!)) continue;
    // "Directorate General of Civil Aviation": no name opens with a lower-case word.
    if (!/^\p{Lu}/u.test(words[i + width] ?? '')) continue;
    const left = words.slice(0, i).join(' ');
    const right = words.slice(i + width).join(' ');
    // "Association of Chief Police Officers", "Caledonian Premier League": after the role come common words in
    // the plural, or a body's or an event's head, no person.
    const rightLast = words[words.length - 1]!;
    if ((isPluralNoun(rightLast.toLowerCase()) && isCommonWord(rightLast)) || namesNoPerson(rightLast, mention.text, g)) continue;
    const rightStart = mention.start + mention.text.lastIndexOf(right);
    const person: Mention = {
      ...mention,
      start: rightStart,
      text: right,
      type: 'Person',
      evidence: `title:${words.slice(i, i + width).join(' ')}`,
    };
    // "Information Technology Minister Ravi Menon": before a minister comes a portfolio, not an organisation.
    // …but a known place opening them is whose minister it is ("Hong Kong Financial Secretary Donald Tsang").
    // (A chief officer's title opens with its own word: "Veltrix Chief Financial Officer X" is Veltrix's.)
    if (g.cues.portfolioRoles.has(words[i + width - 1]!.toLowerCase()) && words[i] !== 'Chief') {
      const place = [2, 1]
        .filter((n) => n < i)
        .map((n) => words.slice(0, n).join(' '))
        .find((p) => g.places.has(p.toLowerCase()));
      return place
        ? [{ ...mention, end: mention.start + place.length, text: place, type: undefined, evidence: BEFORE_ROLE }, person]
        : [person];
    }
    // "Labour MP Helen Varga", "Green councillor X": the one or two words before a party member's role name the party.
    const party =
      g.cues.partyMemberRoles.has(words[i + width - 1]!.toLowerCase()) &&
      i <= 2 &&
      !g.cues.nonPartyModifiers.has(words[0]!) &&
      !g.demonyms.has(left) &&
      !g.places.has(left.toLowerCase());
    return [
      { ...mention, end: mention.start + left.length, text: left, type: party ? 'Organization' : undefined, evidence: BEFORE_ROLE },
      person,
    ];
  }
  return [mention];
}

/** "Conservative MP" with no name after it: the party is the name, the role no part of it. */
function partyBeforeRole(mention: Mention, g: Gazetteer): Mention {
  const space = mention.text.lastIndexOf(' ');
  if (space < 0 || !g.cues.partyMemberRoles.has(mention.text.slice(space + 1).toLowerCase())) return mention;
  const party = mention.text.slice(0, space);
  return g.cues.partyNames.has(party) ? { ...mention, end: mention.start + party.length, text: party } : mention;
}

/** "Deputy Secretary", "Foreign Minister": a title with no name is no entity. */
function isTitleOnly(text: string, g: Gazetteer): boolean {
  const words = text.split(/\s+/);
  // "Trade Secretary", "Health Minister": a portfolio of common words before the post.
  const portfolio =
    words.length > 1 &&
    g.cues.portfolioRoles.has(words[words.length - 1]!.toLowerCase()) &&
    words.slice(0, -1).every((word) => isCommonWord(word) && !g.firstNames.has(normalizeName(word)));
  return portfolio || isTitle(text, g) || words.every((word) => isTitle(word, g));
}

/** "Head of Communications": a capitalised name that ends a several-word role is the role's, no entity. */
function endsTitle(mention: Mention, sentence: string, g: Gazetteer): boolean {
  const before = sentence
    .slice(Math.max(0, mention.start - 40), mention.start)
    .split(/\s+/)
    .filter(Boolean);
  for (let width = 1; width <= Math.min(3, before.length); width += 1) {
    if (g.roles.has(`${before.slice(-width).join(' ')} ${mention.text}`.toLowerCase())) return true;
  }
  return false;
}

/** A title ("Dr.", "Prime Minister") or a role ("Chief Financial Officer"), of one word or several. */
function isTitle(words: string, g: Gazetteer): boolean {
  // "Chief Medical Officer", "Chief Quantum Officer": an officer's title names any portfolio.
  return g.cues.personTitles.has(words) || g.roles.has(words.toLowerCase()) || /^Chief(?: \p{Lu}\p{Ll}+){1,3} Officer$/u.test(words);
}

/** How many words the longest title from words[from] holds (up to four, leaving a name after it); 0 for none. */
function longestTitleAt(words: string[], from: number, g: Gazetteer): number {
  for (let width = Math.min(4, words.length - from - 1); width > 0; width -= 1)
    if (isTitle(words.slice(from, from + width).join(' '), g)) return width;
  return 0;
}

/**
 * "Secretary of State Karen Walsh", "Minister of Health Ana Costa": after a title and "of", the
 * portfolio runs up to the first given name; the person starts there.
 */
function stripPortfolio(mention: Mention, sentence: string, g: Gazetteer): Mention {
  if (
    !/\b(?:Secretary|Minister|Commissioner|Director|Chancellor)\s+of\s+$/.test(
      sentence.slice(Math.max(0, mention.start - 30), mention.start),
    )
  )
    return mention;
  const words = mention.text.split(' ');
  const given = words.findIndex((word, i) => i > 0 && i < words.length - 1 && g.firstNames.has(word.toLowerCase()));
  if (given < 0) return mention;
  const portfolio = words.slice(0, given).join(' ');
  return {
    ...mention,
    start: mention.start + portfolio.length + 1,
    text: words.slice(given).join(' '),
    type: 'Person',
    evidence: `title:of ${portfolio}`,
  };
}

/**
 * Whether a name with this head word is a body's, an event's or a place's, whatever title it holds ("General
 * Court", "Caledonian Premier League", "Monaco Grand Prix").
 */
function namesNoPerson(head: string, text: string, g: Gazetteer): boolean {
  const { organizationHeads, eventHeads, placeHeads, eventNameTails } = g.cues;
  return (
    organizationHeads.has(head) ||
    eventHeads.has(head) ||
    placeHeads.has(head) ||
    eventNameTails.some((tail) => text === tail || text.endsWith(` ${tail}`))
  );
}

/** Titles that are given names too but stand before surnames far more often ("Judge", "Major" are no one's names here). */
const HONORIFIC_ONLY =
  /^(?:Sir|Dame|Dr|Doctor|Professor|Mr|Mrs|Ms|Miss|Rev|Reverend|Saint|St|Judge|Major|King|Queen|Prince|Princess|Lord|Lady|Sister|Father|Mother|General|Captain|Bishop|Mayor|President|Justice)$/;

/** Removes a leading title or role ("President", "Dr.", "Prosecutor") from a person's name. */
function stripTitle(mention: Mention, g: Gazetteer): Mention {
  // The longest title of up to four words that leaves a name: "Chief Financial Officer Wendell Huang".
  const words = mention.text.split(/\s+/);
  let width = longestTitleAt(words, 0, g);
  // "Fishmonger Tadhg Collins", "Farmer Anna Byrne": a common noun before a given name says what the person does.
  if (width === 0 && mention.start === 0 && words.length === 3 && occupationBefore(words, g)) width = 1;
  if (width === 0 || !/^\p{Lu}/u.test(words[width]!)) return mention;
  // "Its regional organiser, Dean Sutcliffe": a one-word title that is also a given name, before one word, is the name.
  if (width === 1 && words.length === 2 && g.firstNames.has(words[0]!.toLowerCase()) && !HONORIFIC_ONLY.test(words[0]!)) return mention;
  // "General Court", "General Assembly": a title before the head of a body's name is part of the name.
  if (namesNoPerson(headWord(mention.text), mention.text, g)) return mention;
  const title = words.slice(0, width).join(' ');
  const cut = mention.text.indexOf(words[width]!, mention.text.indexOf(words[width - 1]!) + words[width - 1]!.length);
  return { ...mention, start: mention.start + cut, text: mention.text.slice(cut), type: 'Person', evidence: `title:${title}` };
}

/** A sentence's first word, a common noun and no name itself, before a given name and a surname ("Fishmonger Tadhg Collins"). */
function occupationBefore([word, given, surname]: string[], g: Gazetteer): boolean {
  return (
    // Words for people by what they do: "Fishmonger", "Farmer", "Pharmacist", "Technician", "Nurse".
    /^[A-Z][a-z]+(?:er|or|ist|ian|man|woman|monger|ant|ent|ee|nurse|chef|cook)$/.test(word!) &&
    isSingularNoun(word!) &&
    !g.firstNames.has(normalizeName(word!)) &&
    !g.surnames.has(word!) &&
    g.firstNames.has(normalizeName(given!)) &&
    (g.surnames.has(surname!) || !isCommonWord(surname!)) &&
    ![g.cues.placeHeads, g.cues.organizationHeads, g.cues.eventHeads].some((heads) => heads.has(surname!))
  );
}

/** "a Civic Centre Party MP": a role after a body's name is the person's, not part of the name. */
function stripTrailingRole(mention: Mention, g: Gazetteer): Mention {
  const words = mention.text.split(/\s+/);
  const role = words[words.length - 1]!;
  if (words.length < 3 || !g.roles.has(role.toLowerCase()) || !g.cues.organizationHeads.has(words[words.length - 2]!)) return mention;
  const text = mention.text.slice(0, mention.text.lastIndexOf(role)).trimEnd();
  return { ...mention, end: mention.start + text.length, text };
}

/** "Ingrid Holm and Sindre Lie": "and" alone between two names. */
const AND_ALONE = /^\s+and\s+$/;
/** "Horncastle and Market Rasen", "Louth, Horncastle or Alford": a list's last joint (a comma alone may open an apposition). */
const LIST_JOINER = /^,?\s+(?:and|or)\s+$/;

/** Pairs of names next to each other in one sentence with only `joiner` between them. */
function coordinatedNames(names: readonly Mention[], doc: Doc, joiner: RegExp): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  for (let i = 1; i < names.length; i += 1) {
    const [a, b] = [names[i - 1]!, names[i]!];
    if (a.sentence === b.sentence && joiner.test(doc.sentences[a.sentence]!.text.slice(a.end, b.start))) pairs.push([a, b]);
  }
  return pairs;
}

/** "the Colombian Julián Osorio": a nationality before a given name describes the person, not a body's name ("Peruvian Red Cross"). */
function stripNationality(mention: Mention, g: Gazetteer): Mention {
  const words = mention.text.split(/\s+/);
  // "the Finns Ella Virta and Matias Koski", "the Norwegians X and Y": a plural says people.
  const singular = words[0]!.replace(/s$/, '');
  const plural = singular !== words[0] && (g.demonyms.has(singular) || g.cues.nationalityNouns.has(singular));
  if (words.length < 3 || !(g.demonyms.has(words[0]!) || plural)) return mention;
  // "the Frenchman Baptiste Morel": a nationality's noun describes a person whatever the given name.
  if (!g.cues.nationalityNouns.has(words[0]!) && !plural && !g.firstNames.has(normalizeName(words[1]!))) return mention;
  // "the Latvian Forest Owners' Association": a body's head ends no person's name, whatever word opens it.
  const last = words[words.length - 1]!;
  if (g.cues.organizationHeads.has(last) || g.cues.eventHeads.has(last)) return mention;
  const cut = mention.text.indexOf(words[1]!, words[0]!.length);
  return { ...mention, start: mention.start + cut, text: mention.text.slice(cut) };
}

/**
 * A name span with the words around the name taken off, in order: a role after a body's name, a
 * nationality, a portfolio, then split at a role inside it and a title before it.
 */
function nameParts(mention: Mention, { text: sentence, kind }: Sentence, g: Gazetteer): Mention[] {
  // "Health Service Executive": a known organisation's name is whole, though it ends in a role.
  if (g.organizations.has(mention.text)) return [mention];
  // "in Prince George", "from Prince Albert": a known town's name after a preposition of place keeps its title word.
  if (
    g.places.has(mention.text.toLowerCase()) &&
    /\b(?:in|at|near|from|to)\s+$/.test(sentence.slice(Math.max(0, mention.start - 6), mention.start))
  )
    return [mention];
  const trimmed = stripPortfolio(stripNationality(stripTrailingRole(mention, g), g), sentence, g);
  const parts = splitAtRole(trimmed, g).map((part) => stripTitle(part, g));
  // "… as Activist Pushes for Breakup": in a title-cased headline, a title before a verb names no one.
  return kind === 'headline' ? parts.filter((part) => !titleBeforeVerb(part, g)) : parts;
}

/** A title's one word after it that is a verb's third person, no name ("Pushes", "Warns", "Wins"). */
function titleBeforeVerb(part: Mention, g: Gazetteer): boolean {
  const word = part.text;
  return (
    part.evidence?.startsWith('title:') === true &&
    /^\p{Lu}\p{Ll}+s$/u.test(word) &&
    isCommonWord(word.toLowerCase()) &&
    !g.surnames.has(word) &&
    !g.firstNames.has(word.toLowerCase())
  );
}

const NER_TYPES: Record<string, EntityType | undefined> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };
/** Below this margin (the tag's score over the next valid tag's) the recogniser's word is not taken. */
const NER_MIN_MARGIN = 4;
/** One-word names the recogniser may type alone: places of one word collide with products and regions too often ("Corolla", "Pacific"). */
const NER_ONE_WORD_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Person']);

/** The recogniser's type for a mention whose span it found exactly; MISC names no kind of the six. */
function nerType(mention: Mention, sentence: Sentence): EntityType | undefined {
  // "King's College London": a name cut off after a capitalised possessive is a fragment of a longer one.
  if (/\p{Lu}\p{L}*['’]s\s*$/u.test(sentence.text.slice(Math.max(0, mention.start - 30), mention.start))) return undefined;
  const span = sentence.names?.find((n) => n.start === mention.start && n.end === mention.end);
  const type = span && NER_TYPES[span.type];
  // "the Adriatic": no person's name follows "the".
  if (type === 'Person' && /\bthe\s+$/.test(sentence.text.slice(Math.max(0, mention.start - 5), mention.start))) return undefined;
  return type && span.margin >= NER_MIN_MARGIN ? type : undefined;
}

/**
 * The recogniser decides the names the rules cannot: a name whose votes are too weak to keep
 * (below 1) takes the type the recogniser gave most of its mentions, if it gave that type to
 * more than half of them. Where the rules have evidence, they keep the last word: measured on
 * the project's gold sets, letting the recogniser outvote them cost more than it gained.
 */
function fillFromRecogniser(
  verdicts: Map<string, Vote | undefined>,
  recognisedAs: ReadonlyMap<string, EntityType[]>,
  writtenInLowerCase: ReadonlySet<string>,
): void {
  for (const [key, types] of recognisedAs) {
    const verdict = verdicts.get(key);
    if (verdict && verdict.weight >= 1) continue;
    const type = majorityType(types);
    if (!type) continue;
    // …unless the article's own evidence, too weak alone, agrees and the name is no English word ("Accrington", a town
    // the gazetteer knows, in a list of towns; not "Much").
    if (!key.includes(' ') && !NER_ONE_WORD_TYPES.has(type) && (verdict?.type !== type || isCommonWord(key))) continue;
    // "12:30 Lunch in the hall", "14:00 Panel: …": an English word alone, with no evidence of the article's, is nobody's name.
    if (!key.includes(' ') && type === 'Person' && !verdict && isCommonWord(key)) continue;
    // "Inspected 3 March.": nor is a verb's form alone, whatever the recogniser makes of a line that opens with it.
    if (!key.includes(' ') && !verdict && lexiconPos(key) === 'VERB') continue;
    // "THE BEAR CASE": nor are English words alone that only a heading's capitals make a name.
    if (
      !verdict &&
      !writtenInLowerCase.has(key) &&
      key.includes(' ') &&
      key.split(' ').every((word) => /^[a-z]{3,}$/.test(word) && isCommonWord(word))
    )
      continue;
    verdicts.set(key, { type, weight: 1, why: verdict ? `${verdict.why},ner` : 'ner' });
  }
}

/** The type more than half of the recogniser's readings of a name give, if one does. */
function majorityType(types: readonly EntityType[]): EntityType | undefined {
  const counts = new Map<EntityType, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts.entries()].find(([, count]) => count * 2 > types.length)?.[0];
}

/** The brand of a group's name ("pembury" of "pembury group", "irazabal" of "grupo irazabal"). */
function groupBrand(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length !== 2) return undefined;
  const isGroupWord = (w: string) => loadRuleSet().classes.ofWord(w).includes('GROUP_WORD');
  const rest = words.filter((w) => !isGroupWord(w));
  return rest.length === 1 ? rest[0] : undefined;
}

/**
 * "Scarbeck's principal cornet, Josh Haigh", "Hollins's managing director, Catherine Hollins": a village's or a
 * family's one-word name owning an officer or a player the sentence names is the body named after it ("Scarbeck
 * Colliery Band", "Hollins Pharmacy Group"), whatever the name is elsewhere. A mayor or a governor stays the place's.
 */
function ownsBodysOfficer(mention: Mention, sentence: string, bodies: readonly string[], c: Cues, g: Gazetteer): boolean {
  const name = normalizeName(mention.text);
  if (name.includes(' ') || !bodies.some((b) => b.startsWith(`${name} `))) return false;
  const after = sentence.slice(mention.end);
  const possessed = /^['’]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+),\s+(?:\p{Lu}|who\b)/u.exec(after);
  if (possessed && !g.cues.placeLeaderRoles.includes(possessed[1]!.split(/\s+/).pop()!)) return true;
  return c.possessiveOfficer.test(after) && !bodies.includes(name);
}

/**
 * Gives each proper-noun mention one of the six types from gazetteers, head words,
 * titles and context, then lets every mention of a name share the article's verdict.
 * Names with no evidence are dropped rather than guessed.
 */
export function createTypeStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const cues = buildCues(gazetteer);
  // A name's own evidence depends on nothing else, and names recur within and across articles.
  const votesForName = memoize((text) => nameVotes(text, gazetteer, cues), 20_000);
  /** Every sports word of a text, built once (matchAll works on a copy, so one pattern serves every article). */
  const sportsWords = new RegExp(cues.sportsWord.source, 'gi');
  return {
    name: 'type',
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['types'],
    run(doc: Doc): Doc {
      const c = cues;
      const split = doc.mentions
        .map((m) => (m.source === 'name' ? partyBeforeRole(m, gazetteer) : m))
        .filter((m) => m.source !== 'name' || !(isTitleOnly(m.text, gazetteer) || endsTitle(m, doc.sentences[m.sentence]!.text, gazetteer)))
        .flatMap((m) => (m.source === 'name' && !m.type ? nameParts(m, doc.sentences[m.sentence]!, gazetteer) : [m]))
        .filter((m) => m.source !== 'name' || !isTitleOnly(m.text, gazetteer));
      const byName = new Map<string, Vote[]>();
      const names = split.filter((m) => m.source === 'name');
      /** Names used past a sentence's first word. */
      const insideSentences = new Set(names.filter((m) => m.start > 0).map((m) => normalizeName(m.text)));
      /** One-word names opening a sentence as its subject ("Hollin will become a division of Brightwell"), as no adjective does. */
      const subjects = new Set(
        names
          .filter((m) => {
            const next =
              m.start === 0 && !m.text.includes(' ') ? doc.sentences[m.sentence]!.tokens.find((t) => t.start >= m.end) : undefined;
            return next?.pos === 'AUX' || next?.pos === 'VERB';
          })
          .map((m) => normalizeName(m.text)),
      );
      /** Names written as possessives ("Halden's"). */
      const possessives = new Set(
        names.filter((m) => /^['’]s\b/.test(doc.sentences[m.sentence]!.text.slice(m.end))).map((m) => normalizeName(m.text)),
      );
      const afterThe = (m: Mention) => /\bthe\s+$/i.test(doc.sentences[m.sentence]!.text.slice(0, m.start));
      /** One-word names written after "the" ("joining the Harwood"), as a body's short form is and a town's name is not. */
      const definite = new Set(names.filter((m) => !m.text.includes(' ') && afterThe(m)).map((m) => normalizeName(m.text)));
      /** Names used before a common noun ("the Nordic and Baltic countries"), as adjectives are. */
      const modifiers = new Set(
        names
          .filter((m) => {
            const next = doc.sentences[m.sentence]!.tokens.find((t) => t.start >= m.end);
            return next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
          })
          .map((m) => normalizeName(m.text)),
      );
      /** Names written in capitals ("ESA"), which may be acronyms of the article's longer names. */
      const capitals = new Set(names.filter((m) => isAcronym(m.text)).map((m) => normalizeName(m.text)));
      const outsideHeadlines = new Set(
        names.filter((m) => doc.sentences[m.sentence]!.kind !== 'headline').map((m) => normalizeName(m.text)),
      );
      // A name's own evidence counts once, however often it recurs; what the sentences say adds up.
      const counted = new Set<string>();
      /** What the recogniser called each name, mention by mention. */
      const recognisedAs = new Map<string, EntityType[]>();
      /** Names the article writes with a lower-case letter somewhere (the others only in capitals: "THE BEAR CASE"). */
      const writtenInLowerCase = new Set<string>();
      for (const mention of split) {
        if (mention.source !== 'name') continue;
        if (/\p{Ll}/u.test(mention.text)) writtenInLowerCase.add(normalizeName(mention.text));
        const sentence = doc.sentences[mention.sentence]!;
        const key = normalizeName(mention.text);
        // Only headlines use it: a title-cased headline's weak name evidence is not enough, unless a
        // given name and the recogniser agree on a line below the title (a byline, a list of names).
        const headlineOnly = !outsideHeadlines.has(key);
        const namedPerson = headlineOnly && sentence.index > 0 && nerType(mention, sentence) === 'Person';
        const votes =
          counted.has(key) || (sentence.kind === 'headline' && !headlineOnly)
            ? []
            : votesForName(mention.text).filter((v) => !headlineOnly || v.weight >= 3 || (namedPerson && v.why === 'first-name'));
        if (votes.length || headlineOnly) counted.add(key);
        if (sentence.kind !== 'headline') votes.push(...contextVotes(mention, sentence, c));
        // A title-cased headline is no running text: the recogniser (trained on news sentences) sees names in every word.
        const titleCased = sentence.kind === 'headline' && !isShouted(sentence.tokens.map((t) => t.text));
        const recognised = titleCased || gazetteer.demonyms.has(mention.text) ? undefined : nerType(mention, sentence);
        if (recognised) recognisedAs.set(key, [...(recognisedAs.get(key) ?? []), recognised]);
        if (mention.type) votes.push({ type: mention.type, weight: 5, why: mention.evidence ?? 'pattern' });
        // "African startups", "Brazilian striker X": a nationality adjective is never itself an entity.
        const allowed = gazetteer.demonyms.has(mention.text) ? [] : votes;
        const list = byName.get(key);
        if (list) list.push(...allowed);
        else byName.set(key, allowed);
      }
      // "the River Merrow", "the Lake Kessow": a place's leading head after "the" is no given name ("River Phoenix");
      // two words only ("the Lake Garda Championships" is an event), the second no common word ("What the River Kept").
      for (const m of names) {
        const [head, name, ...rest] = m.text.split(' ');
        if (!name || rest.length || !gazetteer.cues.leadingPlaceHeads.has(head!) || isCommonWord(name.toLowerCase())) continue;
        if (afterThe(m)) byName.get(normalizeName(m.text))?.push({ type: 'Place', weight: 3, why: 'the-place-head' });
      }
      // "Fjordkraft Energi will close two plants, the company said": a reporting description names what opened the sentence.
      for (const description of split.filter(
        (m) =>
          m.source === 'description' &&
          m.type &&
          /^\s*(?:said|says|added|announced|told)\b/.test(doc.sentences[m.sentence]!.text.slice(m.end)),
      )) {
        const sentence = doc.sentences[description.sentence]!;
        const opener = split.find((m) => m.sentence === description.sentence && m.source === 'name' && m.start === 0);
        // "Full card numbers had not been taken, the company said": a word before a common noun modifies it.
        const next = opener && sentence.tokens.find((t) => t.start >= opener.end);
        const modifier = next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
        // "Nights would stay above 20C…, the forecaster said": a common word opening the sentence is no name.
        // "Guangzhou uses 500,000 containers a day, the newspaper said": a known place is what the sentence is about, not who spoke.
        const place = opener && gazetteer.places.has(normalizeName(opener.text));
        if (opener && !modifier && !place && !isOneCommonWord(opener.text) && /,\s*$/.test(sentence.text.slice(0, description.start)))
          byName.get(normalizeName(opener.text))?.push({ type: description.type!, weight: 2, why: 'described-as' });
      }
      // "Silverstrand Releasing said … . Its managing director, Ruth Aldous, said …": what opens the sentence
      // before "Its <title>" is a body.
      for (const sentence of doc.sentences) {
        if (!/^Its\s/.test(sentence.text) || !opensWithRole(sentence.text.slice(4), gazetteer)) continue;
        const opener = names.find((m) => m.sentence === sentence.index - 1 && m.start === 0);
        if (opener && !isOneCommonWord(opener.text))
          byName.get(normalizeName(opener.text))?.push({ type: 'Organization', weight: 2.5, why: 'its-title-after' });
      }
      // Interview labels speak: a label is a person unless its name says otherwise.
      for (const sentence of doc.sentences) {
        if (!sentence.turnLabel || isRoleLabel(sentence.turnLabel, gazetteer)) continue;
        const key = normalizeName(sentence.turnLabel);
        const votes = byName.get(key) ?? [...votesForName(sentence.turnLabel)];
        votes.push({ type: 'Person', weight: 0.5, why: 'turn-label' });
        byName.set(key, votes);
      }
      // "Lhota" beside "Lhota nad Moravou", "Newcastle" beside "Newcastle upon Tyne": a town's first word alone is the town.
      const towns = [...byName.entries()].filter(([, votes]) => tally(votes)?.type === 'Place').map(([name]) => name);
      for (const [name, votes] of byName)
        if (towns.some((town) => opensTownName(name, town))) votes.push({ type: 'Place', weight: 3, why: 'town-of-longer-name' });
      const orgs = [...byName.entries()].filter(([, votes]) => tally(votes)?.type === 'Organization').map(([name]) => name);
      // "Andes Copper" for "Andes Copper Corporation", "Tamar Peak" for "Tamar Peak Capital", before a speech verb or a
      // first name makes it a person whose surname is "Copper".
      for (const [name, votes] of byName) {
        if (!name.includes(' ') || (tally(votes)?.weight ?? 0) >= 2) continue;
        if (orgs.some((o) => o !== name && (withoutLegalForm(o) === name || isShortFormOf(name, o, gazetteer))))
          votes.push({ type: 'Organization', weight: 2.5, why: 'short-form-of-organization' });
      }
      // "United" beside "Harnby United", "Rovers" beside "Wansbeck Rovers": a body's head word alone is that body, not a
      // person a "who" follows.
      for (const [name, votes] of byName) {
        if (name.includes(' ') || tally(votes)?.type !== 'Person' || !gazetteer.cues.sportsClubHeads.has(name)) continue;
        if (orgs.some((o) => o.endsWith(` ${name}`))) votes.push({ type: 'Organization', weight: 3, why: 'head-of-organization' });
      }
      // "Vaasan Myrsky" beside "Myrsky's home rink": a name of two words that a one-word organisation ends, with no
      // evidence of its own, is that organisation's full name.
      for (const [name, votes] of byName) {
        const words = name.split(' ');
        if (words.length === 2 && !votes.length && orgs.includes(words[1]!) && !orgs.includes(words[0]!))
          votes.push({ type: 'Organization', weight: 2, why: 'full-name-of-organization' });
      }
      // "Pembury Ascensores" beside "Pembury Group": a name carrying a group's brand is one of its companies.
      const brands = new Set(orgs.flatMap((o) => groupBrand(o) ?? []));
      for (const [name, votes] of byName) {
        const words = name.split(' ');
        if (words.length > 1 && !orgs.includes(name) && words.some((w) => brands.has(w)))
          votes.push({ type: 'Organization', weight: 3, why: 'brand-of-group' });
      }
      const sportsReport = isSportsReport(doc, sportsWords);
      const isPlayerRole = (word: string) => loadRuleSet().classes.ofWord(word).includes('PLAYER_POSITION');
      for (const name of sidesOfFixtures(doc, names, sportsReport, gazetteer, isPlayerRole))
        byName.get(name)?.push({ type: 'Organization', weight: 4, why: 'fixture-side' });
      if (sportsReport) {
        const text = doc.sentences.map((s) => s.text).join(' ');
        for (const name of new Set(names.map((m) => m.text))) {
          const nicknamed = isClubOfPlace(name, gazetteer) || isNicknamedClub(name, text, gazetteer);
          if (!nicknamed && !endsAsClub(name, gazetteer)) continue;
          byName.get(normalizeName(name))?.push({ type: 'Organization', weight: 5, why: 'club-name' });
          // "the Corsairs fly-half": the nickname after a town's name, alone, is the club.
          if (nicknamed) byName.get(normalizeName(name.split(' ')[1]!))?.push({ type: 'Organization', weight: 3, why: CLUB_NICKNAME });
        }
        // "Essex need another 148 to beat Yorkshire": in a sports report a town or county the recogniser reads as a
        // body at two or more mentions, most of them (a side named after its place), is the side.
        for (const [name, votes] of byName) {
          const recognised = recognisedAs.get(name) ?? [];
          if (
            recognised.filter((t) => t === 'Organization').length >= 2 &&
            majorityType(recognised) === 'Organization' &&
            gazetteer.places.has(name) &&
            tally(votes)?.type === 'Place'
          )
            votes.push({ type: 'Organization', weight: 5, why: 'side-of-place' });
        }
      }
      // A name that ends a known person's name is that person ("Smith", "Van Leeuwen"); a full name with no
      // evidence of its own is known by the recogniser's reading ("Tunde Bakare … a shot from Bakare").
      const isPerson = (name: string, votes: Vote[]) =>
        votes.length ? tally(votes)?.type === 'Person' : majorityType(recognisedAs.get(name) ?? []) === 'Person';
      const fullNames = [...byName.entries()].filter(([name, votes]) => name.includes(' ') && isPerson(name, votes)).map(([name]) => name);
      const surnames = new Set(fullNames.flatMap((name) => surnameForms(name)));
      // Where each name is first written, to tell a surname that follows its full name from a firm's name before it.
      const firstAt = new Map<string, number>();
      split.forEach((m, i) => {
        const key = normalizeName(m.text);
        if (m.source === 'name' && !firstAt.has(key)) firstAt.set(key, i);
      });
      const afterFullName = (name: string) =>
        fullNames.some((full) => surnameForms(full).includes(name) && (firstAt.get(full) ?? Infinity) < (firstAt.get(name) ?? -1));
      for (const [name, votes] of byName) {
        const surnameAlone = !name.includes(' ') || NAME_PARTICLES.has(name.split(' ')[0]!);
        if (surnameAlone && surnames.has(name)) {
          votes.push({ type: 'Person', weight: 3, why: 'surname-of-person' });
          // "Neil Jordan … Jordan said", "Evan Roche … Roche has scored": a surname that is a place's or a known firm's
          // name too is the person's where the recogniser reads most of its mentions so (a family firm's "Caloi" beside
          // "Luigi Caloi" keeps its own evidence).
          const knownFirm = gazetteer.organizations.has(capitalised(name));
          if ((knownFirm || gazetteer.places.has(name)) && majorityType(recognisedAs.get(name) ?? []) === 'Person')
            votes.push({ type: 'Person', weight: 2, why: 'surname-read-as-person' });
          // …and a known firm's name that the article writes only after the full name is the person's ("Evan Roche …
          // Roche has scored four times").
          else if (knownFirm && afterFullName(name)) votes.push({ type: 'Person', weight: 2, why: 'surname-after-full-name' });
        }
      }
      // "Typhoon Tarsila … Pagasa said Tarsila weakened": a storm's own name after its word is the storm.
      for (const [name, votes] of byName) {
        if (name.includes(' ')) continue;
        const storm = [...byName.entries()].some(
          ([other, its]) =>
            other.endsWith(` ${name}`) && other.split(' ').length === 2 && STORM_WORD.test(other) && tally(its)?.type === 'Event',
        );
        if (storm) votes.push({ type: 'Event', weight: 5, why: 'name-of-storm' });
      }
      // "Carolina Fuentes … Fuentes, a former mayor": a full name ending in a one-word name the article makes a person.
      const people = new Set(
        [...byName.entries()].filter(([name, votes]) => !name.includes(' ') && tally(votes)?.type === 'Person').map(([name]) => name),
      );
      for (const [name, votes] of byName) {
        const words = name.split(' ');
        // …but not a family's company the recogniser calls one ("Básculas Irazabal" beside "Ignacio Irazabal").
        const recognised = recognisedAs.get(name) ?? [];
        const company =
          words.length === 2 &&
          !gazetteer.firstNames.has(words[0]!) &&
          recognised.filter((t) => t === 'Organization').length * 2 > recognised.length;
        if ((words.length === 2 || words.length === 3) && people.has(words[words.length - 1]!) && !company)
          votes.push({ type: 'Person', weight: 2, why: 'full-name-of-person' });
      }
      // One name of a coordinated pair takes the other's type when nothing else types it (`open`).
      const typeAcross = (joiner: RegExp, type: EntityType, open: (name: string) => boolean, why: string) => {
        const typed = (name: string) => tally(byName.get(name) ?? [])?.type === type;
        for (const [a, b] of coordinatedNames(names, doc, joiner)) {
          const [one, other] = [normalizeName(a.text), normalizeName(b.text)];
          if (typed(one) && open(other)) byName.get(other)?.push({ type, weight: 1.5, why });
          else if (typed(other) && open(one)) byName.get(one)?.push({ type, weight: 1.5, why });
        }
      };
      const untyped = (name: string) => !byName.get(name)?.length;
      // "the Norwegian pair Ingrid Holm and Sindre Lie": a name nothing else types, joined by "and" to a person's, is one too.
      typeAcross(AND_ALONE, 'Person', (name) => untyped(name) && name.includes(' '), 'coordinated-with-person');
      // "between Louth, Horncastle and Market Rasen": a name only the recogniser types, listed with a place, is one.
      typeAcross(LIST_JOINER, 'Place', (name) => untyped(name) && recognisedAs.has(name), 'listed-with-places');
      // "Tidewater" for "Tidewater Analytics" (but not "Siemens" for "Siemens Energy": a head word makes a new name).
      const acronyms = acronymsOf(names, byName, ['Organization', 'Event']);
      for (const [name, votes] of byName) {
        // "NGA expects…": the initials of a name spelt out in the article outweigh a speech verb.
        const expanded = capitals.has(name) ? acronyms.get(name) : undefined;
        if (expanded) votes.push({ type: expanded, weight: 3, why: 'acronym' });
        // A short form outweighs speech verbs, which organisations use as people do ("Aventa said", "Analysts
        // said Halvorsen would…"), not stronger evidence.
        const spoken = votes.filter((v) => v.why === 'speech-verb').reduce((sum, v) => sum + v.weight, 0);
        // Other evidence of two or more decides, unless it says organisation and speech verbs outweigh it.
        const unspoken = sumVotes(votes.filter((v) => v.why !== 'speech-verb'));
        // "Xarxa Ebre said" for "Xarxa Ebre Distribució": a name of several words only if no given name opens it.
        // ("Prairie Crest said" for "Prairie Crest Energy": a rare given name before a common word is no person's.)
        const several = name.includes(' ');
        const [first, ...rest] = name.split(' ');
        const commonAfter = rest.some((w) => isCommonWord(w) && !isSurname(w, gazetteer));
        if (several && gazetteer.firstNames.has(first!) && !commonAfter) continue;
        if ((unspoken?.weight ?? 0) >= 2 && unspoken?.type !== 'Organization') continue;
        // Only a name the article uses past a sentence's first word: "Digital rights group Digital Liberty India" opens with an adjective.
        // …or one written as a possessive ("Halden's head of neuroscience"), which no adjective is.
        // …and one of several words only where it speaks or owns (not inside a title: "the Drummond Wallace Principal Conductor").
        // …or one that speaks ("Carraway said" for "Carraway Bank"), which no adjective does either.
        // …or one that opens a sentence as its subject, when one body's name alone holds it ("Verhoeven" beside
        // "Maison Verhoeven" and "Verhoeven Cocoa Ghana" may be either, or the family).
        const holding = () => orgs.filter((o) => o.split(' ').includes(name)).length;
        const used =
          spoken > 0 || possessives.has(name) || (!several && (insideSentences.has(name) || (subjects.has(name) && holding() === 1)));
        // "Corvid's head of…", "Aventa said" for "Aventa Motors": a one-word name before a head word, if it opens
        // one organisation's name (and the names that extend it) and nothing says it is a place ("in Kinsale"
        // beside "Kinsale Rowing Club"), unless the article writes it after "the" ("came to the Harwood"; not "the
        // Atlantic", which the recogniser knows for a place).
        const opening = orgs.filter((o) => o.startsWith(`${name} `));
        const afterThe = definite.has(name) && !recognisedAs.get(name)?.includes('Place');
        const saysPlace = votes.some((v) => v.type === 'Place' && !(v.why === 'preposition' && afterThe));
        const opensOne =
          !saysPlace &&
          (possessives.has(name) || !modifiers.has(name)) &&
          opening.filter((o) => !opening.some((p) => p !== o && o.startsWith(`${p} `))).length === 1;
        if (used && (opensOne || orgs.some((o) => isShortFormOf(name, o, gazetteer))))
          votes.push({ type: 'Organization', weight: 2.5 + spoken, why: 'short-form-of-organization' });
      }
      const verdicts = new Map([...byName.entries()].map(([name, votes]) => [name, tally(votes)]));
      fillFromRecogniser(verdicts, recognisedAs, writtenInLowerCase);
      const bodies = [...verdicts.entries()].filter(([, v]) => v?.type === 'Organization').map(([name]) => name);
      const mentions = split
        .map((mention) => {
          if (mention.source !== 'name') return mention;
          const namesakeBody = ownsBodysOfficer(mention, doc.sentences[mention.sentence]!.text, bodies, c, gazetteer);
          if (namesakeBody) return { ...mention, type: 'Organization' as const, evidence: NAMESAKE_BODY };
          const verdict = verdicts.get(normalizeName(mention.text));
          // "Liberal MP Rajinder Sandhu": what stands before a person's role is a body or a word for one, never a person.
          const beforeRole = mention.evidence === BEFORE_ROLE && verdict?.type === 'Person';
          return verdict && verdict.weight >= 1 && !beforeRole
            ? { ...mention, type: verdict.type, evidence: verdict.why }
            : { ...mention, type: undefined };
        })
        .filter((mention) => mention.source !== 'name' || mention.type !== undefined);
      return { ...doc, mentions };
    },
  };
}
