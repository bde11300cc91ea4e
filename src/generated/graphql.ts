import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, RelationshipValue, ClaimRow, ArticleRow, SentenceRow, MentionRow, EvidenceRow, SubgraphRow, TieRow, PathRow, StatsRow, SearchHitRow, CoMentionRow, IngestResultRow } from '../graph/rows.js';
import type { RequestContext } from '../api/context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string, e.g. `2024-11-20T09:00:00Z`. */
  DateTime: { input: string; output: string; }
};

/** A news article that has been ingested. */
export type Article = Node & {
  __typename?: 'Article';
  /** The body alone: `text` without its title and the blank line after it. */
  body: Scalars['String']['output'];
  /** The claims the article makes, in the order of their sentences. */
  claims: Array<Claim>;
  /** Entities the article mentions, most mentioned first. */
  entities: Array<Entity>;
  extractorVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ingestedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the article was published, as an ISO date-time in UTC; null when undated or the date could not be read. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The publication date as the source wrote it, e.g. `Fri, 22 Nov 2024 08:00:00 GMT`. */
  publishedAtText: Maybe<Scalars['String']['output']>;
  /** The article's sentences in order; `first` is 0–5000, outside that a `BAD_USER_INPUT` error. */
  sentences: Array<Sentence>;
  /** SHA-256 of the article text; a changed hash re-extracts the article. */
  sha256: Scalars['String']['output'];
  source: Maybe<Scalars['String']['output']>;
  /**
   * The article as it was extracted: its title, a blank line, then its body. Sentence and
   * mention offsets index into this text.
   */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};


