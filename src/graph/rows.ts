/** Plain values the graph layer returns and resolvers receive (codegen's mappers). */
import type { Predicate } from '../extract/types.js';

export interface EntityRow {
  id: string;
  name: string;
  /** Neo4j label: Person, Organization, … */
  kind: string;
  aliases: string[];
  mentionCount: number;
}

export interface RelationshipRow {
  id: string;
  type: Predicate;
  sourceId: string;
  targetId: string;
  role: string | null;
  confidence: number;
  extractorVersion: string | null;
  /** Sentence ids, `<articleId>#<index>`: the first EVIDENCE_READ, all for exports, or null when not read. */
  evidence: string[] | null;
  evidenceCount: number;
}

/**
 * A fact known by its id alone, whose type and ends the id spells out; the rest (role,
 * confidence, evidence) is read when a request asks for it (see isFactLoaded).
 */
export type FactRef = Pick<RelationshipRow, 'id' | 'type' | 'sourceId' | 'targetId'>;

/** What the Relationship type resolves from: a full row, or a ref whose details load on demand. */
export type RelationshipValue = RelationshipRow | FactRef;

export const isFactLoaded = (r: RelationshipValue): r is RelationshipRow => 'confidence' in r;

export interface ClaimRow {
  id: string;
  text: string;
  sentence: string;
  quote: string | null;
  /** Who said it, in the article's words, when no entity is named. */
  source: string | null;
  form: string;
  confidence: number;
  articleId: string;
  sentenceId: string;
  speakerId: string | null;
  aboutIds: string[];
  madeAtId: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  /** ISO date-time in UTC, or null when the article is undated (or its date could not be read). */
  publishedAt: string | null;
  /** The publication date as the source wrote it. */
  publishedAtText: string | null;
  ingestedAt: string | null;
  sha256: string;
  extractorVersion: string;
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  articleId: string;
}

export interface MentionRow {
  text: string;
  start: number;
  end: number;
  sentenceId: string;
}

export interface EvidenceRow {
  sentenceId: string;
  articleId: string;
}

export interface SubgraphRow {
  nodes: EntityRow[];
  relationships: RelationshipValue[];
  truncated: boolean;
  /** Set by ranked neighbourhoods (GraphReader.neighborhood); absent elsewhere, where `truncated` tells. */
  nodesTruncated?: boolean;
  relationshipsTruncated?: boolean;
  neighboursPerNode?: number;
  /** Nodes of a ranked neighbourhood whose ties were cut, with the last neighbour kept. */
  cutAt?: Array<{ id: string; lastKept: string }>;
}

/** An entity's ties as kept at load, strongest first (see STRONGEST_OF_ENTITY). */
export interface RankedTiesRow {
  neighbours: string[];
  /** The strongest fact to each neighbour, in the same order. */
  facts: string[];
}

/** One tie: a neighbour and the strongest fact between the two. */
export interface TieRow {
  neighbourId: string;
  factId: string;
}

export interface PathRow {
  nodes: EntityRow[];
  relationships: RelationshipRow[];
}

export interface StatsRow {
  articles: number;
  sentences: number;
  entities: number;
  relationships: number;
  claims: number;
  entitiesByKind: Array<{ key: string; count: number }>;
  relationshipsByType: Array<{ key: Predicate; count: number }>;
  claimsByForm: Array<{ key: string; count: number }>;
}

export interface CoMentionRow {
  entity: EntityRow;
  /** Sentences (or articles) that mention both entities. */
  count: number;
  /** Up to three sentence ids. */
  examples: string[];
}

export interface SearchHitRow {
  score: number;
  entity: EntityRow;
  /** 1 when the entity's name or an alias is exactly the text searched for. */
  exact: number;
}

export interface IngestResultRow {
  articleId: string;
  changed: boolean;
  entities: number;
  relationships: number;
  claims: number;
}

/** One page, read with one row more than asked for when there is a next page. */
export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Where a page starts: after the item with this sort key and id (keyset paging). */
export interface EntityAfter {
  id: string;
  mentionCount?: number;
  name?: string;
}
export interface ArticleAfter {
  publishedAt: string | null;
  id: string;
}
export interface ClaimAfter {
  articleId: string;
  id: string;
}
export interface SearchAfter {
  exact: number;
  score: number;
  mentionCount: number;
  id: string;
}

/** A publication-date window: `from` inclusive, `to` exclusive, ISO date-times in UTC. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** A curator merge: who asked, when, and what was folded in (stored on the kept entity). */
export interface MergeRecordRow {
  by: string;
  at: string;
  ids: string[];
  names: string[];
  /** Neo4j labels: Person, Organization, … */
  kinds: string[];
  forced: boolean;
}
