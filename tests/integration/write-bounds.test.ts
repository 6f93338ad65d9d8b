import {
  AddOccurrenceDocument,
  ChangeSessionSlotDocument,
  PauseEnrolmentDocument,
  BookDocument,
  CreateSessionSlotDocument,
  EndEnrolmentDocument,
  EnrolDocument,
  Weekday,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeEnrolment, makeParticipant, makeSessionSlot } from '../factories/sessions';
import { Weekday as SlotWeekday } from '../../src/scheduling/session-slot.entity';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// Dates are judged against this day: a year back is 2030-06-01, two years ahead 2033-06-02.
process.env.MEEDOEN_TODAY = '2031-06-02';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { MAX_ROWS_PER_REQUEST: '20' } });
});
afterAll(() => server.stop());

async function setUp() {
  const tenant = await makeTenant(server.orm);
  const workshop = await makeWorkshop(server.orm, { place: tenant.place });
  const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
  return { ...tenant, workshop, staff };
}

async function countRows(table: string, workshopId: string): Promise<number> {
  const rows: { n: string }[] = await server.orm.em
    .fork()
    .execute(`select count(*) as n from ${table} where workshop_id = ?`, [workshopId]);
  return Number(rows[0].n);
}

describe('writes bounded by date', () => {
  it('refuses a weekly slot from the year 0100 or 1900 without writing one occurrence', async () => {
    const { workshop, staff } = await setUp();
    const slot = {
      workshopId: workshop.id,
      weekday: Weekday.Monday,
      startTime: '09:00',
      endTime: '12:00',
      capacity: 10,
    };
    const ancient = await staff
      .request(CreateSessionSlotDocument, { input: { ...slot, validFrom: '0100-01-01' } })
      .then(
        () => null,
        (error: { response: { errors: { extensions: { code: string } }[] } }) => error.response.errors,
      );
    // Outside the Date scalar's range: refused while reading the variables.
    expect(ancient?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const { createSessionSlot } = await staff.request(CreateSessionSlotDocument, {
      input: { ...slot, validFrom: '1900-01-01', validUntil: '2199-12-31' },
    });
    expect(createSessionSlot.slot).toBeNull();
    expect(createSessionSlot.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'validFrom'] }),
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'validUntil'] }),
    ]);
    expect(createSessionSlot.errors[0].message).toContain('2030-06-01');
    expect(await countRows('occurrence', workshop.id)).toBe(0);
    expect(await countRows('session_slot', workshop.id)).toBe(0);
  });

  it('caps the occurrences one request writes, and accepts a slot within the cap', async () => {
    const { workshop, staff } = await setUp();
    const input = {
      workshopId: workshop.id,
      weekday: Weekday.Tuesday,
      startTime: '09:00',
      endTime: '12:00',
      capacity: 10,
    };
    // From 40 weeks back up to the horizon (26 weeks ahead): 66 occurrences, above the cap of 20.
    const many = await staff.request(CreateSessionSlotDocument, {
      input: { ...input, validFrom: '2030-08-27' },
    });
    expect(many.createSessionSlot.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'validFrom'] }),
    ]);
    expect(many.createSessionSlot.errors[0].message).toContain('more than 20 occurrences');
    expect(await countRows('occurrence', workshop.id)).toBe(0);

    const few = await staff.request(CreateSessionSlotDocument, {
      input: { ...input, validFrom: '2031-06-03', validUntil: '2031-07-29' },
    });
    expect(few.createSessionSlot.errors).toEqual([]);
    expect(await countRows('occurrence', workshop.id)).toBe(9);
  });

  it('keeps an extra date within a year back and two years ahead', async () => {
    const { workshop, staff } = await setUp();
    const input = { workshopId: workshop.id, startTime: '09:00', endTime: '12:00' };
    for (const date of ['2030-05-31', '2033-06-03', '1900-01-01', '2199-12-31']) {
      const { addOccurrence } = await staff.request(AddOccurrenceDocument, { input: { ...input, date } });
      expect(addOccurrence.errors).toEqual([
        expect.objectContaining({ code: 'VALIDATION', field: ['input', 'date'] }),
      ]);
    }
    for (const date of ['2030-06-01', '2033-06-02']) {
      const { addOccurrence } = await staff.request(AddOccurrenceDocument, { input: { ...input, date } });
      expect(addOccurrence.errors).toEqual([]);
      expect(addOccurrence.occurrence?.date).toBe(date);
    }
    expect(await countRows('occurrence', workshop.id)).toBe(2);
  });

  it('keeps enrolments within bounds, naming every field out of range at once', async () => {
    const { organisation, workshop, staff } = await setUp();
    const participant = await makeParticipant(server.orm, { organisation });
    const base = { participantId: participant.id, workshopId: workshop.id };
    const wild = await staff.request(EnrolDocument, {
      input: { ...base, startDate: '1900-01-01', endDate: '2199-12-31' },
    });
    expect(wild.enrol.errors.map((e) => e.field)).toEqual([
      ['input', 'startDate'],
      ['input', 'endDate'],
    ]);
    expect(await countRows('enrolment', workshop.id)).toBe(0);

    const fine = await staff.request(EnrolDocument, {
      input: { ...base, startDate: '2031-06-02', endDate: '2040-12-31' },
    });
    expect(fine.enrol.errors).toEqual([]);
    const ended = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: fine.enrol.enrolment!.id, endDate: '2199-12-31', outflowCode: 'PAID_WORK' },
    });
    expect(ended.endEnrolment.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'endDate'] }),
    ]);
  });

  it('refuses a weekly booking that would write more bookings than one request may', async () => {
    const { organisation, workshop, staff } = await setUp();
    const participant = await makeParticipant(server.orm, { organisation });
    // 30 weeks written ahead (as reads of later weeks would), more than the cap of 20.
    const slot = await makeSessionSlot(server.orm, {
      workshop,
      weekday: SlotWeekday.WEDNESDAY,
      validFrom: '2031-06-04',
      until: '2031-12-24',
    });
    const enrolment = await makeEnrolment(server.orm, {
      participantId: participant.id,
      workshop,
      startDate: '2031-06-02',
    });
    const { book } = await staff.request(BookDocument, {
      input: { enrolmentId: enrolment.id, slotId: slot.id },
    });
    expect(book.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'slotId'] }),
    ]);
    const written: unknown[] = await server.orm.em.fork().execute(
      `select 1 from booking where enrolment_id = ?
       union all select 1 from recurring_booking where enrolment_id = ?`,
      [enrolment.id, enrolment.id],
    );
    expect(written).toEqual([]);
  });
});

