import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
import { todayInAmsterdam } from '../shared/clock';
import { RepaymentInstalment } from './repayment.entity';
import { instalmentStatus } from './schedule.calc';
import { TrainingFund } from './training-fund.entity';
import { InstalmentStatus } from './training-fund.enums';
import {
  ApplyForTrainingInput,
  CompleteTrainingInput,
  DecideTrainingGrantInput,
  RecordEmploymentEndInput,
  RecordHireInput,
  RecordRepaymentInput,
  RecordRepaymentPayload,
  RecordTrainingPaymentInput,
  RecordTrainingPaymentPayload,
  TrainingGrantPayload,
  WaiveInstalmentInput,
  WaiveInstalmentPayload,
} from './training-fund.input';
import { recordEmploymentEnd, recordHire, recordRepayment, waiveInstalment } from './repayment.service';
import {
  applyForTraining,
  completeTraining,
  decideTrainingGrant,
  listTrainingGrants,
  recordTrainingPayment,
} from './training-grant.service';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';
import type { MutationResult } from '../shared/mutation';

const grantPayload = async (
  result: Promise<MutationResult<TrainingGrant>>,
): Promise<TrainingGrantPayload> => {
  const { value, errors } = await result;
  return { grant: value, errors };
};

@Resolver(() => TrainingGrant)
export class TrainingGrantResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [TrainingGrant], {
    description:
      'Grants of a fund by start date: all for ADMIN and the fund’s owner, its own participants’ for organisation staff; empty otherwise.',
  })
  trainingGrants(
    @Ctx() ctx: Context,
    @Arg('fundId', () => ID, { description: 'The fund.' }) fundId: string,
  ): Promise<TrainingGrant[]> {
    return listTrainingGrants(ctx, fundId);
  }

  @FieldResolver(() => TrainingFund, { description: 'The fund.' })
  async fund(@Root() grant: TrainingGrant, @Ctx() ctx: Context): Promise<TrainingFund> {
    return (await ctx.loaders.trainingFundById.load(grant.fund.id))!;
  }

  @FieldResolver(() => ID, {
    description: 'The participant the grant is for; names and background are not part of a grant.',
  })
  participantId(@Root() grant: TrainingGrant): string {
    return grant.participant.id;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The employer of the hire; null without one.',
  })
  async employer(@Root() grant: TrainingGrant, @Ctx() ctx: Context): Promise<Organisation | null> {
    return grant.employer ? ctx.loaders.organisationById.load(grant.employer.id) : null;
  }

  @FieldResolver(() => [TrainingPayment], { description: 'Payments to the provider, by date.' })
  payments(@Root() grant: TrainingGrant, @Ctx() ctx: Context): Promise<TrainingPayment[]> {
    return ctx.loaders.trainingPaymentsByGrantId.load(grant.id);
  }

  @FieldResolver(() => [RepaymentInstalment], {
    description: 'The repayment schedule after a hire, in order; empty without a hire.',
  })
  instalments(@Root() grant: TrainingGrant, @Ctx() ctx: Context): Promise<RepaymentInstalment[]> {
    return ctx.loaders.instalmentsByGrantId.load(grant.id);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => TrainingGrantPayload, {
    description:
      'Applies for a training for a participant under the fund’s rule in force today. ADMIN or the participant’s organisation’s staff.',
  })
  applyForTraining(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplyForTrainingInput, { description: 'Fund, participant and course.' })
    input: ApplyForTrainingInput,
  ): Promise<TrainingGrantPayload> {
    return grantPayload(applyForTraining(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => TrainingGrantPayload, {
    description:
      'Approves or rejects an application (a reason is required to reject). ADMIN or the fund’s owner.',
  })
  decideTrainingGrant(
    @Ctx() ctx: Context,
    @Arg('input', () => DecideTrainingGrantInput, { description: 'Grant, decision and reason.' })
    input: DecideTrainingGrantInput,
  ): Promise<TrainingGrantPayload> {
    return grantPayload(decideTrainingGrant(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => RecordTrainingPaymentPayload, {
    description:
      'Records a payment to the provider of an approved grant, up to its cost. ADMIN or the fund’s owner.',
  })
  async recordTrainingPayment(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordTrainingPaymentInput, { description: 'Grant, date and amount.' })
    input: RecordTrainingPaymentInput,
  ): Promise<RecordTrainingPaymentPayload> {
    const { value, errors } = await recordTrainingPayment(ctx, input);
    return { payment: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => TrainingGrantPayload, {
    description:
      'Records that a course was completed or stopped. ADMIN or the participant’s organisation’s staff.',
  })
  completeTraining(
    @Ctx() ctx: Context,
    @Arg('input', () => CompleteTrainingInput, { description: 'Grant, date and outcome.' })
    input: CompleteTrainingInput,
  ): Promise<TrainingGrantPayload> {
    return grantPayload(completeTraining(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => TrainingGrantPayload, {
    description:
      'Records a paid job after the training; creates the repayment schedule from the rule in force on its start date. ADMIN or the participant’s organisation’s staff.',
  })
  recordHire(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordHireInput, { description: 'Grant, employer and first day.' })
    input: RecordHireInput,
  ): Promise<TrainingGrantPayload> {
    return grantPayload(recordHire(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => TrainingGrantPayload, {
    description:
      'Records that the job ended early and recalculates what remains owed under the schedule’s rule. ADMIN or the participant’s organisation’s staff.',
  })
  recordEmploymentEnd(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordEmploymentEndInput, { description: 'Grant and last day of the job.' })
    input: RecordEmploymentEndInput,
  ): Promise<TrainingGrantPayload> {
    return grantPayload(recordEmploymentEnd(ctx, input));
  }
}

@Resolver(() => RepaymentInstalment)
export class RepaymentInstalmentResolver {
  @FieldResolver(() => InstalmentStatus, { description: 'Where the instalment stands today.' })
  status(@Root() instalment: RepaymentInstalment): InstalmentStatus {
    return instalmentStatus(instalment, todayInAmsterdam());
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => RecordRepaymentPayload, {
    description:
      'Records money paid back against an instalment, at most what is open. ADMIN or the fund’s owner.',
  })
  async recordRepayment(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordRepaymentInput, { description: 'Instalment, date and amount.' })
    input: RecordRepaymentInput,
  ): Promise<RecordRepaymentPayload> {
    const { value, errors } = await recordRepayment(ctx, input);
    return { repayment: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => WaiveInstalmentPayload, {
    description:
      'Waives what is open on an instalment, with a reason; never counts as repaid. ADMIN or the fund’s owner.',
  })
  async waiveInstalment(
    @Ctx() ctx: Context,
    @Arg('input', () => WaiveInstalmentInput, { description: 'Instalment and reason.' })
    input: WaiveInstalmentInput,
  ): Promise<WaiveInstalmentPayload> {
    const { value, errors } = await waiveInstalment(ctx, input);
    return { instalment: value, errors };
  }
}
