import { recordAudit } from '../audit';
import { assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { canManageCooperative } from '../cooperatives';
import { Member } from '../cooperatives';
import { eraseLadderNotes } from '../outcomes';
import { Participant } from '../participants';
import { erasePassport } from '../skills';
import { inputField, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import type { EraseMemberInput, EraseParticipantInput } from './erasure.input';

/** Name an erased participant is shown with. */
export const ERASED_PARTICIPANT_NAME = 'Erased participant';
/** Name an erased member is shown with. */
export const ERASED_MEMBER_NAME = 'Erased member';

/**
 * Anonymises a participant (right to erasure): name, contact data, birth date, languages, attendance and ladder notes go; the row and
 * everything hanging off it (enrolments, bookings, attendance) stay with their backgrounds and route in, so that
 * counts, background mix, attendance and outflow a funder already received do not change. Idempotent: erasing
 * again changes and audits nothing. ADMIN or the participant's organisation's staff.
 */
export function eraseParticipant(
  ctx: Context,
  input: EraseParticipantInput,
): Promise<MutationResult<Participant>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant) {
      throw notFound('No participant has this id.', 'participantId');
    }
    assertOwnRecord(
      viewer,
      participant.organisation.id,
      'No participant has this id.',
      inputField('participantId'),
    );
    if (participant.erasedAt) return participant;
    participant.displayName = ERASED_PARTICIPANT_NAME;
    participant.email = null;
    participant.phone = null;
    participant.birthDate = null;
    participant.languages = [];
    participant.erasedAt = new Date();
    await erasePassport(em, participant.id);
    await eraseLadderNotes(em, participant.id);
    // Free-text notes on attendance may describe the person; the status and dates the figures use stay.
    await em.execute(
      'update attendance set note = null, updated_at = now() where participant_id = ? and note is not null',
      [participant.id],
    );
    recordAudit(em, ctx, {
      action: 'eraseParticipant',
      entityType: 'Participant',
      entityId: participant.id,
      before: { erased: false },
      after: { erased: true },
      organisationId: participant.organisation.id,
    });
    await em.flush();
    return participant;
  });
}

/**
 * Anonymises a cooperative member's name (also on a MEMBER user account). The birth dates stay: the benefit rules need them (age band, age
 * limits of disregards) to reproduce past statements and the cooperative's totals, and the field-level guard
 * keeps them to the cooperative's staff and the member. Idempotent. ADMIN or the cooperative's staff.
 */
export function eraseMember(ctx: Context, input: EraseMemberInput): Promise<MutationResult<Member>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const member = await em.findOne(Member, input.memberId);
    if (!member || !canManageCooperative(viewer, member.organisation.id)) {
      throw notFound('No member has this id.', 'memberId');
    }
    if (member.erasedAt) return member;
    member.displayName = ERASED_MEMBER_NAME;
    member.erasedAt = new Date();
    // A MEMBER login of this person keeps working, but without the name shown to administrators.
    await em.execute('update user_account set display_name = null, updated_at = now() where member_id = ?', [
      member.id,
    ]);
    recordAudit(em, ctx, {
      action: 'eraseMember',
      entityType: 'Member',
      entityId: member.id,
      before: { erased: false },
      after: { erased: true },
      organisationId: member.organisation.id,
    });
    await em.flush();
    return member;
  });
}
