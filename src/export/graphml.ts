import type { ExportGraph } from './types.js';
import { LIST_SEPARATOR, xmlText } from './xml.js';
import { roundConfidence } from './confidence.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double';
}

const KEYS: Key[] = [
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_mentions', for: 'node', name: 'mentionCount', type: 'int' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_articles', for: 'edge', name: 'articles', type: 'string' },
];

const data = (key: string, value: string | number) => `      <data key="${key}">${xmlText(String(value))}</data>`;

/**
 * GraphML for Gephi, yEd, NetworkX and igraph: every attribute declared with a typed
 * `<key>`; lists (aliases, evidence) joined with " | ".
 */
export function toGraphML(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${xmlText(node.id)}">`,
      data('n_name', node.name),
      data('n_kind', node.kind),
      data('n_aliases', node.aliases.join(LIST_SEPARATOR)),
      data('n_mentions', node.mentionCount),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`,
      data('e_type', edge.type),
      ...(edge.role ? [data('e_role', edge.role)] : []),
      data('e_confidence', roundConfidence(edge.confidence)),
      ...(edge.weight !== undefined ? [data('e_weight', edge.weight)] : []),
      data('e_evidence', edge.evidence.join(LIST_SEPARATOR)),
      data('e_articles', edge.articles.join(LIST_SEPARATOR)),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
