/**
 * `GET /export/{name}.csv`: a spreadsheet export of a query (see src/reports). The caller's bearer token travels
 * in the Authorization header, never a cookie, so a page on another site cannot make a browser fetch it: GET is
 * safe here. Each export runs its queries through the same schema with the caller's context, so the access
 * rules, checks and figures are the query's own; an error of the first query answers with its HTTP status and no
 * rows. The file is RFC 4180 (CRLF line ends, quotes only where needed, by csv-stringify), UTF-8 with a byte order
 * mark, a header row in the request's language (Accept-Language: Dutch unless English is preferred), and it is
 * streamed: one query at a time (per month where the export runs per month), each query's rows written before
 * the next one runs.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import { viewerForIdentity } from '../accounts';
import { type Authenticator, type Context, principalOf, type Viewer } from '../auth';
import type { Config } from '../config';
import { cell, type ExportQuery, REPORT_EXPORTS, type ReportExport, type Separator } from '../reports';
import { expectedErrorOf } from '../shared/errors';
import type { Logger } from '../shared/logger';
import { isMonth, monthCount, monthRange } from '../shared/months';
import type { RateLimitStore } from '../shared/rate-limit';
import { authenticate, clientIp } from './authentication';
import { requestIdOf, sendJson } from './body';

export interface ExportDeps {
  schema: GraphQLSchema;
  authenticator: Authenticator;
  limiter: RateLimitStore;
  config: Config;
  logger: Logger;
  /** A fresh request context (its own EntityManager fork and loaders) for one query of the export. */
  contextFor(viewer: Viewer | null, requestId: string): Context;
}

const ROUTE = /^\/export\/([a-z-]+)\.csv$/;
const PERIOD = ['from', 'to'] as const;
const OPTIONS = ['separator'] as const;

/** An answer other than the file: a status and a message for people. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Dutch unless the request prefers English (the highest-weighted of nl and en in Accept-Language). */
export function exportLanguage(header: string | undefined): 'nl' | 'en' {
  let best: { language: 'nl' | 'en'; weight: number } = { language: 'nl', weight: -1 };
  for (const part of (header ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'nl' && language !== 'en') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(weight) && weight > best.weight) best = { language, weight };
  }
  return best.language;
}

/** The export's ids, period and separator from the query string; a {@link Refusal} (400) for anything wrong. */
function readParameters(definition: ReportExport, params: URLSearchParams) {
  const oneOf = definition.oneOf ?? [];
  const allowed = new Set<string>([...definition.ids, ...oneOf, ...PERIOD, ...OPTIONS]);
  const unknown = [...new Set(params.keys())].filter((key) => !allowed.has(key));
  if (unknown.length > 0) {
    throw new Refusal(
      400,
      `Unknown parameter ${unknown.join(', ')}; ${definition.name} takes ${[...allowed].join(', ')}.`,
    );
  }
  const problems: string[] = [];
  const ids: Record<string, string> = {};
  for (const name of definition.ids) {
    const value = params.get(name);
    if (!value) problems.push(`${name} is required.`);
    else ids[name] = value;
  }
  if (oneOf.length > 0) {
    const given = oneOf.filter((name) => params.get(name));
    if (given.length !== 1) problems.push(`Give exactly one of ${oneOf.join(', ')}.`);
    else ids[given[0]] = params.get(given[0])!;
  }
  const [from, to] = PERIOD.map((name) => params.get(name) ?? '');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ]) {
    if (!isMonth(value)) problems.push(`${name} must be a month written YYYY-MM (got "${value}").`);
  }
  if (isMonth(from) && isMonth(to)) {
    if (to < from) problems.push('to must not be before from.');
    else if (monthCount(from, to) > definition.maxMonths) {
      problems.push(`A period may span at most ${definition.maxMonths} months.`);
    }
  }
  const separatorName = params.get('separator') ?? 'comma';
  if (separatorName !== 'comma' && separatorName !== 'semicolon') {
    problems.push('separator must be comma or semicolon.');
  }
  if (problems.length > 0) throw new Refusal(400, problems.join(' '));
  const separator: Separator = separatorName === 'semicolon' ? ';' : ',';
  return { ids, period: { from, to, months: monthRange(from, to) }, separator };
}

/**
 * HTTP statuses of the queries' error codes. A query answers NOT_FOUND for a record outside the viewer's scope
 * and for an unknown one alike; the export says 403 for both, so it tells no more than the query does.
 */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 403,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  RATE_LIMITED: 429,
};

