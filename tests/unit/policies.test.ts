import { canSeePersonalData, readScope } from '../../src/auth/policies';
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
