import type { EntityManager } from '@mikro-orm/postgresql';

/** Has this funder access to the place's figures (an accepted agreement)? Answered by the funding feature. */
export type FunderAccessCheck = (em: EntityManager, funderId: string, placeId: string) => Promise<boolean>;

let check: FunderAccessCheck = async () => false;

/**
 * Attendance comes before funding, so funding tells it how to answer "does this funder fund this place?" (its
 * module subscribes at start-up). Until then no funder has access.
 */
export function answerFunderAccessWith(answer: FunderAccessCheck): void {
  check = answer;
}

/** Whether the funder may read the place's attendance aggregates. */
export function funderHasAccess(em: EntityManager, funderId: string, placeId: string): Promise<boolean> {
  return check(em, funderId, placeId);
}
