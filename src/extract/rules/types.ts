/**
 * The shapes of rule data (`seed/rules/*.json`) and of the units patterns run over. A rule is
 * data, as a spaCy Matcher pattern or a JAPE rule is: a sequence of items, each a constraint on
 * one unit (a token, a resolved mention or a multi-word vocabulary phrase) or on a phrase (a noun
 * phrase, a prepositional phrase, a coordinated list), with named captures.
 */
import type { EntityType, Mention, Predicate } from '../types.js';

/** One position of a sentence a pattern can match: a token, a whole mention, or a class phrase. */
export interface Unit {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets within the sentence text, end exclusive. */
  start: number;
  end: number;
  /** The kind of the resolved mention this unit is, if it is one. */
  ent?: EntityType | undefined;
  mention?: Mention | undefined;
  /** Vocabulary classes (`seed/vocab/classes.json`) its lemma, lower form or phrase belongs to. */
  classes: ReadonlySet<string>;
}

/** A value test: one string, any of a list, or none of a list. Strings compare exactly. */
export type ValueTest = string | string[] | { IN: string[] } | { NOT_IN: string[] };

/** Tests on one unit; all given must hold. */
export interface UnitTest {
  TEXT?: ValueTest;
  LOWER?: ValueTest;
  LEMMA?: ValueTest;
  POS?: ValueTest;
  /** Entity kind of the mention the unit is; "ANY" for any kind. */
  ENT?: ValueTest;
  /** Vocabulary class membership: the unit must be in one of them (or, with NOT_IN, in none). */
  CLASS?: ValueTest;
  /** How the mention was found (name, pronoun, description…). */
  SOURCE?: ValueTest;
  /** The unit starts with a capital letter. */
  IS_TITLE?: boolean;
  /** The unit must not pass this test (or any test of a list). */
  NOT?: UnitTest | UnitTest[];
}

/** Repetition, as in spaCy: optional, zero or more, one or more. */
export type Op = '?' | '*' | '+';

interface ItemBase {
  OP?: Op;
  /** Upper bound on repetitions for `*` and `+` (default 8). */
  MAX?: number;
  /** Name under which the matched units (phrase heads for NP, PP and LIST) are kept. */
  capture?: string;
}

/** A single unit. */
export interface UnitItem extends ItemBase, UnitTest {}

/** A noun phrase (determiner, modifiers) whose head unit passes the test. */
export interface NounPhraseItem extends ItemBase {
  NP: UnitTest;
}

/** A preposition passing `PP`, then a noun phrase whose head passes `NP`. */
export interface PrepPhraseItem extends ItemBase {
  PP: UnitTest;
  NP: UnitTest;
}

/** "A, B and C": noun phrases joined by commas and a conjunction; every head is captured. */
export interface ListItem extends ItemBase {
  LIST: UnitTest;
  /** Step over a person's aside between members: "A, supply chain director at X, B and C". */
  ASIDES?: boolean;
}

/**
 * "Maria Lopez, previously head of sales at Barclays, becomes…": a comma, a phrase the sentence
 * puts aside (a description, a relative clause), a comma; stepped over so a subject reaches its
 * verb. Captures nothing: the aside's own facts are other rules'.
 */
export interface AppositionItem extends ItemBase {
  APPOSITION: true;
}

/** Zero-width checks. */
export interface AnchorItem {
  START?: true;
  END?: true;
  NOT_FOLLOWED_BY?: PatternItem[];
  NOT_PRECEDED_BY?: PatternItem[];
}

export type PatternItem = UnitItem | NounPhraseItem | PrepPhraseItem | ListItem | AppositionItem | AnchorItem;

export interface RuleExample {
  text: string;
}

/** One rule of a file in `seed/rules`: a pattern and what its match becomes (a fact or a claim). */
export interface Rule {
  id: string;
  /** A relation predicate, or CLAIM for the claims stage. */
  predicate: Predicate | 'CLAIM';
  pattern: PatternItem[];
  confidence: number;
  /** A fixed role when the pattern captures none ("founder"). */
  role?: string;
  /** For CLAIM rules: the form the claim takes. */
  form?: 'direct' | 'indirect';
  /**
   * For a pattern that captures a subject and no object: the object is the entity of this kind
   * most named in the two sentences before, when the sentence names none and the subject has no
   * fact of this predicate yet ("The company … said. Chief Executive X told reporters…"); for
   * `Event`, when those sentences name none, the event the article names most.
   * `Competition`: the competition the article reports — the event it names most (twice at
   * least, and more than any other; or the only event it names), whose name holds a
   * {COMPETITION_WORD} — when the sentence
   * names no other event ("In the doubles final, A and B beat C and D").
   * `Exhibition`: the same for a fair or show the article reports, by {EXHIBITION_WORD} in its
   * name or in a description of it ("PackNord 2025 … the fair"): its exhibitors.
   * `Programme`: the same for a festival, conference or summit the article reports, by
   * {PROGRAMME_WORD}: its speakers ("A, B and C will also appear").
   */
  objectFromContext?: 'Organization' | 'Event' | 'Competition' | 'Exhibition' | 'Programme';
  /**
   * For a pattern that captures a subject and an office as its role and no object: the object is
   * the one organisation the article names whose name holds the body of that office
   * (`seed/vocab/offices.json`: "Councillor X" → the city council), narrowed by the role's other
   * words when several do ("Economy Minister X" → the Ministry of Economy).
   */
  objectFromOffice?: boolean;
  /**
   * For a CLAIM pattern that captures no speaker ("The Lisbon-based group said…"): the speaker is
   * the organisation most named in the two sentences before, when this sentence names none.
   */
  speakerFromContext?: 'Organization';
  /**
   * For a CLAIM pattern that captures a source: a speaker who withholds a name ("One skipper, who did not want to be
   * named, said"). Tried before the rules that name a speaker, so that no name or pronoun inside the aside ("who did
   * not give her name") is taken for one.
   */
  withheldName?: true;
  /**
   * For a pattern that captures an object and no subject: the subject is the person a profile box is about,
   * on the box's lines ("Who is Catherine Munro?" then "Spent 15 years at Northlight Ferries"), and the rule
   * runs on no other sentence.
   */
  subjectFromBox?: boolean;
  /** Sentence kinds the rule runs on (default: every kind but headlines). */
  kinds?: string[];
  examples: string[];
  counterexamples: string[];
  /** Why the rule exists and what it leaves alone. */
  note?: string;
}

/** One match: where it lies and what each capture holds. */
export interface RuleMatch {
  start: number;
  end: number;
  captures: Map<string, Unit[]>;
}
