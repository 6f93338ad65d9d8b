import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../auth';
import { Participant, ParticipantPersonalData } from '../participants';
import { Enrolment } from './enrolment.entity';

/** `Participant.enrolments`: resolved here, so that participants need not know enrolments. */
@Resolver(() => Participant)
export class ParticipantEnrolmentsResolver {
  @UseMiddleware(ParticipantPersonalData)
  @FieldResolver(() => [Enrolment], { description: 'Enrolments (plaatsingen), newest start first.' })
  enrolments(@Root() participant: Participant, @Ctx() ctx: Context): Promise<Enrolment[]> {
    return ctx.loaders.enrolmentsByParticipantId.load(participant.id);
  }
}