/** A news article that has been ingested. */
export type ArticleClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article that has been ingested. */
export type ArticleEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A news article that has been ingested. */
export type ArticleSentencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** An article to extract and load. */
export type ArticleInput = {
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Body text; paragraphs separated by newlines. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How a list of articles is sorted; undated articles come last in either order. */
export type ArticleOrder =
  /** Most recently published first. */
  | 'NEWEST_FIRST'
  /** Earliest published first. */
  | 'OLDEST_FIRST';

/** A statement attributed to a speaker, traceable to the sentence it came from. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** Entities (topics, industries, organisations, …) the claim is about. */
  about: Array<Entity>;
  article: Article;
  confidence: Scalars['Float']['output'];
  /** The sentence node, with its position in the article. */
  evidence: Sentence;
  form: ClaimForm;
  id: Scalars['ID']['output'];
  /** Event at which the claim was made, where the text says so. */
  madeAt: Maybe<Entity>;
  /** The quoted words, for direct quotes. */
  quote: Maybe<Scalars['String']['output']>;
  /** The exact sentence as it stands in the article. */
  sentence: Scalars['String']['output'];
  /** Who made the claim, in the article's words, when the text describes them without a name ("safety campaigners", "the country's pensions regulator"); null when a speaker is named. */
  source: Maybe<Scalars['String']['output']>;
  /** Who made the claim, when the text names them. */
  speaker: Maybe<Entity>;
  /** A short form of what was claimed. */
  text: Scalars['String']['output'];
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** How a claim was reported. */
export type ClaimForm =
  /** A direct quotation. */
  | 'DIRECT'
  /** Reported speech (`said that`, `highlighted that`). */
  | 'INDIRECT'
  /** An answer in a question-and-answer interview. */
  | 'INTERVIEW';

/** Which side of a claim an entity is on. */
export type ClaimRole =
  | 'ANY'
  /** The entity stated it. */
  | 'SPEAKER'
  /** The claim is about the entity. */
  | 'SUBJECT';

/** An entity mentioned together with another, and how often. */
export type CoMention = {
  __typename?: 'CoMention';
  /** Sentences (or, at ARTICLE level, articles) that mention both. */
  count: Scalars['Int']['output'];
  entity: Entity;
  /**
   * Up to three sentences: those naming both (SENTENCE), or those naming this entity in the
   * shared articles (ARTICLE).
   */
  examples: Array<Sentence>;
};

/**
 * How near two mentions must be for the entities to count as mentioned together: in one
 * sentence, or anywhere in one article.
 */
export type CoMentionLevel =
  | 'ARTICLE'
  | 'SENTENCE';

/** The two tables of a CSV export. */
export type CsvTable =
  | 'NODES'
  | 'RELATIONSHIPS';

/** Which way a relationship points relative to the entity it is asked from. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From another entity to this one. */
  | 'INCOMING'
  /** From this entity to another. */
  | 'OUTGOING';

/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type Entity = {
  /** Other names seen for this entity (abbreviations, short forms, descriptions). */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Articles that mention this entity, newest first (undated last), published from `from`
   * (inclusive) to `to` (exclusive) when given: at most 100; `Query.articles(mentioning:)` pages
   * through all.
   */
  articles: Array<Article>;
  /** Claims stated by this entity (as speaker) or about it: at most 100; `Query.claims(speaker:)` and `(about:)` page through all. */
  claims: Array<Claim>;
  /** Stable slug id, `<kind>:<normalised-name>`. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** How many times the entity is mentioned across all articles. */
  mentionCount: Scalars['Int']['output'];
  /** Each place the entity is mentioned, with its sentence and character offsets; `from`/`to` keep mentions in articles published in that window. */
  mentions: Array<Mention>;
  /** Curator merges (`mergeEntities`) that folded other entities into this one, or into those, oldest first. */
  mergedFrom: Array<MergeRecord>;
  /** Canonical display name. */
  name: Scalars['String']['output'];
  /** Entities directly linked to this one by any fact. */
  neighbors: Array<Entity>;
  /** Facts linking this entity to others, each with evidence: at most 100; `Query.relationships(entity:)` pages through all. */
  relationships: Array<Relationship>;
  /**
   * The entity's ties, strongest first: each neighbour with the strongest fact between the two,
   * ranked by the evidence sentences of the facts between them, then confidence, the order a
   * ranked `neighborhood` keeps. Page on with `after` (an `endCursor`, or a `Subgraph.cutAt`
   * cursor to see the ties a neighbourhood left out). Covers the 100 strongest ties.
   */
  ties: TieConnection;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/**
 * Something the news talks about: a person, organisation, event, place, industry or topic.
 * Entities are merged across articles by normalised name and alias.
 */
export type EntityTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  /** Total number of entities matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The six kinds of entity newsgraph extracts. */
export type EntityKind =
  | 'EVENT'
  | 'INDUSTRY'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'TOPIC';

/** How a list of entities is sorted. */
export type EntityOrder =
  /** Most mentioned first (ties by name). */
  | 'MENTIONS_DESC'
  /** Alphabetically by name. */
  | 'NAME_ASC';

/** A conference, summit, forum, election or other event. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** A conference, summit, forum, election or other event. */
export type EventArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A conference, summit, forum, election or other event. */
export type EventClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** A conference, summit, forum, election or other event. */
export type EventMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A conference, summit, forum, election or other event. */
export type EventNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A conference, summit, forum, election or other event. */
export type EventRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A conference, summit, forum, election or other event. */
export type EventTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A sentence that supports a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  sentence: Sentence;
};

/** File formats a subgraph can be exported to. */
export type ExportFormat =
  /** CSV in the neo4j-admin import layout; one table per call (see `table`). */
  | 'CSV'
  /** A parameter-free Cypher script of MERGE statements. */
  | 'CYPHER'
  /** Cytoscape / Cytoscape.js elements JSON. */
  | 'CYTOSCAPE'
  /** GEXF 1.3 (Gephi). */
  | 'GEXF'
  /** GraphML (Gephi, yEd, NetworkX, igraph). */
  | 'GRAPHML'
  /** JSON-LD with the schema.org vocabulary, claims included. */
  | 'JSONLD';

/** How many claims there are of one form. */
export type FormCount = {
  __typename?: 'FormCount';
  count: Scalars['Int']['output'];
  form: ClaimForm;
  /**
   * The form's enum name, e.g. `DIRECT`.
   * @deprecated Use `form`.
   */
  key: Scalars['String']['output'];
};

/** An industry or economic sector (from the curated vocabulary). */
export type Industry = Entity & Node & {
  __typename?: 'Industry';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An industry or economic sector (from the curated vocabulary). */
export type IndustryTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What one ingest added. */
export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when the same text was already loaded, so nothing changed. */
  changed: Scalars['Boolean']['output'];
  claims: Scalars['Int']['output'];
  entities: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

/** How many entities there are of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  /**
   * The kind's enum name, e.g. `PERSON`.
   * @deprecated Use `kind`.
   */
  key: Scalars['String']['output'];
  kind: EntityKind;
};

/** One occurrence of an entity's name (or a reference to it) in a sentence. */
export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  sentence: Sentence;
  /** Character offset of the mention within its sentence (UTF-16 units, end exclusive). */
  start: Scalars['Int']['output'];
  /** The text as it appears, e.g. `the company`. */
  text: Scalars['String']['output'];
};

