/**
 * Which named entity a description's head word can stand for ("the union", "the city", "the ombudsman"), read
 * from the entity's names and the gazetteer's kinds of body and place.
 */
import { isCountryName, type Gazetteer, type PlaceLevel } from '../gazetteer.js';
import { headWord } from '../text.js';
import type { EntityType, Mention } from '../types.js';
import type { Cluster } from './cluster.js';

/**
 * Whether "the <head>" can name an organisation: "the company" or "the airline" any but a body
 * whose name says it is one (a ministry, an association); "the ministry" or "the union" one whose
 * name ends in that word, in a word for a body of its kind ("… Pilots' Association"), or in no head
 * word at all (CCOO), never one whose head says it is another kind of body (Vello Foods).
 */
export function descriptionFits(head: string, cluster: Cluster | undefined, g: Gazetteer): boolean {
  if (cluster?.type === 'Place') return placeFits(head, cluster, g);
  if (!cluster || cluster.type !== 'Organization') return true;
  const heads = [...cluster.names.values()]
    .map((name) => headWord(name).toLowerCase())
    .filter((h) => g.organizationHeadWords.has(h) || g.cues.bodyHeads.has(h));
  // "the centre", "the brigade": only a body whose own name says so, never the story's company.
  if (g.cues.ownHeadOnlyBodies.has(head)) return heads.includes(head);
  // "the company", "the insurer": never a sports club ("Harnby United"), whatever else the story's company is.
  if (
    g.cues.commercialDescriptions.has(head) &&
    [...cluster.names.values()].some((n) => g.cues.sportsClubHeads.has(headWord(n).toLowerCase()))
  )
    return false;
  // "the airline", "the company": never a body whose name says it is another kind ("… Pilots' Association").
  if (!g.cues.bodyHeads.has(head)) return ![...cluster.names.values()].some((n) => g.cues.bodyHeads.has(headWord(n).toLowerCase()));
  // "the union" is the pilots' union, not the European Union.
  if (g.cues.statesUnionHeads.has(head) && [...cluster.names.values()].some((n) => g.demonyms.has(n.split(' ')[0]!))) return false;
  // "the federal regulator" for "Health Canada": a word before a country's name names a national body.
  const national = () => [...cluster.names.values()].some((n) => isCountryName(n.split(' ').pop()!, g) && n.includes(' '));
  if (g.cues.publicOnlyDescriptions.has(head))
    return heads.includes(head) || heads.some((h) => g.cues.publicBodyHeads.has(h)) || (heads.length === 0 && national());
  const alike = (kind: ReadonlySet<string>) => kind.has(head) && heads.some((h) => kind.has(h));
  // "Kirkby Borough Council will close …, the authority said": a council is its area's local authority.
  const localAuthority = head === 'authority' && heads.some((h) => g.cues.localAuthorityHeads.has(h));
  return (
    heads.length === 0 ||
    heads.includes(head) ||
    localAuthority ||
    alike(g.cues.publicBodyHeads) ||
    alike(g.cues.memberBodyHeads) ||
    alike(g.cues.sportsClubHeads)
  );
}

/** What the gazetteer says a kind of place is: "the city" is no country or region it knows, "the country" a country. */
const PLACE_LEVELS: Record<string, ReadonlyArray<PlaceLevel | undefined>> = {
  city: ['city', undefined],
  town: ['city', undefined],
  capital: ['city', undefined],
  village: ['city', undefined],
  country: ['country'],
  nation: ['country'],
};

function placeFits(head: string, cluster: Cluster, g: Gazetteer): boolean {
  const levels = PLACE_LEVELS[head];
  if (!levels) return true;
  return [...cluster.names.values()].some((name) => levels.includes(g.places.get(name.toLowerCase())?.[0]?.level));
}

/** Whether one of the entity's names of two words or more ends in `head` ("Thamesbridge NHS Trust" for "trust"). */
export const hasNameWithHead = (cluster: Cluster | undefined, head: string) =>
  [...(cluster?.names.values() ?? [])].some((name) => name.includes(' ') && headWord(name).toLowerCase() === head);

/**
 * The one body whose name has `word` right before its head ("Housing Ombudsman Service"), when no name ends in
 * it; not a word that describes another ("Airline Pilots' Association" is no airline).
 */
export function holdingWord(clusters: readonly Cluster[], type: EntityType, word: string): Cluster[] {
  if (type !== 'Organization' || clusters.some((c) => c.type === type && hasNameWithHead(c, word))) return [];
  const holding = clusters.filter(
    (c) => c.type === type && [...c.names.values()].some((name) => name.toLowerCase().split(/\s+/).at(-2) === word),
  );
  return holding.length === 1 ? holding : [];
}

/** The one other organisation whose name opens with the same word as one of `owned`'s names, if it fits. */
export function sharingFirstWord(
  clusters: readonly Cluster[],
  owned: Cluster | undefined,
  fits: (c: Cluster) => boolean,
): string | undefined {
  if (!owned) return undefined;
  const firstWords = new Set([...owned.names.values()].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));
  const sharing = clusters.filter(
    (c) => c !== owned && c.type === 'Organization' && fits(c) && [...c.names.values()].some((n) => firstWords.has(n.split(' ')[0]!)),
  );
  return sharing.length === 1 ? sharing[0]!.key : undefined;
}

/** A describing word's key: lower case, without a possessive ("Employers'" → "employers"). */
const wordKey = (word: string) => word.toLowerCase().replace(/['’]s?$/, '');

/**
 * "the Estonian centre" for "Estonian Maritime Heritage Centre", "the employers' group" for
 * "Maritime Employers' Group", however far back: the one entity of the description's type whose
 * name ends in the description's head and holds one of its describing words.
 */
export function namedByDescribingWord(description: Mention, head: string, clusters: Cluster[]): string | undefined {
  const describing = new Set(description.text.split(/\s+/).slice(1, -1).map(wordKey));
  if (describing.size === 0) return undefined;
  const named = clusters.filter(
    (c) =>
      c.type === description.type &&
      [...c.names.values()].some((name) => {
        const words = name.split(/\s+/).map(wordKey);
        return words.length > 1 && words[words.length - 1] === head && words.slice(0, -1).some((w) => describing.has(w));
      }),
  );
  return named.length === 1 ? named[0]!.key : undefined;
}
