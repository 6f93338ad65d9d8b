import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Authenticator, bearerToken, type Context, type Viewer } from './auth';
import type { Config } from './config';
import { createContext } from './context';
import { accessLogPlugin } from './http/access-log';
import { authenticate, clientIp, originFor, withOrigin } from './http/authentication';
import { readGraphQLRequest, requestIdOf, sendGraphQLResult, sendJson } from './http/body';
import { errorLogPlugin, formatError, hideSchemaHints } from './http/errors';
import { createExportHandler } from './http/export';
import { gatePlugin } from './http/gate';
import { answerHealth } from './http/health';
import { DatabaseStatus, isDatabaseUnavailable, outagePlugin, sendUnavailable } from './http/outage';
import { getSchema } from './schema';
import type { Logger } from './shared/logger';
import { queryLimitsRule } from './shared/query-limits';
import { RateLimiter, type RateLimitStore } from './shared/rate-limit';
import { PostgresRateLimiter } from './shared/rate-limit.pg';
import { earlyRefusal } from './shared/request-guard';
import { configureCredentials, handleSkillsRoute } from './skills';
import { demoAccounts } from './demo/demo-accounts';
import { signInSettings } from './web/sign-in.settings';
import { createWebHandler } from './web/web.handler';

/**
 * The HTTP server: Apollo on /graphql, a health check on /healthz, spreadsheet exports on /export/{name}.csv
 * (see http/export.ts), the web app at / (see web/web.handler.ts).
 */
export interface App {
  httpServer: Server;
  /** Listens on `port` (0 picks a free one) and returns the GraphQL URL. */
  listen(port: number): Promise<string>;
  /** Stops accepting connections, lets running requests finish, stops Apollo. The ORM stays open. */
  stop(): Promise<void>;
}

/**
 * Composes the server from pieces with one job each (see http/): body and limits, health, authentication,
 * the rate-limit gate, access log and error formatting, exports.
 */
export async function createApp(options: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  /** The supervisor of an embedded PostgreSQL, which says when it died and when it runs again. */
  embedded?: { onChange(listener: (running: boolean) => void): void } | null;
}): Promise<App> {
  const { config, orm, logger } = options;
  const httpServer = createServer();
  const database = new DatabaseStatus(orm.config.get('clientUrl')!, logger);
  options.embedded?.onChange((running) => (running ? database.checkNow() : database.markAway()));
  configureCredentials({ publicUrl: config.publicUrl });
  const authenticator = new Authenticator(config);
  const limiter: RateLimitStore =
    config.rateLimit.store === 'memory'
      ? new RateLimiter()
      : new PostgresRateLimiter(orm.config.get('clientUrl')!, config.rateLimit.namespace);

  const schema = await getSchema();
  const apollo = new ApolloServer<Context>({
    schema,
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
      outagePlugin(database),
      gatePlugin(config, limiter),
      errorLogPlugin(),
      accessLogPlugin(),
    ],
    // Production hides schema details: no introspection, no "Did you mean ...?" in any error.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    formatError: config.isProduction
      ? (formatted, error) => hideSchemaHints(formatError(formatted, error))
      : formatError,
  });
  await apollo.start();
  const web = createWebHandler(config);
  const signIn = signInSettings(config, demoAccounts);
  const contextFor = (viewer: Viewer | null, requestId: string) =>
    createContext(
      orm.em,
      viewer,
      requestId,
      logger,
      signIn,
      config.corrections,
      config.suppressionThreshold,
      config.writeBounds,
    );
  const exports = createExportHandler({ schema, authenticator, limiter, config, logger, contextFor });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return answerHealth(orm, database, res);
    if (database.isAway() && url.pathname === '/graphql') return sendUnavailable(res);
    const skillsRoute = await handleSkillsRoute(req, res, url.pathname, {
      em: () => orm.em.fork(),
      viewer: async (request) => {
        const token = bearerToken(request.headers.authorization);
        const authentication = token ? await authenticator.authenticate(token) : null;
        return authentication?.kind === 'local' ? authentication.viewer : null;
      },
    });
    if (skillsRoute) return;
    if (await exports(req, res, url)) return;
    if (await web(req, res, url)) return;
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, { error: 'Not found. The API is at /graphql.' });
      return;
    }
    const httpGraphQLRequest = await readGraphQLRequest(req, res, url, config.maxBodyBytes);
    if (!httpGraphQLRequest) return;
    const ip = clientIp(req, config.rateLimit.trustProxy);
    const refusal = await earlyRefusal(limiter, config.queryBudget, ip, httpGraphQLRequest.body, url.search);
    if (refusal) {
      logger.warn({ reason: refusal.reason, status: refusal.status }, 'refused before parsing');
      sendJson(res, refusal.status, refusal.body, refusal.headers);
      return;
    }
    const requestId = requestIdOf(httpGraphQLRequest.headers.get('x-request-id'));
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => {
        const authentication = await authenticate(authenticator, logger, req, requestId);
        const viewer = authentication?.kind === 'local' ? authentication.viewer : null;
        const origin = originFor(req, authentication, config.rateLimit.trustProxy);
        return withOrigin(contextFor(viewer, requestId), origin);
      },
    });
    await sendGraphQLResult(res, result, requestId);
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) {
        database.markAway();
        if (!res.headersSent) return sendUnavailable(res);
        return void res.end();
      }
      logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.' }] });
      else res.end();
    });
  });

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
    async stop() {
      database.close();
      await apollo.stop();
      await limiter.close?.();
    },
  };
}
