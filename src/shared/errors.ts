import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** A payload error code and what it means, as declared by the feature that raises it. */
export type ErrorCodeDescriptions = Record<string, string>;

/** The codes of a `declareErrorCodes` call, each mapped to itself: `SchedulingErrorCode.ALREADY_BOOKED`. */
export type ErrorCodes<T extends ErrorCodeDescriptions> = { readonly [K in keyof T]: K };

/** Every payload error code of every feature: the GraphQL enum `ErrorCode`, filled by {@link collectErrorCodes}. */
const ALL_CODES: Record<string, string> = {};
const ALL_DESCRIPTIONS: Record<string, { description: string }> = {};

/**
 * Declares a feature's payload error codes next to the feature (in its `<feature>.errors.ts`) with the text a
 * client developer reads. The feature module lists them (`errorCodes`), and `src/modules.ts` collects all of them
 * into the one GraphQL enum `ErrorCode`.
 */
export function declareErrorCodes<const T extends ErrorCodeDescriptions>(
  descriptions: T,
): ErrorCodes<T> & {
  readonly descriptions: T;
} {
  const codes = Object.fromEntries(Object.keys(descriptions).map((code) => [code, code]));
  return Object.assign(codes, { descriptions }) as unknown as ErrorCodes<T> & { readonly descriptions: T };
}

/** Adds declared codes to the enum `ErrorCode`; a code declared twice must mean the same. */
export function collectErrorCodes(declared: { descriptions: ErrorCodeDescriptions }): void {
  for (const [code, description] of Object.entries(declared.descriptions)) {
    if (ALL_CODES[code] && ALL_DESCRIPTIONS[code]?.description !== description) {
      throw new Error(`Error code ${code} is declared twice with different meanings.`);
    }
    ALL_CODES[code] = code;
    ALL_DESCRIPTIONS[code] = { description };
  }
}

/**
 * Codes of errors a user can cause that every feature may raise. They travel as data in mutation payloads
 * (`errors { code field message }`); clients switch on the code, the message is for people.
 */
export const ErrorCode = declareErrorCodes({
  NOT_FOUND: 'A referenced record does not exist or is outside your scope.',
  VALIDATION: 'A value has the wrong shape or is out of range.',
  DUPLICATE_NAME: 'The name is already taken within its scope.',
  DUPLICATE_CODE: 'The code is already taken.',
  FORBIDDEN: 'You may not change this record.',
  CONFLICT: 'The change conflicts with the current state or a concurrent change.',
  OVERLAPPING_PERIOD: 'The period overlaps another one that it may not overlap.',
  INVERTED_PERIOD: 'The period ends before it starts.',
  NEGATIVE_AMOUNT: 'An amount is below zero.',
  OUTSIDE_PERIOD: 'The dates lie outside the period they must fall in.',
  STALE:
    'Someone changed the record since you read it (expectedVersion differs); nothing was written, the payload shows the current figures.',
  CORRECTION_WINDOW_CLOSED:
    'The correction window after the date has passed (ENROLMENT_CORRECTION_DAYS, ATTENDANCE_CORRECTION_DAYS); only an ADMIN may still change it.',
});
collectErrorCodes(ErrorCode);

/** The name of a payload error code (any feature's). */
export type ErrorCodeName = string;

registerEnumType(ALL_CODES, {
  name: 'ErrorCode',
  description: 'What went wrong, for clients to act on.',
  valuesConfig: ALL_DESCRIPTIONS,
});

@ObjectType({ description: 'An error the caller can fix; the mutation wrote nothing.' })
export class UserError {
  @Field(() => ALL_CODES, { description: 'Machine-readable kind of error.' })
  code!: ErrorCodeName;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the offending input field, e.g. ["input", "name"]; null when not about one field.',
  })
  field?: string[] | null;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;
}

/**
 * The part every mutation payload shares: the errors a user can fix. A payload class extends this and declares
 * only what the mutation returns on success (null when `errors` is not empty).
 */
@ObjectType({ description: 'Common part of mutation payloads (never returned on its own).' })
export abstract class MutationPayload {
  @Field(() => [UserError], { description: 'What was wrong; empty on success.' })
  errors!: UserError[];
}

/**
 * Thrown by services for an error the user caused. The mutation runner turns it into payload errors and rolls
 * back the transaction, so nothing is half-written.
 */
export class DomainError extends Error {
  readonly errors: UserError[];

  constructor(code: ErrorCodeName, message: string, field?: string[]);
  constructor(errors: UserError[]);
  constructor(codeOrErrors: ErrorCodeName | UserError[], message?: string, field?: string[]) {
    const errors = Array.isArray(codeOrErrors)
      ? codeOrErrors
      : [{ code: codeOrErrors, message: message ?? codeOrErrors, field: field ?? null }];
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

/** A field path in the mutation's `input` argument. */
export function inputField(...path: string[]): string[] {
  return ['input', ...path];
}

/**
 * An error raised on purpose that reaches the client as a top-level GraphQL error with its own code
 * (`extensions.code`): no or a bad token, a forbidden role, a malformed query argument, a record that is not
 * there, a refused request. The HTTP layer recognises it by this class and shows it as is; any other error is a
 * bug or an outage and is masked. What a user can fix in a mutation's input is a {@link DomainError} instead.
 */
export class ExpectedError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    this.name = 'ExpectedError';
  }
}

/** Is this error, or the error it wraps, one raised on purpose? */
export function isExpectedError(error: unknown): boolean {
  for (let current = error; current; current = (current as GraphQLError).originalError) {
    if (current instanceof ExpectedError) return true;
    if (!(current instanceof GraphQLError)) return false;
  }
  return false;
}

/** The expected error inside `error` (Apollo wraps validation errors and sets its own code on them). */
export function expectedErrorOf(error: unknown): ExpectedError | undefined {
  for (let current = error; current; current = (current as GraphQLError).originalError) {
    if (current instanceof ExpectedError) return current;
    if (!(current instanceof GraphQLError)) return undefined;
  }
  return undefined;
}

/** Top-level error: no or an invalid token where one is needed. */
export function unauthenticated(
  message = 'A valid bearer token is required for this operation.',
): ExpectedError {
  return new ExpectedError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/** Top-level error: the viewer's role may not use this operation. */
export function forbidden(message = 'Your role may not use this operation.'): ExpectedError {
  return new ExpectedError('FORBIDDEN', message);
}

/** Top-level error for malformed query arguments (queries have no payload to carry errors). */
export function badInput(message: string, argument?: string): ExpectedError {
  return new ExpectedError('BAD_USER_INPUT', message, { argument });
}

/** Top-level error: a record a query cannot answer null for is unknown or outside the viewer's scope. */
export function notFoundError(message: string): ExpectedError {
  return new ExpectedError('NOT_FOUND', message);
}

/**
 * Payload error: a referenced record does not exist or is outside the viewer's scope (both look the same), against
 * the input field that named it.
 */
export function notFound(message: string, ...field: string[]): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, message, field.length > 0 ? inputField(...field) : undefined);
}
