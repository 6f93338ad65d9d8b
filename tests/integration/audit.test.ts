import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Enrolment, EnrolmentStatus } from '../../src/enrolments/enrolment.entity';
import { DomainError, ErrorCode as Code } from '../../src/shared/errors';
import { type AccessTenant, callerFor, makeAccessTenant, TODAY } from '../access/fixtures';
import {
  AttendanceStatus,
  AuditLogDocument,
  CancelBookingDocument,
  CostCategory,
  EndEnrolmentDocument,
  EnrolDocument,
  ErrorCode,
  FundingBasis,
  CreateFundingAgreementDocument,
  RecordAttendanceBulkDocument,
  RecordEarningsDocument,
  RecordMemberIncomeDocument,
  RecordPlaceCostDocument,
  RecordSalesDocument,
  UpdateNormDocument,
} from '../generated/graphql';
import { makeParticipant } from '../factories/sessions';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = TODAY;

let server: TestServer;
let own: AccessTenant;
let other: AccessTenant;

beforeAll(async () => {
  server = await startTestServer();
  const call = callerFor(server);
  [own, other] = await Promise.all([makeAccessTenant(server, call), makeAccessTenant(server, call)]);
}, 60_000);
afterAll(() => server.stop());

function entriesFor(entityId: string): Promise<AuditEntry[]> {
  return server.orm.em.fork().find(AuditEntry, { entityId }, { orderBy: { at: 'asc', id: 'asc' } });
}

