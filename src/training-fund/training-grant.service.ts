/**
 * Training grants: applications by the participant's staff, decisions and payments by the fund's owner, and
 * the course's completion. One transaction and an audit entry per change; amounts in cents.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from '../audit';
import { TrainingFundErrorCode } from './training-fund.errors';
import { type Context, requireViewer } from '../auth';
import { Participant } from '../participants';
import { todayInAmsterdam } from '../shared/clock';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { levelEligible, ruleInForce } from './fund-rule.calc';
import { FundRule } from './fund-rule.entity';
import { TrainingFund } from './training-fund.entity';
import { GrantStatus } from './training-fund.enums';
import type {
  ApplyForTrainingInput,
  CompleteTrainingInput,
  DecideTrainingGrantInput,
  RecordTrainingPaymentInput,
} from './training-fund.input';
import { canActForParticipant, canManageFund, canReadGrant } from './training-fund.policy';
import { missing } from './training-fund.service';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';

const conflict = (message: string, field?: string) =>
  new DomainError(ErrorCode.CONFLICT, message, field ? inputField(field) : undefined);

/** The grant, row-locked for the change, if `allowed` for the viewer; NOT_FOUND against grantId otherwise. */
export async function requireGrant(
  ctx: Context,
  em: EntityManager,
  grantId: string,
  allowed: (grant: TrainingGrant) => boolean,
): Promise<TrainingGrant> {
  const grant = isId(grantId)
    ? await em.findOne(TrainingGrant, grantId, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!grant || !allowed(grant)) throw missing('training grant', 'grantId');
  return grant;
}

/** The viewer manages the grant's fund. */
export const fundManager = (ctx: Context) => (grant: TrainingGrant) =>
  canManageFund(requireViewer(ctx), grant.owner.id);

/** The viewer is staff of the grant's participant. */
export const participantStaff = (ctx: Context) => (grant: TrainingGrant) =>
  canActForParticipant(requireViewer(ctx), grant.organisation.id);

function audit(em: EntityManager, ctx: Context, action: string, grant: TrainingGrant, before: object | null) {
  recordAudit(em, ctx, {
    action,
    entityType: 'TrainingGrant',
    entityId: grant.id,
    before: before as never,
    after: auditSnapshot(grant),
    organisationId: grant.owner.id,
  });
}

/** Grants of a fund by start date, within what the viewer may read. */
export async function listTrainingGrants(ctx: Context, fundId: string): Promise<TrainingGrant[]> {
  const viewer = requireViewer(ctx);
  if (!isId(fundId)) return [];
  const fund = await ctx.em.findOne(TrainingFund, fundId);
  if (!fund) return [];
  const where: FilterQuery<TrainingGrant> = { fund: fund.id };
  if (!canManageFund(viewer, fund.owner.id)) {
    if (!viewer.organisationId || !canActForParticipant(viewer, viewer.organisationId)) return [];
    where.organisation = viewer.organisationId;
  }
  const grants = await ctx.em.find(TrainingGrant, where, { orderBy: { startDate: 'asc', id: 'asc' } });
  return grants.filter((grant) =>
    canReadGrant(viewer, { ownerId: grant.owner.id, organisationId: grant.organisation.id }),
  );
}

/**
 * Applies for a training for a participant, under the rule in force today: the level must be eligible and the
 * person's open and approved grants in this fund together stay within the maximum per person.
 */
