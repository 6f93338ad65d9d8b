import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { Organisation, OrganisationKind } from '../organisations';
import { badInput, ExpectedError, notFoundError } from '../shared/errors';
import { isId } from '../shared/ids';
import { isMonth, monthOf, monthsOfYear } from '../shared/months';
import {
  CalcError,
  computeStatements,
  totalStatements,
  type MemberFacts,
  type MonthIncome,
  type RuleSet,
  type StatementResult,
} from './benefit.calc';
import type { BenefitYear, CooperativeOverview, CooperativeOverviewLine } from './benefit.types';
import { canManageCooperative, canSeeMember } from './cooperatives.policy';
import { allocateByShares, netEarnings } from './earnings.calc';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { type Enterprise, EnterpriseShare } from './enterprise.entity';
import type { HouseholdRecordData } from './household/cost-sharers.calc';
import { loadCostSharerRules, loadHouseholds } from './household/household.service';
import { Member } from './member.entity';
import { DisregardRule } from './rules/disregard-rule.entity';
import { Norm } from './rules/norm.entity';
import { VolunteerLimit } from './rules/volunteer-limit.entity';
import { groupRows } from '../shared/loaders';

/** The member's part of one enterprise's net result in a month (see BenefitStatement.earningsSources). */
export interface EarningsSourceData {
  enterpriseId: string;
  enterpriseName: string;
  enterpriseKind: Enterprise['kind'];
  /** The member's share in basis points (10000 = 100%). */
  shareBasisPoints: number;
  /** The enterprise's revenue and costs in the month, in cents. */
  revenueCents: number;
  costsCents: number;
  memberCents: number;
}

/** A month's income with where the member's earnings came from. */
export interface IncomeWithSources extends MonthIncome {
  sources: EarningsSourceData[];
}

/** A statement with the enterprises the earnings came from. */
export type StatementWithSources = StatementResult & { earningsSources: EarningsSourceData[] };

/** A statement that cannot be computed is a top-level error with the calculation's code, never a guess. */
export function calcFailure(error: CalcError): ExpectedError {
  return new ExpectedError(error.code, error.message);
}

export function assertMonth(month: string): void {
  if (!isMonth(month))
    throw badInput(`month must be written YYYY-MM (got ${JSON.stringify(month)}).`, 'month');
}

/** A member the viewer may see, or a NOT_FOUND error that does not tell whether the member exists. */
export async function requireVisibleMember(ctx: Context, memberId: string): Promise<Member> {
  const member = isId(memberId) ? await ctx.em.findOne(Member, memberId) : null;
  if (
    !member ||
    !canSeeMember(requireViewer(ctx), { id: member.id, cooperativeId: member.organisation.id })
  ) {
    throw notFoundError('No member has this id.');
  }
  return member;
}

function factsOf(member: Member, households: Map<string, HouseholdRecordData[]>): MemberFacts {
  return {
    municipalityId: member.municipality.id,
    household: member.household,
    birthDate: member.birthDate,
    youngestChildBirthDate: member.youngestChildBirthDate ?? null,
    medicalLimitation: member.medicalLimitation,
    benefitStart: member.benefitStart,
    partnerBirthDate: member.partnerBirthDate ?? null,
    householdRecords: households.get(member.id) ?? [],
  };
}

/** The rules that may apply to members of these municipalities: national ones and their overrides. */
async function loadRules(em: EntityManager, municipalityIds: string[]): Promise<RuleSet> {
  const scope = { $or: [{ municipality: null }, { municipality: { $in: municipalityIds } }] };
  const [norms, disregards, limits, costSharerRules] = await Promise.all([
    em.find(Norm, scope),
    em.find(DisregardRule, scope),
    em.find(VolunteerLimit, scope),
    loadCostSharerRules(em),
  ]);
  const period = (rule: {
    validFrom: string;
    validUntil?: string | null;
    municipality?: { id: string } | null;
  }) => ({
    validFrom: rule.validFrom,
    validUntil: rule.validUntil ?? null,
    municipalityId: rule.municipality?.id ?? null,
  });
  return {
    norms: norms.map((norm) => ({
      ...period(norm),
      household: norm.household,
      ageBand: norm.ageBand,
      amountCents: norm.amountCents,
      costSharers: norm.costSharers ?? null,
    })),
    disregards: disregards.map((rule) => ({
      ...period(rule),
      code: rule.code,
      percentageBasisPoints: rule.percentageBasisPoints,
      monthlyCapCents: rule.monthlyCapCents,
      maxMonths: rule.maxMonths ?? null,
      minAge: rule.minAge ?? null,
      condition: rule.condition,
      startsAfterCode: rule.startsAfterCode ?? null,
      replacesCode: rule.replacesCode ?? null,
    })),
    volunteerLimits: limits.map((limit) => ({
      ...period(limit),
      monthlyCents: limit.monthlyCents,
      yearlyCents: limit.yearlyCents,
      minAge: limit.minAge ?? null,
    })),
    costSharerRules,
  };
}