/** One curator merge into an entity: who asked, when, and what was folded in. */
export type MergeRecord = {
  __typename?: 'MergeRecord';
  at: Scalars['DateTime']['output'];
  /** Who asked: the API key's identity (`api-key` while there is one shared key). */
  by: Scalars['String']['output'];
  /** True when kinds differed and the merge was forced. */
  forced: Scalars['Boolean']['output'];
  /** Ids of the entities merged in (they no longer exist). */
  ids: Array<Scalars['ID']['output']>;
  /** Their kinds, in the order of `ids`. */
  kinds: Array<EntityKind>;
  /** Their names at the time, in the order of `ids`. */
  names: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Extracts an article and loads it. Needs `Authorization: Bearer <NEWSGRAPH_API_KEY>`. */
  ingestArticle: IngestResult;
  /**
   * Merges entities into `keep`: their mentions, facts and claims move to it and their names
   * become its aliases, and `keep.mergedFrom` records the merge (with the merged entities' own
   * records). A merged entity's id, and its facts' ids, go on answering with what absorbed
   * them; such an id may be given as `keep` or in `merge`. Entities of another kind than `keep`
   * are refused (`BAD_USER_INPUT`) unless `force: true`. An id that names no entity is
   * `NOT_FOUND`, and nothing is merged. Needs the API key.
   */
  mergeEntities: Entity;
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationMergeEntitiesArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  keep: Scalars['ID']['input'];
  merge: Array<Scalars['ID']['input']>;
};

/**
 * An object with a globally unique, stable id. Entity ids are slugs such as
 * `organization:alibaba`; article, sentence and claim ids are content-derived.
 */
export type Node = {
  /** Stable id; the same fact always gets the same id across re-seeding. */
  id: Scalars['ID']['output'];
};

/** A company, institution, government body, media outlet or other organisation. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A company, institution, government body, media outlet or other organisation. */
export type OrganizationTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Relay pagination information. Cursors are keyset cursors (the sort key and id of an item,
 * opaque): the page after a cursor starts after that item wherever it now stands, so pages
 * do not shift when articles arrive. A cursor belongs to one list and one order.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first one returned. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item returned, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A shortest chain of facts between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The path as a file in `format` (see Subgraph.export). */
  export: Scalars['String']['output'];
  /** Number of relationships in the path. */
  length: Scalars['Int']['output'];
  /** Entities in order, from `from` to `to`. */
  nodes: Array<Entity>;
  /** Relationships in order; each may point either way along the path. */
  relationships: Array<Relationship>;
};


/** A shortest chain of facts between two entities. */
export type PathExportArgs = {
  coMentions?: InputMaybe<CoMentionLevel>;
  format: ExportFormat;
  table?: InputMaybe<CsvTable>;
};

