import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';

/** A request id from the client's X-Request-Id when it is safe to echo, else a new one. */
export function requestIdOf(given: string | undefined): string {
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Writes Apollo's answer: its headers and status, the request id, and the body whole or as it streams. */
export async function sendGraphQLResult(
  res: ServerResponse,
  result: HTTPGraphQLResponse,
  requestId: string,
): Promise<void> {
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.setHeader('x-request-id', requestId);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

class BodyTooLargeError extends Error {}

/**
 * Reads the body up to `limit` bytes. Past the limit it keeps reading without storing (so that the client
 * receives the 413 answer instead of a reset connection) and rejects.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () =>
      size > limit ? reject(new BodyTooLargeError()) : resolveBody(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function badRequest(res: ServerResponse, status: number, message: string): null {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  return null;
}

/**
 * The GraphQL request in an HTTP request: headers, query string and the body (at most `maxBodyBytes`, parsed
 * when it is JSON). Answers 413 or 400 itself and returns null when the body is too large or not valid JSON.
 */
export async function readGraphQLRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  maxBodyBytes: number,
): Promise<HTTPGraphQLRequest | null> {
  let raw: string;
  try {
    raw = req.method === 'POST' ? await readBody(req, maxBodyBytes) : '';
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return badRequest(res, 413, `Request body larger than ${maxBodyBytes} bytes.`);
    }
    throw error;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (raw && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return badRequest(res, 400, 'The request body is not valid JSON.');
    }
  }
  return { method: req.method ?? 'GET', headers, search: url.search, body };
}
