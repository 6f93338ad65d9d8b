import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { canSeeMember } from '../cooperatives/cooperatives.policy';
import { forbidden } from '../shared/errors';
import { canSeePersonalData } from './policies';

/**
 * Field-level guard for personal data (names, contact data, birth dates), whatever path reached the person:
 * a roster, a booking, an enrolment, a statement. It decides from the row itself (its tenant ids), so it adds no
 * query. Outside the viewer's rights the field answers FORBIDDEN; a non-null field then nulls its parent object,
 * so nothing personal leaves the server.
 */
function personalData<T>(allowed: (ctx: Context, root: T) => boolean, what: string): MiddlewareFn<Context> {
  return ({ root, context }, next) => {
    if (!allowed(context, root as T))
      throw forbidden(`Only ADMIN and the ${what}'s own staff see personal data.`);
    return next();
  };
}

/** On Participant's personal fields: ADMIN and staff of the participant's organisation, never a funder. */
export const ParticipantPersonalData = personalData<{ organisation: { id: string } }>(
  (ctx, participant) => canSeePersonalData(ctx.viewer, participant.organisation.id),
  'organisation',
);

/** On Member's personal fields: ADMIN, the cooperative's staff and the member themselves. */
export const MemberPersonalData = personalData<{ id: string; organisation: { id: string } }>(
  (ctx, member) =>
    ctx.viewer !== null && canSeeMember(ctx.viewer, { id: member.id, cooperativeId: member.organisation.id }),
  'cooperative',
);
