import { canSeePersonalData, fieldGuard } from '../auth';

/** On Participant's personal fields: ADMIN and staff of the participant's organisation, never a funder. */
export const ParticipantPersonalData = fieldGuard<{ organisation: { id: string } }>(
  (ctx, participant) => canSeePersonalData(ctx.viewer, participant.organisation.id),
  "Only ADMIN and the organisation's own staff see personal data.",
);
