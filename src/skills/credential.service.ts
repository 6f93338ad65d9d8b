import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JSONWebKeySet } from 'jose';
import { assertOwnRecord, type Context, requireViewer } from '../auth';
import { recordAudit } from '../audit';
import { Organisation } from '../organisations';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { type MutationResult, runMutation } from '../shared/mutation';
import { publicJwks, signSkillCredential, signStatusList, STATUS_LIST_BITS } from './credential.jwt';
import { SkillCredential } from './credential.entity';
import {
  currentSigningKey,
  lockCredentials,
  nextStatusIndex,
  publishedKeys,
  revokedIndexes,
  rotateSigningKey,
  STATUS_LIST_ID,
} from './credential.store';
import { ownParticipant } from './observation.service';
import { Skill } from './skill.entity';
import type {
  IssueSkillCredentialInput,
  RevokeSkillCredentialInput,
  RotateCredentialSigningKeyInput,
} from './skills.input';

/** Where this platform is reachable from outside; credentials name it as issuer and link their status list. */
let issuerUrl = 'http://localhost:4000';

/** Set once at start-up from the configuration (PUBLIC_URL). */
export function configureCredentials(options: { publicUrl: string }): void {
  issuerUrl = options.publicUrl.replace(/\/+$/, '');
}

export function statusListUrl(list: number): string {
  return `${issuerUrl}/credentials/status/${list}`;
}

/** The public keys, for GET /.well-known/jwks.json. */
export async function credentialJwks(em: EntityManager): Promise<JSONWebKeySet> {
  return publicJwks(await publishedKeys(em));
}

/** The signed status list credential, for GET /credentials/status/{list}; null for an unknown list. */
export async function statusListCredential(em: EntityManager, list: number): Promise<string | null> {
  if (list !== STATUS_LIST_ID) return null;
  return em.transactional(async (tx) => {
    await lockCredentials(tx);
    const key = await currentSigningKey(tx);
    return signStatusList(
      statusListUrl(list),
      { id: `${issuerUrl}/`, name: 'Meedoen' },
      await revokedIndexes(tx, list),
      key,
      new Date(),
    );
  });
}

/**
 * Issues an Open Badges 3.0 credential for a skill in the participant's passport, at its latest level, signed with
 * the platform key. ADMIN or the organisation's staff. The JWT is handed out once and not stored.
 */
export function issueSkillCredential(
  ctx: Context,
  input: IssueSkillCredentialInput,
): Promise<MutationResult<{ credential: string; credentialId: string }>> {
  return runMutation(ctx, input, async (em) => {
    const participant = await ownParticipant(ctx, em, input.participantId);
    const skill = await em.findOne(Skill, { code: input.skillCode.trim() });
    const [latest]: { level: SkillCredential['level']; date: string }[] = skill
      ? await em.execute(
          `select level, to_char(observed_on, 'YYYY-MM-DD') as date from skill_observation
            where participant_id = ? and skill_id = ? order by observed_on desc, created_at desc limit 1`,
          [participant.id, skill.id],
        )
      : [];
    if (!skill || !latest) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        "The participant's passport does not hold this skill.",
        inputField('skillCode'),
      );
    }
    const organisation = await em.findOneOrFail(Organisation, participant.organisation.id);
    await lockCredentials(em);
    const key = await currentSigningKey(em);
    const index = await nextStatusIndex(em);
    if (index >= STATUS_LIST_BITS) throw new Error('status list full');
    const record = em.create(SkillCredential, {
      id: randomUUID(),
      participant: participant.id,
      skill: skill.id,
      level: latest.level,
      statusList: STATUS_LIST_ID,
      statusIndex: index,
      organisation: organisation.id,
    });
    const credential = await signSkillCredential(
      {
        credentialId: `urn:uuid:${record.id}`,
        issuer: { id: `${issuerUrl}/`, name: `${organisation.name} (Meedoen)` },
        achievementId: `${issuerUrl}/skills/${encodeURIComponent(skill.code)}`,
        skill: {
          code: skill.code,
          labelNl: skill.labelNl,
          labelEn: skill.labelEn,
          externalCode: skill.externalCode ?? null,
        },
        level: latest.level,
        observedOn: latest.date,
        holderName: participant.displayName,
        issuedAt: new Date(),
        status: { listUrl: statusListUrl(STATUS_LIST_ID), index },
      },
      key,
    );
    recordAudit(em, ctx, {
      action: 'issueSkillCredential',
      entityType: 'SkillCredential',
      entityId: record.id,
      before: null,
      after: { skill: skill.code, level: latest.level, statusIndex: index },
      organisationId: organisation.id,
    });
    await em.flush();
    return { credential, credentialId: record.id };
  });
}

/** Revokes a credential: its status bit is set, so verifiers reject it. ADMIN or the organisation's staff. */
export function revokeSkillCredential(
  ctx: Context,
  input: RevokeSkillCredentialInput,
): Promise<MutationResult<boolean>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const record = await em.findOne(SkillCredential, input.credentialId);
    if (!record)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No credential has this id.', inputField('credentialId'));
    assertOwnRecord(viewer, record.organisation.id, 'No credential has this id.', inputField('credentialId'));
    if (!record.revokedAt) {
      record.revokedAt = new Date();
      recordAudit(em, ctx, {
        action: 'revokeSkillCredential',
        entityType: 'SkillCredential',
        entityId: record.id,
        before: { revoked: false },
        after: { revoked: true },
        organisationId: record.organisation.id,
      });
      await em.flush();
    }
    return true;
  });
}

/**
 * Key rotation (sleutelwissel), ADMIN only: new credentials and status lists are signed with a new key from now on;
 * the old keys stay in /.well-known/jwks.json, so every credential issued before keeps verifying.
 */
export function rotateCredentialSigningKey(
  ctx: Context,
  input: RotateCredentialSigningKeyInput,
): Promise<MutationResult<{ id: string; kid: string; retired: string[] }>> {
  return runMutation(ctx, input, async (em) => {
    await lockCredentials(em);
    const rotation = await rotateSigningKey(em);
    recordAudit(em, ctx, {
      action: 'rotateCredentialSigningKey',
      entityType: 'CredentialSigningKey',
      entityId: rotation.id,
      before: { signingKeyIds: rotation.retired },
      after: { signingKeyId: rotation.kid, reason: input.reason ?? null },
      organisationId: null,
    });
    await em.flush();
    return rotation;
  });
}

/**
 * Erasure: the participant loses their passport. Observations, consents and stated availability are deleted and
 * every credential issued to them is revoked, inside the erasure's transaction.
 */
export async function erasePassport(em: EntityManager, participantId: string): Promise<void> {
  await em.execute(
    'update skill_credential set revoked_at = now(), updated_at = now() where participant_id = ? and revoked_at is null',
    [participantId],
  );
  await em.execute('delete from skill_observation where participant_id = ?', [participantId]);
  await em.execute('delete from match_consent where participant_id = ?', [participantId]);
  await em.execute('delete from participant_availability where participant_id = ?', [participantId]);
}
