/** GraphQL output types of the skills feature that are not entities. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Workshop } from '../workshops';
import { connectionTypes } from '../shared/pagination';
import { DateScalar } from '../shared/scalars';
import { Skill } from './skill.entity';
import { Placement } from './placement.entity';
import { Vacancy } from './vacancy.entity';
import { Daypart, MatchConsentScope, RequirementStatus, SkillLevel, Travel } from './skills.enums';

export const { EdgeType: SkillEdge, ConnectionType: SkillConnection } = connectionTypes(
  Skill,
  'Skill',
  'skill',
);
export type SkillConnection = InstanceType<typeof SkillConnection>;

export const { EdgeType: VacancyEdge, ConnectionType: VacancyConnection } = connectionTypes(
  Vacancy,
  'Vacancy',
  'vacancy',
);
export type VacancyConnection = InstanceType<typeof VacancyConnection>;

export const { EdgeType: PlacementEdge, ConnectionType: PlacementConnection } = connectionTypes(
  Placement,
  'Placement',
  'placement',
);
export type PlacementConnection = InstanceType<typeof PlacementConnection>;

@ObjectType({ description: 'One line of a skills passport: the latest level seen in one skill.' })
export class PassportEntry {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => SkillLevel, { description: 'The latest level seen.' })
  level!: SkillLevel;

  @Field(() => DateScalar, { description: 'The day it was seen.' })
  date!: string;

  @Field(() => Workshop, { nullable: true, description: 'Where it was seen; null outside a workshop.' })
  workshop!: Workshop | null;
}

@ObjectType({ description: 'A skill with a level: what a vacancy asks or a workshop practises.' })
export class SkillRequirement {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => SkillLevel, { description: 'The level.' })
  level!: SkillLevel;
}

@ObjectType({ description: 'Why a match scores what it does for one skill the vacancy names.' })
export class MatchReason {
  @Field(() => Skill, { description: 'The skill the vacancy names.' })
  skill!: Skill;

  @Field({ description: 'True for a required skill, false for a nice-to-have one.' })
  required!: boolean;

  @Field(() => SkillLevel, { description: 'The level the vacancy asks.' })
  requiredLevel!: SkillLevel;

  @Field(() => SkillLevel, {
    nullable: true,
    description: "The participant's latest level; null when never seen.",
  })
  actualLevel!: SkillLevel | null;

  @Field(() => RequirementStatus, { description: 'Met, close (one level short) or missing.' })
  status!: RequirementStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What is still needed, in Dutch ("één niveau hoger in Klantcontact"); null when met.',
  })
  gapNl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is still needed, in English ("one level more in customer contact"); null when met.',
  })
  gapEn!: string | null;
}

@ObjectType({ description: 'One line of the passport an employer may see: skill, level and date only.' })
export class CandidateSkill {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => SkillLevel, { description: 'The latest level seen.' })
  level!: SkillLevel;

  @Field(() => DateScalar, { description: 'The day it was seen.' })
  date!: string;
}

@ObjectType({
  description:
    'A participant as a match shows them: only what the viewer may see. An employer sees the fields the consent ' +
    'covers; never backgrounds, route in, birth date or languages.',
})
export class CandidateProfile {
  @Field({ description: 'A stable reference for this person to mention to their coordinator (not an id).' })
  reference!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The participant's id: for ADMIN and the organisation's staff only.",
  })
  participantId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Display name, when the consent (or the role) covers it.',
  })
  displayName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail address, when the consent covers contact data.',
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, when the consent covers contact data.' })
  phone!: string | null;

  @Field(() => MatchConsentScope, {
    nullable: true,
    description: 'The consent scope an employer sees them under.',
  })
  consentScope!: MatchConsentScope | null;

  @Field(() => [CandidateSkill], { description: 'Their latest levels in the skills the vacancy names.' })
  passport!: CandidateSkill[];
}

@ObjectType({ description: 'A participant ranked for a vacancy, with the reasons.' })
export class VacancyMatch {
  @Field(() => CandidateProfile, { description: 'The participant, as far as the viewer may see them.' })
  participant!: CandidateProfile;

  @Field(() => Int, {
    description:
      'Fit 0-100: required skills 60, nice-to-have skills 15, day parts 15, travel 10 (see the README).',
  })
  score!: number;

  @Field(() => [MatchReason], { description: 'Skills met at the asked level.' })
  met!: MatchReason[];

  @Field(() => [MatchReason], { description: 'Skills missing (two or more levels short, or never seen).' })
  missing!: MatchReason[];

  @Field(() => [MatchReason], { description: 'Skills one level short.' })
  close!: MatchReason[];

  @Field(() => [Daypart], { description: "The vacancy's day parts the participant is available in." })
  availableDayparts!: Daypart[];

  @Field(() => [Daypart], { description: "The vacancy's day parts the participant is not available in." })
  unavailableDayparts!: Daypart[];

  @Field(() => Travel, { description: "Where they take part, seen from the vacancy's place of work." })
  travel!: Travel;
}

@ObjectType({ description: 'A vacancy ranked for a participant, with what is met and what is missing.' })
export class ParticipantMatch {
  @Field(() => Vacancy, { description: 'The vacancy.' })
  vacancy!: Vacancy;

  @Field(() => Int, { description: 'Fit 0-100, as in VacancyMatch.' })
  score!: number;

  @Field(() => [MatchReason], { description: 'Skills met at the asked level.' })
  met!: MatchReason[];

  @Field(() => [MatchReason], { description: 'Skills missing.' })
  missing!: MatchReason[];

  @Field(() => [MatchReason], { description: 'Skills one level short.' })
  close!: MatchReason[];

  @Field(() => [Daypart], { description: "The vacancy's day parts the participant is available in." })
  availableDayparts!: Daypart[];

  @Field(() => [Daypart], { description: "The vacancy's day parts the participant is not available in." })
  unavailableDayparts!: Daypart[];

  @Field(() => Travel, { description: "Where they take part, seen from the vacancy's place of work." })
  travel!: Travel;
}

@ObjectType({ description: 'A problem in one line of an imported skills file.' })
export class SkillImportRowError {
  @Field(() => Int, { description: 'Line number in the file; 1 is the header.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column, when it is about one.' })
  column!: string | null;

  @Field({ description: 'What is wrong.' })
  message!: string;
}
