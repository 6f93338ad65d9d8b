/**
 * Hires and repayment: a hire creates the schedule from the rule in force on its start date (see
 * schedule.calc.ts); an early end recalculates it under that same rule; repayments and waivers settle
 * instalments, never beyond what is open (also kept by a check constraint). One transaction per change, with
 * row locks on what it changes, and an audit entry per changed amount.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from '../audit';
import { TrainingFundErrorCode } from './training-fund.errors';
import { type Context, requireViewer } from '../auth';
import { Organisation } from '../organisations';
import { todayInAmsterdam } from '../shared/clock';
import { maxDate } from '../shared/dates';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { ruleInForce } from './fund-rule.calc';
import { FundRule } from './fund-rule.entity';
import { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
import { buildSchedule, openCents, recalculateOnEarlyEnd } from './schedule.calc';
import { GrantStatus } from './training-fund.enums';
import type {
  RecordEmploymentEndInput,
  RecordHireInput,
  RecordRepaymentInput,
  WaiveInstalmentInput,
} from './training-fund.input';
import { canManageFund } from './training-fund.policy';
import { missing } from './training-fund.service';
import { participantStaff, requireGrant } from './training-grant.service';
import type { TrainingGrant } from './training-grant.entity';

function auditInstalment(
  em: EntityManager,
  ctx: Context,
  action: string,
  instalment: RepaymentInstalment,
  before: ReturnType<typeof auditSnapshot> | null,
) {
  recordAudit(em, ctx, {
    action,
    entityType: 'RepaymentInstalment',
    entityId: instalment.id,
    before,
    after: auditSnapshot(instalment),
    organisationId: instalment.owner.id,
  });
}

/**
 * Records the paid job after a training and creates the repayment schedule from the fund rule in force on the
 * start date, on what the fund paid out for the grant. The participant's staff or ADMIN.
 */
export function recordHire(ctx: Context, input: RecordHireInput): Promise<MutationResult<TrainingGrant>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const grant = await requireGrant(ctx, em, input.grantId, participantStaff(ctx));
    if (grant.status !== GrantStatus.APPROVED) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Only an approved grant can lead to a hire.',
        inputField('grantId'),
      );
    }
    if (grant.hireStart) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'A hire is already recorded for this grant.',
        inputField('grantId'),
      );
    }
    if (input.start < grant.startDate) {
      throw new DomainError(
        ErrorCode.OUTSIDE_PERIOD,
        'A hire thanks to the training cannot start before the training.',
        inputField('start'),
      );
    }
    const employer = await em.findOne(Organisation, input.employerId);
    if (!employer) throw missing('organisation', 'employerId');
    const rule = ruleInForce(await em.find(FundRule, { fund: grant.fund.id }), input.start);
    if (!rule) {
      throw new DomainError(
        TrainingFundErrorCode.NO_FUND_RULE,
        'The fund has no rule in force on the start date.',
        ['input', 'start'],
      );
    }
    const before = auditSnapshot(grant);
    grant.employer = em.getReference(Organisation, employer.id) as never;
    grant.hireStart = input.start;
    grant.rule = em.getReference(FundRule, rule.id) as never;
    recordAudit(em, ctx, {
      action: 'recordHire',
      entityType: 'TrainingGrant',
      entityId: grant.id,
      before,
      after: auditSnapshot(grant),
      organisationId: grant.owner.id,
    });
    for (const planned of buildSchedule(rule, input.start, grant.paidCents).instalments) {
      const instalment = em.create(RepaymentInstalment, {
        grant,
        fund: grant.fund,
        owner: grant.owner,
        employer,
        sequence: planned.sequence,
        dueDate: planned.dueDate,
        scheduledOn: input.start,
        originalAmountCents: planned.amountCents,
        amountCents: planned.amountCents,
      });
      auditInstalment(em, ctx, 'recordHire', instalment, null);
    }
    await em.flush();
    return grant;
  });
}

/**
 * Records that the job behind a hire ended, and recalculates what remains owed under the schedule's own rule
 * (PRO_RATA or NOTHING_OWED). What was repaid or waived stays. The participant's staff or ADMIN.
 */
