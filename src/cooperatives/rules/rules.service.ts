import { auditSnapshot, type AuditValues, recordAudit } from '../../audit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../auth';
import { Municipality } from '../../municipalities';
import { DomainError, ErrorCode, inputField, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { runMutation, type MutationResult } from '../../shared/mutation';
import { DisregardRule } from './disregard-rule.entity';
import { Norm } from './norm.entity';
import type {
  CreateDisregardRuleInput,
  CreateNormInput,
  CreateVolunteerLimitInput,
  UpdateDisregardRuleInput,
  UpdateNormInput,
  UpdateVolunteerLimitInput,
} from './rules.input';
import { VolunteerLimit } from './volunteer-limit.entity';
import type { AgeBand, Household } from '../cooperative.enums';
import { BASIS_POINTS, isWholeBasisPoints, toBasisPoints } from '../../shared/money';
import { overlaps } from '../../shared/periods';

/** A version of a rule with its validity period (dates `YYYY-MM-DD`, until inclusive). */
interface Versioned {
  id: string;
  validFrom: string;
  validUntil?: string | null;
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function versionsOverlap(a: Versioned, b: Versioned): boolean {
  return overlaps(a.validFrom, a.validUntil, b.validFrom, b.validUntil);
}

/**
 * Rule changes run one at a time (a transaction-scoped advisory lock), so that two concurrent versions of the
 * same rule cannot both pass the overlap check.
 */
async function lockRules(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('meedoen-cooperative-rules'))`);
}

function assertPeriod(validFrom: string, validUntil: string | null | undefined): void {
  if (validUntil != null && validUntil < validFrom) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'validUntil must not be before validFrom.',
      inputField('validUntil'),
    );
  }
}

/**
 * Fits `version` among the other versions of the same rule key. When `closeOpenEnded`, an open-ended version
 * that started earlier is closed the day before the new one starts (adding a new version); any remaining
 * overlap is an OVERLAPPING_PERIOD error.
 */
function fitVersion<T extends Versioned>(siblings: T[], version: Versioned, closeOpenEnded: boolean): void {
  assertPeriod(version.validFrom, version.validUntil);
  for (const other of siblings) {
    if (other.id === version.id) continue;
    if (closeOpenEnded && other.validUntil == null && other.validFrom < version.validFrom) {
      other.validUntil = dayBefore(version.validFrom);
    }
    if (versionsOverlap(other, version)) {
      throw new DomainError(
        ErrorCode.OVERLAPPING_PERIOD,
        `The period overlaps the version valid from ${other.validFrom} until ${other.validUntil ?? 'further notice'}.`,
        inputField('validFrom'),
      );
    }
  }
}

async function requireMunicipality(
  em: EntityManager,
  id: string | null | undefined,
): Promise<Municipality | null> {
  if (id == null) return null;
  const municipality = await em.findOne(Municipality, id);
  if (!municipality) {
    throw notFound('No municipality has this id.', 'municipalityId');
  }
  return municipality;
}

/** A fraction such as 0.125 as exact basis points (1250); more precision than 0.01% is refused. */
function exactBasisPoints(fraction: number): number {
  const basisPoints = toBasisPoints(fraction);
  if (!isWholeBasisPoints(fraction) || basisPoints < 1 || basisPoints > BASIS_POINTS) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'percentage must be a fraction between 0.0001 and 1 with at most four decimals (0.125 is 12.5%).',
      inputField('percentage'),
    );
  }
  return basisPoints;
}

function municipalityKey(id: string | null | undefined) {
  return id == null ? null : id;
}

/** Rules valid for a municipality's members (national and its own), or all when no municipality is given. */
function scopeFilter(municipalityId: string | null | undefined) {
  if (municipalityId == null) return {};
  return { $or: [{ municipality: null }, { municipality: isId(municipalityId) ? municipalityId : null }] };
}

export function listNorms(ctx: Context, municipalityId?: string | null): Promise<Norm[]> {
  return ctx.em.find(Norm, scopeFilter(municipalityId) as FilterQuery<Norm>, {
    orderBy: { household: 'asc', ageBand: 'asc', validFrom: 'asc', id: 'asc' },
  });
}

export function listDisregardRules(ctx: Context, municipalityId?: string | null): Promise<DisregardRule[]> {
  return ctx.em.find(DisregardRule, scopeFilter(municipalityId) as FilterQuery<DisregardRule>, {
    orderBy: { code: 'asc', validFrom: 'asc', id: 'asc' },
  });
}

export function listVolunteerLimits(ctx: Context, municipalityId?: string | null): Promise<VolunteerLimit[]> {
  return ctx.em.find(VolunteerLimit, scopeFilter(municipalityId) as FilterQuery<VolunteerLimit>, {
    orderBy: { validFrom: 'asc', id: 'asc' },
  });
}

/**
 * The versions a norm must not overlap: the same household and age band, or for a published cost-sharers' amount
 * the same A and age band whatever the household (the amount is per person), in the same scope.
 */
function normKey(
  household: Household,
  ageBand: AgeBand,
  costSharers: number | null | undefined,
  municipalityId: string | null | undefined,
): FilterQuery<Norm> {
  const scope = { ageBand, municipality: municipalityKey(municipalityId) };
  return costSharers == null ? { ...scope, household, costSharers: null } : { ...scope, costSharers };
}

/** Adds a version of a norm (national, or a municipal override). ADMIN only (checked at the edge). */
export function createNorm(ctx: Context, input: CreateNormInput): Promise<MutationResult<Norm>> {
  return runMutation(ctx, input, async (em) => {
    await lockRules(em);
    const municipality = await requireMunicipality(em, input.municipalityId);
    const siblings = await em.find(
      Norm,
      normKey(input.household, input.ageBand, input.costSharers, input.municipalityId),
    );
    const norm = em.create(Norm, {
      household: input.household,
      ageBand: input.ageBand,
      amountCents: input.amountCents,
      costSharers: input.costSharers ?? null,
      municipality,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
    });
    fitVersion(siblings, norm, true);
    auditRule(em, ctx, 'createNorm', 'Norm', norm, null);
    await em.flush();
    return norm;
  });
}

/** Corrects a norm's amount or period. */
export function updateNorm(ctx: Context, input: UpdateNormInput): Promise<MutationResult<Norm>> {
  return runMutation(ctx, input, async (em) => {
    await lockRules(em);
    const norm = await em.findOne(Norm, input.id);
    if (!norm) throw notFound('No norm has this id.', 'id');
    const before = auditSnapshot(norm);
    if (input.amountCents != null) norm.amountCents = input.amountCents;
    if (input.validFrom != null) norm.validFrom = input.validFrom;
    if (input.validUntil !== undefined) norm.validUntil = input.validUntil;
    const siblings = await em.find(
      Norm,
      normKey(norm.household, norm.ageBand, norm.costSharers, norm.municipality?.id),
    );
    fitVersion(siblings, norm, false);
    auditRule(em, ctx, 'updateNorm', 'Norm', norm, before);
    await em.flush();
    return norm;
  });
}

function assertCodes(code: string, startsAfterCode?: string | null, replacesCode?: string | null): void {
  if (startsAfterCode === code) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'A rule cannot start after itself.',
      inputField('startsAfterCode'),
    );
  }
  if (replacesCode === code) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'A rule with the same code already overrides the national one; replacesCode names another code.',
      inputField('replacesCode'),
    );
  }
}

/** Adds a version of an earnings disregard rule (national, or a municipal regime). */
export function createDisregardRule(
  ctx: Context,
  input: CreateDisregardRuleInput,
): Promise<MutationResult<DisregardRule>> {
  return runMutation(ctx, input, async (em) => {
    assertCodes(input.code, input.startsAfterCode, input.replacesCode);
    const percentageBasisPoints = exactBasisPoints(input.percentage);
    await lockRules(em);
    const municipality = await requireMunicipality(em, input.municipalityId);
    const siblings = await em.find(DisregardRule, {
      code: input.code,
      municipality: municipalityKey(input.municipalityId),
    });
    const rule = em.create(DisregardRule, {
      code: input.code,
      percentageBasisPoints,
      monthlyCapCents: input.monthlyCapCents,
      maxMonths: input.maxMonths ?? null,
      minAge: input.minAge ?? null,
      condition: input.condition,
      startsAfterCode: input.startsAfterCode ?? null,
      replacesCode: input.replacesCode ?? null,
      municipality,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
    });
    fitVersion(siblings, rule, true);
    auditRule(em, ctx, 'createDisregardRule', 'DisregardRule', rule, null);
    await em.flush();
    return rule;
  });
}

/** Corrects a disregard rule; its code and municipality are its identity and stay. */
export function updateDisregardRule(
  ctx: Context,
  input: UpdateDisregardRuleInput,
): Promise<MutationResult<DisregardRule>> {
  return runMutation(ctx, input, async (em) => {
    await lockRules(em);
    const rule = await em.findOne(DisregardRule, input.id);
    if (!rule) throw notFound('No disregard rule has this id.', 'id');
    const before = auditSnapshot(rule);
    if (input.percentage != null) rule.percentageBasisPoints = exactBasisPoints(input.percentage);
    if (input.monthlyCapCents != null) rule.monthlyCapCents = input.monthlyCapCents;
    if (input.maxMonths !== undefined) rule.maxMonths = input.maxMonths;
    if (input.minAge !== undefined) rule.minAge = input.minAge;
    if (input.condition != null) rule.condition = input.condition;
    if (input.startsAfterCode !== undefined) rule.startsAfterCode = input.startsAfterCode;
    if (input.replacesCode !== undefined) rule.replacesCode = input.replacesCode;
    if (input.validFrom != null) rule.validFrom = input.validFrom;
    if (input.validUntil !== undefined) rule.validUntil = input.validUntil;
    assertCodes(rule.code, rule.startsAfterCode, rule.replacesCode);
    const siblings = await em.find(DisregardRule, {
      code: rule.code,
      municipality: municipalityKey(rule.municipality?.id),
    });
    fitVersion(siblings, rule, false);
    auditRule(em, ctx, 'updateDisregardRule', 'DisregardRule', rule, before);
    await em.flush();
    return rule;
  });
}

/** Adds a version of the volunteer allowance limits (national, or a municipal override). */
export function createVolunteerLimit(
  ctx: Context,
  input: CreateVolunteerLimitInput,
): Promise<MutationResult<VolunteerLimit>> {
  return runMutation(ctx, input, async (em) => {
    await lockRules(em);
    const municipality = await requireMunicipality(em, input.municipalityId);
    const siblings = await em.find(VolunteerLimit, { municipality: municipalityKey(input.municipalityId) });
    const limit = em.create(VolunteerLimit, {
      monthlyCents: input.monthlyCents,
      yearlyCents: input.yearlyCents,
      minAge: input.minAge ?? null,
      municipality,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
    });
    fitVersion(siblings, limit, true);
    auditRule(em, ctx, 'createVolunteerLimit', 'VolunteerLimit', limit, null);
    await em.flush();
    return limit;
  });
}

/** Corrects volunteer allowance limits. */
export function updateVolunteerLimit(
  ctx: Context,
  input: UpdateVolunteerLimitInput,
): Promise<MutationResult<VolunteerLimit>> {
  return runMutation(ctx, input, async (em) => {
    await lockRules(em);
    const limit = await em.findOne(VolunteerLimit, input.id);
    if (!limit) throw notFound('No volunteer limit has this id.', 'id');
    const before = auditSnapshot(limit);
    if (input.monthlyCents != null) limit.monthlyCents = input.monthlyCents;
    if (input.yearlyCents != null) limit.yearlyCents = input.yearlyCents;
    if (input.minAge !== undefined) limit.minAge = input.minAge;
    if (input.validFrom != null) limit.validFrom = input.validFrom;
    if (input.validUntil !== undefined) limit.validUntil = input.validUntil;
    const siblings = await em.find(VolunteerLimit, { municipality: municipalityKey(limit.municipality?.id) });
    fitVersion(siblings, limit, false);
    auditRule(em, ctx, 'updateVolunteerLimit', 'VolunteerLimit', limit, before);
    await em.flush();
    return limit;
  });
}

/**
 * Audits a new or corrected rule version with all its fields (rules hold no personal data); rules are national or
 * municipal, so they have no tenant.
 */
function auditRule(
  em: EntityManager,
  ctx: Context,
  action: string,
  entityType: string,
  rule: Norm | DisregardRule | VolunteerLimit,
  before: AuditValues | null,
): void {
  recordAudit(em, ctx, {
    action,
    entityType,
    entityId: rule.id,
    before,
    after: auditSnapshot(rule),
    organisationId: null,
  });
}
