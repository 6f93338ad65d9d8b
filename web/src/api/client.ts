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

/**
 * Downloads a CSV export (`GET /export/{name}.csv`) with the session's token in the Authorization header (never
 * a cookie or a token in the URL) and hands it to the browser as a file. `semicolon` writes it for Excel set to
 * Dutch (fields split by `;`, decimal commas); the header row is in `language`.
 */
export async function downloadExport(
  name: string,
  params: Record<string, string>,
  options: { language: string; semicolon: boolean },
): Promise<void> {
  const query = new URLSearchParams(params);
  if (options.semicolon) query.set('separator', 'semicolon');
  let response: Response;
  try {
    response = await fetch(`/export/${name}.csv?${query}`, {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'accept-language': options.language,
      },
    });
  } catch {
    throw new ApiError([{ code: 'NETWORK' }]);
  }
  if (!response.ok) {
    const code =
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : response.status === 400
            ? 'BAD_USER_INPUT'
            : 'UNKNOWN';
    throw new ApiError([{ code }]);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}-${params.from ?? ''}-${params.to ?? ''}.csv`.replace(/-+\.csv$/, '.csv');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
