import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, Role } from '../auth';
import { Participant } from '../participants';
import { Place } from '../places';
import { DateScalar } from '../shared/scalars';
import { LadderPosition } from './ladder-position.entity';
import { ladderPositions, recordLadderPosition } from './ladder.service';
import { OutcomeScope, RecordLadderPositionInput, RecordLadderPositionPayload } from './outcomes.input';
import { outcomeReport, placeOutcomes, stepsToWork } from './outcomes.service';
import { OutcomePlace, OutcomeReport, StepsToWork } from './outcomes.types';

@Resolver(() => OutcomeReport)
export class OutcomesResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => OutcomeReport, {
    description:
      "Outcomes of a place, an operator or a municipality over a period, in distinct persons: active, started, left, moved on to work or another positive reason, by reason, route in, background, ladder movement and month. ADMIN all places; staff their organisation's; a funder the places it has an accepted agreement on in the period, with small counts hidden.",
  })
  outcomes(
    @Ctx() ctx: Context,
    @Arg('scope', () => OutcomeScope, {
      description: 'Exactly one of placeId, organisationId, municipalityId.',
    })
    scope: OutcomeScope,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period (inclusive).' }) to: string,
  ): Promise<OutcomeReport> {
    return outcomeReport(ctx, scope, from, to);
  }

  @FieldResolver(() => [OutcomePlace], {
    description:
      'The same figures per place of the scope, with their months, by place name: "from which places" in one query (one statement, only when asked).',
  })
  byPlace(@Root() report: OutcomeReport, @Ctx() ctx: Context): Promise<OutcomePlace[]> {
    return placeOutcomes(ctx, report);
  }

  @FieldResolver(() => StepsToWork, {
    description:
      'Steps towards work of the same people: skills observed, proposed, interviewed, placed (one statement, only when asked).',
  })
  stepsToWork(@Root() report: OutcomeReport, @Ctx() ctx: Context): Promise<StepsToWork> {
    return stepsToWork(ctx, report);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordLadderPositionPayload, {
    description:
      "Records a participant's position on the participation ladder (rung 1-6) on a date. ADMIN or the organisation's staff.",
  })
  async recordLadderPosition(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordLadderPositionInput, { description: 'The position.' })
    input: RecordLadderPositionInput,
  ): Promise<RecordLadderPositionPayload> {
    const { value, errors } = await recordLadderPosition(ctx, input);
    return { ladderPosition: value, errors };
  }
}

@Resolver(() => Participant)
export class ParticipantLadderResolver {
  @FieldResolver(() => [LadderPosition], {
    description:
      "Positions on the participation ladder, oldest first (the history). ADMIN and the organisation's staff; empty for others.",
  })
  ladderPositions(@Root() participant: Participant, @Ctx() ctx: Context): Promise<LadderPosition[]> | [] {
    return ladderPositions(ctx, participant);
  }
}

@Resolver(() => OutcomePlace)
export class OutcomePlaceResolver {
  @FieldResolver(() => Place, { description: 'The place.' })
  async place(@Root() row: OutcomePlace, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(row.placeId))!;
  }
}
