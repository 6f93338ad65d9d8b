import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnRecord, type Context, requireViewer, Role, type Viewer } from '../auth';
import { recordAudit } from '../audit';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind } from '../organisations';
import type { Participant } from '../participants';
import { todayInAmsterdam } from '../shared/clock';
import { badInput, DomainError, ErrorCode, inputField } from '../shared/errors';
import { isId } from '../shared/ids';
import { type MutationResult, runMutation } from '../shared/mutation';
import { MAX_PAGE_SIZE } from '../shared/pagination';
import { isCalendarDate } from '../shared/scalars';
import { visibleFields } from './consent.policy';
import { MatchConsent } from './consent.entity';
import {
  gapText,
  type MatchResult,
  rankCandidates,
  rankVacancies,
  type SkillReason,
  type VacancyFacts,
} from './matching.calc';
import { type CandidatePool, type CandidateRow, loadCandidates, loadNeighbours } from './matching.store';
import { ownParticipant, skillValidOn } from './observation.service';
import type { Skill } from './skill.entity';
import type {
  CreateVacancyInput,
  RecordMatchConsentInput,
  SkillLevelInput,
  WithdrawMatchConsentInput,
} from './skills.input';
import { canManageVacancy, canReadVacancy } from './skills.policy';
import type { CandidateProfile, MatchReason, ParticipantMatch, VacancyMatch } from './skills.types';
import type { Daypart, MatchConsentScope, RequirementStatus, SkillLevel, Travel } from './skills.enums';
import { Vacancy } from './vacancy.entity';

const DEFAULT_MATCHES = 20;

