/** The document that flows through the extraction pipeline, as spaCy's Doc does. */
import { RelationshipType } from '../generated/enums.js';

export const ENTITY_TYPES = ['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The fact types, as the schema's `RelationshipType` enum lists them (its one source). */
export const PREDICATES: readonly RelationshipType[] = Object.values(RelationshipType);
export type Predicate = RelationshipType;

export const CLAIM_FORMS = ['direct', 'indirect', 'interview'] as const;
export type ClaimForm = (typeof CLAIM_FORMS)[number];

export interface ArticleMeta {
  id: string;
  title: string;
  url?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
}

/** A dateline ("DUISBURG, Germany, Nov 26 (Newswire) -") opens a wire story's first paragraph. */
/** `label`: who a transcript's turn label says speaks, in brackets after it ("Q (Ana Ruiz, The Ledger):"). */
/** `row`: an unpunctuated line of results or figures ("Tim Henman (Britain) beat Doug Flach (U.S.) 6-3 6-4"). */
export type SentenceKind = 'headline' | 'dateline' | 'label' | 'body' | 'row' | 'question' | 'answer';

export interface Token {
  text: string;
  /** Offsets within the sentence text, end exclusive. */
  start: number;
  end: number;
  /** Universal POS tag from the tagger (PROPN, NOUN, VERB, …). */
  pos: string;
  /** Lower-cased lemma from the tagger ("spoke" → "speak"); absent on hand-built tokens. */
  lemma?: string | undefined;
}

export interface Sentence {
  index: number;
  text: string;
  /** Offsets within the article text. */
  start: number;
  end: number;
  kind: SentenceKind;
  /** For `Name: answer` turns, the name before the colon. */
  turnLabel?: string | undefined;
  /** Index of the interview turn (consecutive sentences of one speaker share it). */
  turn?: number | undefined;
  tokens: Token[];
  /** The trained recogniser's names in this sentence (the `ner` stage). */
  names?: NerSpan[] | undefined;
  /** For the lines of a profile box ("Who is Catherine Munro?", "Fact file: Mikkel Dahl"), the name it is about. */
  boxOf?: string | undefined;
  /** A broadcast script's label the segmenter stripped from the sentence's line ("CUE", "AUDIO"). */
  scriptLabel?: string | undefined;
}

/** A name the trained recogniser found: offsets within the sentence text, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** How far the weakest token's tag beat the next valid tag (higher is surer). */
  margin: number;
}

/** How a mention was found; kept for debugging and for confidence. */
export type MentionSource = 'name' | 'vocab' | 'acronym' | 'description' | 'pronoun' | 'label';

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EntityType | undefined;
  source: MentionSource;
  /** Key of the entity this mention resolves to, set by the resolution stage. */
  entity?: string | undefined;
  /** "the Wuzhen summit": a name plus an event word, naming an event by its place. */
  descriptive?: boolean | undefined;
  /** Why the type was chosen (gazetteer, suffix, title, context…). */
  evidence?: string | undefined;
}

export interface Entity {
  key: string;
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface Evidence {
  sentence: number;
  text: string;
}

export interface Relation {
  subject: string;
  predicate: Predicate;
  object: string;
  properties: Record<string, string>;
  evidence: Evidence[];
  confidence: number;
}

export interface Claim {
  id: string;
  speaker: string | null;
  text: string;
  sentence: string;
  sentenceIndex: number;
  quote?: string | undefined;
  /** Who said it, in the article's words, when no entity is named ("safety campaigners"). */
  source?: string | undefined;
  form: ClaimForm;
  about: string[];
  madeAt?: string | undefined;
  confidence: number;
}

export interface Doc {
  article: ArticleMeta;
  /** The article text: title, a blank line, then the body. */
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  claims: Claim[];
}
