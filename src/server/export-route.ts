import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_FORMATS, exportFile, parseExportFormat, type ExportFormat } from '../export/index.js';
import { ExportTooLargeError, exportAround, type CoMentionLevel } from '../graph/export-graph.js';
import type { GraphReader } from '../graph/reader.js';
import type { Limits } from '../api/limits.js';

export class ExportRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ExportRequest {
  format: ExportFormat;
  seeds: string[];
  depth: number;
  /** Adds weighted co-mention edges among the exported entities. */
  coMentions: CoMentionLevel | null;
}

/** Reads `format`, `seed` (repeatable) or `ids` (comma-separated), and `depth` from the query string. */
export function parseExportRequest(url: URL, limits: Limits): ExportRequest {
  const format = parseExportFormat(url.searchParams.get('format'));
  if (!format) throw new ExportRequestError(400, `format must be one of ${EXPORT_FORMATS.map((f) => f.toLowerCase()).join(', ')}.`);
  const seeds = [...url.searchParams.getAll('seed'), ...(url.searchParams.get('ids') ?? '').split(',')]
    .map((s) => s.trim())
    .filter(Boolean);
  if (seeds.length === 0) throw new ExportRequestError(400, 'Name at least one entity: seed=<id> (repeatable) or ids=<id>,<id>.');
  const depth = Number(url.searchParams.get('depth') ?? '1');
  if (!Number.isInteger(depth) || depth < 0 || depth > limits.maxNeighborhoodDepth) {
    throw new ExportRequestError(400, `depth must be an integer between 0 and ${limits.maxNeighborhoodDepth}.`);
  }
  const together = url.searchParams.get('coMentions')?.toUpperCase() ?? null;
  if (together !== null && together !== 'SENTENCE' && together !== 'ARTICLE')
    throw new ExportRequestError(400, 'coMentions must be sentence or article.');
  return { format, seeds, depth, coMentions: together };
}

/** `GET /export`: the subgraph around the seeds as a file download. */
export async function handleExport(
  reader: GraphReader,
  limits: Limits,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET') throw new ExportRequestError(405, 'Use GET /export?format=…&seed=…');
  const request = parseExportRequest(url, limits);
  const graph = await exportAround(reader, request.seeds, request.depth, limits.maxExportNodes, request.coMentions).catch(
    (error: unknown) => {
      throw error instanceof ExportTooLargeError ? new ExportRequestError(413, error.message) : error;
    },
  );
  if (graph.nodes.length === 0) throw new ExportRequestError(404, `No entity with id ${request.seeds.join(', ')}.`);
  const file = exportFile(request.format, graph);
  const name = `newsgraph-${request.seeds[0]!.replace(/[^\w-]+/g, '_').slice(0, 60)}-d${request.depth}.${file.extension}`;
  res.writeHead(200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${name}"` });
  res.end(file.body);
}
