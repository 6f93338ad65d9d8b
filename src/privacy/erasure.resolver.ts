import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import {
  EraseMemberInput,
  EraseMemberPayload,
  EraseParticipantInput,
  EraseParticipantPayload,
} from './erasure.input';
import { eraseMember, eraseParticipant } from './erasure.service';

@Resolver()
export class ErasureResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => EraseParticipantPayload, {
    description:
      "Anonymises a participant (name, contact data, birth date, languages); keeps their attendance and enrolments for the figures. ADMIN or the organisation's staff. Idempotent.",
  })
  async eraseParticipant(
    @Ctx() ctx: Context,
    @Arg('input', () => EraseParticipantInput, { description: 'Who to erase.' }) input: EraseParticipantInput,
  ): Promise<EraseParticipantPayload> {
    const { value, errors } = await eraseParticipant(ctx, input);
    return { participant: value, errors };
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Mutation(() => EraseMemberPayload, {
    description:
      "Anonymises a cooperative member's name; keeps their earnings and the rule data of past statements. ADMIN or the cooperative's staff. Idempotent.",
  })
  async eraseMember(
    @Ctx() ctx: Context,
    @Arg('input', () => EraseMemberInput, { description: 'Who to erase.' }) input: EraseMemberInput,
  ): Promise<EraseMemberPayload> {
    const { value, errors } = await eraseMember(ctx, input);
    return { member: value, errors };
  }
}
