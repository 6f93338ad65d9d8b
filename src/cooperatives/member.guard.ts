import { fieldGuard } from '../auth';
import { canSeeMember } from './cooperatives.policy';

/** On Member's personal fields: ADMIN, the cooperative's staff and the member themselves. */
export const MemberPersonalData = fieldGuard<{ id: string; organisation: { id: string } }>(
  (ctx, member) =>
    ctx.viewer !== null && canSeeMember(ctx.viewer, { id: member.id, cooperativeId: member.organisation.id }),
  "Only ADMIN and the cooperative's own staff see personal data.",
);
