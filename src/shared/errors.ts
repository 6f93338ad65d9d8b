import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Codes of errors a user can cause. They travel as data in mutation payloads (`errors { code field message }`);
 * clients switch on the code, the message is for people.
 */
export enum ErrorCode {
  /** A referenced record does not exist or is outside the viewer's scope. */
  NOT_FOUND = 'NOT_FOUND',
  /** The input has the wrong shape: empty, too long, out of range, malformed. */
  VALIDATION = 'VALIDATION',
  /** A name that must be unique within its scope is taken. */
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  /** A code that must be unique (such as a CBS municipality code) is taken. */
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  /** The viewer may not change this record. */
  FORBIDDEN = 'FORBIDDEN',
  /** The change conflicts with a concurrent change or with the record's state; retrying may help. */
  CONFLICT = 'CONFLICT',
  /** The participant already has a live booking (booked or waitlisted) for this occurrence or weekly slot. */
  ALREADY_BOOKED = 'ALREADY_BOOKED',
  /** The participant already has an enrolment in this workshop that overlaps the dates. */
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  /** The enrolment has ended, or is not in the occurrence's workshop. */
  NOT_ENROLLED = 'NOT_ENROLLED',
  /** The date lies outside the enrolment's start and end date. */
  OUTSIDE_ENROLMENT = 'OUTSIDE_ENROLMENT',
  /** The occurrence is cancelled (a holiday): no bookings or attendance. */
  OCCURRENCE_CANCELLED = 'OCCURRENCE_CANCELLED',
  /** The occurrence is in the past (Europe/Amsterdam) and can no longer be booked. */
  OCCURRENCE_IN_PAST = 'OCCURRENCE_IN_PAST',
  /** The occurrence is in the future: attendance can be registered from its day on. */
  OCCURRENCE_IN_FUTURE = 'OCCURRENCE_IN_FUTURE',
  /** No place is free (a manual promotion from the waitlist that would overfill the occurrence). */
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  /** Two periods that may not overlap do (two versions of one rule, two agreements of one stream and place). */
  OVERLAPPING_PERIOD = 'OVERLAPPING_PERIOD',
  /** A period ends before it starts. */
  INVERTED_PERIOD = 'INVERTED_PERIOD',
  /** An amount of money is below zero where only zero or more makes sense. */
  NEGATIVE_AMOUNT = 'NEGATIVE_AMOUNT',
  /** A date range lies (partly) outside the period of what it belongs to. */
  OUTSIDE_PERIOD = 'OUTSIDE_PERIOD',
  /** The record changed since the caller read it (expectedVersion differs); the payload shows what is stored. */
  STALE = 'STALE',
  /** The funding agreement is not accepted by both sides (yet). */
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'What went wrong, for clients to act on.',
  valuesConfig: {
    NOT_FOUND: { description: 'A referenced record does not exist or is outside your scope.' },
    VALIDATION: { description: 'A value has the wrong shape or is out of range.' },
    DUPLICATE_NAME: { description: 'The name is already taken within its scope.' },
    DUPLICATE_CODE: { description: 'The code is already taken.' },
    FORBIDDEN: { description: 'You may not change this record.' },
    CONFLICT: { description: 'The change conflicts with the current state or a concurrent change.' },
    ALREADY_BOOKED: {
      description: 'The participant already has a live booking for this occurrence or slot.',
    },
    ALREADY_ENROLLED: {
      description: 'The participant already has an overlapping enrolment in this workshop.',
    },
    NOT_ENROLLED: { description: "The enrolment has ended or is not in the occurrence's workshop." },
    OUTSIDE_ENROLMENT: { description: "The date lies outside the enrolment's start and end date." },
    OCCURRENCE_CANCELLED: { description: 'The occurrence is cancelled; it takes no bookings or attendance.' },
    OCCURRENCE_IN_PAST: { description: 'The occurrence is in the past and can no longer be booked.' },
    OCCURRENCE_IN_FUTURE: { description: 'Attendance can be registered from the day of the occurrence on.' },
    CAPACITY_REACHED: { description: 'No place is free in the occurrence.' },
    OVERLAPPING_PERIOD: { description: 'The period overlaps another one that it may not overlap.' },
    INVERTED_PERIOD: { description: 'The period ends before it starts.' },
    NEGATIVE_AMOUNT: { description: 'An amount is below zero.' },
    OUTSIDE_PERIOD: { description: 'The dates lie outside the period they must fall in.' },
    STALE: {
      description:
        'Someone changed the record since you read it (expectedVersion differs); nothing was written, the payload shows the current figures.',
    },
    NOT_ACCEPTED: { description: 'The funding agreement is not accepted by both sides (yet).' },
  },
});

@ObjectType({ description: 'An error the caller can fix; the mutation wrote nothing.' })
export class UserError {
  @Field(() => ErrorCode, { description: 'Machine-readable kind of error.' })
  code!: ErrorCode;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the offending input field, e.g. ["input", "name"]; null when not about one field.',
  })
  field?: string[] | null;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;
}

/**
 * Thrown by services for an error the user caused. The mutation runner turns it into payload errors and rolls
 * back the transaction, so nothing is half-written.
 */
export class DomainError extends Error {
  readonly errors: UserError[];

  constructor(code: ErrorCode, message: string, field?: string[]);
  constructor(errors: UserError[]);
  constructor(codeOrErrors: ErrorCode | UserError[], message?: string, field?: string[]) {
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

/** Top-level error: no or an invalid token where one is needed. */
export function unauthenticated(
  message = 'A valid bearer token is required for this operation.',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Top-level error: the viewer's role may not use this operation. */
export function forbidden(message = 'Your role may not use this operation.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Top-level error for malformed query arguments (queries have no payload to carry errors). */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