/**
 * The monthly income history of several members up to `until`, in a fixed number of queries whatever the
 * number of members or months: their shares, all shares of those enterprises (to split joint results), the
 * enterprises' earnings and the members' other income. From the earliest benefit start, or from `since`.
 */
export async function loadIncomes(
  em: EntityManager,
  members: Member[],
  until: string,
  since?: string,
): Promise<Map<string, Map<string, IncomeWithSources>>> {
  const memberIds = members.map((member) => member.id);
  const byMember = new Map(memberIds.map((id) => [id, new Map<string, IncomeWithSources>()]));
  if (memberIds.length === 0) return byMember;
  const from = since ?? members.map((member) => monthOf(member.benefitStart)).sort()[0];
  const entry = (memberId: string, month: string): IncomeWithSources => {
    const months = byMember.get(memberId)!;
    let income = months.get(month);
    if (!income) {
      income = {
        memberEarningsCents: 0,
        partnerEarningsCents: 0,
        volunteerAllowanceCents: 0,
        earningsRecorded: false,
        sources: [],
      };
      months.set(month, income);
    }
    return income;
  };
  const own = await em.find(EnterpriseShare, { member: { $in: memberIds } }, { populate: ['enterprise'] });
  const ownShare = new Map(own.map((share) => [`${share.member.id}:${share.enterprise.id}`, share]));
  const enterpriseIds = [...new Set(own.map((share) => share.enterprise.id))];
  const shares = enterpriseIds.length
    ? await em.find(EnterpriseShare, { enterprise: { $in: enterpriseIds } }, { orderBy: { id: 'asc' } })
    : [];
  const sharesByEnterprise = groupRows(shares, (share) => share.enterprise.id);
  const [earnings, incomes] = await Promise.all([
    sharesByEnterprise.size
      ? em.find(EnterpriseEarnings, {
          enterprise: { $in: [...sharesByEnterprise.keys()] },
          month: { $gte: from, $lte: until },
        })
      : Promise.resolve([]),
    em.find(MemberIncome, {
      member: { $in: memberIds },
      month: since ? { $gte: since, $lte: until } : { $lte: until },
    }),
  ]);
  for (const row of earnings) {
    const enterpriseShares = sharesByEnterprise.get(row.enterprise.id)!;
    const parts = allocateByShares(
      netEarnings(row.revenueCents, row.costsCents),
      enterpriseShares.map((share) => ({ memberId: share.member.id, basisPoints: share.basisPoints })),
    );
    for (const [memberId, cents] of parts) {
      if (!byMember.has(memberId)) continue;
      const income = entry(memberId, row.month);
      income.memberEarningsCents += cents;
      income.earningsRecorded = true;
      const share = ownShare.get(`${memberId}:${row.enterprise.id}`)!;
      income.sources.push({
        enterpriseId: share.enterprise.id,
        enterpriseName: share.enterprise.$.name,
        enterpriseKind: share.enterprise.$.kind,
        shareBasisPoints: share.basisPoints,
        revenueCents: row.revenueCents,
        costsCents: row.costsCents,
        memberCents: cents,
      });
    }
  }
  for (const row of incomes) {
    const income = entry(row.member.id, row.month);
    income.volunteerAllowanceCents = row.volunteerAllowanceCents;
    income.partnerEarningsCents = row.partnerEarningsCents;
  }
  return byMember;
}

/** What a member's statements are computed from: the facts, the rules and the income history up to `until`. */
export interface StatementInputs {
  facts: MemberFacts;
  rules: RuleSet;
  incomes: Map<string, IncomeWithSources>;
}

export async function loadStatementInputs(
  ctx: Context,
  member: Member,
  until: string,
): Promise<StatementInputs> {
  const [rules, incomes, households] = await Promise.all([
    loadRules(ctx.em, [member.municipality.id]),
    loadIncomes(ctx.em, [member], until),
    loadHouseholds(ctx.em, [member.id]),
  ]);
  return { facts: factsOf(member, households), rules, incomes: incomes.get(member.id)! };
}

