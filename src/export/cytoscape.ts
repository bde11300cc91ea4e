import type { ExportGraph } from './types.js';
import { roundConfidence } from './confidence.js';

/** Cytoscape / Cytoscape.js `elements` JSON: `data.id`, `data.source`, `data.target` and attributes. */
export function toCytoscape(graph: ExportGraph): string {
  const elements = {
    nodes: graph.nodes.map((n) => ({
      data: { id: n.id, label: n.name, name: n.name, kind: n.kind, aliases: n.aliases, mentionCount: n.mentionCount },
    })),
    edges: graph.edges.map((e) => ({
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.type,
        type: e.type,
        role: e.role,
        confidence: roundConfidence(e.confidence),
        ...(e.weight !== undefined ? { weight: e.weight } : {}),
        evidence: e.evidence,
        articles: e.articles,
      },
    })),
  };
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'newsgraph', data: { name: 'newsgraph subgraph' }, elements }, null, 2)}\n`;
}
