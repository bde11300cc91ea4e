import type { ExportGraph } from './types.js';
import { LIST_SEPARATOR, xmlText } from './xml.js';
import { roundConfidence } from './confidence.js';

const NODE_ATTRIBUTES = [
  ['0', 'kind', 'string'],
  ['1', 'aliases', 'string'],
  ['2', 'mentionCount', 'integer'],
] as const;
const EDGE_ATTRIBUTES = [
  ['0', 'role', 'string'],
  ['1', 'confidence', 'double'],
  ['2', 'evidence', 'string'],
  ['3', 'articles', 'string'],
] as const;

const attvalue = (forId: string, value: string | number) => `<attvalue for="${forId}" value="${xmlText(String(value))}"/>`;

/** GEXF 1.3 for Gephi: declared attributes, node labels, and the fact type as edge kind and label. */
export function toGEXF(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta><creator>newsgraph</creator><description>Subgraph export</description></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(([id, title, type]) => `      <attribute id="${id}" title="${title}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(([id, title, type]) => `      <attribute id="${id}" title="${title}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `      <node id="${xmlText(node.id)}" label="${xmlText(node.name)}"><attvalues>${attvalue('0', node.kind)}${attvalue('1', node.aliases.join(LIST_SEPARATOR))}${attvalue('2', node.mentionCount)}</attvalues></node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const values = [
      ...(edge.role ? [attvalue('0', edge.role)] : []),
      attvalue('1', roundConfidence(edge.confidence)),
      attvalue('2', edge.evidence.join(LIST_SEPARATOR)),
      attvalue('3', edge.articles.join(LIST_SEPARATOR)),
    ].join('');
    lines.push(
      `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" kind="${xmlText(edge.type)}" label="${xmlText(edge.type)}" weight="${edge.weight ?? roundConfidence(edge.confidence)}"><attvalues>${values}</attvalues></edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