export function recordEmploymentEnd(
  ctx: Context,
  input: RecordEmploymentEndInput,
): Promise<MutationResult<TrainingGrant>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const grant = await requireGrant(ctx, em, input.grantId, participantStaff(ctx));
    if (!grant.hireStart || !grant.rule) {
      throw new DomainError(ErrorCode.CONFLICT, 'No hire is recorded for this grant.', inputField('grantId'));
    }
    if (grant.employmentEnd) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The end of this job is already recorded.',
        inputField('grantId'),
      );
    }
    if (input.date < grant.hireStart) {
      throw new DomainError(
        ErrorCode.OUTSIDE_PERIOD,
        'A job cannot end before it starts.',
        inputField('date'),
      );
    }
    const rule = await em.findOneOrFail(FundRule, grant.rule.id);
    const instalments = await em.find(
      RepaymentInstalment,
      { grant: grant.id },
      { orderBy: { sequence: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const result = recalculateOnEarlyEnd(rule, grant.hireStart, input.date, instalments);
    const before = auditSnapshot(grant);
    grant.employmentEnd = input.date;
    recordAudit(em, ctx, {
      action: 'recordEmploymentEnd',
      entityType: 'TrainingGrant',
      entityId: grant.id,
      before,
      after: auditSnapshot(grant),
      organisationId: grant.owner.id,
    });
    instalments.forEach((instalment, n) => {
      const previous = auditSnapshot(instalment);
      instalment.amountCents = result.amountsCents[n];
      instalment.recalculatedOn = input.date;
      if (result.cancelledCents[n] !== 0)
        auditInstalment(em, ctx, 'recordEmploymentEnd', instalment, previous);
    });
    await em.flush();
    return grant;
  });
}

/** The instalment, row-locked, if the viewer manages its fund; NOT_FOUND otherwise. */
async function requireManagedInstalment(
  ctx: Context,
  em: EntityManager,
  id: string,
): Promise<RepaymentInstalment> {
  const instalment = isId(id)
    ? await em.findOne(RepaymentInstalment, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!instalment || !canManageFund(requireViewer(ctx), instalment.owner.id))
    throw missing('instalment', 'instalmentId');
  return instalment;
}

/** Records money paid back against an instalment, at most what is still open. The fund's owner or ADMIN. */
export function recordRepayment(
  ctx: Context,
  input: RecordRepaymentInput,
): Promise<MutationResult<InstalmentRepayment>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const instalment = await requireManagedInstalment(ctx, em, input.instalmentId);
    const open = openCents(instalment);
    if (input.amountCents > open) {
      throw new DomainError(
        TrainingFundErrorCode.ABOVE_MAXIMUM,
        `At most ${open} cents are still open on this instalment.`,
        inputField('amountCents'),
      );
    }
    if (input.date < instalment.scheduledOn) {
      throw new DomainError(
        ErrorCode.OUTSIDE_PERIOD,
        'A repayment cannot be dated before the hire started.',
        inputField('date'),
      );
    }
    const before = auditSnapshot(instalment);
    instalment.repaidCents += input.amountCents;
    const repayment = em.create(InstalmentRepayment, {
      instalment,
      fund: instalment.fund,
      owner: instalment.owner,
      date: input.date,
      amountCents: input.amountCents,
    });
    auditInstalment(em, ctx, 'recordRepayment', instalment, before);
    recordAudit(em, ctx, {
      action: 'recordRepayment',
      entityType: 'InstalmentRepayment',
      entityId: repayment.id,
      before: null,
      after: auditSnapshot(repayment),
      organisationId: instalment.owner.id,
    });
    await em.flush();
    return repayment;
  });
}

/** Waives what is still open on an instalment, with a reason. The fund's owner or ADMIN. */
export function waiveInstalment(
  ctx: Context,
  input: WaiveInstalmentInput,
): Promise<MutationResult<RepaymentInstalment>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const instalment = await requireManagedInstalment(ctx, em, input.instalmentId);
    const open = openCents(instalment);
    if (open === 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Nothing is open on this instalment.',
        inputField('instalmentId'),
      );
    }
    const before = auditSnapshot(instalment);
    instalment.waivedCents += open;
    instalment.waivedOn = maxDate(todayInAmsterdam(), instalment.scheduledOn);
    instalment.waiveReason = input.reason.trim();
    auditInstalment(em, ctx, 'waiveInstalment', instalment, before);
    await em.flush();
    return instalment;
  });
}
