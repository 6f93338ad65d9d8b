import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ConnectionException } from '@mikro-orm/core';
import { Client } from 'pg';
import type { Context } from '../auth';
import type { Logger } from '../shared/logger';
import { sendJson } from './body';

/** Seconds a client is asked to wait (Retry-After) while the database is away. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/** How often the database is probed while it is away. */
const PROBE_INTERVAL_MS = 500;

/** Node and PostgreSQL codes that mean "no database to talk to", not "this query is wrong". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|terminating connection/i;

/** Is this error the database being unreachable (rather than a bug or a bad query)? Walks `cause` chains. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ConnectionException) return true;
    const { code, message, cause, originalError } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = originalError ?? cause;
  }
  return false;
}

/**
 * Whether the database can be reached, as this process last saw it. It goes "away" when the supervisor of the
 * embedded PostgreSQL reports an exit or a request failed for want of a connection; while away a probe on its own
 * short-lived connection (not the ORM's pool, whose connections may be dead) checks twice a second, and the
 * first answer brings it back. Requests meanwhile get 503 with Retry-After instead of waiting for a connection.
 */
export class DatabaseStatus {
  private away = false;
  private probe: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  isAway(): boolean {
    return this.away;
  }

  /** The database is gone: answer 503 from now on and probe until it answers. */
  markAway(): void {
    if (this.away || this.closed) return;
    this.away = true;
    this.logger.warn('database unavailable: answering 503 until it is back');
    this.schedule();
  }

  /** Something (the embedded supervisor) says the database is back: check at once. */
  checkNow(): void {
    if (!this.away || this.closed) return;
    if (this.probe) clearTimeout(this.probe);
    this.probe = null;
    void this.check();
  }

  /** Stops probing (at shutdown). */
  close(): void {
    this.closed = true;
    if (this.probe) clearTimeout(this.probe);
    this.probe = null;
  }

  private schedule(): void {
    if (this.closed || this.probe) return;
    this.probe = setTimeout(() => {
      this.probe = null;
      void this.check();
    }, PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    const answered = await client
      .connect()
      .then(() => client.query('select 1'))
      .then(
        () => true,
        () => false,
      );
    await client.end().catch(() => undefined);
    if (this.closed) return;
    if (answered) {
      this.away = false;
      this.logger.info('database available again');
    } else {
      this.schedule();
    }
  }
}

/** The answer while the database is away: 503 with Retry-After, in GraphQL's error shape. */
export function sendUnavailable(res: ServerResponse): void {
  sendJson(
    res,
    503,
    {
      errors: [
        {
          message: `The database is not available at the moment. Try again in ${OUTAGE_RETRY_AFTER_SECONDS} s.`,
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS },
        },
      ],
    },
    { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) },
  );
}

/**
 * A GraphQL request that failed because the database went away answers 503 with Retry-After (not 200 with an
 * internal error), and tells {@link DatabaseStatus}, so that the next requests are answered before any work.
 */
export function outagePlugin(status: DatabaseStatus): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailable(error.originalError ?? error))) return;
          status.markAway();
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