/** A person named in the news. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Organisations the person is affiliated with, with role where known. */
  affiliations: Array<Relationship>;
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** A person named in the news. */
export type PersonArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A person named in the news. */
export type PersonClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** A person named in the news. */
export type PersonMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A person named in the news. */
export type PersonNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A person named in the news. */
export type PersonRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A person named in the news. */
export type PersonTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A city, region, country or other place. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** A city, region, country or other place. */
export type PlaceArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A city, region, country or other place. */
export type PlaceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** A city, region, country or other place. */
export type PlaceMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A city, region, country or other place. */
export type PlaceNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A city, region, country or other place. */
export type PlaceRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A city, region, country or other place. */
export type PlaceTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One article by id. */
  article: Maybe<Article>;
  /**
   * Articles, newest first (or oldest first); undated articles come last in either order.
   * With `mentioning`, only the articles that mention that entity (an entity's own `articles`
   * list stops at 100; this pages through all of them, with their `totalCount`). An id that
   * names no entity is a `NOT_FOUND` error.
   */
  articles: ArticleConnection;
  /**
   * Claims, filtered by speaker, subject entity, article, words in the claim, and the
   * publication date of their article (`from` inclusive, `to` exclusive; a date alone is
   * midnight UTC), in article order. Search text with no searchable word ("the", "*")
   * matches no claim; an empty one filters nothing. A `speaker` or `about` that names no
   * entity is a `NOT_FOUND` error; a merged entity's former id finds the claims it has now.
   */
  claims: ClaimConnection;
  /**
   * The entities mentioned together with `id` (in one sentence, or one article), most often
   * first, with counts and example sentences. An unknown id is a `NOT_FOUND` error.
   */
  coMentions: Array<CoMention>;
  /** Entities, optionally of one kind, in pages. */
  entities: EntityConnection;
  /**
   * One entity by id, or null. An id whose entity was folded into another (two names found to name
   * one entity at load, or a curator's `mergeEntities`) answers with that entity, which has its own id.
   */
  entity: Maybe<Entity>;
  /**
   * Entities within `depth` (≤ 3) hops of one entity, and the facts between them: at most
   * `relationshipsPerNode` (1–10) per entity returned, the tie that reached each entity first,
   * then the strongest pairs (evidence sentences, then confidence). An unknown id is a
   * `NOT_FOUND` error.
   */
  neighborhood: Subgraph;
  /** Any object by id: entity, article, sentence, claim or relationship. */
  node: Maybe<Node>;
  /**
   * Shortest path between two entities, ignoring direction, at most `maxHops` (≤ 6) long;
   * null when there is none. An id that names no entity is a `NOT_FOUND` error.
   */
  path: Maybe<Path>;
  /**
   * Facts of the given types (all when none), most confident first (ties by id), at or above
   * `minConfidence`: "every AFFILIATED_WITH with its role" is one query. With `entity`, only
   * the facts of that entity in `direction` (an entity's own `relationships` list stops at 100;
   * this pages through all of them). An `entity` that names no entity is a `NOT_FOUND` error.
   */
  relationships: RelationshipConnection;
  /**
   * Ranked full-text search over entity names and aliases. Case and accents are ignored, a
   * partial word matches (`alib` finds Alibaba), words such as "of" and "the" are not needed
   * to match ("Bank of England"), and a word one or two typing errors off still finds the
   * name ("Siemns", "Alibabba"), ranked below exact matches. An entity whose name or alias is
   * exactly the text comes first (`AI` → artificial intelligence). The text is taken literally.
   */
  search: Array<SearchHit>;
  /**
   * The same ranked search as a connection: pages through `after` (an `endCursor`) and a
   * `totalCount`, counted over the best 1000 full-text hits.
   */
  searchConnection: SearchHitConnection;
  /** Counts by kind and type and the most mentioned entities. */
  stats: Stats;
  /** The given entities, those within `depth` (≤ 3) hops of them, and the facts between them all. Unknown ids are a `NOT_FOUND` error naming them. */
  subgraph: Subgraph;
  /**
   * An entity's mentions and claims (stated by it or about it) per day, week (from Monday)
   * or month of publication, in UTC, from `from` (inclusive) to `to` (exclusive) or over the
   * weeks it appears in; empty buckets are zeros. Undated articles count in no bucket. At
   * most 1000 buckets. An unknown id is a `NOT_FOUND` error.
   */
  timeline: Array<TimeBucket>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  mentioning?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCoMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  level?: InputMaybe<CoMentionLevel>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipsPerNode?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


