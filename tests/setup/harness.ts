import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/auth/viewer';
import { loadConfig } from '../../src/config';
import { ormOptions } from '../../src/mikro-orm.config';
import { createApp } from '../../src/server';
import { createLogger, type Logger } from '../../src/shared/logger';

export { Role };

/** A real server on a free port against the run's database, with helpers to call it over HTTP. */
export interface TestServer {
  url: string;
  orm: MikroORM;
  /** A client sending this token (or none). */
  client(token?: string): GraphQLClient;
  /** A client with an ADMIN token. */
  admin: GraphQLClient;
  token(role: Role, organisationId?: string | null, memberId?: string | null): string;
  /** Runs `work` and returns the SQL statements the server sent meanwhile. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: { env?: NodeJS.ProcessEnv; logger?: Logger } = {},
): Promise<TestServer> {
  // Each test server counts its rate limits apart from the other test files' servers on the same database.
  const config = loadConfig({
    ...process.env,
    RATE_LIMIT_NAMESPACE: `test-${randomBytes(6).toString('hex')}`,
    ...options.env,
  });
  const orm = await MikroORM.init(ormOptions(config.databaseUrl!, { ensureDatabase: false }));
  const app = await createApp({ config, orm, logger: options.logger ?? createLogger('silent') });
  const url = await app.listen(0);
  const statements: string[] = [];
  let counting = false;
  orm.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string }) => {
      if (counting) statements.push(query.sql);
    });
  const token = (role: Role, organisationId: string | null = null, memberId: string | null = null) =>
    signToken(config.jwtSecret, { subject: `test-${role.toLowerCase()}`, role, organisationId, memberId });
  const client = (bearer?: string) =>
    new GraphQLClient(url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  return {
    url,
    orm,
    client,
    admin: client(token(Role.ADMIN)),
    token,
    async countStatements(work) {
      statements.length = 0;
      counting = true;
      try {
        const result = await work();
        return { result, statements: [...statements] };
      } finally {
        counting = false;
      }
    },
    async stop() {
      await app.stop();
      await orm.close();
    },
  };
}

/** A short random suffix, so that each test's names are its own. */
export function unique(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString('hex')}`;
}

/** A random CBS-like municipality code (GM + 4 digits) that is very likely unused. */
export function uniqueMunicipalityCode(): string {
  return `GM${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
}

/** The top-level GraphQL errors of a failed request (e.g. UNAUTHENTICATED), as `{ code, message }`. */
export async function topLevelErrors<R, V extends object>(
  client: GraphQLClient,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<{ code: unknown; message: string }[]> {
  try {
    await client.request({ document, variables } as never);
  } catch (error) {
    if (error instanceof ClientError) {
      return (error.response.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
    }
    throw error;
  }
  throw new Error('Expected the request to fail');
}