/** Statements of `months` from loaded inputs, each with the enterprises its earnings came from. */
export function statementsFrom(inputs: StatementInputs, months: string[]): StatementWithSources[] {
  try {
    return computeStatements(inputs.facts, inputs.rules, inputs.incomes, months).map((statement) => ({
      ...statement,
      earningsSources: [...(inputs.incomes.get(statement.month)?.sources ?? [])].sort(
        (a, b) => b.memberCents - a.memberCents || a.enterpriseName.localeCompare(b.enterpriseName),
      ),
    }));
  } catch (error) {
    if (error instanceof CalcError) throw calcFailure(error);
    throw error;
  }
}

async function statementsOf(ctx: Context, member: Member, months: string[]): Promise<StatementWithSources[]> {
  if (months.length === 0) return [];
  const until = [...months].sort().at(-1)!;
  return statementsFrom(await loadStatementInputs(ctx, member, until), months);
}

/** A member's statement for one month; the member themselves or their cooperative's staff. */
export async function benefitStatement(
  ctx: Context,
  memberId: string,
  month: string,
): Promise<StatementWithSources> {
  assertMonth(month);
  const member = await requireVisibleMember(ctx, memberId);
  const [statement] = await statementsOf(ctx, member, [month]);
  return statement;
}

/** A member's statements for the months of a year from the benefit start, with totals. */
export async function benefitYear(ctx: Context, memberId: string, year: number): Promise<BenefitYear> {
  if (!Number.isInteger(year) || year < 1900 || year > 2199)
    throw badInput('year must be 1900-2199.', 'year');
  const member = await requireVisibleMember(ctx, memberId);
  const start = monthOf(member.benefitStart);
  const statements = await statementsOf(
    ctx,
    member,
    monthsOfYear(year).filter((month) => month >= start),
  );
  return { year, statements, totals: totalStatements(statements) };
}

/**
 * Per member of a cooperative on a benefit in `month`: earnings, benefit, earned share and warnings, and the
 * benefit the members earned back themselves. A member whose statement cannot be computed gets a line with the
 * problem instead of amounts. Staff of the cooperative and ADMIN only.
 */
export async function cooperativeOverview(
  ctx: Context,
  cooperativeId: string,
  month: string,
): Promise<CooperativeOverview> {
  assertMonth(month);
  const visible = isId(cooperativeId) && canManageCooperative(requireViewer(ctx), cooperativeId);
  const cooperative = visible ? await ctx.em.findOne(Organisation, cooperativeId) : null;
  if (!cooperative || cooperative.kind !== OrganisationKind.COOPERATIVE) {
    throw notFoundError('No cooperative has this id.');
  }
  const members = (
    await ctx.em.find(
      Member,
      { organisation: cooperative.id },
      { orderBy: { displayName: 'asc', id: 'asc' } },
    )
  ).filter((member) => monthOf(member.benefitStart) <= month);
  members.forEach((member) => ctx.loaders.memberById.prime(member.id, member));
  const [rules, incomes, households] = await Promise.all([
    loadRules(ctx.em, [...new Set(members.map((member) => member.municipality.id))]),
    loadIncomes(ctx.em, members, month),
    loadHouseholds(
      ctx.em,
      members.map((member) => member.id),
    ),
  ]);
  const lines: CooperativeOverviewLine[] = members.map((member) => {
    try {
      const [statement] = computeStatements(factsOf(member, households), rules, incomes.get(member.id)!, [
        month,
      ]);
      return {
        member,
        earningsCents: statement.earningsCents,
        normCents: statement.normCents,
        costSharers: statement.costSharers,
        normBasis: statement.normBasis,
        benefitCents: statement.benefitCents,
        earnedBackCents: statement.normCents - statement.benefitCents,
        earnedShare: statement.earnedShare,
        warnings: statement.warnings,
        problem: null,
      };
    } catch (error) {
      if (!(error instanceof CalcError)) throw error;
      return {
        member,
        earningsCents: null,
        normCents: null,
        costSharers: null,
        normBasis: null,
        benefitCents: null,
        earnedBackCents: null,
        earnedShare: null,
        warnings: [],
        problem: error.message,
      };
    }
  });
  const sum = (pick: (line: CooperativeOverviewLine) => number | null) =>
    lines.reduce((total, line) => total + (pick(line) ?? 0), 0);
  return {
    month,
    members: lines,
    totalEarningsCents: sum((line) => line.earningsCents),
    totalBenefitCents: sum((line) => line.benefitCents),
    totalEarnedBackCents: sum((line) => line.earnedBackCents),
  };
}
