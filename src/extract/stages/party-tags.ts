/**
 * American copy's party-and-state tag after a member's name ("Sen. Marian Kettridge, D-Ohio, said"): the letter is
 * the party, the rest the state, and the tag as a whole names no one.
 */
import type { Mention, Sentence } from '../types.js';

/** "D-Ohio", "R-Texas", "D-N.Y.", "R-La.": a party's letter, a hyphen and a state's name or abbreviation. */
const PARTY_TAG = /^([DR])-(?:\p{Lu}[\p{L}.]*)$/u;

/** The parties the letters stand for. */
const PARTY_OF_LETTER: Readonly<Record<string, string>> = { D: 'Democratic Party', R: 'Republican Party' };

/** The evidence a tag's letter carries: the party's name, which the resolve stage files it under. */
const PARTY_TAG_EVIDENCE = 'party-tag:';

/** The party a tag's letter stands for ("Democratic Party" for the D of "D-Ohio"), undefined for any other mention. */
export const taggedParty = (mention: Mention): string | undefined =>
  mention.evidence?.startsWith(PARTY_TAG_EVIDENCE) ? mention.evidence.slice(PARTY_TAG_EVIDENCE.length) : undefined;

/**
 * The mention a tag stands for: its letter, an organisation under the party's name, when the tag follows a comma or a
 * bracket; undefined when the name is no tag.
 */
export function partyTagMention(name: Mention, sentence: Sentence): Mention | undefined {
  const tag = PARTY_TAG.exec(name.text);
  if (!tag || !/[,(]\s*$/.test(sentence.text.slice(0, name.start))) return undefined;
  return {
    ...name,
    end: name.start + 1,
    text: tag[1]!,
    type: 'Organization',
    evidence: `${PARTY_TAG_EVIDENCE}${PARTY_OF_LETTER[tag[1]!]}`,
  };
}