export function applyForTraining(
  ctx: Context,
  input: ApplyForTrainingInput,
): Promise<MutationResult<TrainingGrant>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant || !canActForParticipant(viewer, participant.organisation.id))
      throw missing('participant', 'participantId');
    const fund = await em.findOne(TrainingFund, input.fundId);
    if (!fund) throw missing('fund', 'fundId');
    if (input.end < input.start)
      throw new DomainError(ErrorCode.INVERTED_PERIOD, 'end must not be before start.', inputField('end'));
    const today = todayInAmsterdam();
    const rule = ruleInForce(await em.find(FundRule, { fund: fund.id }), today);
    if (!rule)
      throw new DomainError(TrainingFundErrorCode.NO_FUND_RULE, 'The fund has no rule in force today.');
    if (!levelEligible(rule, input.level)) {
      throw new DomainError(
        TrainingFundErrorCode.LEVEL_NOT_ELIGIBLE,
        `The fund pays for trainings of level ${rule.eligibleLevels.join(', ')} only.`,
        inputField('level'),
      );
    }
    const earlier = await em.find(TrainingGrant, {
      fund: fund.id,
      participant: participant.id,
      status: { $ne: GrantStatus.REJECTED },
    });
    const used = earlier.reduce((sum, grant) => sum + grant.costCents, 0);
    if (used + input.costCents > rule.maxPerPersonCents) {
      throw new DomainError(
        TrainingFundErrorCode.ABOVE_MAXIMUM,
        `The fund pays at most ${rule.maxPerPersonCents} cents per person; ${used} cents are already granted or asked.`,
        inputField('costCents'),
      );
    }
    const grant = em.create(TrainingGrant, {
      fund,
      owner: fund.owner,
      participant,
      organisation: participant.organisation,
      course: input.course.trim(),
      provider: input.provider.trim(),
      level: input.level.trim(),
      costCents: input.costCents,
      startDate: input.start,
      endDate: input.end,
    });
    audit(em, ctx, 'applyForTraining', grant, null);
    await em.flush();
    return grant;
  });
}

/** Approves or rejects an application (a reason is required to reject). The fund's owner or ADMIN. */
export function decideTrainingGrant(
  ctx: Context,
  input: DecideTrainingGrantInput,
): Promise<MutationResult<TrainingGrant>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const grant = await requireGrant(ctx, em, input.grantId, fundManager(ctx));
    if (grant.status !== GrantStatus.APPLIED)
      throw conflict('The grant has already been decided.', 'grantId');
    const reason = input.reason?.trim() || null;
    if (!input.approve && !reason) {
      throw new DomainError(ErrorCode.VALIDATION, 'A rejection needs a reason.', inputField('reason'));
    }
    const before = auditSnapshot(grant);
    grant.status = input.approve ? GrantStatus.APPROVED : GrantStatus.REJECTED;
    grant.decisionReason = reason;
    grant.decidedOn = todayInAmsterdam();
    audit(em, ctx, 'decideTrainingGrant', grant, before);
    await em.flush();
    return grant;
  });
}

/** Records a payment to the provider of an approved grant; all payments together stay within its cost. */
export function recordTrainingPayment(
  ctx: Context,
  input: RecordTrainingPaymentInput,
): Promise<MutationResult<TrainingPayment>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const grant = await requireGrant(ctx, em, input.grantId, fundManager(ctx));
    if (grant.status !== GrantStatus.APPROVED)
      throw conflict('Only an approved grant can be paid.', 'grantId');
    if (grant.paidCents + input.amountCents > grant.costCents) {
      throw new DomainError(
        TrainingFundErrorCode.ABOVE_MAXIMUM,
        `Payments may not exceed the grant's cost; ${grant.costCents - grant.paidCents} cents are left.`,
        inputField('amountCents'),
      );
    }
    const before = auditSnapshot(grant);
    grant.paidCents += input.amountCents;
    const payment = em.create(TrainingPayment, {
      grant,
      fund: grant.fund,
      owner: grant.owner,
      date: input.date,
      amountCents: input.amountCents,
    });
    audit(em, ctx, 'recordTrainingPayment', grant, before);
    recordAudit(em, ctx, {
      action: 'recordTrainingPayment',
      entityType: 'TrainingPayment',
      entityId: payment.id,
      before: null,
      after: auditSnapshot(payment),
      organisationId: grant.owner.id,
    });
    await em.flush();
    return payment;
  });
}

/** Records that an approved course was completed or stopped. The participant's staff or ADMIN. */
export function completeTraining(
  ctx: Context,
  input: CompleteTrainingInput,
): Promise<MutationResult<TrainingGrant>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const grant = await requireGrant(ctx, em, input.grantId, participantStaff(ctx));
    if (grant.status !== GrantStatus.APPROVED)
      throw conflict('Only an approved training can be completed.', 'grantId');
    if (grant.outcome) throw conflict('The training has already ended.', 'grantId');
    if (input.date < grant.startDate) {
      throw new DomainError(
        ErrorCode.OUTSIDE_PERIOD,
        'The end of a training cannot be before its start.',
        inputField('date'),
      );
    }
    const before = auditSnapshot(grant);
    grant.outcome = input.outcome;
    grant.completedOn = input.date;
    audit(em, ctx, 'completeTraining', grant, before);
    await em.flush();
    return grant;
  });
}
