import { auditFields, recordAudit } from '../audit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind, tenantOf } from '../organisations';
import { LockMode } from '@mikro-orm/core';
import { DomainError, ErrorCode, forbidden, inputField, notFound, type UserError } from '../shared/errors';
import { assertPeriod, MAX_EARNINGS_MONTHS } from './member-earnings.service';
import { isId } from '../shared/ids';
import { ageOn } from '../shared/months';
import { runMutation, type MutationResult } from '../shared/mutation';
import { EnterpriseKind, Household } from './cooperative.enums';
import type {
  CreateEnterpriseInput,
  CreateMemberInput,
  RecordEarningsInput,
  RecordMemberIncomeInput,
} from './cooperatives.input';
import { canManageCooperative, canSeeMember } from './cooperatives.policy';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { Enterprise, EnterpriseShare } from './enterprise.entity';
import { Member } from './member.entity';
import {
  type EarningsFigures,
  type MemberIncomeFigures,
  RecordOutcome,
  staleMessage,
} from './earnings.types';

/** One member, or null when unknown or outside the viewer's scope (so that its existence does not leak). */
export async function findMember(ctx: Context, id: string): Promise<Member | null> {
  const member = isId(id) ? await ctx.loaders.memberById.load(id) : null;
  if (
    !member ||
    !canSeeMember(requireViewer(ctx), { id: member.id, cooperativeId: member.organisation.id })
  ) {
    return null;
  }
  return member;
}

/** The members of a cooperative by name; empty when it is outside the viewer's scope. */
export async function listMembers(ctx: Context, cooperativeId: string): Promise<Member[]> {
  if (!isId(cooperativeId) || !canManageCooperative(requireViewer(ctx), cooperativeId)) return [];
  return ctx.em.find(Member, { organisation: cooperativeId }, { orderBy: { displayName: 'asc', id: 'asc' } });
}

