import jwt from 'jsonwebtoken';
import { bearerToken, InvalidTokenError, signToken, verifyToken } from '../../src/auth/tokens';
import { Role } from '../../src/auth/viewer';

const secret = 's'.repeat(40);
const org = '7f0c2a1e-4b5d-4c3e-9a8b-1c2d3e4f5a6b';

describe('tokens', () => {
  it('round-trips a viewer', () => {
    const viewer = { subject: 'u1', role: Role.ORG_STAFF, organisationId: org, memberId: null };
    expect(verifyToken(secret, signToken(secret, viewer))).toEqual(viewer);
  });

  it.each([
    [
      'expired',
      signToken(secret, { subject: 'u', role: Role.ADMIN, organisationId: null, memberId: null }, -10),
    ],
    [
      'wrongly signed',
      signToken('t'.repeat(40), { subject: 'u', role: Role.ADMIN, organisationId: null, memberId: null }),
    ],
    ['malformed', 'abc.def'],
    ['unknown role', jwt.sign({ role: 'ROOT' }, secret, { subject: 'u', issuer: 'meedoen-local' })],
    [
      'staff without organisation',
      jwt.sign({ role: 'ORG_STAFF' }, secret, { subject: 'u', issuer: 'meedoen-local' }),
    ],
    [
      'unsigned',
      jwt.sign({ role: 'ADMIN' }, '', { algorithm: 'none', subject: 'u', issuer: 'meedoen-local' }),
    ],
  ])('refuses a token that is %s', (_what, token) => {
    expect(() => verifyToken(secret, token)).toThrow(InvalidTokenError);
  });

  it('reads only Bearer authorization headers', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(() => bearerToken('Basic abc')).toThrow(InvalidTokenError);
  });
});
