/**
 * Word lists the recogniser reads as features (never as verdicts): places, given names,
 * surnames, nationality adjectives, organisation head words and known organisations. Built
 * from the extractor's gazetteer, which loads the packaged lists once.
 */
import type { Gazetteer } from '../extract/gazetteer.js';

export interface NerLexicon {
  /** Lower-cased place names, one word or several. */
  places: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Lower-cased given names. */
  firstNames: ReadonlyMap<string, unknown> | ReadonlySet<string>;
  /** Lower-cased surnames. */
  surnames: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  organizationHeads: ReadonlySet<string>;
  /** Known organisations, as written. */
  organizations: ReadonlySet<string>;
  /** Titles and roles ("President", "Dr."), lower-cased. */
  titles: ReadonlySet<string>;
}

export function lexiconFromGazetteer(g: Gazetteer): NerLexicon {
  return {
    places: g.places,
    firstNames: g.firstNames,
    surnames: new Set([...g.surnames].map((s) => s.toLowerCase())),
    demonyms: g.demonyms,
    organizationHeads: g.cues.organizationHeads,
    organizations: g.organizations,
    titles: new Set([...g.cues.personTitles].map((t) => t.toLowerCase()).concat([...g.roles].filter((r) => !r.includes(' ')))),
  };
}

/** A lexicon with nothing in it, for tests and for measuring what the lists add. */
export const EMPTY_LEXICON: NerLexicon = {
  places: new Set(),
  firstNames: new Set(),
  surnames: new Set(),
  demonyms: new Set(),
  organizationHeads: new Set(),
  organizations: new Set(),
  titles: new Set(),
};
