/** How a list of articles is sorted; undated articles come last in either order. */
export const ArticleOrder = {
  /** Most recently published first. */
  NEWEST_FIRST: 'NEWEST_FIRST',
  /** Earliest published first. */
  OLDEST_FIRST: 'OLDEST_FIRST'
} as const;

export type ArticleOrder = typeof ArticleOrder[keyof typeof ArticleOrder];
/** How a claim was reported. */
export const ClaimForm = {
  /** A direct quotation. */
  DIRECT: 'DIRECT',
  /** Reported speech (`said that`, `highlighted that`). */
  INDIRECT: 'INDIRECT',
  /** An answer in a question-and-answer interview. */
  INTERVIEW: 'INTERVIEW'
} as const;

export type ClaimForm = typeof ClaimForm[keyof typeof ClaimForm];
/** Which side of a claim an entity is on. */
export const ClaimRole = {
  ANY: 'ANY',
  /** The entity stated it. */
  SPEAKER: 'SPEAKER',
  /** The claim is about the entity. */
  SUBJECT: 'SUBJECT'
} as const;

export type ClaimRole = typeof ClaimRole[keyof typeof ClaimRole];
/**
 * How near two mentions must be for the entities to count as mentioned together: in one
 * sentence, or anywhere in one article.
 */
export const CoMentionLevel = {
  ARTICLE: 'ARTICLE',
  SENTENCE: 'SENTENCE'
} as const;

export type CoMentionLevel = typeof CoMentionLevel[keyof typeof CoMentionLevel];
/** The two tables of a CSV export. */
export const CsvTable = {
  NODES: 'NODES',
  RELATIONSHIPS: 'RELATIONSHIPS'
} as const;

export type CsvTable = typeof CsvTable[keyof typeof CsvTable];
/** Which way a relationship points relative to the entity it is asked from. */
export const Direction = {
  /** Either way. */
  BOTH: 'BOTH',
  /** From another entity to this one. */
  INCOMING: 'INCOMING',
  /** From this entity to another. */
  OUTGOING: 'OUTGOING'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** The six kinds of entity newsgraph extracts. */
export const EntityKind = {
  EVENT: 'EVENT',
  INDUSTRY: 'INDUSTRY',
  ORGANIZATION: 'ORGANIZATION',
  PERSON: 'PERSON',
  PLACE: 'PLACE',
  TOPIC: 'TOPIC'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
/** How a list of entities is sorted. */
export const EntityOrder = {
  /** Most mentioned first (ties by name). */
  MENTIONS_DESC: 'MENTIONS_DESC',
  /** Alphabetically by name. */
  NAME_ASC: 'NAME_ASC'
} as const;

export type EntityOrder = typeof EntityOrder[keyof typeof EntityOrder];
/** File formats a subgraph can be exported to. */
export const ExportFormat = {
  /** CSV in the neo4j-admin import layout; one table per call (see `table`). */
  CSV: 'CSV',
  /** A parameter-free Cypher script of MERGE statements. */
  CYPHER: 'CYPHER',
  /** Cytoscape / Cytoscape.js elements JSON. */
  CYTOSCAPE: 'CYTOSCAPE',
  /** GEXF 1.3 (Gephi). */
  GEXF: 'GEXF',
  /** GraphML (Gephi, yEd, NetworkX, igraph). */
  GRAPHML: 'GRAPHML',
  /** JSON-LD with the schema.org vocabulary, claims included. */
  JSONLD: 'JSONLD'
} as const;

export type ExportFormat = typeof ExportFormat[keyof typeof ExportFormat];
/**
 * The kinds of fact the extractor reads. The one list of them: the extractor and the graph
 * layer take theirs from this enum (generated into `src/generated/enums.ts`).
 */
export const RelationshipType = {
  /** A person works for, leads, represents or belongs to an organisation (with a `role`). */
  AFFILIATED_WITH: 'AFFILIATED_WITH',
  /** An organisation or event focuses on an industry or topic. */
  FOCUSES_ON: 'FOCUSES_ON',
  /** An event took place in a place. */
  HELD_IN: 'HELD_IN',
  /** A place lies in another place. */
  LOCATED_IN: 'LOCATED_IN',
  /** An organisation offers a product, service or technology. */
  OFFERS: 'OFFERS',
  /** A person or organisation took part in, attended or exhibited at an event. */
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  /** An organisation is a unit, subsidiary or member of another. */
  PART_OF: 'PART_OF',
  /** A person or organisation spoke at an event. */
  SPOKE_AT: 'SPOKE_AT'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
/** The length of a timeline's buckets. */
export const TimeInterval = {
  DAY: 'DAY',
  MONTH: 'MONTH',
  /** Weeks start on Monday (ISO 8601). */
  WEEK: 'WEEK'
} as const;

export type TimeInterval = typeof TimeInterval[keyof typeof TimeInterval];