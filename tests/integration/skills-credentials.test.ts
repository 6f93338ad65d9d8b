import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, jwtVerify } from 'jose';
import {
  IssueSkillCredentialDocument,
  RevokeSkillCredentialDocument,
  RotateCredentialSigningKeyDocument,
} from '../generated/graphql';
import { verifySkillCredential } from '../../src/skills/credential.jwt';
import { makeTenant } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { observe } from '../factories/skills';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

let server: TestServer;
let origin: string;

beforeAll(async () => {
  server = await startTestServer();
  origin = new URL(server.url).origin;
});
afterAll(() => server.stop());

/** What a verifier does without an account: fetch the published keys and the status list over HTTP. */
async function fetchJwks(): Promise<JSONWebKeySet> {
  const response = await fetch(`${origin}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as JSONWebKeySet;
}
/** The status list URL names the configured public address; the test server listens elsewhere. */
const fetchStatusList = async (url: string) => (await fetch(`${origin}${new URL(url).pathname}`)).text();

describe('skill credentials', () => {
  it('issues an Open Badges credential that verifies with the public key alone, and fails after revocation or tampering', async () => {
    const { organisation } = await makeTenant(server.orm);
    const participant = await makeParticipant(server.orm, { organisation, displayName: 'Samira' });
    await observe(server.orm, participant, [['work-habits.customer-contact', 'INDEPENDENT', '2026-11-20']]);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));

    const issued = await staff.request(IssueSkillCredentialDocument, {
      input: { participantId: participant.id, skillCode: 'work-habits.customer-contact' },
    });
    expect(issued.issueSkillCredential.errors).toEqual([]);
    const jwt = issued.issueSkillCredential.credential!;
    expect(jwt.split('.')).toHaveLength(3);

    const jwks = await fetchJwks();
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks));
    const vc = payload.vc as { type: string[]; credentialSubject: { achievement: { name: string } } };
    expect(vc.type).toContain('OpenBadgeCredential');
    expect(vc.credentialSubject.achievement.name).toBe('Klantcontact');
    expect(JSON.stringify(payload)).not.toContain('Samira');

    expect((await verifySkillCredential(jwt, jwks, fetchStatusList)).valid).toBe(true);

    const claims = decodeJwt(jwt) as { vc: { credentialSubject: { achievement: { name: string } } } };
    claims.vc.credentialSubject.achievement.name = 'Lassen';
    const [header, , signature] = jwt.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await verifySkillCredential(tampered, jwks, fetchStatusList)).toEqual({
      valid: false,
      reason: 'SIGNATURE',
    });

    const other = await makeTenant(server.orm);
    const foreign = await server
      .client(server.token(Role.ORG_STAFF, other.organisation.id))
      .request(RevokeSkillCredentialDocument, {
        input: { credentialId: issued.issueSkillCredential.credentialId! },
      });
    expect(foreign.revokeSkillCredential).toMatchObject({ revoked: false, errors: [{ code: 'NOT_FOUND' }] });
    expect((await verifySkillCredential(jwt, jwks, fetchStatusList)).valid).toBe(true);

    const revoked = await staff.request(RevokeSkillCredentialDocument, {
      input: { credentialId: issued.issueSkillCredential.credentialId! },
    });
    expect(revoked.revokeSkillCredential).toEqual({ revoked: true, errors: [] });
    expect(await verifySkillCredential(jwt, await fetchJwks(), fetchStatusList)).toEqual({
      valid: false,
      reason: 'REVOKED',
    });
  });

  it('issues nothing for a skill the passport does not hold', async () => {
    const { organisation } = await makeTenant(server.orm);
    const participant = await makeParticipant(server.orm, { organisation });
    const result = await server
      .client(server.token(Role.ORG_STAFF, organisation.id))
      .request(IssueSkillCredentialDocument, {
        input: { participantId: participant.id, skillCode: 'crafts.sewing' },
      });
    expect(result.issueSkillCredential).toMatchObject({
      credential: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'skillCode'] }],
    });
  });
});

describe('rotating the signing key', () => {
  it('signs with a new key from then on, while credentials signed before keep verifying; ADMIN only', async () => {
    const { organisation } = await makeTenant(server.orm);
    const participant = await makeParticipant(server.orm, { organisation });
    await observe(server.orm, participant, [['work-habits.punctuality', 'INDEPENDENT', '2026-11-20']]);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const issue = async () =>
      (
        await staff.request(IssueSkillCredentialDocument, {
          input: { participantId: participant.id, skillCode: 'work-habits.punctuality' },
        })
      ).issueSkillCredential.credential!;
    const before = await issue();

    const refused = await staff
      .request(RotateCredentialSigningKeyDocument, { input: { reason: 'jaarlijkse wissel' } })
      .catch((error: { response: { errors: { extensions: { code: string } }[] } }) => error.response);
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');

    const admin = server.client(server.token(Role.ADMIN));
    const rotated = await admin.request(RotateCredentialSigningKeyDocument, {
      input: { reason: 'jaarlijkse wissel' },
    });
    expect(rotated.rotateCredentialSigningKey.errors).toEqual([]);
    const newKid = rotated.rotateCredentialSigningKey.keyId!;
    expect(rotated.rotateCredentialSigningKey.retiredKeyIds).toContain(decodeProtectedKid(before));
    expect(rotated.rotateCredentialSigningKey.retiredKeyIds).not.toContain(newKid);

    const after = await issue();
    expect(decodeProtectedKid(after)).toBe(newKid);
    const jwks = await fetchJwks();
    const kids = jwks.keys.map((key) => key.kid);
    expect(kids).toEqual(expect.arrayContaining([decodeProtectedKid(before), newKid]));
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    expect((await verifySkillCredential(before, jwks, fetchStatusList)).valid).toBe(true);
    expect((await verifySkillCredential(after, jwks, fetchStatusList)).valid).toBe(true);
  });
});

/** The key id in a compact JWT's protected header. */
function decodeProtectedKid(jwt: string): string {
  return (JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;
}
