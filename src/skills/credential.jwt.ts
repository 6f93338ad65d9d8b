/**
 * Skill credentials as Open Badges 3.0 `OpenBadgeCredential`s on the W3C Verifiable Credentials 2.0 data model,
 * secured as a JWT (the `vc` claim carries the credential; `iss`, `jti`, `nbf` and `iat` repeat its issuer, id
 * and dates) and signed RS256 with the platform key, the algorithm Open Badges 3.0 requires verifiers to support.
 * Revocation is a W3C Bitstring Status List: a gzip-compressed bit string, one bit per issued credential, in a
 * credential signed with the same key. Anyone holding the public keys (`/.well-known/jwks.json`) can verify both.
 */
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  jwtVerify,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { LEVEL_LABEL_EN, LEVEL_LABEL_NL, SKILL_LEVELS, type SkillLevelName } from './skill-level';

export const CREDENTIAL_ALG = 'RS256';

/** Bits in one status list: 131,072 (16 KiB), the minimum the Bitstring Status List spec asks for privacy. */
export const STATUS_LIST_BITS = 131_072;

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** A new RS256 key pair with a key id derived from its public part (RFC 7638 thumbprint style). */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(CREDENTIAL_ALG, {
    extractable: true,
    modulusLength: 2048,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = createHash('sha256')
    .update(JSON.stringify({ e: publicJwk.e, kty: publicJwk.kty, n: publicJwk.n }))
    .digest('base64url');
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: CREDENTIAL_ALG },
    publicJwk: { ...publicJwk, kid, alg: CREDENTIAL_ALG, use: 'sig' },
  };
}

/** The JSON Web Key Set to publish: public parts only. */
export function publicJwks(keys: readonly Pick<SigningKey, 'publicJwk'>[]): JSONWebKeySet {
  return {
    keys: keys.map(({ publicJwk }) => {
      const { kty, n, e, kid, alg, use } = publicJwk;
      return { kty, n, e, kid, alg, use } as JWK;
    }),
  };
}

export interface SkillCredentialInput {
  /** `urn:uuid:…` of this credential. */
  credentialId: string;
  issuer: { id: string; name: string };
  /** Stable URL or URN of the skill (the achievement). */
  achievementId: string;
  skill: { code: string; labelNl: string; labelEn: string; externalCode: string | null };
  level: SkillLevelName;
  /** Date the level was observed, `YYYY-MM-DD`. */
  observedOn: string;
  /** The participant's display name, stored only as a salted hash (identityHash) in the credential. */
  holderName: string;
  issuedAt: Date;
  status: { listUrl: string; index: number };
}

/** `sha256$<hex>` of salt + value, as Open Badges 3.0 `IdentityObject.identityHash` writes it. */
export function identityHash(value: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(value + salt)
    .digest('hex')}`;
}

/** The Open Badges 3.0 credential document (unsigned). */
export function skillCredentialDocument(input: SkillCredentialInput, salt: string): Record<string, unknown> {
  const levels = SKILL_LEVELS.map((level, i) => ({
    id: `${input.achievementId}#level-${level}`,
    type: ['RubricCriterionLevel'],
    name: LEVEL_LABEL_NL[level],
    description: LEVEL_LABEL_EN[level],
    level: String(i + 1),
  }));
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name },
    validFrom: input.issuedAt.toISOString(),
    name: `${input.skill.labelNl}: ${LEVEL_LABEL_NL[input.level]}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: true,
          identityHash: identityHash(input.holderName, salt),
          salt,
        },
      ],
      achievement: {
        id: input.achievementId,
        type: ['Achievement'],
        achievementType: 'Competency',
        name: input.skill.labelNl,
        description: input.skill.labelEn,
        criteria: {
          narrative: 'Gezien door de leermeester in de werkplaats. Seen by the master craftsman at work.',
        },
        ...(input.skill.externalCode
          ? {
              alignment: [
                { type: ['Alignment'], targetName: input.skill.labelEn, targetUrl: input.skill.externalCode },
              ],
            }
          : {}),
        resultDescription: [
          {
            id: `${input.achievementId}#levels`,
            type: ['ResultDescription'],
            name: 'Niveau',
            resultType: 'RubricCriterionLevel',
            allowedValue: levels.map((level) => level.name),
            rubricCriterionLevel: levels,
          },
        ],
      },
      result: [
        {
          type: ['Result'],
          resultDescription: `${input.achievementId}#levels`,
          achievedLevel: `${input.achievementId}#level-${input.level}`,
        },
      ],
      activityEndDate: `${input.observedOn}T00:00:00Z`,
    },
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
}

