import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listVacancies } from './lists.service';
import { type Context, Role } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { MatchConsent } from './consent.entity';
import {
  createVacancy,
  findVacancy,
  participantMatches,
  recordMatchConsent,
  vacancyMatches,
  withdrawMatchConsent,
} from './matching.service';
import { setParticipantAvailability } from './observation.service';
import {
  CreateVacancyInput,
  CreateVacancyPayload,
  MatchConsentPayload,
  RecordMatchConsentInput,
  SetParticipantAvailabilityInput,
  SetParticipantAvailabilityPayload,
  WithdrawMatchConsentInput,
} from './skills.input';
import { ParticipantMatch, SkillRequirement, VacancyConnection, VacancyMatch } from './skills.types';
import type { Requirement } from './matching.calc';
import type { SkillLevel } from './skills.enums';
import { Vacancy } from './vacancy.entity';

async function requirements(ctx: Context, list: Requirement[]): Promise<SkillRequirement[]> {
  return Promise.all(
    list.map(async (r) => ({
      skill: (await ctx.loaders.skillByCode.load(r.skillCode))!,
      level: r.level as SkillLevel,
    })),
  );
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.EMPLOYER)
  @Query(() => Vacancy, {
    nullable: true,
    description:
      "One vacancy; null when unknown or not yours (ADMIN, staff of places, the employer's own accounts).",
  })
  vacancy(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The vacancy.' }) id: string) {
    return findVacancy(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.EMPLOYER)
  @Query(() => VacancyConnection, {
    description:
      "Vacancies, newest first, a page at a time. ADMIN and staff of places see every employer's (to find work for " +
      'their people); an employer sees its own only.',
  })
  vacancies(
    @Ctx() ctx: Context,
    @Arg('employerId', () => ID, { nullable: true, description: 'Only this employer’s vacancies.' })
    employerId: string | null,
    @Arg('municipalityId', () => ID, {
      nullable: true,
      description: 'Only vacancies with work in this municipality.',
    })
    municipalityId: string | null,
    @Arg('open', () => Boolean, {
      nullable: true,
      description: 'true: only open vacancies; false: only closed ones; omitted: both.',
    })
    open: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100; default 20.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<VacancyConnection> {
    return listVacancies(ctx, { employerId, municipalityId, open, first, after });
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.EMPLOYER)
  @Query(() => [VacancyMatch], {
    description:
      'Participants ranked for a vacancy, best fit first, each with met, close and missing skills. ADMIN: the region; ' +
      "staff: their own organisation's people; the employer: only people whose consent is active, with the fields it covers.",
  })
  vacancyMatches(
    @Ctx() ctx: Context,
    @Arg('vacancyId', () => ID, { description: 'The vacancy.' }) vacancyId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1-100; default 20.' })
    first?: number | null,
  ): Promise<VacancyMatch[]> {
    return vacancyMatches(ctx, vacancyId, first);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => [ParticipantMatch], {
    description:
      "Open vacancies ranked for a participant, with what is missing for each. ADMIN or the organisation's staff.",
  })
  participantMatches(
    @Ctx() ctx: Context,
    @Arg('participantId', () => ID, { description: 'The participant.' }) participantId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1-100; default 20.' })
    first?: number | null,
  ): Promise<ParticipantMatch[]> {
    return participantMatches(ctx, participantId, first);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.EMPLOYER)
  @Mutation(() => CreateVacancyPayload, {
    description:
      'Adds a vacancy of an employer. ADMIN, staff of places (job coaching) or the employer itself.',
  })
  async createVacancy(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateVacancyInput, { description: 'The vacancy.' }) input: CreateVacancyInput,
  ): Promise<CreateVacancyPayload> {
    const { value, errors } = await createVacancy(ctx, input);
    return { vacancy: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => SetParticipantAvailabilityPayload, {
    description: "States the day parts a participant can work in. ADMIN or the organisation's staff.",
  })
  async setParticipantAvailability(
    @Ctx() ctx: Context,
    @Arg('input', () => SetParticipantAvailabilityInput, { description: 'The day parts.' })
    input: SetParticipantAvailabilityInput,
  ): Promise<SetParticipantAvailabilityPayload> {
    const { value, errors } = await setParticipantAvailability(ctx, input);
    return { dayparts: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => MatchConsentPayload, {
    description:
      "Records a participant's consent to be shown to employers. ADMIN or the organisation's staff.",
  })
  async recordMatchConsent(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordMatchConsentInput, { description: 'The consent.' })
    input: RecordMatchConsentInput,
  ): Promise<MatchConsentPayload> {
    const { value, errors } = await recordMatchConsent(ctx, input);
    return { consent: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => MatchConsentPayload, {
    description:
      "Withdraws a consent; employers no longer see the person. ADMIN or the organisation's staff.",
  })
  async withdrawMatchConsent(
    @Ctx() ctx: Context,
    @Arg('input', () => WithdrawMatchConsentInput, { description: 'Which consent.' })
    input: WithdrawMatchConsentInput,
  ): Promise<MatchConsentPayload> {
    const { value, errors } = await withdrawMatchConsent(ctx, input);
    return { consent: value, errors };
  }

  @FieldResolver(() => Organisation, { description: 'The employer.' })
  async employer(@Root() vacancy: Vacancy, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(vacancy.employer.id))!;
  }

  @FieldResolver(() => Municipality, { description: 'Place of work.' })
  async municipality(@Root() vacancy: Vacancy, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipalityById.load(vacancy.municipality.id))!;
  }

  @FieldResolver(() => [SkillRequirement], { description: 'Required skills with their minimum level.' })
  requiredSkills(@Root() vacancy: Vacancy, @Ctx() ctx: Context): Promise<SkillRequirement[]> {
    return requirements(ctx, vacancy.requiredSkills);
  }

  @FieldResolver(() => [SkillRequirement], { description: 'Skills that count in favour, with a level.' })
  niceToHaveSkills(@Root() vacancy: Vacancy, @Ctx() ctx: Context): Promise<SkillRequirement[]> {
    return requirements(ctx, vacancy.niceToHaveSkills);
  }
}

@Resolver(() => MatchConsent)
export class MatchConsentResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Only this employer; null: any employer.',
  })
  employer(@Root() consent: MatchConsent, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return consent.employer ? ctx.loaders.organisationById.load(consent.employer.id) : null;
  }
}
