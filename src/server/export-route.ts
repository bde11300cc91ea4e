import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_FORMATS, exportFile, parseExportFormat, type ExportFormat } from '../export/index.js';
import { ExportTooLargeError, UnknownSeedsError, exportAround, type CoMentionLevel } from '../graph/export-graph.js';
import type { GraphReader } from '../graph/reader.js';
import type { Limits } from '../api/limits.js';
import { readBody } from './http.js';

/** A refusal of an export request: its HTTP status and a code, as GraphQL errors carry one. */
export class ExportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
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

/** A form body of ids: ten thousand long ids fit, a runaway upload does not. */
const MAX_FORM_BYTES = 2 * 1024 * 1024;

const badRequest = (message: string) => new ExportRequestError(400, 'BAD_REQUEST', message);

/** Reads `format`, `seed` (repeatable) or `ids` (comma- or space-separated), `depth` and `coMentions`. */
export function parseExportRequest(params: URLSearchParams, limits: Limits): ExportRequest {
  const format = parseExportFormat(params.get('format'));
  if (!format) throw badRequest(`format must be one of ${EXPORT_FORMATS.map((f) => f.toLowerCase()).join(', ')}.`);
  const seeds = [...params.getAll('seed'), ...params.getAll('ids').flatMap((list) => list.split(/[,\s]+/))]
    .map((s) => s.trim())
    .filter(Boolean);
  if (seeds.length === 0) throw badRequest('Name at least one entity: seed=<id> (repeatable) or ids=<id>,<id>.');
  const depthText = params.get('depth') ?? '1';
  // Digits only: Number() would read '' as 0 and '0x2' as 2.
  const depth = /^\d{1,2}$/.test(depthText) ? Number(depthText) : NaN;
  if (!(depth >= 0 && depth <= limits.maxNeighborhoodDepth)) {
    throw badRequest(`depth must be an integer between 0 and ${limits.maxNeighborhoodDepth} (got '${depthText.slice(0, 20)}').`);
  }
  const together = params.get('coMentions')?.toUpperCase() ?? null;
  if (together !== null && together !== 'SENTENCE' && together !== 'ARTICLE') throw badRequest('coMentions must be sentence or article.');
  return { format, seeds: [...new Set(seeds)], depth, coMentions: together };
}

/**
 * The request's parameters: the query string of a GET, or the form body of a POST — for
 * views of hundreds of entities, whose ids do not fit in a URL.
 */
async function exportParams(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  if (req.method === 'GET') return url.searchParams;
  if (req.method !== 'POST') {
    throw new ExportRequestError(405, 'METHOD_NOT_ALLOWED', 'Use GET /export?format=…&seed=…, or POST the same fields as a form.', {
      allow: 'GET, POST',
    });
  }
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new ExportRequestError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'POST /export takes a form: content-type application/x-www-form-urlencoded.',
    );
  }
  return new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
}

/** `GET /export` (or `POST` with a form): the subgraph around the seeds as a file download. */
export async function handleExport(
  reader: GraphReader,
  limits: Limits,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const request = parseExportRequest(await exportParams(req, url), limits);
  const graph = await exportAround(reader, request.seeds, request.depth, limits.maxExportNodes, request.coMentions).catch(
    (error: unknown) => {
      if (error instanceof ExportTooLargeError) throw new ExportRequestError(413, 'EXPORT_TOO_LARGE', error.message);
      if (error instanceof UnknownSeedsError) throw new ExportRequestError(404, 'NOT_FOUND', error.message);
      throw error;
    },
  );
  const file = exportFile(request.format, graph);
  const name = `newsgraph-${request.seeds[0]!.replace(/[^\w-]+/g, '_').slice(0, 60)}-d${request.depth}.${file.extension}`;
  res.writeHead(200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${name}"` });
  res.end(file.body);
}