describe('audit log', () => {
  it('records who changed what, before and after, for every audited kind of change, without names', async () => {
    const staff = server.client(server.token(Role.ORG_STAFF, own.operator));
    const coop = server.client(server.token(Role.COOP_STAFF, own.cooperative));
    const funder = server.client(server.token(Role.FUNDER, own.funder));
    const newcomer = await makeParticipant(server.orm, {
      organisation: { id: own.operator } as never,
      displayName: 'Naam Die Niet In Het Logboek Mag',
    });

    const { enrol } = await staff.request(EnrolDocument, {
      input: { participantId: newcomer.id, workshopId: own.workshop, startDate: '2030-03-01' },
    });
    const enrolmentId = enrol.enrolment!.id;
    await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId, endDate: '2030-03-05', outflowCode: own.outflowCode },
    });
    await staff.request(RecordAttendanceBulkDocument, {
      input: {
        occurrenceId: own.pastOccurrence,
        entries: [{ participantId: own.participant, status: AttendanceStatus.Absent, note: 'ziek' }],
      },
    });
    const { recordEarnings } = await coop.request(RecordEarningsDocument, {
      input: { enterpriseId: own.enterprise, month: '2026-02', revenueCents: 30000, costsCents: 5000 },
    });
    const { recordMemberIncome } = await coop.request(RecordMemberIncomeDocument, {
      input: { memberId: own.member, month: '2026-02', volunteerAllowanceCents: 5000 },
    });
    await server.admin.request(UpdateNormDocument, { input: { id: own.norm, amountCents: 131000 } });
    const { createFundingAgreement } = await funder.request(CreateFundingAgreementDocument, {
      input: {
        streamId: own.stream,
        placeId: own.place,
        basis: FundingBasis.LumpSum,
        totalCents: 240000,
        from: '2031-01',
        until: '2031-12',
      },
    });
    const { recordPlaceCost } = await staff.request(RecordPlaceCostDocument, {
      input: { placeId: own.place, month: '2030-02', category: CostCategory.Premises, amountCents: 90000 },
    });
    const { recordSales } = await staff.request(RecordSalesDocument, {
      input: { workshopId: own.workshop, month: '2030-01', amountCents: 15000 },
    });

    const [enrolled, ended] = await entriesFor(enrolmentId);
    expect(enrolled).toMatchObject({
      action: 'enrol',
      entityType: 'Enrolment',
      actorSubject: 'test-org_staff',
      actorRole: Role.ORG_STAFF,
      actorOrganisationId: own.operator,
      organisationId: own.operator,
      before: null,
      after: { participant: newcomer.id, status: EnrolmentStatus.ACTIVE, startDate: '2030-03-01' },
    });
    expect(ended).toMatchObject({
      action: 'endEnrolment',
      before: { status: EnrolmentStatus.ACTIVE, endDate: null },
      after: { status: EnrolmentStatus.ENDED, endDate: '2030-03-05' },
    });
    const [attendance] = await entriesFor(own.attendance).then((all) => all.slice(-1));
    expect(attendance).toMatchObject({
      action: 'recordAttendanceBulk',
      before: { status: 'PRESENT', participant: own.participant },
      after: { status: 'ABSENT', participant: own.participant },
    });
    expect(JSON.stringify(attendance)).not.toContain('ziek');
    expect((await entriesFor(recordEarnings.earnings!.id))[0]).toMatchObject({
      action: 'recordEarnings',
      actorRole: Role.COOP_STAFF,
      organisationId: own.cooperative,
      after: { month: '2026-02', revenueCents: 30000, costsCents: 5000 },
    });
    expect((await entriesFor(recordMemberIncome.income!.id))[0]).toMatchObject({
      action: 'recordMemberIncome',
      after: { member: own.member, volunteerAllowanceCents: 5000 },
    });
    const normChanges = await entriesFor(own.norm);
    expect(normChanges.map((e) => e.action)).toEqual(['createNorm', 'updateNorm']);
    expect(normChanges[1]).toMatchObject({
      organisationId: null,
      before: { amountCents: 130000 },
      after: { amountCents: 131000 },
    });
    expect((await entriesFor(createFundingAgreement.agreement!.id))[0]).toMatchObject({
      action: 'createFundingAgreement',
      actorRole: Role.FUNDER,
      organisationId: own.operator,
      after: { totalCents: 240000, fromMonth: '2031-01' },
    });
    expect((await entriesFor(recordPlaceCost.cost!.id))[0]).toMatchObject({
      action: 'recordPlaceCost',
      after: { amountCents: 90000 },
    });
    const sales = await entriesFor(recordSales.sale!.id);
    expect(sales.map((e) => e.action)).toEqual(['recordSales', 'recordSales']);
    expect(sales[1]).toMatchObject({ before: { amountCents: 12000 }, after: { amountCents: 15000 } });

    expect((await entriesFor(own.booking))[0]).toMatchObject({
      action: 'book',
      after: { enrolment: own.enrolment, participant: own.participant, status: 'BOOKED' },
    });
    await staff.request(CancelBookingDocument, { input: { bookingId: own.spareBooking } });
    const spare = await entriesFor(own.spareBooking);
    expect(spare.map((e) => [e.action, e.before?.status ?? null, e.after?.status])).toEqual([
      ['book', null, 'BOOKED'],
      ['cancelBooking', 'BOOKED', 'CANCELLED'],
    ]);
    expect((await entriesFor(own.userAccount))[0]).toMatchObject({
      action: 'createUserAccount',
      actorRole: Role.ADMIN,
      after: { role: Role.ORG_STAFF, organisation: own.operator, disabled: false },
    });

    const everything = JSON.stringify(await server.orm.em.fork().find(AuditEntry, {}));
    expect(everything).not.toContain('Naam Die Niet In Het Logboek Mag');
    for (const name of [...own.participantPersonal, ...own.memberPersonal])
      expect(everything).not.toContain(name);
  });

  it('writes nothing when the mutation fails, even after the entry was made', async () => {
    const staff = server.client(server.token(Role.ORG_STAFF, other.operator));
    const participant = await makeParticipant(server.orm, { organisation: { id: other.operator } as never });
    const { enrol } = await staff.request(EnrolDocument, {
      input: { participantId: participant.id, workshopId: other.workshop, startDate: '2030-03-01' },
    });
    const enrolmentId = enrol.enrolment!.id;
    // Fail endEnrolment after its audit entry and first flush: when it stops the standing bookings.
    const connection = server.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    const spy = jest.spyOn(connection, 'execute').mockImplementation(((sql: unknown, ...rest: never[]) => {
      if (typeof sql === 'string' && sql.includes('update recurring_booking')) {
        throw new DomainError(Code.CONFLICT, 'Simulated failure after the audit entry.');
      }
      return original(sql as never, ...rest);
    }) as never);
    try {
      const { endEnrolment } = await staff.request(EndEnrolmentDocument, {
        input: { enrolmentId, endDate: '2030-03-05', outflowCode: other.outflowCode },
      });
      expect(endEnrolment.errors).toEqual([expect.objectContaining({ code: ErrorCode.Conflict })]);
    } finally {
      spy.mockRestore();
    }
    expect((await entriesFor(enrolmentId)).map((e) => e.action)).toEqual(['enrol']);
    const enrolment = await server.orm.em.fork().findOneOrFail(Enrolment, enrolmentId);
    expect(enrolment.status).toBe(EnrolmentStatus.ACTIVE);

    // A refused change (a participant not enrolled) writes no attendance entry either.
    const stranger = await makeParticipant(server.orm, { organisation: { id: other.operator } as never });
    const before = await server.orm.em.fork().count(AuditEntry, { entityType: 'Attendance' });
    const { recordAttendanceBulk } = await staff.request(RecordAttendanceBulkDocument, {
      input: {
        occurrenceId: other.pastOccurrence,
        entries: [
          { participantId: other.participant, status: AttendanceStatus.Present },
          { participantId: stranger.id, status: AttendanceStatus.Present },
        ],
      },
    });
    expect(recordAttendanceBulk.errors).toEqual([expect.objectContaining({ code: ErrorCode.NotEnrolled })]);
    expect(await server.orm.em.fork().count(AuditEntry, { entityType: 'Attendance' })).toBe(before);
  });

  it('shows ADMIN everything and staff only their own organisation, newest first, a page at a time', async () => {
    const adminLog = await server.admin.request(AuditLogDocument, { first: 100, entity: 'PlaceCost' });
    const placeCostOrgs = adminLog.auditLog.edges.map((e) => e.node.organisationId);
    expect(placeCostOrgs).toEqual(expect.arrayContaining([own.operator, other.operator]));

    const staff = server.client(server.token(Role.ORG_STAFF, own.operator));
    const first = await staff.request(AuditLogDocument, { first: 2 });
    expect(first.auditLog.edges).toHaveLength(2);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await staff.request(AuditLogDocument, {
      first: 100,
      after: first.auditLog.pageInfo.endCursor,
    });
    const all = [...first.auditLog.edges, ...rest.auditLog.edges].map((e) => e.node);
    expect(all).toHaveLength(first.auditLog.totalCount);
    expect(all.every((entry) => entry.organisationId === own.operator)).toBe(true);
    const times = all.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);

    const byAdmin = await staff.request(AuditLogDocument, {
      first: 100,
      actor: 'test-admin',
      entity: 'Attendance',
    });
    expect(byAdmin.auditLog.edges.map((e) => e.node.action)).toEqual(['recordAttendance']);

    const coop = server.client(server.token(Role.COOP_STAFF, own.cooperative));
    const coopLog = await coop.request(AuditLogDocument, { first: 100 });
    expect(coopLog.auditLog.edges.length).toBeGreaterThan(0);
    expect(coopLog.auditLog.edges.every((e) => e.node.organisationId === own.cooperative)).toBe(true);

    for (const token of [
      server.token(Role.FUNDER, own.funder),
      server.token(Role.MEMBER, null, own.member),
    ]) {
      expect(await topLevelErrors(server.client(token), AuditLogDocument, { first: 10 })).toEqual([
        expect.objectContaining({ code: 'FORBIDDEN' }),
      ]);
    }
    expect(await topLevelErrors(server.client(), AuditLogDocument, { first: 10 })).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
    expect(await topLevelErrors(staff, AuditLogDocument, { first: 10, after: 'nonsense' })).toEqual([
      expect.objectContaining({ code: 'BAD_CURSOR' }),
    ]);
  });
});
