import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCanManageOrganisation, assertOwnRecord, type Context, requireViewer } from '../auth';
import { recordAudit } from '../audit';
import { Participant } from '../participants';
import { Workshop } from '../workshops';
import { todayInAmsterdam } from '../shared/clock';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { type MutationResult, runMutation } from '../shared/mutation';
import { isCalendarDate } from '../shared/scalars';
import { ParticipantAvailability } from './consent.entity';
import { SkillObservation, WorkshopSkill } from './observation.entity';
import { Skill } from './skill.entity';
import type {
  RecordSkillObservationInput,
  SetParticipantAvailabilityInput,
  SetWorkshopSkillsInput,
} from './skills.input';
import { canSeeSkillsOf } from './skills.policy';
import type { PassportEntry } from './skills.types';
import type { Daypart } from './skills.enums';

const NO_PARTICIPANT = 'No participant has this id.';

/** The participant a staff mutation is about, or NOT_FOUND (also for another organisation's participant). */
export async function ownParticipant(ctx: Context, em: EntityManager, id: string): Promise<Participant> {
  const viewer = requireViewer(ctx);
  const participant = await em.findOne(Participant, id);
  if (!participant || participant.erasedAt) {
    throw new DomainError(ErrorCode.NOT_FOUND, NO_PARTICIPANT, inputField('participantId'));
  }
  assertOwnRecord(viewer, participant.organisation.id, NO_PARTICIPANT, inputField('participantId'));
  return participant;
}

/** A skill of the vocabulary valid on `date`, or NOT_FOUND against `field`. */
export async function skillValidOn(
  em: EntityManager,
  code: string,
  date: string,
  field: string[],
): Promise<Skill> {
  const skill = await em.findOne(Skill, { code: code.trim() });
  if (!skill || skill.validFrom > date || (skill.validUntil != null && skill.validUntil < date)) {
    throw new DomainError(ErrorCode.NOT_FOUND, await unknownSkillMessage(em, code, date), field);
  }
  return skill;
}

/** Most codes an error lists; a longer vocabulary (an imported taxonomy) is pointed to instead. */
const MAX_LISTED_CODES = 60;

/** Says which codes are valid on `date`, or where to find them when there are too many to list. */
async function unknownSkillMessage(em: EntityManager, code: string, date: string): Promise<string> {
  const valid = await em.find(
    Skill,
    { validFrom: { $lte: date }, $or: [{ validUntil: null }, { validUntil: { $gte: date } }] },
    { fields: ['code'], orderBy: { code: 'asc' }, limit: MAX_LISTED_CODES + 1 },
  );
  const unknown = `No skill has code "${code}" on ${date}.`;
  if (valid.length > MAX_LISTED_CODES) {
    return `${unknown} The skills query (with search) lists the valid codes.`;
  }
  return `${unknown} Valid codes: ${valid.map((skill) => skill.code).join(', ')}.`;
}

/**
 * Records that a participant showed a skill at a level (the leermeester's observation). ADMIN or the
 * organisation's staff; the workshop, when given, must be the organisation's own; the date not in the future.
 */
export function recordSkillObservation(
  ctx: Context,
  input: RecordSkillObservationInput,
): Promise<MutationResult<SkillObservation>> {
  return runMutation(ctx, input, async (em) => {
    if (!isCalendarDate(input.date) || input.date > todayInAmsterdam()) {
      throw new DomainError(ErrorCode.VALIDATION, 'date must not be in the future.', inputField('date'));
    }
    const participant = await ownParticipant(ctx, em, input.participantId);
    const skill = await skillValidOn(em, input.skillCode, input.date, inputField('skillCode'));
    let workshop: Workshop | null = null;
    if (input.workshopId) {
      workshop = await em.findOne(Workshop, input.workshopId);
      if (!workshop || workshop.organisation.id !== participant.organisation.id) {
        throw new DomainError(
          ErrorCode.NOT_FOUND,
          "No workshop of the participant's organisation has this id.",
          inputField('workshopId'),
        );
      }
    }
    const observation = em.create(SkillObservation, {
      participant: participant.id,
      skill: skill.id,
      level: input.level,
      observedOn: input.date,
      workshop: workshop?.id ?? null,
      organisation: participant.organisation.id,
      municipality: workshop?.municipality.id ?? null,
    });
    recordAudit(em, ctx, {
      action: 'recordSkillObservation',
      entityType: 'SkillObservation',
      entityId: observation.id,
      before: null,
      after: { participant: participant.id, skill: skill.code, level: input.level, date: input.date },
      organisationId: participant.organisation.id,
    });
    await em.flush();
    return observation;
  });
}