export type QuerySubgraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  interval?: InputMaybe<TimeInterval>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A fact linking two entities, e.g. a person `AFFILIATED_WITH` an organisation. */
export type Relationship = Node & {
  __typename?: 'Relationship';
  /** Extractor confidence in [0, 1]. */
  confidence: Scalars['Float']['output'];
  /**
   * The sentences the fact was read from, in the order they were ingested: the first
   * `first` of them (at most 100; a fact between frequent entities can have thousands).
   */
  evidence: Array<Evidence>;
  /** How many sentences support the fact. */
  evidenceCount: Scalars['Int']['output'];
  /** Version of the extractor that produced the fact. */
  extractorVersion: Maybe<Scalars['String']['output']>;
  /** Stable id, `<source>|<TYPE>|<target>`. */
  id: Scalars['ID']['output'];
  /** Role where one applies, e.g. `representative` or `chief executive`. */
  role: Maybe<Scalars['String']['output']>;
  source: Entity;
  target: Entity;
  type: RelationshipType;
};


/** A fact linking two entities, e.g. a person `AFFILIATED_WITH` an organisation. */
export type RelationshipEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of facts, most confident first. */
export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  edges: Array<RelationshipEdge>;
  nodes: Array<Relationship>;
  pageInfo: PageInfo;
  /** How many facts of these types at or above `minConfidence` there are. */
  totalCount: Scalars['Int']['output'];
};

export type RelationshipEdge = {
  __typename?: 'RelationshipEdge';
  cursor: Scalars['String']['output'];
  node: Relationship;
};

/**
 * The kinds of fact the extractor reads. The one list of them: the extractor and the graph
 * layer take theirs from this enum (generated into `src/generated/enums.ts`).
 */
export type RelationshipType =
  /** A person works for, leads, represents or belongs to an organisation (with a `role`). */
  | 'AFFILIATED_WITH'
  /** An organisation or event focuses on an industry or topic. */
  | 'FOCUSES_ON'
  /** An event took place in a place. */
  | 'HELD_IN'
  /** A place lies in another place. */
  | 'LOCATED_IN'
  /** An organisation offers a product, service or technology. */
  | 'OFFERS'
  /** A person or organisation took part in, attended or exhibited at an event. */
  | 'PARTICIPATED_IN'
  /** An organisation is a unit, subsidiary or member of another. */
  | 'PART_OF'
  /** A person or organisation spoke at an event. */
  | 'SPOKE_AT';

/** One full-text search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Relevance score from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
};

/** A page of search hits, best first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  edges: Array<SearchHitEdge>;
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  /** How many entities match (of the best 1000 full-text hits). */
  totalCount: Scalars['Int']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** One sentence (or headline, or interview turn) of an article. */
export type Sentence = Node & {
  __typename?: 'Sentence';
  article: Article;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Position in the article, from 0. */
  index: Scalars['Int']['output'];
  /** Character offsets within the article text (UTF-16 units, end exclusive). */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/**
 * Totals for dashboards, in one request. Aggregates are keyed by the API's enums (`PERSON`,
 * `DIRECT`), the same values the `kind` and `form` fields and arguments use.
 */
export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  claimsByForm: Array<FormCount>;
  entities: Scalars['Int']['output'];
  entitiesByKind: Array<KindCount>;
  relationships: Scalars['Int']['output'];
  relationshipsByType: Array<TypeCount>;
  sentences: Scalars['Int']['output'];
  /** Most mentioned entities. */
  topEntities: Array<Entity>;
};


