import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types of what Vite writes into the build folder. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed file names never change content: a year in every cache. Everything else is checked each time. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Buffer;
  /** The gzip-compressed body, when that is smaller; null for already compressed formats. */
  gzip: Buffer | null;
  type: string;
  etag: string;
}

/**
 * Files of one build folder, read once and kept in memory with their gzip form (the build is small: the first
 * load of the app is a few hundred kB).
 */
export class StaticFiles {
  private readonly cache = new Map<string, Promise<StaticFile | null>>();

  constructor(private readonly root: string) {}

  /**
   * Reads and compresses the entry page and the files it links in the background, so that the first visitor
   * after a start does not wait for them.
   */
  async warm(entry: string): Promise<void> {
    const page = await this.get(entry);
    if (!page) return;
    const linked = [...page.body.toString('utf8').matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)];
    await Promise.all(linked.map((match) => this.get(match[1])));
  }

  /** The file at a URL path inside the folder; null when it is missing or the path leaves the folder. */
  get(urlPath: string): Promise<StaticFile | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return Promise.resolve(null);
    }
    const file = normalize(join(this.root, decoded));
    if (!file.startsWith(this.root + sep) || decoded.includes('\0')) return Promise.resolve(null);
    let cached = this.cache.get(file);
    if (!cached) {
      cached = load(file);
      this.cache.set(file, cached);
    }
    return cached;
  }
}

async function load(file: string): Promise<StaticFile | null> {
  const type = TYPES[extname(file)];
  if (!type) return null;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return null;
  }
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
  const gzip = compressible ? gzipSync(body, { level: 9 }) : null;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzip: gzip && gzip.length < body.length ? gzip : null, type, etag };
}

/** Sends a static file: gzip when the client takes it, 304 for a matching ETag, HEAD without a body. */
export function sendStatic(
  req: IncomingMessage,
  res: ServerResponse,
  file: StaticFile,
  options: { immutable: boolean; headers?: Record<string, string>; status?: number },
): void {
  res.setHeader('content-type', file.type);
  res.setHeader('cache-control', options.immutable ? IMMUTABLE : REVALIDATE);
  res.setHeader('etag', file.etag);
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('x-content-type-options', 'nosniff');
  for (const [key, value] of Object.entries(options.headers ?? {})) res.setHeader(key, value);
  if (req.headers['if-none-match'] === file.etag && !options.status) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip! : file.body;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  res.statusCode = options.status ?? 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}
