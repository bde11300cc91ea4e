/** Small helpers for the plain-HTTP side of the server (routes other than Apollo's own work). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ClientGoneError } from './admission.js';

/** An error the router answers with its own status, e.g. 413 for a body over the limit. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The body as text, at most `max` bytes; a client that hangs up while sending it is a ClientGoneError. */
export async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > max) throw new HttpError(413, `Request body larger than ${max} bytes.`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError || !req.destroyed) throw error;
    throw new ClientGoneError('The client went away while sending the request body.', { cause: error });
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/** A GraphQL-shaped error body for refusals made before Apollo sees the request. */
export function sendGraphqlError(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  sendJson(res, status, { errors: [{ message, extensions }] });
}

/** Aborted when the client goes away before its answer is written, so queued work can be dropped. */
export function clientGone(res: ServerResponse): AbortSignal {
  const gone = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}

/** Ends a connection whose request Node could not parse with a JSON refusal, as every other refusal is. */
function refuseUnparsed(socket: Duplex, status: string, error: string, code: string): void {
  const body = JSON.stringify({ error, code });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Requests Node's parser refuses before any handler sees them. It answers them with no body: a
 * bare 431 when the request line and headers pass 16 KiB (a long `/export?ids=…` URL, usually),
 * a bare 400 for a malformed request (an id with "ł" typed into a URL unencoded). These answers
 * say what to do instead; a request too slow to arrive keeps Node's 408.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return void socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return refuseUnparsed(
      socket,
      '431 Request Header Fields Too Large',
      'The request line and headers are larger than 16 KiB. For many ids, POST /export with a form body (see the README).',
      'HEADERS_TOO_LARGE',
    );
  refuseUnparsed(
    socket,
    '400 Bad Request',
    'The request is not valid HTTP. A URL must percent-encode spaces and characters outside ASCII (encodeURIComponent, or curl -G --data-urlencode).',
    'BAD_REQUEST',
  );
}
