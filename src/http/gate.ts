import type { ApolloServerPlugin } from '@apollo/server';
import { viewerForIdentity } from '../accounts';
import { type Context, InvalidTokenError } from '../auth';
import type { Config } from '../config';
import { unauthenticated } from '../shared/errors';
import { measureOperation } from '../shared/query-limits';
import { type RateLimitStore, rateLimited } from '../shared/rate-limit';
import { originOf } from './authentication';

/**
 * After validation (the query limits), before execution: the rate limits, then the user record of an external
 * token. Both in one hook, in this order, so that a refused request has run no SQL.
 */
export function gatePlugin(config: Config, limiter: RateLimitStore): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      return {
        async didResolveOperation({ document, operation, schema }) {
          const origin = originOf(contextValue);
          if (!origin || !operation) return;
          const { perMinute, perIpPerMinute, expensiveQueryCost } = config.rateLimit;
          const counted =
            operation.operation === 'mutation' ||
            measureOperation(schema, document, operation, request.variables).cost > expensiveQueryCost;
          if (counted) {
            const decision = await limiter.take([
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
      };
    },
  };
}
