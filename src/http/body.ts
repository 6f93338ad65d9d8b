import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';

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