/** The enterprises of a cooperative by name; empty when it is outside the viewer's scope. */
export async function listEnterprises(ctx: Context, cooperativeId: string): Promise<Enterprise[]> {
  if (!isId(cooperativeId) || !canManageCooperative(requireViewer(ctx), cooperativeId)) return [];
  return ctx.em.find(Enterprise, { organisation: cooperativeId }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** A cooperative the viewer manages, or NOT_FOUND against `input.cooperativeId`. */
async function requireCooperative(ctx: Context, em: EntityManager, id: string): Promise<Organisation> {
  const organisation = canManageCooperative(requireViewer(ctx), id)
    ? await em.findOne(Organisation, id)
    : null;
  if (!organisation || organisation.kind !== OrganisationKind.COOPERATIVE) {
    throw notFound('No cooperative has this id.', 'cooperativeId');
  }
  return organisation;
}

function invalid(message: string, ...field: string[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION, message, inputField(...field));
}

function assertMemberFacts(input: CreateMemberInput): void {
  if (ageOn(input.birthDate, input.benefitStart) < 18) {
    throw invalid('The member must be 18 or older when the benefit starts.', 'birthDate');
  }
  if (input.household === Household.COUPLE && !input.partnerBirthDate) {
    throw invalid("A couple needs the partner's birth date.", 'partnerBirthDate');
  }
  if (input.household !== Household.COUPLE && input.partnerBirthDate) {
    throw invalid("Only couples have a partner's birth date.", 'partnerBirthDate');
  }
  if (input.household !== Household.SINGLE_PARENT && input.youngestChildBirthDate) {
    throw invalid("Only single parents record the youngest child's birth date.", 'youngestChildBirthDate');
  }
  if (input.youngestChildBirthDate && input.youngestChildBirthDate < input.birthDate) {
    throw invalid('The youngest child cannot be born before the member.', 'youngestChildBirthDate');
  }
  if (input.membershipStart && input.trialPeriodEnd && input.trialPeriodEnd < input.membershipStart) {
    throw invalid('The trial period cannot end before the membership starts.', 'trialPeriodEnd');
  }
}

/** Adds a member to a cooperative the viewer manages. */
export function createMember(ctx: Context, input: CreateMemberInput): Promise<MutationResult<Member>> {
  return runMutation(ctx, input, async (em) => {
    const cooperative = await requireCooperative(ctx, em, input.cooperativeId);
    const municipality = await em.findOne(Municipality, input.municipalityId);
    if (!municipality) {
      throw notFound('No municipality has this id.', 'municipalityId');
    }
    assertMemberFacts(input);
    const member = em.create(Member, {
      organisation: cooperative,
      municipality,
      displayName: input.displayName.trim(),
      birthDate: input.birthDate,
      household: input.household,
      youngestChildBirthDate: input.youngestChildBirthDate ?? null,
      medicalLimitation: input.medicalLimitation ?? false,
      benefitStart: input.benefitStart,
      membershipStart: input.membershipStart ?? null,
      trialPeriodEnd: input.trialPeriodEnd ?? null,
      partnerBirthDate: input.partnerBirthDate ?? null,
    });
    await em.flush();
    return member;
  });
}

/** Percent with at most two decimals as basis points (33.33 → 3333). */
function percentToBasisPoints(percent: number, index: number): number {
  const basisPoints = Math.round(percent * 100);
  if (Math.abs(percent * 100 - basisPoints) > 1e-6) {
    throw invalid('percent has at most two decimals.', 'shares', String(index), 'percent');
  }
  return basisPoints;
}

/** Adds an own or joint enterprise with its members' shares. */
export function createEnterprise(
  ctx: Context,
  input: CreateEnterpriseInput,
): Promise<MutationResult<Enterprise>> {
  return runMutation(ctx, input, async (em) => {
    const cooperative = await requireCooperative(ctx, em, input.cooperativeId);
    const points = input.shares.map((share, index) => percentToBasisPoints(share.percent, index));
    if (input.kind === EnterpriseKind.OWN && input.shares.length !== 1) {
      throw invalid('An own enterprise has exactly one member, with 100%.', 'shares');
    }
    if (input.kind === EnterpriseKind.JOINT && input.shares.length < 2) {
      throw invalid('A joint enterprise has two or more members.', 'shares');
    }
    if (points.reduce((sum, p) => sum + p, 0) !== 10000) {
      throw invalid('The shares must add up to 100 percent.', 'shares');
    }
    const memberIds = input.shares.map((share) => share.memberId);
    if (new Set(memberIds).size !== memberIds.length) {
      throw invalid('Each member can hold only one share.', 'shares');
    }
    const members = await em.find(Member, { id: { $in: memberIds }, organisation: cooperative.id });
    const byId = new Map(members.map((member) => [member.id, member]));
    memberIds.forEach((id, index) => {
      if (!byId.has(id)) {
        throw new DomainError(
          ErrorCode.NOT_FOUND,
          'No member of this cooperative has this id.',
          inputField('shares', String(index), 'memberId'),
        );
      }
    });
    const name = input.name.trim();
    const existing = await em.find(Enterprise, { organisation: cooperative.id });
    if (existing.some((enterprise) => enterprise.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError(
        ErrorCode.DUPLICATE_NAME,
        `The cooperative already has an enterprise named "${name}".`,
        inputField('name'),
      );
    }
    const enterprise = em.create(Enterprise, {
      organisation: cooperative,
      municipality: cooperative.municipality ?? null,
      name,
      kind: input.kind,
    });
    memberIds.forEach((id, index) =>
      em.create(EnterpriseShare, {
        enterprise,
        member: byId.get(id)!,
        organisation: cooperative,
        basisPoints: points[index],
      }),
    );
    await em.flush();
    return enterprise;
  });
}

/** What the audit log keeps of earnings and member income: amounts per month, ids only for people. */
const EARNINGS_AUDIT = ['enterprise', 'month', 'revenueCents', 'costsCents', 'version'] as const;
const INCOME_AUDIT = [
  'member',
  'month',
  'volunteerAllowanceCents',
  'partnerEarningsCents',
  'version',
] as const;

/**
 * What recording a month's figure answers: the stored row and whether it was created or replaced (with the
 * figures it replaced); or, when `expectedVersion` no longer matches, STALE with the row as it stands.
 */
export interface Recorded<T, F> {
  value: T | null;
  outcome: RecordOutcome | null;
  previous: F | null;
  current: T | null;
  errors: UserError[];
}

type Guarded<T, F> = { row: T; previous: F | null } | { stale: T | null; message: string };

function staleOrDone<T, F>(result: MutationResult<Guarded<T, F>>): Recorded<T, F> {
  const none = { value: null, outcome: null, previous: null, current: null };
  if (!result.value) return { ...none, errors: result.errors };
  if ('stale' in result.value) {
    const error = {
      code: ErrorCode.STALE,
      field: inputField('expectedVersion'),
      message: result.value.message,
    };
    return { ...none, current: result.value.stale, errors: [error] };
  }
  const { row, previous } = result.value;
  return {
    value: row,
    outcome: previous ? RecordOutcome.REPLACED : RecordOutcome.CREATED,
    previous,
    current: null,
    errors: [],
  };
}

const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;

/**
 * Records (or corrects) an enterprise's revenue and costs for a month. With `expectedVersion` it replaces only
 * the version the caller read; the row is locked so that two corrections cannot both pass the check.
 */
export async function recordEarnings(
  ctx: Context,
  input: RecordEarningsInput,
): Promise<Recorded<EnterpriseEarnings, EarningsFigures>> {
  const viewer = requireViewer(ctx);
  const result = await runMutation<Guarded<EnterpriseEarnings, EarningsFigures>>(ctx, input, async (em) => {
    const enterprise = await em.findOne(Enterprise, input.enterpriseId);
    if (!enterprise || !canManageCooperative(viewer, enterprise.organisation.id)) {
      throw notFound('No enterprise has this id.', 'enterpriseId');
    }
    let earnings = await em.findOne(
      EnterpriseEarnings,
      { enterprise: enterprise.id, month: input.month },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const stale = staleMessage(
      input.expectedVersion,
      earnings?.version ?? null,
      earnings
        ? `omzet/revenue ${euros(earnings.revenueCents)}, kosten/costs ${euros(earnings.costsCents)}`
        : '',
    );
    if (stale) return { stale: earnings, message: stale };
    const before = earnings ? auditFields(earnings, EARNINGS_AUDIT) : null;
    const previous = earnings
      ? { revenueCents: earnings.revenueCents, costsCents: earnings.costsCents, version: earnings.version }
      : null;
    if (!earnings) {
      earnings = em.create(EnterpriseEarnings, {
        enterprise,
        organisation: enterprise.organisation,
        month: input.month,
        revenueCents: input.revenueCents,
        costsCents: input.costsCents,
      });
    } else {
      earnings.version += 1;
    }
    earnings.revenueCents = input.revenueCents;
    earnings.costsCents = input.costsCents;
    recordAudit(em, ctx, {
      action: 'recordEarnings',
      entityType: 'EnterpriseEarnings',
      entityId: earnings.id,
      before,
      after: auditFields(earnings, EARNINGS_AUDIT),
      organisationId: enterprise.organisation.id,
    });
    await em.flush();
    return { row: earnings, previous };
  });
  return staleOrDone<EnterpriseEarnings, EarningsFigures>(result);
}

/**
 * Records (or corrects) a member's volunteer allowance and partner's earnings for a month; `expectedVersion`
 * guards a correction as in {@link recordEarnings}.
 */
export async function recordMemberIncome(
  ctx: Context,
  input: RecordMemberIncomeInput,
): Promise<Recorded<MemberIncome, MemberIncomeFigures>> {
  const viewer = requireViewer(ctx);
  const result = await runMutation<Guarded<MemberIncome, MemberIncomeFigures>>(ctx, input, async (em) => {
    const member = await em.findOne(Member, input.memberId);
    if (!member || !canManageCooperative(viewer, member.organisation.id)) {
      throw notFound('No member has this id.', 'memberId');
    }
    if (member.household !== Household.COUPLE && (input.partnerEarningsCents ?? 0) > 0) {
      throw invalid("Only couples have a partner's earnings.", 'partnerEarningsCents');
    }
    let income = await em.findOne(
      MemberIncome,
      { member: member.id, month: input.month },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const stale = staleMessage(
      input.expectedVersion,
      income?.version ?? null,
      income
        ? `vrijwilligersvergoeding/volunteer allowance ${euros(income.volunteerAllowanceCents)}, partner ${euros(income.partnerEarningsCents)}`
        : '',
    );
    if (stale) return { stale: income, message: stale };
    const before = income ? auditFields(income, INCOME_AUDIT) : null;
    const previous = income
      ? {
          volunteerAllowanceCents: income.volunteerAllowanceCents,
          partnerEarningsCents: income.partnerEarningsCents,
          version: income.version,
        }
      : null;
    if (!income) {
      income = em.create(MemberIncome, {
        member,
        ...tenantOf(member),
        month: input.month,
        volunteerAllowanceCents: 0,
        partnerEarningsCents: 0,
      });
    } else {
      income.version += 1;
    }
    if (input.volunteerAllowanceCents !== undefined)
      income.volunteerAllowanceCents = input.volunteerAllowanceCents ?? 0;
    if (input.partnerEarningsCents !== undefined)
      income.partnerEarningsCents = input.partnerEarningsCents ?? 0;
    recordAudit(em, ctx, {
      action: 'recordMemberIncome',
      entityType: 'MemberIncome',
      entityId: income.id,
      before,
      after: auditFields(income, INCOME_AUDIT),
      organisationId: member.organisation.id,
    });
    await em.flush();
    return { row: income, previous };
  });
  return staleOrDone<MemberIncome, MemberIncomeFigures>(result);
}

/**
 * An enterprise's recorded earnings per month of `from`..`to`, for the cooperative's staff (FORBIDDEN for
 * anyone else, also when the enterprise is reached through another field).
 */
export async function enterpriseEarnings(
  ctx: Context,
  enterprise: Enterprise,
  from: string,
  to: string,
): Promise<EnterpriseEarnings[]> {
  if (!canManageCooperative(requireViewer(ctx), enterprise.organisation.id)) {
    throw forbidden("Only the cooperative's staff may read an enterprise's earnings.");
  }
  assertPeriod(from, to, MAX_EARNINGS_MONTHS);
  return ctx.loaders.earningsByEnterprisePeriod.load(`${enterprise.id}|${from}|${to}`);
}
