import { toNumber, type Graph } from './driver.js';
import { GRAPH_TOTALS, type GraphTotalsRow } from './queries/totals.js';

/** What the graph holds now (see GRAPH_TOTALS). */
export async function graphTotals(graph: Graph): Promise<GraphTotalsRow> {
  const [row] = await graph.read(GRAPH_TOTALS);
  const value = (key: keyof GraphTotalsRow) => toNumber(row?.[key]);
  return {
    nodes: value('nodes'),
    relationships: value('relationships'),
    articles: value('articles'),
    entities: value('entities'),
    claims: value('claims'),
    facts: value('facts'),
  };
}
