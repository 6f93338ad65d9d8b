/**
 * Loads a fund's recorded facts and hands them to the pure calculations (overview.calc.ts,
 * projection.calc.ts). Five statements per fund, whatever the number of months.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { todayInAmsterdam } from '../shared/clock';
import { badInput, notFoundError } from '../shared/errors';
import { isId } from '../shared/ids';
import { isMonth, monthCount } from '../shared/months';
import { toBasisPoints } from '../shared/money';
import { ruleInForce } from './fund-rule.calc';
import { FundRule } from './fund-rule.entity';
import type { FundOverview, FundProjection } from './fund-figures.types';
import { balanceOn, calculateFundOverview, type FundFacts } from './overview.calc';
import { calculateFundProjection } from './projection.calc';
import { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
import { openCents } from './schedule.calc';
import { FundContribution, TrainingFund } from './training-fund.entity';
import { GrantStatus, TrainingOutcome } from './training-fund.enums';
import { canManageFund } from './training-fund.policy';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';

/** Longest period of an overview, and longest projection, in months. */
export const MAX_FUND_MONTHS = 120;

const NO_FUND = 'No fund with this id is within your reach.';

/** The fund if the viewer may read its figures (ADMIN or the owner); NOT_FOUND otherwise. */
export async function requireFundFigures(ctx: Context, fundId: string): Promise<TrainingFund> {
  const fund = isId(fundId) ? await ctx.em.findOne(TrainingFund, fundId) : null;
  if (!fund || !canManageFund(requireViewer(ctx), fund.owner.id)) throw notFoundError(NO_FUND);
  return fund;
}

interface LoadedFacts {
  facts: FundFacts;
  grants: TrainingGrant[];
  instalments: RepaymentInstalment[];
}

/** Everything recorded for the fund, as plain values for the calculations. */
async function loadFacts(em: EntityManager, fundId: string): Promise<LoadedFacts> {
  const [contributions, payments, repayments, instalments, grants] = await Promise.all([
    em.find(FundContribution, { fund: fundId }),
    em.find(TrainingPayment, { fund: fundId }),
    em.find(InstalmentRepayment, { fund: fundId }),
    em.find(RepaymentInstalment, { fund: fundId }),
    em.find(TrainingGrant, { fund: fundId, status: GrantStatus.APPROVED }),
  ]);
  const facts: FundFacts = {
    contributions: contributions.map((c) => ({ date: c.date, amountCents: c.amountCents })),
    payments: payments.map((p) => ({ grantId: p.grant.id, date: p.date, amountCents: p.amountCents })),
    repayments: repayments.map((r) => ({
      instalmentId: r.instalment.id,
      date: r.date,
      amountCents: r.amountCents,
    })),
    waivers: instalments
      .filter((i) => i.waivedCents > 0 && i.waivedOn)
      .map((i) => ({ instalmentId: i.id, date: i.waivedOn!, amountCents: i.waivedCents })),
    instalments: instalments.map((i) => ({
      id: i.id,
      grantId: i.grant.id,
      scheduledOn: i.scheduledOn,
      originalAmountCents: i.originalAmountCents,
      amountCents: i.amountCents,
      recalculatedOn: i.recalculatedOn ?? null,
    })),
    grants: grants.map((g) => ({
      id: g.id,
      participantId: g.participant.id,
      completion: g.outcome && g.completedOn ? { date: g.completedOn, outcome: g.outcome } : null,
      hireStart: g.hireStart ?? null,
    })),
  };
  return { facts, grants, instalments };
}

function checkPeriod(from: string, to: string): void {
  if (!isMonth(from)) throw badInput('from must be a month written YYYY-MM.', 'from');
  if (!isMonth(to)) throw badInput('to must be a month written YYYY-MM.', 'to');
  if (to < from) throw badInput('to must not be before from.', 'to');
  if (monthCount(from, to) > MAX_FUND_MONTHS)
    throw badInput(`A period may span at most ${MAX_FUND_MONTHS} months.`, 'to');
}

/** The fund's figures over whole months. ADMIN or the fund's owner. */
export async function fundOverview(
  ctx: Context,
  fundId: string,
  from: string,
  to: string,
): Promise<FundOverview> {
  checkPeriod(from, to);
  const fund = await requireFundFigures(ctx, fundId);
  const { facts } = await loadFacts(ctx.em, fund.id);
  return { fundId: fund.id, ...calculateFundOverview(facts, from, to) };
}

/** The fund's projection from the current month on. ADMIN or the fund's owner. */
export async function fundProjection(
  ctx: Context,
  fundId: string,
  months: number,
  assumedHireRate: number,
): Promise<FundProjection> {
  if (!Number.isInteger(months) || months < 1 || months > MAX_FUND_MONTHS)
    throw badInput(`months must be between 1 and ${MAX_FUND_MONTHS}.`, 'months');
  if (!Number.isFinite(assumedHireRate) || assumedHireRate < 0 || assumedHireRate > 1)
    throw badInput('assumedHireRate must be between 0 and 1.', 'assumedHireRate');
  const fund = await requireFundFigures(ctx, fundId);
  const today = todayInAmsterdam();
  const [{ facts, grants, instalments }, rules] = await Promise.all([
    loadFacts(ctx.em, fund.id),
    ctx.em.find(FundRule, { fund: fund.id }),
  ]);
  const result = calculateFundProjection(
    {
      today,
      balanceCents: balanceOn(facts, today),
      grants: grants.map((g) => ({
        costCents: g.costCents,
        paidCents: g.paidCents,
        endDate: g.completedOn ?? g.endDate,
        stopped: g.outcome === TrainingOutcome.STOPPED,
        hired: Boolean(g.hireStart),
      })),
      openInstalments: instalments
        .map((i) => ({ dueDate: i.dueDate, openCents: openCents(i) }))
        .filter((i) => i.openCents > 0),
      rule: ruleInForce(rules, today),
    },
    months,
    toBasisPoints(assumedHireRate),
  );
  return { fundId: fund.id, assumedHireRate, ...result };
}
