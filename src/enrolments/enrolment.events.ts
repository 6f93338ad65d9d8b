import type { EntityManager } from '@mikro-orm/postgresql';

/** An enrolment ended (outflow): later features react inside the same transaction, on its `em`. */
export interface EnrolmentEnded {
  em: EntityManager;
  enrolmentId: string;
  /** The enrolment's last day (YYYY-MM-DD). */
  endDate: string;
}

/**
 * A change of an enrolment's dates that later features (scheduling) follow inside the same transaction:
 * - `paused`: no bookings from `from` to `until` (open-ended when null): release them;
 * - `resumed`: the participant comes again from `from` to `until` (open-ended when null): book the standing
 *   bookings again;
 * - `reopened`: an ended enrolment runs again after `previousEnd`: restore the standing bookings the end stopped;
 * - `endMoved`: the end moved from `previousEnd` to `endDate` (earlier: release, later: restore up to it).
 */
export type EnrolmentDatesChanged =
  | { kind: 'paused'; em: EntityManager; enrolmentId: string; from: string; until: string | null }
  | { kind: 'resumed'; em: EntityManager; enrolmentId: string; from: string; until: string | null }
  | { kind: 'reopened'; em: EntityManager; enrolmentId: string; previousEnd: string }
  | { kind: 'endMoved'; em: EntityManager; enrolmentId: string; previousEnd: string; endDate: string };

type Handler = (event: EnrolmentEnded) => Promise<void>;
const handlers: Handler[] = [];
type ChangeHandler = (event: EnrolmentDatesChanged) => Promise<void>;
const changeHandlers: ChangeHandler[] = [];

/**
 * Registers a reaction to an ended enrolment (scheduling releases the bookings). Handlers run in order, awaited,
 * in the transaction of `endEnrolment`: a throw rolls the whole outflow back. Called once per handler by
 * `src/modules.ts` at start-up.
 */
export function onEnrolmentEnded(handler: Handler): void {
  if (!handlers.includes(handler)) handlers.push(handler);
}

/** Runs every registered reaction to an ended enrolment, one after the other. */
export async function enrolmentEnded(event: EnrolmentEnded): Promise<void> {
  for (const handler of handlers) await handler(event);
}

/** Registers a reaction to a pause, resumption, reopening or moved end (see {@link EnrolmentDatesChanged}). */
export function onEnrolmentDatesChanged(handler: ChangeHandler): void {
  if (!changeHandlers.includes(handler)) changeHandlers.push(handler);
}

/** Runs every registered reaction to changed enrolment dates, in the caller's transaction. */
export async function enrolmentDatesChanged(event: EnrolmentDatesChanged): Promise<void> {
  for (const handler of changeHandlers) await handler(event);
}
