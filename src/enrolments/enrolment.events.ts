import type { EntityManager } from '@mikro-orm/postgresql';

/** An enrolment ended (outflow): later features react inside the same transaction, on its `em`. */
export interface EnrolmentEnded {
  em: EntityManager;
  enrolmentId: string;
  /** The enrolment's last day (YYYY-MM-DD). */
  endDate: string;
}

type Handler = (event: EnrolmentEnded) => Promise<void>;
const handlers: Handler[] = [];

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