/**
 * Totals for dashboards, in one request. Aggregates are keyed by the API's enums (`PERSON`,
 * `DIRECT`), the same values the `kind` and `form` fields and arguments use.
 */
export type StatsTopEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};

/** A set of entities and the facts between them: a neighbourhood, a path or a selection. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /**
   * Where a ranked neighbourhood cut a node's ties: the node, and the cursor for its
   * `ties(after:)` that continues after the neighbours returned. Empty when no node's ties
   * were cut (always for subgraphs and filtered neighbourhoods, which say so in `truncated`).
   */
  cutAt: Array<TieCursor>;
  /**
   * The subgraph as a file in `format`, with each fact's evidence sentences and articles.
   * With `coMentions`, also a `CO_MENTIONED` edge between every two of its entities
   * mentioned together, weighted by how often (GEXF weight, `weight` in the other formats).
   * For large exports use the HTTP download `GET /export?format=…&seed=…&depth=…`.
   */
  export: Scalars['String']['output'];
  /**
   * In a neighbourhood ranked by tie strength: how many neighbours each node kept at each hop,
   * its strongest by evidence count then confidence (the largest k with 1 + k + … + k^depth ≤
   * limit). Null where every neighbour was walked: subgraphs, and neighbourhoods filtered by
   * `kinds` or `types` or wider than 100 neighbours per node.
   */
  neighboursPerNode: Maybe<Scalars['Int']['output']>;
  nodes: Array<Entity>;
  /**
   * True when nodes were left out: the node limit was reached, or (in a neighbourhood) some
   * node had more neighbours than the `neighboursPerNode` strongest that were kept.
   */
  nodesTruncated: Scalars['Boolean']['output'];
  relationships: Array<Relationship>;
  /**
   * True when facts among the nodes were left out: a subgraph returns at most `limit` × 10, a
   * neighbourhood one per pair and at most `relationshipsPerNode` per node returned.
   */
  relationshipsTruncated: Scalars['Boolean']['output'];
  /** True when anything was cut: `nodesTruncated` or `relationshipsTruncated`. */
  truncated: Scalars['Boolean']['output'];
};


/** A set of entities and the facts between them: a neighbourhood, a path or a selection. */
export type SubgraphExportArgs = {
  coMentions?: InputMaybe<CoMentionLevel>;
  format: ExportFormat;
  table?: InputMaybe<CsvTable>;
};

/** One of an entity's ties: a neighbour and the strongest fact between the two. */
export type Tie = {
  __typename?: 'Tie';
  node: Entity;
  relationship: Relationship;
};

/** A page of an entity's ties, strongest first. */
export type TieConnection = {
  __typename?: 'TieConnection';
  edges: Array<TieEdge>;
  nodes: Array<Tie>;
  pageInfo: PageInfo;
};

/** A node whose ties a neighbourhood cut, and where to continue them. */
export type TieCursor = {
  __typename?: 'TieCursor';
  /** Pass as `ties(after:)` on the node for the ties after those the neighbourhood kept. */
  after: Scalars['String']['output'];
  node: Entity;
};

export type TieEdge = {
  __typename?: 'TieEdge';
  cursor: Scalars['String']['output'];
  node: Tie;
};

/** Counts for one bucket of a timeline. */
export type TimeBucket = {
  __typename?: 'TimeBucket';
  /** Articles that mention the entity or carry such a claim. */
  articles: Scalars['Int']['output'];
  /** Claims the entity stated or is the subject of, in those articles. */
  claims: Scalars['Int']['output'];
  /** Mentions of the entity in articles published in the bucket. */
  mentions: Scalars['Int']['output'];
  /** The bucket's first instant, e.g. `2024-11-18T00:00:00.000Z`. */
  start: Scalars['DateTime']['output'];
};

/** The length of a timeline's buckets. */
export type TimeInterval =
  | 'DAY'
  | 'MONTH'
  /** Weeks start on Monday (ISO 8601). */
  | 'WEEK';

