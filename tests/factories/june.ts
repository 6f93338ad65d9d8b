import { BookDocument } from '../generated/graphql';
import { Role, type TestServer } from '../setup/harness';
import { makeTenant, makeWorkshop } from './foundation';
import { makeEnrolments, makeParticipants, makeSessionSlot, schedulingProblems } from './sessions';

/** The Mondays of the corrections tests' month: 2, 9, 16, 23 and 30 June 2031. */
export const JUNE = ['2031-06-02', '2031-06-09', '2031-06-16', '2031-06-23', '2031-06-30'];

/** `{ date: value }` for every date: what `bookingsOf` answers when all dates share one state. */
export const every = (value: string, dates = JUNE) => Object.fromEntries(dates.map((date) => [date, value]));

/**
 * A Monday slot of `capacity` places in June 2031 and `people` participants enrolled in its workshop from May.
 * With `bookWeekly`, each of them books it every week through the API, in order: the first `capacity` get places,
 * the others wait in that order. `problems()` lists broken scheduling invariants as of the pinned today.
 */
export async function juneMondays(
  server: TestServer,
  people: number,
  capacity: number,
  options: { bookWeekly: boolean },
) {
  const { organisation, place } = await makeTenant(server.orm);
  const workshop = await makeWorkshop(server.orm, { place });
  const slot = await makeSessionSlot(server.orm, {
    workshop,
    capacity,
    validFrom: JUNE[0],
    validUntil: JUNE[JUNE.length - 1],
    until: JUNE[JUNE.length - 1],
  });
  const participantIds = await makeParticipants(server.orm, organisation, people);
  const enrolmentIds = await makeEnrolments(server.orm, workshop, participantIds, '2031-05-01');
  const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
  if (options.bookWeekly) {
    for (const enrolmentId of enrolmentIds) {
      const { book } = await staff.request(BookDocument, { input: { enrolmentId, slotId: slot.id } });
      if (book.errors.length) throw new Error(`booking failed: ${book.errors[0].code}`);
    }
  }
  const problems = () => schedulingProblems(server.orm, workshop.id, process.env.MEEDOEN_TODAY!);
  return { organisation, workshop, slot, participantIds, enrolmentIds, staff, problems };
}
