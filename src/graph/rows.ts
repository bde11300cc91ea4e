/** Plain values the graph layer returns and resolvers receive (codegen's mappers). */

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
  type: string;
  sourceId: string;
  targetId: string;
  role: string | null;
  confidence: number;
  extractorVersion: string | null;
  /** Sentence ids, `<articleId>#<index>`: the first EVIDENCE_READ, all for exports, or null when not read. */
  evidence: string[] | null;
  evidenceCount: number;
}

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
  publishedAt: string | null;
  ingestedAt: string | null;
  sha256: string;
  extractorVersion: string;
  text: string;
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
  relationships: RelationshipRow[];
  truncated: boolean;
  /** Set by ranked neighbourhoods (GraphReader.neighborhood); absent elsewhere, where `truncated` tells. */
  nodesTruncated?: boolean;
  relationshipsTruncated?: boolean;
  neighboursPerNode?: number;
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
  relationshipsByType: Array<{ key: string; count: number }>;
  claimsByForm: Array<{ key: string; count: number }>;
}

export interface SearchHitRow {
  score: number;
  entity: EntityRow;
}

export interface IngestResultRow {
  articleId: string;
  changed: boolean;
  entities: number;
  relationships: number;
  claims: number;
}

export interface Page<T> {
  items: T[];
  offset: number;
  totalCount: number;
}
