import fc from 'fast-check';
import { Occurrence } from '../../src/scheduling/occurrence.entity';
import { attendanceTotalsDrift, rebuildAttendanceTotals } from '../../src/attendance/attendance-totals';
import {
  AttendanceStatus,
  AttendanceSummaryDocument,
  RecordAttendanceBulkDocument,
  RecordAttendanceDocument,
  RemoveAttendanceDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeEnrolments, makeParticipants, makeSessionSlot } from '../factories/sessions';
import { Weekday } from '../../src/scheduling/session-slot.entity';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// A Wednesday; "today" for attendance in this file.
process.env.MEEDOEN_TODAY = '2030-03-06';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const STATUSES = [AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Excused];

/** A place with two workshops (one and two day parts) meeting from January to March, and enrolled people. */
async function placeWithSessions() {
  const { organisation, place } = await makeTenant(server.orm);
  const short = await makeWorkshop(server.orm, { place });
  const long = await makeWorkshop(server.orm, { place });
  const people = await makeParticipants(server.orm, organisation, 5);
  for (const workshop of [short, long]) await makeEnrolments(server.orm, workshop, people, '2030-01-01');
  const common = { validFrom: '2030-01-21', until: '2030-03-06' };
  await makeSessionSlot(server.orm, { workshop: short, weekday: Weekday.MONDAY, ...common });
  await makeSessionSlot(server.orm, {
    workshop: long,
    weekday: Weekday.FRIDAY,
    startTime: '09:00',
    endTime: '17:00',
    ...common,
  });
  const occurrences = (
    await server.orm.em.fork().find(Occurrence, { place: place.id }, { orderBy: { date: 'asc' } })
  ).map((o) => o.id);
  const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
  return { place, people, occurrences, staff };
}

/** Attendance counts per workshop over a date range, straight from the raw rows. */
async function rawCounts(placeId: string, from: string, to: string) {
  const rows: Record<string, unknown>[] = await server.orm.em.fork().execute(
    `select workshop_id, coalesce(sum(dayparts) filter (where status = 'PRESENT'), 0)::int as "attendedDayparts",
            count(*) filter (where status = 'PRESENT')::int as present,
            count(*) filter (where status = 'ABSENT')::int as absent,
            count(*) filter (where status = 'EXCUSED')::int as excused
       from attendance where place_id = ? and date between ? and ? group by workshop_id`,
    [placeId, from, to],
  );
  return new Map(rows.map(({ workshop_id, ...counts }) => [String(workshop_id), counts]));
}

describe('kept monthly attendance totals', () => {
  it('equal a recomputation from the attendance rows after any series of registrations, corrections and removals', async () => {
    const { place, people, occurrences, staff } = await placeWithSessions();
    expect(occurrences.length).toBeGreaterThan(10);
    const entry = fc.record({
      person: fc.integer({ min: 0, max: people.length - 1 }),
      status: fc.constantFrom(...STATUSES),
    });
    const change = fc.record({
      occurrence: fc.integer({ min: 0, max: occurrences.length - 1 }),
      bulk: fc.boolean(),
      remove: fc.boolean(),
      entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
    });
    const admin = server.client(server.token(Role.ADMIN));
    const day = fc.integer({ min: 0, max: 44 }).map((n) => {
      const date = new Date(Date.UTC(2030, 0, 20 + n));
      return date.toISOString().slice(0, 10);
    });

    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), day, day, async (changes, a, b) => {
        // When attendance is registered and corrected (by ADMIN: the dates lie past the staff's correction
        // window), one person or a whole roster at a time
        for (const c of changes) {
          const occurrenceId = occurrences[c.occurrence];
          if (c.remove) {
            // ... or remove a registration (ADMIN: past the staff's correction window)
            const ids: { id: string }[] = await server.orm.em
              .fork()
              .execute('select id from attendance where occurrence_id = ? and participant_id = ?', [
                occurrenceId,
                people[c.entries[0].person],
              ]);
            if (ids.length === 0) continue;
            const { removeAttendance } = await admin.request(RemoveAttendanceDocument, {
              input: { attendanceId: ids[0].id },
            });
            expect(removeAttendance.errors).toEqual([]);
          } else if (c.bulk) {
            const entries = [...new Map(c.entries.map((e) => [e.person, e])).values()].map((e) => ({
              participantId: people[e.person],
              status: e.status,
            }));
            const { recordAttendanceBulk } = await admin.request(RecordAttendanceBulkDocument, {
              input: { occurrenceId, entries },
            });
            expect(recordAttendanceBulk.errors).toEqual([]);
          } else {
            for (const e of c.entries) {
              const { recordAttendance } = await admin.request(RecordAttendanceDocument, {
                input: { occurrenceId, participantId: people[e.person], status: e.status },
              });
              expect(recordAttendance.errors).toEqual([]);
            }
          }
        }
        // Then the kept totals equal the totals recomputed from the attendance rows
        expect(await attendanceTotalsDrift(server.orm.em.fork(), [place.id])).toEqual([]);
        // ... and the summary over any range (whole months from the totals, the edges from the rows) agrees
        const [from, to] = a <= b ? [a, b] : [b, a];
        const { attendanceSummary } = await staff.request(AttendanceSummaryDocument, {
          placeId: place.id,
          from,
          to,
        });
        const raw = await rawCounts(place.id, from, to);
        for (const w of attendanceSummary.workshops) {
          const { attendedDayparts, present, absent, excused } = w;
          expect({ attendedDayparts, present, absent, excused }).toEqual(
            raw.get(w.workshop.id) ?? { attendedDayparts: 0, present: 0, absent: 0, excused: 0 },
          );
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('are rebuilt from the attendance rows when they drifted', async () => {
    // Given registered attendance whose kept totals were changed behind the application's back
    const { place, people, occurrences, staff } = await placeWithSessions();
    const { recordAttendanceBulk } = await staff.request(RecordAttendanceBulkDocument, {
      input: {
        occurrenceId: occurrences[0],
        entries: people.map((participantId) => ({ participantId, status: AttendanceStatus.Present })),
      },
    });
    expect(recordAttendanceBulk.errors).toEqual([]);
    const em = server.orm.em.fork();
    await em.execute('update attendance_month_total set present = present + 3 where place_id = ?', [
      place.id,
    ]);
    expect(await attendanceTotalsDrift(em, [place.id])).toHaveLength(1);

    // When they are rebuilt
    const written = await em.transactional((tx) => rebuildAttendanceTotals(tx, [place.id]));

    // Then they agree again
    expect(written).toBe(1);
    expect(await attendanceTotalsDrift(em, [place.id])).toEqual([]);
  });
});
