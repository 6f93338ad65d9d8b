import jwt from 'jsonwebtoken';
import { bearerToken, InvalidTokenError, signToken, verifyToken } from '../../src/auth/tokens';
import { startBanner } from '../../src/banner';
import { Role } from '../../src/auth/viewer';

const secret = 's'.repeat(40);
const org = '7f0c2a1e-4b5d-4c3e-9a8b-1c2d3e4f5a6b';

describe('tokens', () => {
  it('round-trips a viewer', () => {
    const viewer = { subject: 'u1', role: Role.ORG_STAFF, organisationId: org, memberId: null };
    expect(verifyToken(secret, signToken(secret, viewer))).toEqual(viewer);
  });

  it.each([Role.ORG_STAFF, Role.FUNDER, Role.COOP_STAFF])('carries the organisation of %s', (role) => {
    const viewer = { subject: 'u2', role, organisationId: org, memberId: null };
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

describe('token lifetime', () => {
  const secret = 's'.repeat(40);
  const viewer = { subject: 'u', role: Role.ADMIN, organisationId: null, memberId: null };
  const DAY = 24 * 60 * 60;

  it('refuses a token without exp', () => {
    const token = jwt.sign({ role: 'ADMIN' }, secret, {
      algorithm: 'HS256',
      subject: 'u',
      issuer: 'meedoen-local',
    });
    expect(() => verifyToken(secret, token)).toThrow(/no expiry/);
  });

  it('refuses a token whose exp lies centuries ahead, or beyond the configured maximum', () => {
    const centuries = jwt.sign({ role: 'ADMIN', exp: 32_503_680_000 }, secret, {
      algorithm: 'HS256',
      subject: 'u',
      issuer: 'meedoen-local',
      noTimestamp: true,
    });
    expect(() => verifyToken(secret, centuries)).toThrow(/lives longer/);
    const sixtyDays = signToken(secret, viewer, 60 * DAY);
    expect(() => verifyToken(secret, sixtyDays)).toThrow(/at most 31 days/);
    expect(verifyToken(secret, sixtyDays, 90 * DAY)).toEqual(viewer);
    expect(() => verifyToken(secret, signToken(secret, viewer, 2 * DAY), DAY)).toThrow(/at most 1 days/);
  });

  it('accepts the default 30-day token under the default maximum', () => {
    expect(verifyToken(secret, signToken(secret, viewer))).toEqual(viewer);
  });
});

describe('start banner', () => {
  const start = { url: 'http://localhost:4000/graphql', dataDir: '.data', seeded: true, startedInMs: 1234 };
  const tokens = async () => [{ label: 'ADMIN', token: 'demo.token.value' }];

  it('prints demo tokens on the embedded demo database', async () => {
    const banner = await startBanner({ ...start, embedded: true, demoTokens: tokens });
    expect(banner).toMatch(/Demo tokens/);
    expect(banner).toContain('demo.token.value');
  });

  it('says how long the start took', async () => {
    const banner = await startBanner({ ...start, embedded: false, demoTokens: tokens });
    expect(banner).toContain('ready at http://localhost:4000/graphql (started in 1.2 s)');
  });

  it('never prints or even makes tokens with DATABASE_URL set', async () => {
    const demoTokens = jest.fn(tokens);
    const banner = await startBanner({ ...start, embedded: false, demoTokens });
    expect(banner).not.toMatch(/Demo tokens|demo\.token/);
    expect(demoTokens).not.toHaveBeenCalled();
  });
});
