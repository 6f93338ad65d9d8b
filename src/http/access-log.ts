import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../auth';

/** One log line per GraphQL request: operation name, role, duration and error count; never variables. */
export function accessLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      return {
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
  };
}
