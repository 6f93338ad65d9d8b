import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../auth';
import { expectedErrorOf } from '../shared/errors';
import { safeErrorDetail } from '../shared/logger';
import { isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from './outage';

/** Apollo's own codes for requests the client got wrong (parse and validation failures, bad requests). */
const APOLLO_CLIENT_CODES = new Set<unknown>(
  Object.values(ApolloServerErrorCode).filter((code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
);

/**
 * Is this an error meant for the client? Ours are recognised by their class ({@link ExpectedError}), Apollo's by
 * its own codes; anything else is a bug or an outage.
 */
function isClientError(error: unknown, code: unknown): boolean {
  return expectedErrorOf(error) !== undefined || APOLLO_CLIENT_CODES.has(code);
}

/** Logs every unexpected error with the request id (class and message only) and puts the id on the error. */
export function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isClientError(error, error.extensions?.code)) continue;
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
      };
    },
  };
}

/**
 * What the client sees of an error: an expected one as is, with its own code (Apollo puts
 * GRAPHQL_VALIDATION_FAILED on every validation error, the query limits included), anything else masked with
 * the request id. Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const expected = expectedErrorOf(error);
  if (expected) return { ...formatted, extensions: { ...extensions, code: expected.extensions.code } };
  if (isClientError(error, formatted.extensions?.code)) return { ...formatted, extensions };
  const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (isDatabaseUnavailable(cause)) {
    return {
      message: `The database is not available at the moment. Try again in ${OUTAGE_RETRY_AFTER_SECONDS} s.`,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS },
    };
  }
  const requestId = typeof extensions.requestId === 'string' ? extensions.requestId : 'unknown';
  return {
    message: `Internal server error (request ${requestId}).`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

const SUGGESTION = / ?Did you mean .+?\?/g;

/**
 * In production an error names no field, type or enum value the client did not write itself: graphql's "Did you
 * mean ...?" hints are cut from every message (validation and variable coercion alike).
 */
export function hideSchemaHints(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return formatted.message.includes('Did you mean')
    ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
    : formatted;
}