/** The refusal for a query's errors: the status of its code and its message, or a masked 500 for a bug. */
function refusalOf(errors: readonly GraphQLError[], logger: Logger, requestId: string): Refusal {
  const expected = errors.map((error) => expectedErrorOf(error)).find((error) => error !== undefined);
  if (!expected) {
    logger.error({ requestId, error: errors[0]?.originalError?.name ?? 'GraphQLError' }, 'export failed');
    return new Refusal(500, 'Internal server error.');
  }
  const code = String(expected.extensions.code);
  return new Refusal(STATUS_OF_CODE[code] ?? 422, expected.message);
}

const parsed = new Map<string, DocumentNode>();

/** A query's document, parsed and checked against the schema once. */
function documentOf(schema: GraphQLSchema, source: string): DocumentNode {
  let document = parsed.get(source);
  if (!document) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`An export's query does not fit the schema: ${errors[0].message}`);
    parsed.set(source, document);
  }
  return document;
}

/** Creates the handler of the export routes; it answers true when the request was one of them. */
export function createExportHandler(deps: ExportDeps) {
  const { schema, logger } = deps;

  async function viewerOf(req: IncomingMessage, requestId: string): Promise<Viewer> {
    let authentication;
    try {
      authentication = await authenticate(deps.authenticator, logger, req, requestId);
    } catch (error) {
      throw new Refusal(401, expectedErrorOf(error)?.message ?? 'The token is not valid.', {
        'www-authenticate': 'Bearer',
      });
    }
    if (!authentication) {
      throw new Refusal(401, 'A valid bearer token is required in the Authorization header.', {
        'www-authenticate': 'Bearer',
      });
    }
    const { perMinute, perIpPerMinute } = deps.config.rateLimit;
    const decision = await deps.limiter.take([
      { key: `subject:${principalOf(authentication)}`, perMinute },
      { key: `ip:${clientIp(req, deps.config.rateLimit.trustProxy)}`, perMinute: perIpPerMinute },
    ]);
    if (!decision.allowed) {
      throw new Refusal(429, `Too many requests. Try again in ${decision.retryAfterSeconds} s.`, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    if (authentication.kind === 'local') return authentication.viewer;
    try {
      return await viewerForIdentity(deps.contextFor(null, requestId).em, authentication.identity);
    } catch {
      throw new Refusal(401, 'The token is not valid.', { 'www-authenticate': 'Bearer' });
    }
  }

  async function run(viewer: Viewer, requestId: string, query: ExportQuery) {
    const result = (await execute({
      schema,
      document: documentOf(schema, query.document),
      variableValues: query.variables,
      contextValue: deps.contextFor(viewer, requestId),
    })) as ExecutionResult;
    if (result.errors?.length) throw refusalOf(result.errors, logger, requestId);
    return result.data;
  }

  return async function handleExport(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith('/export/')) return false;
    const requestId = requestIdOf(req.headers['x-request-id']?.toString());
    const match = ROUTE.exec(url.pathname);
    const definition = match ? REPORT_EXPORTS.get(match[1]) : undefined;
    try {
      if (!definition) {
        const names = [...REPORT_EXPORTS.keys()].map((name) => `/export/${name}.csv`);
        throw new Refusal(404, `No such export. There are: ${names.join(', ')}.`);
      }
      if (req.method !== 'GET') throw new Refusal(405, 'Exports are read with GET.', { allow: 'GET' });
      const viewer = await viewerOf(req, requestId);
      const { ids, period, separator } = readParameters(definition, url.searchParams);
      const queries = definition.queries(ids, period);
      // The first answer decides the status: a refusal sends no file at all.
      const first = await run(viewer, requestId, queries[0]);
      const language = exportLanguage(req.headers['accept-language']);
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="${definition.name}-${period.from}-${period.to}.csv"`,
        'content-language': language,
        'cache-control': 'no-store',
        'x-request-id': requestId,
      });
      const csv = stringify({
        bom: true,
        delimiter: separator,
        record_delimiter: 'windows',
        header: true,
        columns: definition.columns.map((c) => ({ key: c.key, header: c[language] })),
      });
      const written = pipeline(csv, res);
      const write = async (data: unknown, query: ExportQuery) => {
        for (const row of definition.rows(data, query)) {
          const record = Object.fromEntries(
            definition.columns.map((c) => [c.key, cell(row[c.key], c.kind, separator)]),
          );
          if (!csv.write(record)) await once(csv, 'drain');
        }
      };
      try {
        await write(first, queries[0]);
        for (const query of queries.slice(1)) await write(await run(viewer, requestId, query), query);
        csv.end();
      } catch (error) {
        // Headers are out: a later failure can only cut the file short, which the client sees as an error.
        logger.error(
          { requestId, error: error instanceof Error ? error.name : 'unknown' },
          'export broke off',
        );
        csv.destroy();
        res.destroy();
      }
      await written.catch(() => undefined);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      sendJson(res, error.status, { error: error.message }, { ...error.headers, 'x-request-id': requestId });
    }
    return true;
  };
}
