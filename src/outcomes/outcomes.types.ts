/** The outcome report as GraphQL answers it; counts are distinct persons, null when hidden from a funder. */
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, MonthScalar } from '../shared/scalars';

const HIDDEN = 'null when hidden from a funder because it is small (see suppressionThreshold)';

@ObjectType({ description: 'Persons who left under one outflow reason (each leaver once).' })
export class OutcomeCount {
  @Field({ description: 'The outflow reason, e.g. PAID_WORK.' })
  code!: string;

  @Field({ description: 'Label for people.' })
  label!: string;

  @Field({ description: 'True for moving on to work, learning or volunteer work.' })
  positive!: boolean;

  @Field(() => Int, { nullable: true, description: `Distinct persons; ${HIDDEN}.` })
  count!: number | null;

  @Field({ description: 'True when the count is hidden.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Active persons in one group (a route in or a self-declared background).' })
export class OutcomeGroupCount {
  @Field({ description: 'The group: a RouteIn or Background value, or NONE for "not recorded".' })
  code!: string;

  @Field({ description: 'Label for people.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: `Distinct persons; ${HIDDEN}.` })
  count!: number | null;

  @Field({ description: 'True when the count is hidden.' })
  suppressed!: boolean;
}

@ObjectType({
  description:
    'Persons with at least two ladder positions in the period, by how their last position compares with their first.',
})
export class LadderMovement {
  @Field(() => Int, { nullable: true, description: `Went up one or more rungs; ${HIDDEN}.` })
  up!: number | null;

  @Field(() => Int, { nullable: true, description: `Ended on the rung they started on; ${HIDDEN}.` })
  stayed!: number | null;

  @Field(() => Int, { nullable: true, description: `Went down one or more rungs; ${HIDDEN}.` })
  down!: number | null;
}

@ObjectType({ description: 'The outcome counts of one month (the part of it inside the period).' })
export class OutcomeMonth {
  @Field(() => MonthScalar, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: `Persons with an enrolment in the month; ${HIDDEN}.` })
  active!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons whose first enrolment began in the month; ${HIDDEN}.`,
  })
  started!: number | null;

  @Field(() => Int, { nullable: true, description: `Persons who left in the month; ${HIDDEN}.` })
  left!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons who left for paid work in the month; ${HIDDEN}.`,
  })
  movedOnToWork!: number | null;
}

@ObjectType({
  description:
    'How many persons took part, started, left and moved on at a scope over a period. Counts are distinct persons, never enrolments; erased participants still count. Funders see counts below suppressionThreshold (and any count that would reveal one) as null.',
})
export class OutcomeReport {
  /** The places counted and whether the viewer sees exact counts: for the lazily resolved `stepsToWork`. */
  placeIds!: string[];
  exactCounts!: boolean;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;

  @Field(() => Int, {
    description: 'Places counted: those of the scope the viewer may see (a funder: funded in the period).',
  })
  placeCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: `Persons with an enrolment overlapping the period; ${HIDDEN}.`,
  })
  active!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons whose first enrolment at the scope began in the period; ${HIDDEN}.`,
  })
  started!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons whose last enrolment at the scope ended in the period, none still running; ${HIDDEN}.`,
  })
  left!: number | null;

  @Field(() => Int, { nullable: true, description: `Leavers to paid work (PAID_WORK); ${HIDDEN}.` })
  movedOnToWork!: number | null;

  @Field(() => Int, { nullable: true, description: `Leavers for any positive reason; ${HIDDEN}.` })
  movedOnPositive!: number | null;

  @Field(() => [OutcomeCount], {
    description:
      "Leavers per outflow reason, in the reasons' order; a person who left with several reasons on their last day counts once, under the most positive.",
  })
  byOutflowReason!: OutcomeCount[];

  @Field(() => [OutcomeGroupCount], {
    description: 'Active persons per route in (NONE: not recorded); the rows add up to active.',
  })
  byRouteIn!: OutcomeGroupCount[];

  @Field(() => [OutcomeGroupCount], {
    description: 'Active persons per self-declared background; a person with several counts once in each.',
  })
  byBackground!: OutcomeGroupCount[];

  @Field(() => LadderMovement, { description: 'Movement on the participation ladder of the active persons.' })
  ladder!: LadderMovement;

  @Field(() => [OutcomeMonth], { description: 'One row per month of the period, in order.' })
  months!: OutcomeMonth[];

  @Field(() => Int, {
    description: 'Counts from 1 to this number minus one are hidden from funders (configuration).',
  })
  suppressionThreshold!: number;
}

/**
 * Steps towards work (issue 16's skills and placements) as counts of distinct persons of the scope's places: how
 * many had a skill observed at its workshops, and how many were proposed to, interviewed by and placed with an
 * employer in the period. Counts only, never who: for funders, counts below the threshold are null.
 */
@ObjectType({
  description:
    "Steps towards work in distinct persons of the scope's places over the period: skills observed, proposed to an employer, interviewed, placed. Funders see small counts as null.",
})
export class StepsToWork {
  @Field(() => Int, {
    nullable: true,
    description: "Persons with at least one skill observed at the places' workshops in the period.",
  })
  learnedSkills!: number | null;

  @Field(() => Int, { nullable: true, description: 'Persons proposed for a vacancy in the period.' })
  proposed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Persons with a job interview in the period.' })
  interviewed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Persons placed with an employer, starting in the period.',
  })
  placed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of those placed, persons in paid work (a job contract, not an internship).',
  })
  placedInPaidWork!: number | null;
}

/** One place's outcome counts (`OutcomeReport.byPlace`): the report's main figures, for that place alone. */
@ObjectType({
  description:
    'The outcome counts of one place of the scope, in distinct persons, with the months. A person at two places counts at each. Funders see small counts (and what would reveal them) as null.',
})
export class OutcomePlace {
  /** The place's id; the `place` field resolves it. */
  placeId!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Persons with an enrolment there in the period; ${HIDDEN}.`,
  })
  active!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons whose first enrolment there began in the period; ${HIDDEN}.`,
  })
  started!: number | null;

  @Field(() => Int, { nullable: true, description: `Persons who left the place in the period; ${HIDDEN}.` })
  left!: number | null;

  @Field(() => Int, { nullable: true, description: `Persons who left the place for paid work; ${HIDDEN}.` })
  movedOnToWork!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Persons who left the place for any positive reason; ${HIDDEN}.`,
  })
  movedOnPositive!: number | null;

  @Field(() => [OutcomeMonth], { description: 'One row per month of the period, for this place.' })
  months!: OutcomeMonth[];
}