/** Replaces the skills a workshop practises. ADMIN or the organisation's staff. */
export function setWorkshopSkills(
  ctx: Context,
  input: SetWorkshopSkillsInput,
): Promise<MutationResult<Workshop>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const workshop = await em.findOne(Workshop, input.workshopId);
    if (!workshop)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No workshop has this id.', inputField('workshopId'));
    assertCanManageOrganisation(viewer, workshop.organisation.id, inputField('workshopId'));
    const today = todayInAmsterdam();
    const codes = input.skills.map((s) => s.skillCode.trim());
    if (new Set(codes).size !== codes.length) {
      throw new DomainError(ErrorCode.VALIDATION, 'Each skill may appear once.', inputField('skills'));
    }
    const skills = await Promise.all(
      input.skills.map((s, i) =>
        skillValidOn(em, s.skillCode, today, inputField('skills', String(i), 'skillCode')),
      ),
    );
    await em.nativeDelete(WorkshopSkill, { workshop: workshop.id });
    skills.forEach((skill, i) =>
      em.create(WorkshopSkill, {
        workshop: workshop.id,
        skill: skill.id,
        level: input.skills[i].level,
        organisation: workshop.organisation.id,
      }),
    );
    recordAudit(em, ctx, {
      action: 'setWorkshopSkills',
      entityType: 'Workshop',
      entityId: workshop.id,
      before: null,
      after: { skills: input.skills.map((s) => `${s.skillCode}:${s.level}`) },
      organisationId: workshop.organisation.id,
    });
    await em.flush();
    return workshop;
  });
}

/** The day parts a participant says they can work in. ADMIN or the organisation's staff. */
export function setParticipantAvailability(
  ctx: Context,
  input: SetParticipantAvailabilityInput,
): Promise<MutationResult<Daypart[]>> {
  return runMutation(ctx, input, async (em) => {
    const participant = await ownParticipant(ctx, em, input.participantId);
    const dayparts = [...new Set(input.dayparts)];
    const existing = await em.findOne(ParticipantAvailability, { participant: participant.id });
    if (existing) existing.dayparts = dayparts;
    else {
      em.create(ParticipantAvailability, {
        participant: ref(participant),
        organisation: participant.organisation.id,
        dayparts,
      });
    }
    await em.flush();
    return dayparts;
  });
}

/** The skills passport: the latest level per skill with date and workshop; empty for viewers who may not see it. */
export async function skillsPassport(ctx: Context, participant: Participant): Promise<PassportEntry[]> {
  if (!canSeeSkillsOf(ctx, participant)) return [];
  const rows = await ctx.loaders.passportByParticipantId.load(participant.id);
  return Promise.all(
    rows.map(async (row) => ({
      skill: (await ctx.loaders.skillById.load(row.skillId))!,
      level: row.level,
      date: row.date,
      workshop: row.workshopId ? await ctx.loaders.workshopById.load(row.workshopId) : null,
    })),
  );
}

/** Every observation of a participant, newest first (levels go up and down); empty for viewers who may not see it. */
export async function skillObservations(ctx: Context, participant: Participant): Promise<SkillObservation[]> {
  if (!canSeeSkillsOf(ctx, participant)) return [];
  return ctx.loaders.observationsByParticipantId.load(participant.id);
}
