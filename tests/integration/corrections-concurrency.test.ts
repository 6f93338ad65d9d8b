import {
  BookDocument,
  ChangeSessionSlotDocument,
  EndEnrolmentDocument,
  PauseEnrolmentDocument,
  ReopenEnrolmentDocument,
} from '../generated/graphql';
import {
  bookingsOf,
  makeCrowd,
  occurrenceOn,
  reloadOccurrence,
  schedulingProblems,
} from '../factories/sessions';
import { startTestServer, type TestServer } from '../setup/harness';

const TODAY = '2031-06-02';
process.env.MEEDOEN_TODAY = TODAY;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A Monday slot of 12 places in June 2031 and `people` enrolled participants. */
async function crowd(people: number) {
  const setting = await makeCrowd(server, {
    people,
    capacity: 12,
    validFrom: '2031-06-02',
    until: '2031-06-30',
    enrolFrom: '2031-06-01',
  });
  return { ...setting, occurrence: await occurrenceOn(server.orm, setting.slot, '2031-06-09') };
}

/** Booked count, rows and waitlist positions of an occurrence: 12 booked, the rest waiting 1..n without gaps. */
async function occurrenceState(occurrenceId: string) {
  const rows = await server.orm.em.fork().execute<{ status: string; position: number | null }[]>(
    `select b.status,
              case when b.status = 'WAITLISTED' then
                (select count(*)::int from booking w where w.occurrence_id = b.occurrence_id and w.status = 'WAITLISTED'
                    and (w.waitlisted_at, w.id) <= (b.waitlisted_at, b.id)) end as position
         from booking b where b.occurrence_id = ? and b.status <> 'CANCELLED'`,
    [occurrenceId],
  );
  const positions = rows
    .filter((row) => row.status === 'WAITLISTED')
    .map((row) => row.position!)
    .sort((a, b) => a - b);
  return {
    bookedCount: (await reloadOccurrence(server.orm, occurrenceId)).bookedCount,
    booked: rows.filter((row) => row.status === 'BOOKED').length,
    positions,
  };
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('corrections under concurrency (50 requests at once)', () => {
  it('pause vs. book: the paused place goes to one person, nobody is lost, the waitlist has no gaps', async () => {
    const { enrolmentIds, staff, occurrence, workshop } = await crowd(61);
    const [paused, ...others] = enrolmentIds;
    const early = [paused, ...others.slice(0, 11)];
    for (const enrolmentId of early) {
      await staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } });
    }
    const late = others.slice(11, 60);
    expect(late).toHaveLength(49);

    const [pause, ...books] = await Promise.all([
      staff.request(PauseEnrolmentDocument, {
        input: { enrolmentId: paused, from: '2031-06-09', until: '2031-06-09' },
      }),
      ...late.map((enrolmentId) =>
        staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } }),
      ),
    ]);

    expect(pause.pauseEnrolment.errors).toEqual([]);
    expect(books.every((answer) => answer.book.errors.length === 0)).toBe(true);
    expect(await bookingsOf(server.orm, paused)).toEqual({});
    expect(await occurrenceState(occurrence.id)).toEqual({
      bookedCount: 12,
      booked: 12,
      positions: upTo(48),
    });
    expect(await schedulingProblems(server.orm, workshop.id, TODAY)).toEqual([]);
  });

  it('reopen vs. book: the reopened standing booking and 49 bookings share 12 places in order', async () => {
    const { enrolmentIds, staff, slot, occurrence, workshop } = await crowd(61);
    const [reopened, ...others] = enrolmentIds;
    const { book } = await staff.request(BookDocument, { input: { enrolmentId: reopened, slotId: slot.id } });
    expect(book.errors).toEqual([]);
    for (const enrolmentId of others.slice(0, 11)) {
      await staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } });
    }
    await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: reopened, endDate: TODAY, outflowCode: 'STOPPED' },
    });
    const late = others.slice(11, 60);

    const [reopen, ...books] = await Promise.all([
      staff.request(ReopenEnrolmentDocument, { input: { enrolmentId: reopened } }),
      ...late.map((enrolmentId) =>
        staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } }),
      ),
    ]);

    expect(reopen.reopenEnrolment.errors).toEqual([]);
    expect(books.every((answer) => answer.book.errors.length === 0)).toBe(true);
    // Every Monday of the rolling horizon is booked again (26 weeks ahead), 9 June among them.
    const back = await bookingsOf(server.orm, reopened);
    expect(Object.keys(back)).toHaveLength(27);
    expect(back['2031-06-09']).toMatch(/^(BOOKED|WAITLISTED \d+)$/);
    expect(await occurrenceState(occurrence.id)).toEqual({
      bookedCount: 12,
      booked: 12,
      positions: upTo(49),
    });
    expect(await schedulingProblems(server.orm, workshop.id, TODAY)).toEqual([]);
  });

  it('capacity change vs. book: 8 more places go to the first 8 waiting, late bookings queue behind the rest', async () => {
    const { enrolmentIds, staff, slot, occurrence, workshop } = await crowd(71);
    const early = enrolmentIds.slice(0, 22);
    for (const enrolmentId of early) {
      await staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } });
    }
    const late = enrolmentIds.slice(22);
    expect(late).toHaveLength(49);

    const [change, ...books] = await Promise.all([
      staff.request(ChangeSessionSlotDocument, {
        input: { slotId: slot.id, from: '2031-06-09', capacity: 20 },
      }),
      ...late.map((enrolmentId) =>
        staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } }),
      ),
    ]);

    expect(change.changeSessionSlot.errors).toEqual([]);
    expect(books.every((answer) => answer.book.errors.length === 0)).toBe(true);
    expect(await occurrenceState(occurrence.id)).toEqual({
      bookedCount: 20,
      booked: 20,
      positions: upTo(51),
    });
    const waiting = await Promise.all(early.slice(12).map((id) => bookingsOf(server.orm, id)));
    expect(waiting.map((b) => b['2031-06-09'])).toEqual([
      ...Array.from({ length: 8 }, () => 'BOOKED'),
      'WAITLISTED 1',
      'WAITLISTED 2',
    ]);
    expect(await schedulingProblems(server.orm, workshop.id, TODAY)).toEqual([]);
  });
});
