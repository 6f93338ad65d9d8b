import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';

/** One error of the API as the app shows it: a code (rendered in the app's language) and its parameters. */
export interface ApiProblem {
  code: string;
  /** Input field path of a payload error, e.g. ["input", "displayName"]. */
  field?: string[] | null;
}

/** Thrown by {@link request} for top-level GraphQL errors and network failures. */
export class ApiError extends Error {
  constructor(readonly problems: ApiProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
  }
}

let token: string | null = null;
const client = new GraphQLClient(new URL('/graphql', location.origin).href);

/** The token sent with every request from now on (null: anonymous). */
export function setApiToken(value: string | null): void {
  token = value;
}

/** Runs a typed operation against /graphql with the session's token; throws {@link ApiError}. */
export async function request<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<R> {
  try {
    return await client.request<R, V>({
      document,
      variables,
      requestHeaders: token ? { authorization: `Bearer ${token}` } : {},
    } as never);
  } catch (error) {
    if (error instanceof ClientError) {
      const errors = error.response.errors ?? [];
      const problems = errors.map((e) => ({ code: String(e.extensions?.code ?? 'UNKNOWN') }));
      if (!problems.length)
        problems.push({ code: error.response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN' });
      throw new ApiError(problems);
    }
    throw new ApiError([{ code: 'NETWORK' }]);
  }
}
