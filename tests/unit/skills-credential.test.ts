import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import {
  encodeStatusList,
  generateSigningKey,
  publicJwks,
  type SigningKey,
  signSkillCredential,
  signStatusList,
  statusBit,
  verifySkillCredential,
} from '../../src/skills/credential.jwt';

const issuer = { id: 'https://meedoen.example/', name: 'Stichting Werkplaats' };
type Vc = {
  id: string;
  type: string[];
  credentialSubject: { achievement: { name: string }; result: { achievedLevel: string }[] };
};
const listUrl = 'https://meedoen.example/credentials/status/1';
let key: SigningKey;

beforeAll(async () => {
  key = await generateSigningKey();
});

function issue(index: number) {
  return signSkillCredential(
    {
      credentialId: 'urn:uuid:6f1f1a5e-64b3-4a43-9f0e-0c3b2f0d8a11',
      issuer,
      achievementId: 'https://meedoen.example/skills/work-habits.customer-contact',
      skill: {
        code: 'work-habits.customer-contact',
        labelNl: 'Klantcontact',
        labelEn: 'Customer contact',
        externalCode: null,
      },
      level: 'INDEPENDENT',
      observedOn: '2026-11-20',
      holderName: 'Samira',
      issuedAt: new Date('2026-12-01T10:00:00Z'),
      status: { listUrl, index },
    },
    key,
  );
}

describe('status list', () => {
  it('sets exactly the revoked bits, most significant bit first', () => {
    const list = encodeStatusList([0, 9, 131_071]);
    expect(list.startsWith('u')).toBe(true);
    expect([0, 1, 8, 9, 131_071].map((i) => statusBit(list, i))).toEqual([true, false, false, true, true]);
    expect(() => encodeStatusList([131_072])).toThrow(RangeError);
  });
});

describe('skill credentials', () => {
  it('verify with a standard JOSE library and only the published public keys', async () => {
    const jwt = await issue(3);
    const jwks = publicJwks([key]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"|"p"|"q"/);
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks), { issuer: issuer.id });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: key.kid });
    const vc = payload.vc as Vc;
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.credentialSubject.achievement.name).toBe('Klantcontact');
    expect(vc.credentialSubject.result[0].achievedLevel).toMatch(/#level-INDEPENDENT$/);
    expect(JSON.stringify(vc)).not.toContain('Samira');
    expect(payload.jti).toBe(vc.id);
  });

  it('pass with a clean status list, fail after revocation, tampering or with another key', async () => {
    const jwt = await issue(5);
    const jwks = publicJwks([key]);
    const clean = await signStatusList(listUrl, issuer, [4], key, new Date());
    const revoked = await signStatusList(listUrl, issuer, [4, 5], key, new Date());
    expect((await verifySkillCredential(jwt, jwks, async () => clean)).valid).toBe(true);
    expect(await verifySkillCredential(jwt, jwks, async () => revoked)).toEqual({
      valid: false,
      reason: 'REVOKED',
    });

    const [header, body, signature] = jwt.split('.');
    const claims = decodeJwt(jwt) as { vc: Vc };
    claims.vc.credentialSubject.result[0].achievedLevel = 'TEACHES_OTHERS';
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    expect(body).not.toBe(forged.split('.')[1]);
    expect(await verifySkillCredential(forged, jwks, async () => clean)).toEqual({
      valid: false,
      reason: 'SIGNATURE',
    });

    const other = await generateSigningKey();
    expect(await verifySkillCredential(jwt, publicJwks([other]), async () => clean)).toEqual({
      valid: false,
      reason: 'SIGNATURE',
    });
    const foreignList = await signStatusList(listUrl, issuer, [], other, new Date());
    expect(await verifySkillCredential(jwt, jwks, async () => foreignList)).toEqual({
      valid: false,
      reason: 'SIGNATURE',
    });
  });
});