describe('changes over time are bounded by date too', () => {
  it('refuses a pause from 1950 and a slot change from 2150, writing nothing', async () => {
    const { workshop, staff, organisation } = await setUp();
    const participant = await makeParticipant(server.orm, { organisation });
    const enrolment = await makeEnrolment(server.orm, {
      participantId: participant.id,
      workshop,
      startDate: '2031-01-01',
    });
    const { pauseEnrolment } = await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: enrolment.id, from: '1950-01-01', until: '2199-12-31' },
    });
    expect(pauseEnrolment.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', ['input', 'from']],
      ['VALIDATION', ['input', 'until']],
    ]);
    const pauses = await server.orm.em
      .fork()
      .execute('select count(*)::int as n from enrolment_pause where enrolment_id = ?', [enrolment.id]);
    expect(pauses[0].n).toBe(0);

    const slot = await makeSessionSlot(server.orm, {
      workshop,
      weekday: SlotWeekday.MONDAY,
      validFrom: '2031-06-02',
      until: '2031-07-31',
    });
    const { changeSessionSlot } = await staff.request(ChangeSessionSlotDocument, {
      input: { slotId: slot.id, from: '2150-01-05', capacity: 30 },
    });
    expect(changeSessionSlot.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', ['input', 'from']],
    ]);
    expect(changeSessionSlot.slot).toBeNull();
  });
});
