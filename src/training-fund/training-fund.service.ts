/**
 * Funds, their contributions and their dated rules. Every change is one transaction with an audit entry.
 */
import { nameKey } from '../shared/text';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from '../audit';
import { type Context, requireViewer } from '../auth';
import { Organisation } from '../organisations';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { toBasisPoints } from '../shared/money';
import { FundRule } from './fund-rule.entity';
import { FundContribution, TrainingFund } from './training-fund.entity';
import type {
  CreateFundRuleInput,
  CreateTrainingFundInput,
  RecordFundContributionInput,
} from './training-fund.input';
import { canManageFund, visibleFunds } from './training-fund.policy';

/** A payload error: no such record, or not within the viewer's reach (the two look the same). */
export const missing = (what: string, field: string) =>
  notFound(`No ${what} with this id is within your reach.`, field);

/** The fund if the viewer manages it; NOT_FOUND against `field` otherwise. */
export async function requireManagedFund(
  ctx: Context,
  em: EntityManager,
  fundId: string,
  field = 'fundId',
): Promise<TrainingFund> {
  const fund = isId(fundId) ? await em.findOne(TrainingFund, fundId) : null;
  if (!fund || !canManageFund(requireViewer(ctx), fund.owner.id)) throw missing('fund', field);
  return fund;
}

/** Funds by name: all for ADMIN and staff (who apply to them), the owner's own for a FUNDER. */
export async function listTrainingFunds(ctx: Context): Promise<TrainingFund[]> {
  const scope = visibleFunds(requireViewer(ctx));
  if (scope === 'none') return [];
  const where = scope === 'all' ? {} : { owner: scope.ownerId };
  return ctx.em.find(TrainingFund, where, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Creates a fund. ADMIN, or a FUNDER for its own organisation. */
export function createTrainingFund(
  ctx: Context,
  input: CreateTrainingFundInput,
): Promise<MutationResult<TrainingFund>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    if (!canManageFund(viewer, input.ownerId)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'A funder may only create funds it owns itself.',
        inputField('ownerId'),
      );
    }
    const owner = await em.findOne(Organisation, input.ownerId);
    if (!owner) throw missing('organisation', 'ownerId');
    const name = input.name.trim();
    // Case does not make a name new: the unique index on (owner, lower(name)) says the same.
    const funds = await em.find(TrainingFund, { owner: owner.id });
    if (funds.some((fund) => nameKey(fund.name) === nameKey(name))) {
      throw new DomainError(ErrorCode.DUPLICATE_NAME, `The owner already has a fund named "${name}".`, [
        'input',
        'name',
      ]);
    }
    const fund = em.create(TrainingFund, { owner, municipality: owner.municipality ?? null, name });
    recordAudit(em, ctx, {
      action: 'createTrainingFund',
      entityType: 'TrainingFund',
      entityId: fund.id,
      before: null,
      after: auditSnapshot(fund),
      organisationId: owner.id,
    });
    await em.flush();
    return fund;
  });
}

/** Records money put into a fund. ADMIN or the fund's owner. */
export function recordFundContribution(
  ctx: Context,
  input: RecordFundContributionInput,
): Promise<MutationResult<FundContribution>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const fund = await requireManagedFund(ctx, em, input.fundId);
    const contributor = await em.findOne(Organisation, input.contributorId);
    if (!contributor) throw missing('organisation', 'contributorId');
    const contribution = em.create(FundContribution, {
      fund,
      owner: fund.owner,
      contributor,
      date: input.date,
      amountCents: input.amountCents,
    });
    recordAudit(em, ctx, {
      action: 'recordFundContribution',
      entityType: 'FundContribution',
      entityId: contribution.id,
      before: null,
      after: auditSnapshot(contribution),
      organisationId: fund.owner.id,
    });
    await em.flush();
    return contribution;
  });
}

/**
 * Adds a dated rule to a fund. It applies to applications and hires on or after `validFrom`; schedules made
 * before keep the rule they were made under. One rule per fund and day.
 */
export function createFundRule(ctx: Context, input: CreateFundRuleInput): Promise<MutationResult<FundRule>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const fund = await requireManagedFund(ctx, em, input.fundId);
    const taken = await em.count(FundRule, { fund: fund.id, validFrom: input.validFrom });
    if (taken > 0) {
      throw new DomainError(
        ErrorCode.OVERLAPPING_PERIOD,
        'The fund already has a rule from this day; add one from another day.',
        inputField('validFrom'),
      );
    }
    const rule = em.create(FundRule, {
      fund,
      owner: fund.owner,
      validFrom: input.validFrom,
      maxPerPersonCents: input.maxPerPersonCents,
      repaymentShareBasisPoints: toBasisPoints(input.repaymentShare),
      retentionMonths: input.retentionMonths,
      instalments: input.instalments,
      instalmentIntervalMonths: input.instalmentIntervalMonths,
      earlyEnd: input.earlyEnd,
      eligibleLevels: (input.eligibleLevels ?? []).map((level) => level.trim()),
    });
    recordAudit(em, ctx, {
      action: 'createFundRule',
      entityType: 'FundRule',
      entityId: rule.id,
      before: null,
      after: auditSnapshot(rule),
      organisationId: fund.owner.id,
    });
    await em.flush();
    return rule;
  });
}

/** The rules of funds, by fund id, each by first day. */
export async function rulesOfFunds(em: EntityManager, fundIds: readonly string[]): Promise<FundRule[]> {
  return em.find(FundRule, { fund: { $in: [...fundIds] } }, { orderBy: { validFrom: 'asc', id: 'asc' } });
}
