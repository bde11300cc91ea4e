import { CSV_FILE_START, toNodesCsv, toRelationshipsCsv } from './csv.js';
import { toCypher } from './cypher.js';
import { toCytoscape } from './cytoscape.js';
import { toGEXF } from './gexf.js';
import { toGraphML } from './graphml.js';
import { toJsonLd } from './jsonld.js';
import type { ExportFile, ExportGraph } from './types.js';
import { zipStored } from './zip.js';

export const EXPORT_FORMATS = ['GRAPHML', 'GEXF', 'CYTOSCAPE', 'CSV', 'JSONLD', 'CYPHER'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type CsvTable = 'NODES' | 'RELATIONSHIPS';

/** A format name from a URL or command line, in any case; undefined if unknown. */
export function parseExportFormat(text: string | null | undefined): ExportFormat | undefined {
  const format = text?.toUpperCase();
  return (EXPORT_FORMATS as readonly string[]).includes(format ?? '') ? (format as ExportFormat) : undefined;
}

/** One export as a download: CSV comes as a zip of both tables. */
export function exportFile(format: ExportFormat, graph: ExportGraph): ExportFile {
  switch (format) {
    case 'GRAPHML':
      return { body: toGraphML(graph), contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' };
    case 'GEXF':
      return { body: toGEXF(graph), contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' };
    case 'CYTOSCAPE':
      return { body: toCytoscape(graph), contentType: 'application/json; charset=utf-8', extension: 'cyjs' };
    case 'JSONLD':
      return { body: toJsonLd(graph), contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' };
    case 'CYPHER':
      return { body: toCypher(graph), contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher' };
    case 'CSV':
      return {
        body: zipStored([
          { name: 'nodes.csv', content: CSV_FILE_START + toNodesCsv(graph) },
          { name: 'relationships.csv', content: CSV_FILE_START + toRelationshipsCsv(graph) },
        ]),
        contentType: 'application/zip',
        extension: 'zip',
      };
  }
}

/** One export as text (the GraphQL field): CSV gives one table. */
export function exportText(format: ExportFormat, graph: ExportGraph, table: CsvTable = 'NODES'): string {
  if (format === 'CSV') return table === 'NODES' ? toNodesCsv(graph) : toRelationshipsCsv(graph);
  return exportFile(format, graph).body.toString();
}
