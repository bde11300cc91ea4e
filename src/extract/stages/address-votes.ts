/**
 * Where an address or a road says a name is a place: "of Newlyn, Cornwall", "on Vale Street, Denbigh,", "the A92
 * between Kirkcaldy and Glenrothes". Votes for the type stage, read off the words around one mention.
 */
import type { Mention, Sentence } from '../types.js';

/** What the votes ask of the gazetteer (the type stage's cues give it). */
export interface AddressCues {
  isGivenName: (word: string) => boolean;
  isKnownRegion: (name: string) => boolean;
}

/** A vote that the mention names a place, and why. */
export interface PlaceVote {
  type: 'Place';
  weight: number;
  why: string;
}

/** "A92", "M90", "B9131", "A1(M)": a British road's number. */
const ROAD_NUMBER = /^[ABM]\d{1,4}(?:\(M\))?$/;
/** Words of a line about roads. */
const ROAD_WORDS =
  /\b(?:road|roads|motorway|carriageway|junctions?|lanes?|roundabout|northbound|southbound|eastbound|westbound|closed|closure|closures|diversion|roadworks|resurfacing|traffic|between)\b/i;

/** "Vale Street, ", "Wellington Road, ": a street's name and a comma, before its town. */
const STREET_BEFORE =
  /\p{Lu}[\p{L}'’-]*\s+(?:Street|Road|Avenue|Lane|Parade|Square|Terrace|Crescent|Drive|Way|Place|Row|Promenade|Esplanade)\s*,\s*$/u;

/** ", Cornwall,", ", the Netherlands.": a region's name after a comma, ending the clause. */
const REGION_AFTER = /^\s*,\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*(?:[,.;)]|$)/u;

export function addressVotes(mention: Mention, sentence: Sentence, tail: string, after: string, c: AddressCues): PlaceVote[] {
  const votes: PlaceVote[] = [];
  // "Trevascus Fishing of Newlyn, Cornwall", "based in Harlingen, the Netherlands": one word before a known region or
  // country, set off by a comma, is a town in it (not "Jane Doe, Leeds": a given name opens no town's name here).
  const regionAfter = REGION_AFTER.exec(after);
  // (Not "Castle" of "Bishop's Castle, Shropshire", a possessive's head.)
  if (
    regionAfter &&
    !mention.text.includes(' ') &&
    !/['’]s\s*$/.test(tail) &&
    !c.isGivenName(mention.text) &&
    c.isKnownRegion(regionAfter[1]!)
  )
    votes.push({ type: 'Place', weight: 2, why: 'town-before-region' });
  // "the A92 between Kirkcaldy and Glenrothes", "M90 northbound": a road's number, where the line speaks of roads
  // (not "the Airbus A320").
  if (ROAD_NUMBER.test(mention.text) && ROAD_WORDS.test(sentence.text)) votes.push({ type: 'Place', weight: 3, why: 'road-number' });
  // "a bakery on Vale Street, Denbigh, which …": one word after a street's name and a comma is its town.
  if (STREET_BEFORE.test(tail) && !mention.text.includes(' ') && !c.isGivenName(mention.text))
    votes.push({ type: 'Place', weight: 2.5, why: 'town-after-street' });
  return votes;
}
