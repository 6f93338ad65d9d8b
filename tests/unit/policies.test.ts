import { auditScope } from '../../src/audit/audit.policy';
import { MemberPersonalData } from '../../src/cooperatives/member.guard';
import { ParticipantPersonalData } from '../../src/participants/participant.guard';
import { assertOwnRecord, canSeePersonalData, readScope } from '../../src/auth/policies';
import { canReadAttendanceSummary } from '../../src/scheduling/schedule.policy';
import { ErrorCode } from '../../src/shared/errors';
import { Role, type Viewer } from '../../src/auth/viewer';

const org = '7f0c2a1e-4b5d-4c3e-9a8b-1c2d3e4f5a6b';
const other = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const viewer = (
  role: Role,
  organisationId: string | null = null,
  memberId: string | null = null,
): Viewer => ({
  subject: 's',
  role,
  organisationId,
  memberId,
});

describe('read scopes', () => {
  it('gives each role its scope', () => {
    expect(readScope(null)).toEqual({ kind: 'none' });
    expect(readScope(viewer(Role.ADMIN))).toEqual({ kind: 'all' });
    expect(readScope(viewer(Role.FUNDER, org))).toEqual({
      kind: 'organisation',
      organisationId: org,
      aggregatesOnly: true,
    });
    expect(readScope(viewer(Role.COOP_STAFF, org))).toMatchObject({ aggregatesOnly: false });
    expect(readScope(viewer(Role.MEMBER, null, org))).toEqual({ kind: 'member', memberId: org });
  });

  it('shows personal data to admins and own staff only, never to funders', () => {
    expect(canSeePersonalData(viewer(Role.ADMIN), org)).toBe(true);
    expect(canSeePersonalData(viewer(Role.ORG_STAFF, org), org)).toBe(true);
    expect(canSeePersonalData(viewer(Role.ORG_STAFF, other), org)).toBe(false);
    expect(canSeePersonalData(viewer(Role.FUNDER, org), org)).toBe(false);
    expect(canSeePersonalData(null, org)).toBe(false);
  });
});

describe('access rules added for the whole API', () => {
  it('lets ADMIN read the whole audit log, staff their own organisation and nobody else', () => {
    expect(auditScope(viewer(Role.ADMIN))).toEqual({ kind: 'all' });
    expect(auditScope(viewer(Role.ORG_STAFF, org))).toEqual({ kind: 'organisation', id: org });
    expect(auditScope(viewer(Role.COOP_STAFF, org))).toEqual({ kind: 'organisation', id: org });
    expect(auditScope(viewer(Role.FUNDER, org))).toBeNull();
    expect(auditScope(viewer(Role.MEMBER, null, org))).toBeNull();
  });

  it('gives a funder attendance aggregates only of places it has an agreement on', () => {
    expect(canReadAttendanceSummary(viewer(Role.FUNDER, other), org, true)).toBe(true);
    expect(canReadAttendanceSummary(viewer(Role.FUNDER, other), org, false)).toBe(false);
    expect(canReadAttendanceSummary(viewer(Role.ORG_STAFF, org), org)).toBe(true);
    expect(canReadAttendanceSummary(viewer(Role.COOP_STAFF, org), org, true)).toBe(false);
    expect(canReadAttendanceSummary(null, org, true)).toBe(false);
  });

  it("answers another tenant's private record as not found", () => {
    expect(() => assertOwnRecord(viewer(Role.ORG_STAFF, other), org, 'No booking has this id.')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ code: ErrorCode.NOT_FOUND })] }),
    );
    expect(() => assertOwnRecord(viewer(Role.ORG_STAFF, org), org, 'No booking has this id.')).not.toThrow();
  });

  it('guards personal fields of participants and members whatever path reached them', async () => {
    const next = () => Promise.resolve('Jan');
    const participant = { organisation: { id: org } };
    const member = { id: other, organisation: { id: org } };
    const run = (guard: typeof ParticipantPersonalData, root: object, who: Viewer | null) =>
      (guard as (action: object, next: () => Promise<unknown>) => unknown)(
        { root, context: { viewer: who }, args: {}, info: {} },
        next,
      );
    await expect(run(ParticipantPersonalData, participant, viewer(Role.ORG_STAFF, org))).resolves.toBe('Jan');
    expect(() => run(ParticipantPersonalData, participant, viewer(Role.FUNDER, org))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(() => run(ParticipantPersonalData, participant, null)).toThrow();
    await expect(run(MemberPersonalData, member, viewer(Role.MEMBER, null, other))).resolves.toBe('Jan');
    await expect(run(MemberPersonalData, member, viewer(Role.COOP_STAFF, org))).resolves.toBe('Jan');
    expect(() => run(MemberPersonalData, member, viewer(Role.MEMBER, null, org))).toThrow();
    expect(() => run(MemberPersonalData, member, viewer(Role.FUNDER, org))).toThrow();
  });
});