/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type Topic = Entity & Node & {
  __typename?: 'Topic';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<Article>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
  mergedFrom: Array<MergeRecord>;
  name: Scalars['String']['output'];
  neighbors: Array<Entity>;
  relationships: Array<Relationship>;
  ties: TieConnection;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ClaimRole>;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A subject or theme, such as artificial intelligence (from the curated vocabulary). */
export type TopicTiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many facts there are of one relationship type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  /**
   * The same as `type`.
   * @deprecated Use `type`.
   */
  key: Scalars['String']['output'];
  type: RelationshipType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
  Node:
    | ( ArticleRow )
    | ( ClaimRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( RelationshipValue )
    | ( SentenceRow )
    | ( EntityRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ArticleEdge']>, nodes: Array<ResolversTypes['Article']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  ArticleOrder: ArticleOrder;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRow>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ClaimEdge']>, nodes: Array<ResolversTypes['Claim']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimForm: ClaimForm;
  ClaimRole: ClaimRole;
  CoMention: ResolverTypeWrapper<CoMentionRow>;
  CoMentionLevel: CoMentionLevel;
  CsvTable: CsvTable;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  EntityOrder: EntityOrder;
  Event: ResolverTypeWrapper<EntityRow>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormCount: ResolverTypeWrapper<FormCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Industry: ResolverTypeWrapper<EntityRow>;
  IngestResult: ResolverTypeWrapper<IngestResultRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Mention: ResolverTypeWrapper<MentionRow>;
  MergeRecord: ResolverTypeWrapper<MergeRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relationship: ResolverTypeWrapper<RelationshipValue>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationshipEdge']>, nodes: Array<ResolversTypes['Relationship']> }>;
  RelationshipEdge: ResolverTypeWrapper<Omit<RelationshipEdge, 'node'> & { node: ResolversTypes['Relationship'] }>;
  RelationshipType: RelationshipType;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SearchHitConnection: ResolverTypeWrapper<Omit<SearchHitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchHitEdge']>, nodes: Array<ResolversTypes['SearchHit']> }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  Sentence: ResolverTypeWrapper<SentenceRow>;
  Stats: ResolverTypeWrapper<StatsRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRow>;
  Tie: ResolverTypeWrapper<TieRow>;
  TieConnection: ResolverTypeWrapper<Omit<TieConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TieEdge']>, nodes: Array<ResolversTypes['Tie']> }>;
  TieCursor: ResolverTypeWrapper<Omit<TieCursor, 'node'> & { node: ResolversTypes['Entity'] }>;
  TieEdge: ResolverTypeWrapper<Omit<TieEdge, 'node'> & { node: ResolversTypes['Tie'] }>;
  TimeBucket: ResolverTypeWrapper<TimeBucket>;
  TimeInterval: TimeInterval;
  Topic: ResolverTypeWrapper<EntityRow>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ArticleEdge']>, nodes: Array<ResolversParentTypes['Article']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRow;
  ClaimConnection: Omit<ClaimConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ClaimEdge']>, nodes: Array<ResolversParentTypes['Claim']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  CoMention: CoMentionRow;
  DateTime: Scalars['DateTime']['output'];
  Entity: EntityRow;
  EntityConnection: Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Event: EntityRow;
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  FormCount: FormCount;
  ID: Scalars['ID']['output'];
  Industry: EntityRow;
  IngestResult: IngestResultRow;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Mention: MentionRow;
  MergeRecord: MergeRecord;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityRow;
  PageInfo: PageInfo;
  Path: PathRow;
  Person: EntityRow;
  Place: EntityRow;
  Query: Record<PropertyKey, never>;
  Relationship: RelationshipValue;
  RelationshipConnection: Omit<RelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationshipEdge']>, nodes: Array<ResolversParentTypes['Relationship']> };
  RelationshipEdge: Omit<RelationshipEdge, 'node'> & { node: ResolversParentTypes['Relationship'] };
  SearchHit: SearchHitRow;
  SearchHitConnection: Omit<SearchHitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchHitEdge']>, nodes: Array<ResolversParentTypes['SearchHit']> };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Sentence: SentenceRow;
  Stats: StatsRow;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRow;
  Tie: TieRow;
  TieConnection: Omit<TieConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TieEdge']>, nodes: Array<ResolversParentTypes['Tie']> };
  TieCursor: Omit<TieCursor, 'node'> & { node: ResolversParentTypes['Entity'] };
  TieEdge: Omit<TieEdge, 'node'> & { node: ResolversParentTypes['Tie'] };
  TimeBucket: TimeBucket;
  Topic: EntityRow;
  TypeCount: TypeCount;
};

export type ArticleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ArticleClaimsArgs, 'first'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ArticleEntitiesArgs, 'first'>>;
  extractorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAtText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType, RequireFields<ArticleSentencesArgs, 'first'>>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ClaimForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  madeAt?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CoMentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoMention'] = ResolversParentTypes['CoMention']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Event' | 'Industry' | 'Organization' | 'Person' | 'Place' | 'Topic', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<EventArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EventClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EventNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<EventTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
};

