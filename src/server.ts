import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type Authentication, Authenticator, principalOf } from './auth/authenticate';
import { IssuerUnavailableError, type OidcIdentity } from './auth/oidc';
import { bearerToken, InvalidTokenError } from './auth/tokens';
import { viewerForIdentity } from './auth/user-account.service';
import type { Config } from './config';
import { type Context, createContext } from './context';
import { getSchema } from './schema';
import { unauthenticated } from './shared/errors';
import { type Logger, safeErrorDetail } from './shared/logger';
import { LIMIT_CODES, measureOperation, queryLimitsRule } from './shared/query-limits';
import { RateLimiter, rateLimited } from './shared/rate-limit';
import { earlyRefusal } from './shared/request-guard';
import { createWebHandler } from './web/web.handler';

/** The HTTP server: Apollo on /graphql, a health check on /healthz, the web app at / (see web/web.handler.ts). */
export interface App {
  httpServer: Server;
  /** Listens on `port` (0 picks a free one) and returns the GraphQL URL. */
  listen(port: number): Promise<string>;
  /** Stops accepting connections, lets running requests finish, stops Apollo. The ORM stays open. */
  stop(): Promise<void>;
}

/** Error codes we raise on purpose; anything else reaching the client is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A record outside the viewer's scope or unknown, for queries that cannot return null.
  'NOT_FOUND',
  // Benefit statements that cannot be computed (see CalcError in cooperatives/benefit.calc.ts).
  'NO_VALID_RULE',
  'NOT_ELIGIBLE',
  'BEFORE_BENEFIT_START',
  'RATE_LIMITED',
  ...LIMIT_CODES,
]);

const LIMIT_CODE_SET = new Set<string>(LIMIT_CODES);

function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_CODES.has(code);
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

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** What the server knows of a request before it runs: who (as far as the token says) and from where. */
interface RequestOrigin {
  /** Rate-limit key of the token's subject; null without a token. */
  principal: string | null;
  /** Client address: the socket's peer, or behind a trusted proxy the last X-Forwarded-For entry. */
  ip: string;
  /** An external token's subject, to be mapped to a viewer once the query passed the limits. */
  identity: OidcIdentity | null;
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** The validation error of a limit keeps its own code (Apollo sets GRAPHQL_VALIDATION_FAILED on them all). */
function limitCodeOf(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && LIMIT_CODE_SET.has(code) ? code : undefined;
}

export async function createApp(options: { config: Config; orm: MikroORM; logger: Logger }): Promise<App> {
  const { config, orm, logger } = options;
  const httpServer = createServer();
  const authenticator = new Authenticator(config);
  const limiter = new RateLimiter();
  // Apollo hands plugins a shallow copy of the context, so the origin travels in it under a private key.
  const ORIGIN = Symbol('request origin');
  type WithOrigin = Context & { [ORIGIN]?: RequestOrigin };

  /** A present but invalid token refuses the whole request (401), before anything runs. */
  async function authenticate(req: IncomingMessage, requestId: string): Promise<Authentication | null> {
    try {
      const token = bearerToken(req.headers.authorization);
      return token ? await authenticator.authenticate(token) : null;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
      if (error instanceof IssuerUnavailableError) {
        logger.warn({ requestId, detail: safeErrorDetail(error.message) }, 'identity provider unavailable');
        throw unauthenticated(
          'The identity provider could not be reached to check the token; try again later.',
        );
      }
      throw error;
    }
  }

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    validationRules: [
      queryLimitsRule({ ...config.queryLimits, maxSelections: config.queryBudget.maxSelections }),
    ],
    parseOptions: { maxTokens: config.queryBudget.maxQueryTokens },
    // The explorer (GraphiQL from our own bundle) needs introspection; Apollo's own landing page stays off.
    introspection: !config.isProduction || config.web.explorer,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart({ contextValue, request }) {
          const started = performance.now();
          return {
            // After validation (the limits), before execution: rate limits, then the user record of an
            // external token. A refused request has run no SQL.
            async didResolveOperation({ document, operation, schema }) {
              const origin = (contextValue as WithOrigin)[ORIGIN];
              if (!origin || !operation) return;
              const { perMinute, perIpPerMinute, expensiveQueryCost } = config.rateLimit;
              const counted =
                operation.operation === 'mutation' ||
                measureOperation(schema, document, operation, request.variables).cost > expensiveQueryCost;
              if (counted) {
                const decision = limiter.take([
                  ...(origin.principal ? [{ key: `subject:${origin.principal}`, perMinute }] : []),
                  { key: `ip:${origin.ip}`, perMinute: perIpPerMinute },
                ]);
                if (!decision.allowed) {
                  contextValue.logger.warn(
                    {
                      requestId: contextValue.requestId,
                      limit: decision.key.startsWith('ip:') ? 'ip' : 'subject',
                      retryAfterSeconds: decision.retryAfterSeconds,
                    },
                    'rate limited',
                  );
                  throw rateLimited(decision.retryAfterSeconds);
                }
              }
              if (origin.identity) {
                try {
                  contextValue.viewer = await viewerForIdentity(contextValue.em, origin.identity);
                } catch (error) {
                  if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
                  throw error;
                }
              }
            },
            async didEncounterErrors({ errors }) {
              for (const error of errors) {
                if (isClientError(error.extensions?.code)) continue;
                const cause = error.originalError ?? error;
                // Error class and message only: the message of a database error names no personal data,
                // and variables are never logged.
                contextValue.logger.error(
                  {
                    requestId: contextValue.requestId,
                    path: error.path,
                    error: cause.name,
                    detail: safeErrorDetail(cause.message),
                  },
                  'unexpected error',
                );
                (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
              }
            },
            async willSendResponse({ errors }) {
              contextValue.logger.info(
                {
                  requestId: contextValue.requestId,
                  operation: request.operationName ?? null,
                  role: contextValue.viewer?.role ?? null,
                  ms: Math.round(performance.now() - started),
                  errors: errors?.length ?? 0,
                },
                'graphql request',
              );
            },
          };
        },
      },
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const limitCode = limitCodeOf(error);
      if (limitCode) return { ...formatted, extensions: { ...extensions, code: limitCode } };
      if (isClientError(formatted.extensions?.code)) return { ...formatted, extensions };
      const requestId = typeof extensions.requestId === 'string' ? extensions.requestId : 'unknown';
      return {
        message: `Internal server error (request ${requestId}).`,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      };
    },
  });
  await apollo.start();
  const web = createWebHandler(config);

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((error: unknown) => {
      logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.' }] });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      const healthy = await orm.isConnected().catch(() => false);
      const answered =
        healthy &&
        (await orm.em
          .getConnection()
          .execute('select 1')
          .then(
            () => true,
            () => false,
          ));
      sendJson(res, answered ? 200 : 503, { status: answered ? 'ok' : 'database unavailable' });
      return;
    }
    if (await web(req, res, url)) return;
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, { error: 'Not found. The API is at /graphql.' });
      return;
    }
    let raw: string;
    try {
      raw = req.method === 'POST' ? await readBody(req, config.maxBodyBytes) : '';
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, {
          errors: [
            {
              message: `Request body larger than ${config.maxBodyBytes} bytes.`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        return;
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
        sendJson(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    }
    const refusal = earlyRefusal(
      limiter,
      config.queryBudget,
      clientIp(req, config.rateLimit.trustProxy),
      body,
      url.search,
    );
    if (refusal) {
      logger.warn({ reason: refusal.reason, status: refusal.status }, 'refused before parsing');
      sendJson(res, refusal.status, refusal.body, refusal.headers);
      return;
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method ?? 'GET',
      headers,
      search: url.search,
      body,
    };
    const given = headers.get('x-request-id');
    const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => {
        const authentication = await authenticate(req, requestId);
        const viewer = authentication?.kind === 'local' ? authentication.viewer : null;
        const context: WithOrigin = createContext(orm.em, viewer, requestId, logger, config);
        context[ORIGIN] = {
          principal: authentication ? principalOf(authentication) : null,
          ip: clientIp(req, config.rateLimit.trustProxy),
          identity: authentication?.kind === 'oidc' ? authentication.identity : null,
        };
        return context;
      },
    });
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

  return {
    httpServer,
    listen(port: number) {
      return new Promise((resolveUrl, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          resolveUrl(`http://localhost:${actual}/graphql`);
        });
      });
    },
    stop: () => apollo.stop(),
  };
}
