import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { type AccessTenant, callerFor, makeAccessTenant, TODAY } from '../access/fixtures';
import {
  AttendanceStatus,
  AttendanceSummaryDocument,
  CreateUserAccountDocument,
  RecordAttendanceDocument,
  Role as GqlRole,
  CooperativeOverviewDocument,
  EraseMemberDocument,
  EraseParticipantDocument,
  ErrorCode,
  PlaceFinancingDocument,
  UpdateParticipantDocument,
} from '../generated/graphql';
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

/** The figures others already received about the tenant: attendance, financing and the cooperative's totals. */
async function figures(t: AccessTenant) {
  const funder = server.client(server.token(Role.FUNDER, t.funder));
  const { attendanceSummary } = await funder.request(AttendanceSummaryDocument, {
    placeId: t.place,
    from: '2030-02-01',
    to: '2030-03-06',
  });
  const { placeFinancing } = await funder.request(PlaceFinancingDocument, {
    placeId: t.place,
    from: '2030-01',
    to: '2030-03',
  });
  const coop = server.client(server.token(Role.COOP_STAFF, t.cooperative));
  const { cooperativeOverview } = await coop.request(CooperativeOverviewDocument, {
    cooperativeId: t.cooperative,
    month: '2026-01',
  });
  const { members, ...totals } = cooperativeOverview;
  return {
    attendance: attendanceSummary.workshops,
    financing: placeFinancing,
    totals,
    // By id: the overview lists members by name, and an erased name sorts elsewhere.
    lines: members
      .map(({ member, ...line }) => ({ id: member.id, ...line }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

async function column(sql: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await server.orm.em.fork().getConnection().execute(sql, [id]);
  return row as Record<string, unknown>;
}

describe('erasure', () => {
  it('anonymises a participant and a member and leaves every aggregate figure as it was', async () => {
    const staff = server.client(server.token(Role.ORG_STAFF, own.operator));
    await staff.request(UpdateParticipantDocument, {
      input: {
        id: own.participant,
        email: 'persoon@example.org',
        phone: '+31 6 1111 2222',
        birthDate: '1985-04-03',
        languages: ['nl', 'Tigrinya'],
      },
    });
    await staff.request(RecordAttendanceDocument, {
      input: {
        occurrenceId: own.pastOccurrence,
        participantId: own.participant,
        status: AttendanceStatus.Present,
        note: 'Kwam later, bus gemist',
      },
    });
    await server.admin.request(CreateUserAccountDocument, {
      input: {
        issuer: 'https://issuer.example',
        subject: `member-${own.member}`,
        role: GqlRole.Member,
        memberId: own.member,
        displayName: 'Login Van Het Lid',
        disabled: false,
      },
    });
    const [participantName] = own.participantPersonal;
    const [memberName] = own.memberPersonal;
    const before = await figures(own);
    expect(before.attendance[0].present).toBe(1);
    expect(before.financing.fundingCents).toBeGreaterThan(0);
    expect(before.totals.totalEarningsCents).toBeGreaterThan(0);

    const { eraseParticipant } = await staff.request(EraseParticipantDocument, {
      input: { participantId: own.participant },
    });
    expect(eraseParticipant.errors).toEqual([]);
    expect(eraseParticipant.participant).toMatchObject({
      displayName: 'Erased participant',
      email: null,
      phone: null,
      birthDate: null,
      languages: [],
    });
    const coop = server.client(server.token(Role.COOP_STAFF, own.cooperative));
    const { eraseMember } = await coop.request(EraseMemberDocument, { input: { memberId: own.member } });
    expect(eraseMember.errors).toEqual([]);
    expect(eraseMember.member?.displayName).toBe('Erased member');

    expect(await figures(own)).toEqual(before);
    const participant = await column(
      'select display_name, email, phone, birth_date, languages, erased_at from participant where id = ?',
      own.participant,
    );
    expect(participant).toMatchObject({
      display_name: 'Erased participant',
      email: null,
      phone: null,
      birth_date: null,
      languages: [],
    });
    expect(participant.erased_at).not.toBeNull();
    const member = await column('select display_name, erased_at from member where id = ?', own.member);
    expect(member.display_name).toBe('Erased member');
    expect(await column('select note from attendance where id = ?', own.attendance)).toEqual({ note: null });
    expect(await column('select display_name from user_account where member_id = ?', own.member)).toEqual({
      display_name: null,
    });
    const connection = server.orm.em.fork().getConnection();
    for (const [table, name] of [
      ['participant', participantName],
      ['member', memberName],
    ]) {
      const [{ count }] = await connection.execute(
        `select count(*)::int as count from ${table} where display_name = ?`,
        [name],
      );
      expect(count).toBe(0);
    }
    const audit = JSON.stringify(await server.orm.em.fork().find(AuditEntry, { entityId: own.participant }));
    expect(audit).not.toContain(participantName);
    expect(audit).not.toContain('persoon@example.org');
  });

  it('is idempotent, audited once, and only for the owning organisation', async () => {
    const staff = server.client(server.token(Role.ORG_STAFF, other.operator));
    const first = await staff.request(EraseParticipantDocument, {
      input: { participantId: other.spareParticipant },
    });
    const again = await staff.request(EraseParticipantDocument, {
      input: { participantId: other.spareParticipant },
    });
    expect(again.eraseParticipant).toEqual(first.eraseParticipant);
    const entries = await server.orm.em.fork().find(AuditEntry, { entityId: other.spareParticipant });
    expect(entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ['eraseParticipant', { erased: false }, { erased: true }],
    ]);

    const stranger = server.client(server.token(Role.ORG_STAFF, own.operator));
    const refused = await stranger.request(EraseParticipantDocument, {
      input: { participantId: other.participant },
    });
    expect(refused.eraseParticipant.errors).toEqual([expect.objectContaining({ code: ErrorCode.NotFound })]);
    const outsider = server.client(server.token(Role.COOP_STAFF, own.cooperative));
    const notOurs = await outsider.request(EraseMemberDocument, { input: { memberId: other.member } });
    expect(notOurs.eraseMember.errors).toEqual([expect.objectContaining({ code: ErrorCode.NotFound })]);
    const funder = server.client(server.token(Role.FUNDER, other.funder));
    expect(
      await topLevelErrors(funder, EraseParticipantDocument, { input: { participantId: other.participant } }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const { display_name } = await column(
      'select display_name from participant where id = ?',
      other.participant,
    );
    expect(display_name).not.toBe('Erased participant');
  });
});
