import {
  AttendanceStatus,
  AttendanceSummaryDocument,
  ErrorCode,
  RecordAttendanceDocument,
  RemoveAttendanceDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeEnrolments, makeParticipants, makeSessionSlot, occurrenceOn } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// A Monday.
const TODAY = '2031-06-02';
process.env.MEEDOEN_TODAY = TODAY;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());
afterEach(() => {
  process.env.MEEDOEN_TODAY = TODAY;
});

async function setting() {
  const { organisation, place } = await makeTenant(server.orm);
  const workshop = await makeWorkshop(server.orm, { place });
  const slot = await makeSessionSlot(server.orm, { workshop, validFrom: '2031-05-05', until: '2031-06-30' });
  const [participantId] = await makeParticipants(server.orm, organisation, 1);
  await makeEnrolments(server.orm, workshop, [participantId], '2031-05-01');
  const occurrence = await occurrenceOn(server.orm, slot, '2031-05-26');
  const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
  const attended = async () =>
    (
      await staff.request(AttendanceSummaryDocument, {
        placeId: place.id,
        from: '2031-05-01',
        to: '2031-06-30',
      })
    ).attendanceSummary.workshops[0]?.attendedDayparts ?? 0;
  return { participantId, occurrence, staff, attended };
}

async function audit(entityId: string) {
  return server.orm.em
    .fork()
    .execute<{ action: string; before: { status?: string } | null; after: { status?: string } | null }[]>(
      `select action, before, after from audit_entry where entity_id = ? order by at`,
      [entityId],
    );
}

describe('correcting attendance', () => {
  it('changes and removes a registration within the window; the attended day parts follow', async () => {
    const { participantId, occurrence, staff, attended } = await setting();
    const { recordAttendance } = await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Present },
    });
    const id = recordAttendance.attendance!.id;
    expect(await attended()).toBe(1);
    const changed = await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Absent },
    });
    expect(changed.recordAttendance.attendance?.status).toBe(AttendanceStatus.Absent);
    expect(await attended()).toBe(0);

    await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Present },
    });
    const { removeAttendance } = await staff.request(RemoveAttendanceDocument, {
      input: { attendanceId: id },
    });
    expect(removeAttendance).toMatchObject({
      removedAttendanceId: id,
      occurrence: { id: occurrence.id },
      errors: [],
    });
    expect(await attended()).toBe(0);
    const gone = await staff.request(RemoveAttendanceDocument, { input: { attendanceId: id } });
    expect(gone.removeAttendance.errors[0].code).toBe(ErrorCode.Conflict);

    expect(
      (await audit(id)).map((a) => [a.action, a.before?.status ?? null, a.after?.status ?? null]),
    ).toEqual([
      ['recordAttendance', null, 'PRESENT'],
      ['recordAttendance', 'PRESENT', 'ABSENT'],
      ['recordAttendance', 'ABSENT', 'PRESENT'],
      ['removeAttendance', 'PRESENT', null],
    ]);
  });

  it('after ATTENDANCE_CORRECTION_DAYS only ADMIN may change or remove it', async () => {
    const { participantId, occurrence, staff } = await setting();
    const { recordAttendance } = await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Present },
    });
    // 26 May + 31 days = 26 June is the last day staff may still correct it.
    process.env.MEEDOEN_TODAY = '2031-06-26';
    const lastDay = await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Excused },
    });
    expect(lastDay.recordAttendance.errors).toEqual([]);
    process.env.MEEDOEN_TODAY = '2031-06-27';
    const late = await staff.request(RecordAttendanceDocument, {
      input: { occurrenceId: occurrence.id, participantId, status: AttendanceStatus.Absent },
    });
    expect(late.recordAttendance.errors[0].code).toBe(ErrorCode.CorrectionWindowClosed);
    const lateRemove = await staff.request(RemoveAttendanceDocument, {
      input: { attendanceId: recordAttendance.attendance!.id },
    });
    expect(lateRemove.removeAttendance.errors[0].code).toBe(ErrorCode.CorrectionWindowClosed);
    const admin = await server.admin.request(RemoveAttendanceDocument, {
      input: { attendanceId: recordAttendance.attendance!.id },
    });
    expect(admin.removeAttendance.errors).toEqual([]);
  });
});
