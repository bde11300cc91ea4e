import { storeCount } from './projections.js';
import { PREDICATES } from '../../extract/types.js';

const types = [...PREDICATES].sort();

/**
 * What the graph holds now (the ingest summary's last line): all nodes and relationships,
 * articles, entities, claims and facts, each from Neo4j's count store, so it costs the same
 * at any size. Fact types come from the fixed list only.
 */
export const GRAPH_TOTALS = `
${storeCount('nodes', '(n)')}
${storeCount('relationships', '()-[]->()')}
${storeCount('articles', '(:Article)')}
${storeCount('entities', '(:Entity)')}
${storeCount('claims', '(:Claim)')}
${types.map((t) => storeCount(`type_${t}`, `()-[:${t}]->()`)).join('\n')}
RETURN nodes, relationships, articles, entities, claims, ${types.map((t) => `type_${t}`).join(' + ')} AS facts`;

export interface GraphTotalsRow {
  nodes: number;
  relationships: number;
  articles: number;
  entities: number;
  claims: number;
  facts: number;
}
