import { parse } from 'graphql';
import type { QueryBudgetConfig } from '../config';
import { countSelections, queryTooComplexMessage } from './query-limits';
import type { RateLimitStore } from './rate-limit';

/** An answer given before the query is parsed: nothing of it has been looked at beyond its length. */
export interface EarlyRefusal {
  status: number;
  headers: Record<string, string>;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
  /** For the log: which check refused it. */
  reason: 'request-ip' | 'query-length' | 'selections';
}

/** The query text of a GET (`?query=`) or POST JSON request, if there is one. */
function queryText(body: unknown, search: string): string | undefined {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const query = (body as { query?: unknown }).query;
    if (typeof query === 'string') return query;
  }
  return new URLSearchParams(search).get('query') ?? undefined;
}

/**
 * The checks that run before Apollo parses anything, so that a flood or an oversized document costs no more
 * than reading its body: every GraphQL request from an address takes one token of its per-minute bucket
 * (in the shared store, like the other rate limits), the query text must fit the length budget, and its
 * parsed document the selection budget. The last check parses the text once more (within the token budget)
 * but runs before graphql's own validation rules, whose work grows faster than the document: a document too
 * large to check is refused without them. Text that does not parse is left to Apollo to report.
 */
export async function earlyRefusal(
  limiter: RateLimitStore,
  budget: QueryBudgetConfig,
  ip: string,
  body: unknown,
  search: string,
): Promise<EarlyRefusal | null> {
  const decision = await limiter.take([
    { key: `request-ip:${ip}`, perMinute: budget.requestsPerIpPerMinute },
  ]);
  if (!decision.allowed) {
    const seconds = decision.retryAfterSeconds;
    return {
      status: 429,
      headers: { 'retry-after': String(seconds) },
      reason: 'request-ip',
      body: {
        errors: [
          {
            message: `Too many requests from this address. Try again in ${seconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
          },
        ],
      },
    };
  }
  const query = queryText(body, search);
  if (query !== undefined && query.length > budget.maxQueryLength) {
    return {
      status: 400,
      headers: {},
      reason: 'query-length',
      body: {
        errors: [
          {
            message:
              `The query is ${query.length} characters long; at most ${budget.maxQueryLength} are allowed. ` +
              'Split it into smaller queries.',
            extensions: { code: 'QUERY_TOO_LARGE' },
          },
        ],
      },
    };
  }
  if (query === undefined) return null;
  let selections: number;
  try {
    selections = countSelections(parse(query, { maxTokens: budget.maxQueryTokens }), budget.maxSelections);
  } catch {
    return null;
  }
  if (selections <= budget.maxSelections) return null;
  return {
    status: 400,
    headers: {},
    reason: 'selections',
    body: {
      errors: [
        { message: queryTooComplexMessage(budget.maxSelections), extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ],
    },
  };
}
