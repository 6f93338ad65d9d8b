import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit';
import { type Context, requireViewer } from '../auth';
import { Participant } from '../participants';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { type MutationResult, runMutation } from '../shared/mutation';
import { LadderPosition } from './ladder-position.entity';
import type { RecordLadderPositionInput } from './outcomes.input';
import { canSeeLadderOf } from './outcomes.policy';

const NO_PARTICIPANT = 'No participant has this id.';

/**
 * Records where a participant stands on the participation ladder on a date. ADMIN or staff of the participant's
 * organisation; the date not in the future and the rung 1-6 (checked with the input's shape, every field error
 * at once); audited. An erased participant gets no
 * new positions (their old ones still count in outcomes).
 */
export function recordLadderPosition(
  ctx: Context,
  input: RecordLadderPositionInput,
): Promise<MutationResult<LadderPosition>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant || participant.erasedAt || !canSeeLadderOf(viewer, participant.organisation.id)) {
      throw new DomainError(ErrorCode.NOT_FOUND, NO_PARTICIPANT, inputField('participantId'));
    }
    const organisation = await ctx.loaders.organisationById.load(participant.organisation.id);
    const note = input.note?.trim() ? input.note.trim() : null;
    const position = em.create(LadderPosition, {
      participant: participant.id,
      date: input.date,
      rung: input.rung,
      note,
      organisation: participant.organisation.id,
      municipality: organisation?.municipality?.id ?? null,
    });
    recordAudit(em, ctx, {
      action: 'recordLadderPosition',
      entityType: 'LadderPosition',
      entityId: position.id,
      before: null,
      after: { participant: participant.id, date: input.date, rung: input.rung },
      organisationId: participant.organisation.id,
    });
    await em.flush();
    return position;
  });
}

/** A participant's ladder positions, oldest first; empty for viewers who may not see them. */
export function ladderPositions(ctx: Context, participant: Participant): Promise<LadderPosition[]> | [] {
  if (!canSeeLadderOf(ctx.viewer, participant.organisation.id)) return [];
  return ctx.loaders.ladderPositionsByParticipantId.load(participant.id);
}

/** Clears the free-text notes of an erased participant's positions; the dates and rungs stay for the figures. */
export async function eraseLadderNotes(em: EntityManager, participantId: string): Promise<void> {
  await em.execute(
    'update ladder_position set note = null, updated_at = now() where participant_id = ? and note is not null',
    [participantId],
  );
}