function matchesFirst(first: number | null | undefined): number {
  const n = first ?? DEFAULT_MATCHES;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${n}).`, 'first');
  }
  return n;
}

function factsOf(vacancy: Vacancy): VacancyFacts {
  return {
    id: vacancy.id,
    municipalityId: vacancy.municipality.id,
    dayparts: vacancy.dayparts,
    required: vacancy.requiredSkills,
    niceToHave: vacancy.niceToHaveSkills,
  };
}

/** A stable reference an employer can mention to the coordinator; not the id and not reversible to it. */
export function candidateReference(participantId: string): string {
  return `K-${createHash('sha256').update(`meedoen-candidate:${participantId}`).digest('hex').slice(0, 8).toUpperCase()}`;
}

async function reasonsOf(ctx: Context, reasons: SkillReason[]): Promise<MatchReason[]> {
  return Promise.all(
    reasons.map(async (reason) => {
      const skill = (await ctx.loaders.skillByCode.load(reason.skillCode)) as Skill;
      return {
        skill,
        required: reason.required,
        requiredLevel: reason.requiredLevel as SkillLevel,
        actualLevel: reason.actualLevel as SkillLevel | null,
        status: reason.status as RequirementStatus,
        gapNl: gapText(reason, skill.labelNl, 'nl'),
        gapEn: gapText(reason, skill.labelEn, 'en'),
      };
    }),
  );
}

async function explained(ctx: Context, result: MatchResult) {
  const [met, close, missing] = await Promise.all([
    reasonsOf(ctx, result.met),
    reasonsOf(ctx, result.close),
    reasonsOf(ctx, result.missing),
  ]);
  return {
    score: result.score,
    met,
    close,
    missing,
    availableDayparts: result.availableDayparts as Daypart[],
    unavailableDayparts: result.unavailableDayparts as Daypart[],
    travel: result.travel as Travel,
  };
}

/** What the viewer may see of a candidate: everything the staff sees, or the consent's fields for an employer. */
async function profileOf(ctx: Context, viewer: Viewer, row: CandidateRow): Promise<CandidateProfile> {
  const employer = viewer.role === Role.EMPLOYER;
  const fields = employer ? visibleFields(row.scope ?? 'SKILLS') : { name: true, contact: true };
  const passport = await Promise.all(
    [...row.facts.skills].map(async ([code, level]) => ({
      skill: (await ctx.loaders.skillByCode.load(code)) as Skill,
      level: level as SkillLevel,
      date: row.seenOn.get(code)!,
    })),
  );
  return {
    reference: candidateReference(row.facts.id),
    participantId: employer ? null : row.facts.id,
    displayName: fields.name ? row.displayName : null,
    email: fields.contact ? row.email : null,
    phone: fields.contact ? row.phone : null,
    consentScope: employer ? (row.scope as MatchConsentScope) : null,
    passport,
  };
}

/**
 * Whose people a ranking covers. The region is the vacancy's municipality and its neighbours: ADMIN sees all its
 * people, an employer only those who consented; staff see their own organisation's people wherever they live.
 */
function poolFor(viewer: Viewer, vacancy: Vacancy, neighbours: ReadonlySet<string>): CandidatePool {
  const region = new Set([vacancy.municipality.id]);
  for (const pair of neighbours) {
    const [a, b] = pair.split('|');
    if (a === vacancy.municipality.id) region.add(b);
  }
  if (viewer.role === Role.EMPLOYER) {
    return { kind: 'consented', employerId: vacancy.employer.id, municipalityIds: [...region] };
  }
  if (viewer.role === Role.ADMIN) return { kind: 'region', municipalityIds: [...region] };
  return { kind: 'organisation', organisationId: viewer.organisationId ?? '' };
}

/**
 * Participants ranked for a vacancy, best fit first, with reasons. ADMIN sees the region (the vacancy's and
 * neighbouring municipalities), staff their own organisation's people, an employer only the region's people whose
 * consent is active today for it, with only the fields it covers. Fixed number of statements for any number of people.
 * Unknown or not-yours vacancies answer an empty list.
 */
export async function vacancyMatches(
  ctx: Context,
  vacancyId: string,
  first?: number | null,
): Promise<VacancyMatch[]> {
  const viewer = requireViewer(ctx);
  const limit = matchesFirst(first);
  if (!isId(vacancyId)) return [];
  const vacancy = await ctx.em.findOne(Vacancy, vacancyId);
  if (!vacancy || !canReadVacancy(viewer, vacancy.employer.id)) return [];
  const today = todayInAmsterdam();
  const neighbours = await loadNeighbours(ctx.em, [vacancy.municipality.id]);
  const pool = poolFor(viewer, vacancy, neighbours);
  const facts = factsOf(vacancy);
  const codes = [...facts.required, ...facts.niceToHave].map((r) => r.skillCode);
  const rows = await loadCandidates(ctx.em, pool, codes, today);
  const byId = new Map(rows.map((row) => [row.facts.id, row]));
  const ranked = rankCandidates(
    facts,
    rows.map((row) => row.facts),
    neighbours,
    limit,
  );
  return Promise.all(
    ranked.map(async (result) => ({
      participant: await profileOf(ctx, viewer, byId.get(result.candidateId)!),
      ...(await explained(ctx, result)),
    })),
  );
}

/** Open vacancies ranked for one participant, with what is met and missing. ADMIN or the organisation's staff. */
export async function participantMatches(
  ctx: Context,
  participantId: string,
  first?: number | null,
): Promise<ParticipantMatch[]> {
  const viewer = requireViewer(ctx);
  const limit = matchesFirst(first);
  if (!isId(participantId)) return [];
  const today = todayInAmsterdam();
  const [row] = await loadCandidates(ctx.em, { kind: 'participant', participantId }, null, today);
  if (
    !row ||
    !(
      viewer.role === Role.ADMIN ||
      (viewer.role === Role.ORG_STAFF && viewer.organisationId === row.organisationId)
    )
  ) {
    return [];
  }
  const vacancies = await ctx.em.find(Vacancy, { closedOn: null }, { orderBy: { createdAt: 'desc' } });
  const municipalities = [...new Set(vacancies.map((v) => v.municipality.id))];
  const neighbours = await loadNeighbours(ctx.em, municipalities);
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const ranked = rankVacancies(row.facts, vacancies.map(factsOf), neighbours, limit);
  return Promise.all(
    ranked.map(async (result) => ({
      vacancy: byId.get(result.vacancyId)!,
      ...(await explained(ctx, result)),
    })),
  );
}

async function requirementsOf(em: EntityManager, list: SkillLevelInput[], field: string, today: string) {
  const seen = new Set<string>();
  const out: { skillCode: string; level: SkillLevel }[] = [];
  for (const [i, item] of list.entries()) {
    const skill = await skillValidOn(em, item.skillCode, today, inputField(field, String(i), 'skillCode'));
    if (seen.has(skill.code)) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        `Skill "${skill.code}" appears twice.`,
        inputField(field, String(i), 'skillCode'),
      );
    }
    seen.add(skill.code);
    out.push({ skillCode: skill.code, level: item.level });
  }
  return out;
}

/** The employer named by an input, which must be an organisation of kind EMPLOYER. */
async function employerOf(em: EntityManager, id: string, field: string[]): Promise<Organisation> {
  const employer = await em.findOne(Organisation, id);
  if (!employer || employer.kind !== OrganisationKind.EMPLOYER) {
    throw new DomainError(
      ErrorCode.NOT_FOUND,
      'No employer (organisation of kind EMPLOYER) has this id.',
      field,
    );
  }
  return employer;
}

/** Creates a vacancy. ADMIN, the employer itself, or staff of a place (who coach people into work). */
export function createVacancy(ctx: Context, input: CreateVacancyInput): Promise<MutationResult<Vacancy>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const employer = await employerOf(em, input.employerId, inputField('employerId'));
    if (!canManageVacancy(viewer, employer.id)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        "You may only add your own organisation's vacancies.",
        inputField('employerId'),
      );
    }
    const municipality = await em.findOne(Municipality, input.municipalityId);
    if (!municipality)
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        'No municipality has this id.',
        inputField('municipalityId'),
      );
    if (input.startDate != null && !isCalendarDate(input.startDate)) {
      throw new DomainError(ErrorCode.VALIDATION, 'startDate is not a date.', inputField('startDate'));
    }
    const today = todayInAmsterdam();
    const required = await requirementsOf(em, input.requiredSkills, 'requiredSkills', today);
    const niceToHave = await requirementsOf(em, input.niceToHaveSkills ?? [], 'niceToHaveSkills', today);
    const both = niceToHave.findIndex((n) => required.some((r) => r.skillCode === n.skillCode));
    if (both >= 0) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'A skill is either required or nice to have, not both.',
        inputField('niceToHaveSkills', String(both), 'skillCode'),
      );
    }
    const vacancy = em.create(Vacancy, {
      employer: employer.id,
      municipality: municipality.id,
      title: input.title.trim(),
      hoursPerWeek: input.hoursPerWeek,
      dayparts: [...new Set(input.dayparts)],
      startDate: input.startDate ?? null,
      learningPath: input.learningPath ?? false,
      requiredSkills: required,
      niceToHaveSkills: niceToHave,
    });
    recordAudit(em, ctx, {
      action: 'createVacancy',
      entityType: 'Vacancy',
      entityId: vacancy.id,
      before: null,
      after: { title: vacancy.title, employer: employer.id, hoursPerWeek: vacancy.hoursPerWeek },
      organisationId: employer.id,
    });
    await em.flush();
    return vacancy;
  });
}

/** One vacancy, or null when unknown or not the viewer's to see. */
export async function findVacancy(ctx: Context, id: string): Promise<Vacancy | null> {
  if (!isId(id)) return null;
  const vacancy = await ctx.loaders.vacancyById.load(id);
  return vacancy && canReadVacancy(ctx.viewer, vacancy.employer.id) ? vacancy : null;
}

/** Records a participant's consent to be shown to employers. ADMIN or the organisation's staff. */
export function recordMatchConsent(
  ctx: Context,
  input: RecordMatchConsentInput,
): Promise<MutationResult<MatchConsent>> {
  return runMutation(ctx, input, async (em) => {
    const participant: Participant = await ownParticipant(ctx, em, input.participantId);
    if (!isCalendarDate(input.from))
      throw new DomainError(ErrorCode.VALIDATION, 'from is not a date.', inputField('from'));
    const employer = input.employerId
      ? await employerOf(em, input.employerId, inputField('employerId'))
      : null;
    const consent = em.create(MatchConsent, {
      participant: participant.id,
      organisation: participant.organisation.id,
      scope: input.scope,
      fromDate: input.from,
      employer: employer?.id ?? null,
    });
    recordAudit(em, ctx, {
      action: 'recordMatchConsent',
      entityType: 'MatchConsent',
      entityId: consent.id,
      before: null,
      after: { scope: input.scope, from: input.from, employer: employer?.id ?? null },
      organisationId: participant.organisation.id,
    });
    await em.flush();
    return consent;
  });
}

/** Withdraws a consent from a day on (default today). ADMIN or the organisation's staff. */
export function withdrawMatchConsent(
  ctx: Context,
  input: WithdrawMatchConsentInput,
): Promise<MutationResult<MatchConsent>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const consent = await em.findOne(MatchConsent, input.consentId);
    if (!consent)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No consent has this id.', inputField('consentId'));
    assertOwnRecord(viewer, consent.organisation.id, 'No consent has this id.', inputField('consentId'));
    if (consent.withdrawnOn)
      throw new DomainError(ErrorCode.CONFLICT, 'The consent is already withdrawn.', inputField('consentId'));
    const on = input.on ?? todayInAmsterdam();
    if (!isCalendarDate(on))
      throw new DomainError(ErrorCode.VALIDATION, 'on is not a date.', inputField('on'));
    consent.withdrawnOn = on < consent.fromDate ? consent.fromDate : on;
    recordAudit(em, ctx, {
      action: 'withdrawMatchConsent',
      entityType: 'MatchConsent',
      entityId: consent.id,
      before: { withdrawnOn: null },
      after: { withdrawnOn: consent.withdrawnOn },
      organisationId: consent.organisation.id,
    });
    await em.flush();
    return consent;
  });
}
