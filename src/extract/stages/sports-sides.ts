/**
 * Sports pages name sides after their towns, and write clubs with nicknames: which names of a sports report, a
 * league table, a result line or a fixture list are teams. The type stage turns these into votes.
 */
import { isCountryName, isSurname, type Gazetteer } from '../gazetteer.js';
import { isCommonWord, isPluralNoun, isSingularNoun } from '../nlp.js';
import { normalizeName } from '../text.js';
import type { Doc, Mention } from '../types.js';

/**
 * "Birmingham v Barnsley", "FLORIDA AT CINCINNATI", "May 18 v Worcestershire", and in a sports report "Kent had reached
 * 108", "to beat Yorkshire": the sides of a fixture on a line of its own, or a sports report's sentence, are teams (not
 * a case's parties, "Smith v Jones", in running text; national sides keep their countries' names: "England v Pakistan").
 */
export function sidesOfFixtures(
  doc: Doc,
  names: readonly Mention[],
  sportsReport: boolean,
  g: Gazetteer,
  isPlayerRole: (word: string) => boolean = () => false,
): Set<string> {
  const sides = new Set<string>();
  for (const m of names) {
    const { text, kind } = doc.sentences[m.sentence]!;
    if ((kind === 'body' && !sportsReport) || isCountryName(m.text, g)) continue;
    const before = text.slice(0, m.start);
    const after = text.slice(m.end);
    // (The side before may be a date: "May 18 v Worcestershire".)
    const other = FIXTURE_AFTER.exec(after)?.[1] ?? FIXTURE_BEFORE.exec(before)?.[1] ?? (FIXTURE_MARK_BEFORE.test(before) ? '' : undefined);
    const knownPlace = g.places.has(m.text.toLowerCase());
    const inMatch = sportsReport && knownPlace && (MATCH_VERB_AFTER.test(after) || MATCH_VERB_BEFORE.test(before));
    // "Surrey all-rounder Adam Hollioake", "Shearer's Newcastle team mate": a town before a player's role is the side
    // (not "the Copenhagen team", a team from the town, nor "Central midfielder", a word).
    const role = ROLE_AFTER.exec(after);
    const ofSide = sportsReport && !!role && knownPlace && !isCommonWord(m.text) && (CLUB_ROLE.test(after) || isPlayerRole(role[1]!));
    if ((other !== undefined && !isCountryName(other, g)) || inMatch || ofSide) sides.add(normalizeName(m.text));
  }
  return sides;
}

/** The word after a name, lower case. */
const ROLE_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)/u;
/** A club's people who are no players ("Newcastle manager", "team mate"). */
const CLUB_ROLE = /^\s+(?:team[\s-]?mates?|coach|manager|boss)\b/;

/** A side's verb in a match report, after its name or before the other side's. */
const MATCH_VERB_AFTER = /^\s+(?:beat|beats|drew|defeated|thrashed|edged|trailed|had\s+reached)\b/;
const MATCH_VERB_BEFORE = /\b(?:beat|beating|defeated|thrashed)\s+$/;

/** A fixture's "v", "vs" or capitals' "AT" between two sides, after or before a name. */
const FIXTURE_AFTER = /^\s+(?:v|vs\.?|AT)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;
const FIXTURE_MARK_BEFORE = /(?:^|\s)(?:v|vs\.?|AT)\s+$/u;
const FIXTURE_BEFORE = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:v|vs\.?|AT)\s+$/u;

/** An article that speaks of matches, coaches, referees and the like: three different sports words at least ("season" alone is a hurricane's too). */
export function isSportsReport(doc: Doc, sportsWords: RegExp): boolean {
  const words = new Set<string>();
  for (const sentence of doc.sentences) for (const [word] of sentence.text.matchAll(sportsWords)) words.add(word.toLowerCase());
  return words.size >= 3;
}

/** "Halbury Town", "Wyvern Athletic": in a sports report, a name whose last word ends clubs' names. */
export function endsAsClub(name: string, g: Gazetteer): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 3 && g.cues.sportsClubHeads.has(words[words.length - 1]!.toLowerCase());
}

/**
 * "Galway Corsairs", "Esbjerg Stormbirds": in a sports report, a known place followed by a plural word that is no
 * place, no head word and no surname names the place's club (not "Jordan Henderson", a given name before a
 * surname, nor "Cardiff Bay", a place's own head).
 */
export function isClubOfPlace(name: string, g: Gazetteer): boolean {
  const words = name.split(' ');
  if (words.length !== 2) return false;
  const [place, nickname] = words as [string, string];
  const { organizationHeads, eventHeads, placeHeads } = g.cues;
  if (!g.places.has(place.toLowerCase()) || g.places.has(nickname.toLowerCase()) || g.places.has(name.toLowerCase())) return false;
  // ("Riverside Pavilion" is a venue in a town named Riverside.)
  if ([organizationHeads, eventHeads, placeHeads, g.cues.venueHeads].some((heads) => heads.has(nickname))) return false;
  if (isSurname(nickname, g)) return false;
  // Nicknames are plural ("Corsairs", "Volcanes") or an animal's or a thing's name ("Pécs Lynx"); "Duarte Fialho" is a
  // person whose given name is also a town's, and so is "Jordan Pike": a given name before a singular is a person.
  if (isPluralNoun(nickname) || /[^s]s$/.test(nickname)) return true;
  return isSingularNoun(nickname.toLowerCase()) && !g.firstNames.has(place.toLowerCase());
}

/**
 * "Leith Selkies … the Selkies goalkeeper": in a sports report, a two-word name whose plural last word the text also
 * writes after "the" names a club, whatever its first word (a district, a given name). People are not "the Ruizes".
 */
export function isNicknamedClub(name: string, text: string, g: Gazetteer): boolean {
  const words = name.split(' ');
  if (words.length !== 2) return false;
  const nickname = words[1]!;
  if (!/^\p{Lu}\p{Ll}+[^s']s$/u.test(nickname) || isSurname(nickname, g) || g.places.has(nickname.toLowerCase())) return false;
  const { organizationHeads, eventHeads, placeHeads, venueHeads } = g.cues;
  if ([organizationHeads, eventHeads, placeHeads, venueHeads].some((heads) => heads.has(nickname))) return false;
  return new RegExp(`\\b[Tt]he ${nickname}\\b`).test(text);
}
