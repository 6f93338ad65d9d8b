import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, Role } from '../auth';
import { Participant } from '../participants';
import { Workshop } from '../workshops';
import { MatchConsent } from './consent.entity';
import { SkillObservation, WorkshopSkill } from './observation.entity';
import {
  recordSkillObservation,
  setWorkshopSkills,
  skillObservations,
  skillsPassport,
} from './observation.service';
import { Skill } from './skill.entity';
import { canSeeSkillsOf } from './skills.policy';
import {
  ImportSkillsInput,
  ImportSkillsPayload,
  RecordSkillObservationInput,
  RecordSkillObservationPayload,
  SetWorkshopSkillsInput,
  SetWorkshopSkillsPayload,
} from './skills.input';
import { PassportEntry, SkillConnection, SkillRequirement } from './skills.types';
import { importSkills, listSkills } from './vocabulary.service';

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => SkillConnection, {
    description:
      'The skills vocabulary valid today, by group and code, a page at a time. Public reference data.',
  })
  skills(
    @Ctx() ctx: Context,
    @Arg('group', () => String, { nullable: true, description: 'Only this group, e.g. "kitchen".' })
    group?: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Code or label contains this text (any case).',
    })
    search?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100; default 50.' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<SkillConnection> {
    return listSkills(ctx, { group, search, first, after });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportSkillsPayload, {
    description:
      'Imports skills from CSV (ADMIN): all rows or none, every bad line reported. Columns: see the README.',
  })
  importSkills(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportSkillsInput, { description: 'The file.' }) input: ImportSkillsInput,
  ): Promise<ImportSkillsPayload> {
    return importSkills(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => SetWorkshopSkillsPayload, {
    description:
      "Sets the skills a workshop practises and up to which level. ADMIN or the organisation's staff.",
  })
  async setWorkshopSkills(
    @Ctx() ctx: Context,
    @Arg('input', () => SetWorkshopSkillsInput, { description: 'The skills.' }) input: SetWorkshopSkillsInput,
  ): Promise<SetWorkshopSkillsPayload> {
    const { value, errors } = await setWorkshopSkills(ctx, input);
    return { workshop: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordSkillObservationPayload, {
    description:
      "Records that a participant showed a skill at a level on a date (the leermeester's observation). ADMIN or the organisation's staff.",
  })
  async recordSkillObservation(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordSkillObservationInput, { description: 'What was seen.' })
    input: RecordSkillObservationInput,
  ): Promise<RecordSkillObservationPayload> {
    const { value, errors } = await recordSkillObservation(ctx, input);
    return { observation: value, errors };
  }
}

@Resolver(() => Participant)
export class ParticipantSkillsResolver {
  @FieldResolver(() => [PassportEntry], {
    description:
      "Skills passport: the latest level per skill with the date and workshop where it was seen. ADMIN and the organisation's staff; empty for others.",
  })
  skillsPassport(@Root() participant: Participant, @Ctx() ctx: Context): Promise<PassportEntry[]> {
    return skillsPassport(ctx, participant);
  }

  @FieldResolver(() => [SkillObservation], {
    description:
      "Every skill observation, newest first (the history). ADMIN and the organisation's staff; empty for others.",
  })
  skillObservations(@Root() participant: Participant, @Ctx() ctx: Context): Promise<SkillObservation[]> {
    return skillObservations(ctx, participant);
  }

  @FieldResolver(() => [MatchConsent], {
    description:
      "Consents to be shown to employers, newest first. ADMIN and the organisation's staff; empty for others.",
  })
  async matchConsents(@Root() participant: Participant, @Ctx() ctx: Context): Promise<MatchConsent[]> {
    return canSeeSkillsOf(ctx, participant) ? ctx.loaders.consentsByParticipantId.load(participant.id) : [];
  }
}

@Resolver(() => Workshop)
export class WorkshopSkillsResolver {
  @FieldResolver(() => [SkillRequirement], {
    description: 'Skills practised here, with the highest level reached.',
  })
  async practisedSkills(@Root() workshop: Workshop, @Ctx() ctx: Context): Promise<SkillRequirement[]> {
    const rows = await ctx.loaders.workshopSkillsByWorkshopId.load(workshop.id);
    return Promise.all(
      rows.map(async (row) => ({
        skill: (await ctx.loaders.skillById.load(row.skill.id))!,
        level: row.level,
      })),
    );
  }
}

@Resolver(() => SkillObservation)
export class SkillObservationResolver {
  @FieldResolver(() => Skill, { description: 'The skill.' })
  async skill(@Root() observation: SkillObservation, @Ctx() ctx: Context): Promise<Skill> {
    return (await ctx.loaders.skillById.load(observation.skill.id))!;
  }

  @FieldResolver(() => Workshop, {
    nullable: true,
    description: 'Where it was seen; null outside a workshop.',
  })
  workshop(@Root() observation: SkillObservation, @Ctx() ctx: Context): Promise<Workshop | null> | null {
    return observation.workshop ? ctx.loaders.workshopById.load(observation.workshop.id) : null;
  }
}

@Resolver(() => WorkshopSkill)
export class WorkshopSkillResolver {
  @FieldResolver(() => Skill, { description: 'The skill.' })
  async skill(@Root() row: WorkshopSkill, @Ctx() ctx: Context): Promise<Skill> {
    return (await ctx.loaders.skillById.load(row.skill.id))!;
  }
}
