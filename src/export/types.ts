/** The one value every export writer takes: a subgraph with its provenance spelled out. */

export interface ExportNode {
  id: string;
  /** Neo4j label: Person, Organization, Event, Place, Industry, Topic. */
  kind: string;
  name: string;
  aliases: string[];
  mentionCount: number;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  confidence: number;
  /** Evidence sentences, in the order of `evidenceIds`. */
  evidence: string[];
  evidenceIds: string[];
  /** The title of each evidence sentence's article, in the order of `evidence` (a title repeats for sentences of one article). */
  articles: string[];
  /** Co-mention edges (`CO_MENTIONED`) only: how many sentences, or articles, mention both ends. */
  weight?: number;
}

export interface ExportClaim {
  id: string;
  text: string;
  sentence: string;
  form: string;
  speaker: string | null;
  /** The article's words for an unnamed speaker. */
  source: string | null;
  about: string[];
  articleTitle: string;
  articleUrl: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  claims: ExportClaim[];
}

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  extension: string;
}