export type FormCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FormCount'] = ResolversParentTypes['FormCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ClaimForm'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<IndustryArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<IndustryClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<IndustryMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<IndustryNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<IndustryRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<IndustryTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MergeRecord'] = ResolversParentTypes['MergeRecord']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'force' | 'keep' | 'merge'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Claim' | 'Event' | 'Industry' | 'Organization' | 'Person' | 'Place' | 'Relationship' | 'Sentence' | 'Topic', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<OrganizationArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<OrganizationClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<OrganizationMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<OrganizationNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<OrganizationTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PathExportArgs, 'format' | 'table'>>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<PersonArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<PersonNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<PersonTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<PlaceArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PlaceClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PlaceMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<PlaceNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<PlaceTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first' | 'orderBy'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  coMentions?: Resolver<Array<ResolversTypes['CoMention']>, ParentType, ContextType, RequireFields<QueryCoMentionsArgs, 'first' | 'id' | 'level'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'orderBy'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit' | 'relationshipsPerNode'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<QueryRelationshipsArgs, 'direction' | 'first' | 'minConfidence'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchConnection?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'depth' | 'ids' | 'limit'>>;
  timeline?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'id' | 'interval'>>;
};

export type RelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RelationshipEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extractorVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipConnection'] = ResolversParentTypes['RelationshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationshipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipEdge'] = ResolversParentTypes['RelationshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsByForm?: Resolver<Array<ResolversTypes['FormCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  sentences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<StatsTopEntitiesArgs, 'first'>>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  cutAt?: Resolver<Array<ResolversTypes['TieCursor']>, ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SubgraphExportArgs, 'format' | 'table'>>;
  neighboursPerNode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  nodesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  relationshipsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TieResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tie'] = ResolversParentTypes['Tie']> = {
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
};

export type TieConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieConnection'] = ResolversParentTypes['TieConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TieEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Tie']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TieCursorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieCursor'] = ResolversParentTypes['TieCursor']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type TieEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieEdge'] = ResolversParentTypes['TieEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tie'], ParentType, ContextType>;
};

export type TimeBucketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimeBucket'] = ResolversParentTypes['TimeBucket']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<TopicArticlesArgs, 'first'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<TopicClaimsArgs, 'first' | 'role'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<TopicMentionsArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<TopicNeighborsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<TopicRelationshipsArgs, 'direction' | 'first'>>;
  ties?: Resolver<ResolversTypes['TieConnection'], ParentType, ContextType, RequireFields<TopicTiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  CoMention?: CoMentionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FormCount?: FormCountResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MergeRecord?: MergeRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  RelationshipEdge?: RelationshipEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Tie?: TieResolvers<ContextType>;
  TieConnection?: TieConnectionResolvers<ContextType>;
  TieCursor?: TieCursorResolvers<ContextType>;
  TieEdge?: TieEdgeResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