async function sign(document: Record<string, unknown>, key: SigningKey, issuer: string, issuedAt: Date) {
  const privateKey = await importJWK(key.privateJwk, CREDENTIAL_ALG);
  const seconds = Math.floor(issuedAt.getTime() / 1000);
  return new SignJWT({ vc: document })
    .setProtectedHeader({ alg: CREDENTIAL_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setJti(String(document.id))
    .setIssuedAt(seconds)
    .setNotBefore(seconds)
    .sign(privateKey);
}

/** Signs a skill credential; answers the compact JWT. */
export async function signSkillCredential(input: SkillCredentialInput, key: SigningKey): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  return sign(skillCredentialDocument(input, salt), key, input.issuer.id, input.issuedAt);
}

/** Bits set for the given indexes, most significant bit of the first byte first, gzip'ed, multibase base64url. */
export function encodeStatusList(revoked: Iterable<number>, bits = STATUS_LIST_BITS): string {
  const bytes = new Uint8Array(bits / 8);
  for (const index of revoked) {
    if (!Number.isInteger(index) || index < 0 || index >= bits) throw new RangeError(`status index ${index}`);
    bytes[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Whether the bit at `index` of an encoded list is set (the credential is revoked). */
export function statusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('status list is not multibase base64url');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bytes.length * 8) throw new RangeError(`status index ${index}`);
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** The signed status list credential published at `listUrl`. */
export async function signStatusList(
  listUrl: string,
  issuer: { id: string; name: string },
  revoked: Iterable<number>,
  key: SigningKey,
  issuedAt: Date,
): Promise<string> {
  const document = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuer.id, name: issuer.name },
    validFrom: issuedAt.toISOString(),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revoked),
    },
  };
  return sign(document, key, issuer.id, issuedAt);
}

export type VerifyResult =
  | { valid: true; credential: Record<string, unknown>; payload: JWTPayload }
  | { valid: false; reason: 'SIGNATURE' | 'REVOKED' | 'MALFORMED' };

/**
 * Verifies a credential the way an employer or school would: the signature against the published key set,
 * then its revocation bit in the status list credential (itself verified with the same keys).
 * `statusList` fetches the status list JWT for a URL.
 */
export async function verifySkillCredential(
  jwt: string,
  jwks: JSONWebKeySet,
  statusList: (url: string) => Promise<string>,
): Promise<VerifyResult> {
  const keys = createLocalJWKSet(jwks);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, keys, { algorithms: [CREDENTIAL_ALG] }));
  } catch {
    return { valid: false, reason: 'SIGNATURE' };
  }
  const credential = payload.vc as Record<string, unknown> | undefined;
  const status = credential?.credentialStatus as
    { statusListCredential?: string; statusListIndex?: string } | undefined;
  if (!credential || !status?.statusListCredential || status.statusListIndex === undefined) {
    return { valid: false, reason: 'MALFORMED' };
  }
  let list: JWTPayload;
  try {
    ({ payload: list } = await jwtVerify(await statusList(status.statusListCredential), keys, {
      algorithms: [CREDENTIAL_ALG],
      issuer: payload.iss,
    }));
  } catch {
    return { valid: false, reason: 'SIGNATURE' };
  }
  const subject = (list.vc as { credentialSubject?: { encodedList?: string } } | undefined)
    ?.credentialSubject;
  if (!subject?.encodedList) return { valid: false, reason: 'MALFORMED' };
  if (statusBit(subject.encodedList, Number(status.statusListIndex)))
    return { valid: false, reason: 'REVOKED' };
  return { valid: true, credential, payload };
}
