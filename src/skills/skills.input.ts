/** Inputs and payloads of the skills feature; each input is named after its mutation. */
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Workshop } from '../workshops';
import { MutationPayload } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId, IsName } from '../shared/validation';
import { MatchConsent } from './consent.entity';
import { Placement, PlacementStage } from './placement.entity';
import { SkillObservation } from './observation.entity';
import { SkillImportRowError } from './skills.types';
import { Daypart, MatchConsentScope, SkillLevel } from './skills.enums';
import { Vacancy } from './vacancy.entity';

/** Largest skills file one import takes, in characters (about 30,000 rows of a full taxonomy). */
export const MAX_IMPORT_CHARS = 5_000_000;
const MAX_REQUIREMENTS = 30;

@InputType({
  description: 'A skills file to import (ADMIN): CSV with a header line; see the README for the columns.',
})
export class ImportSkillsInput {
  @Field({ description: `The file's text, UTF-8, at most ${MAX_IMPORT_CHARS} characters.` })
  @IsString()
  @MaxLength(MAX_IMPORT_CHARS)
  csv!: string;
}

@ObjectType({ description: 'Result of importSkills: all rows or none.' })
export class ImportSkillsPayload extends MutationPayload {
  @Field(() => Int, { description: 'Skills added (0 when anything was wrong).' })
  created!: number;

  @Field(() => Int, {
    description: 'Existing codes whose labels, group or link changed (0 when anything was wrong).',
  })
  updated!: number;

  @Field(() => [SkillImportRowError], {
    description: 'Every bad line; when there is one, nothing was imported.',
  })
  rowErrors!: SkillImportRowError[];
}

@InputType({ description: 'A skill code with a level.' })
export class SkillLevelInput {
  @Field({ description: 'Skill code of the vocabulary.' })
  @IsName(100)
  skillCode!: string;

  @Field(() => SkillLevel, { description: 'The level.' })
  @IsEnum(SkillLevel)
  level!: SkillLevel;
}

@InputType({ description: 'The skills a workshop practises; replaces the whole list.' })
export class SetWorkshopSkillsInput {
  @Field(() => ID, { description: 'The workshop.' })
  @IsId()
  workshopId!: string;

  @Field(() => [SkillLevelInput], {
    description: `Skills with the highest level reached there, at most ${MAX_REQUIREMENTS}.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_REQUIREMENTS)
  @ValidateNested({ each: true })
  skills!: SkillLevelInput[];
}

@ObjectType({ description: 'Result of setWorkshopSkills.' })
export class SetWorkshopSkillsPayload extends MutationPayload {
  @Field(() => Workshop, { nullable: true, description: 'The workshop; null when nothing changed.' })
  workshop!: Workshop | null;
}

@InputType({ description: 'A skill the leermeester saw a participant show.' })
export class RecordSkillObservationInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field({ description: 'Skill code of the vocabulary.' })
  @IsName(100)
  skillCode!: string;

  @Field(() => SkillLevel, { description: 'The level seen.' })
  @IsEnum(SkillLevel)
  level!: SkillLevel;

  @Field(() => DateScalar, { description: 'The day it was seen; not in the future.' })
  date!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Where it was seen: a workshop of the participant's organisation.",
  })
  @IsOptional()
  @IsId()
  workshopId?: string | null;
}

@ObjectType({ description: 'Result of recordSkillObservation.' })
export class RecordSkillObservationPayload extends MutationPayload {
  @Field(() => SkillObservation, {
    nullable: true,
    description: 'The observation; null when nothing was written.',
  })
  observation!: SkillObservation | null;
}

@InputType({ description: 'A vacancy of an employer.' })
export class CreateVacancyInput {
  @Field(() => ID, { description: 'The employer: an organisation of kind EMPLOYER.' })
  @IsId()
  employerId!: string;

  @Field({ description: 'Title, at most 200 characters.' })
  @IsName(200)
  title!: string;

  @Field(() => ID, { description: 'Place of work.' })
  @IsId()
  municipalityId!: string;

  @Field(() => Int, { description: 'Hours per week, 1-60.' })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek!: number;

  @Field(() => [Daypart], { description: 'The shifts: day parts of the week.' })
  @IsArray()
  @ArrayMaxSize(21)
  @IsEnum(Daypart, { each: true })
  dayparts!: Daypart[];

  @Field(() => [SkillLevelInput], {
    description: `Required skills with their minimum level, at most ${MAX_REQUIREMENTS}.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_REQUIREMENTS)
  @ValidateNested({ each: true })
  requiredSkills!: SkillLevelInput[];

  @Field(() => [SkillLevelInput], {
    nullable: true,
    description: 'Skills that count in favour, with a level.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REQUIREMENTS)
  @ValidateNested({ each: true })
  niceToHaveSkills?: SkillLevelInput[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First working day; null: as soon as possible.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the employer offers a learning path (leerwerkplek).',
  })
  @IsOptional()
  @IsBoolean()
  learningPath?: boolean | null;
}

@ObjectType({ description: 'Result of createVacancy.' })
export class CreateVacancyPayload extends MutationPayload {
  @Field(() => Vacancy, { nullable: true, description: 'The vacancy; null when nothing was written.' })
  vacancy!: Vacancy | null;
}

@InputType({ description: "The day parts a participant says they can work in (besides their schedule's)." })
export class SetParticipantAvailabilityInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => [Daypart], { description: 'Day parts; replaces the earlier statement.' })
  @IsArray()
  @ArrayMaxSize(21)
  @IsEnum(Daypart, { each: true })
  dayparts!: Daypart[];
}

@ObjectType({ description: 'Result of setParticipantAvailability.' })
export class SetParticipantAvailabilityPayload extends MutationPayload {
  @Field(() => [Daypart], { nullable: true, description: 'The stated day parts; null when nothing changed.' })
  dayparts!: Daypart[] | null;
}

@InputType({
  description: 'Two municipalities that neighbour each other (buurgemeenten), for travel in matching.',
})
export class NeighbourMunicipalitiesInput {
  @Field(() => ID, { description: 'One municipality.' })
  @IsId()
  municipalityId!: string;

  @Field(() => ID, { description: 'The other municipality.' })
  @IsId()
  neighbourId!: string;
}

@ObjectType({ description: 'Result of linkNeighbourMunicipalities and unlinkNeighbourMunicipalities.' })
export class NeighbourMunicipalitiesPayload extends MutationPayload {
  @Field({ description: 'True when this call changed the pairs; false when they already were so.' })
  changed!: boolean;
}

@InputType({ description: 'A consent to be shown to employers, as the participant gave it.' })
export class RecordMatchConsentInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => MatchConsentScope, { description: 'What employers may see.' })
  @IsEnum(MatchConsentScope)
  scope!: MatchConsentScope;

  @Field(() => DateScalar, { description: 'First day it holds.' })
  from!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this employer; leave out for any employer with a vacancy.',
  })
  @IsOptional()
  @IsId()
  employerId?: string | null;
}

@ObjectType({ description: 'Result of recordMatchConsent and withdrawMatchConsent.' })
export class MatchConsentPayload extends MutationPayload {
  @Field(() => MatchConsent, { nullable: true, description: 'The consent; null when nothing changed.' })
  consent!: MatchConsent | null;
}

@InputType({ description: 'Withdraws a consent.' })
export class WithdrawMatchConsentInput {
  @Field(() => ID, { description: 'The consent.' })
  @IsId()
  consentId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'From which day it no longer holds; default today.',
  })
  @IsOptional()
  on?: string | null;
}

@InputType({ description: 'Issues a credential for a skill in the passport, at its latest level.' })
export class IssueSkillCredentialInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field({ description: 'Skill code; the passport must hold it.' })
  @IsName(100)
  skillCode!: string;
}

@ObjectType({ description: 'Result of issueSkillCredential.' })
export class IssueSkillCredentialPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The credential as a compact JWT (JWT-VC, Open Badges 3.0), verifiable with /.well-known/jwks.json.',
  })
  credential!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the issued credential, for revocation.' })
  credentialId!: string | null;
}

@InputType({
  description:
    'Replaces the key that signs credentials; the old key stays published, so what it signed verifies.',
})
export class RotateCredentialSigningKeyInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Why, for the audit log (e.g. "yearly rotation", "key may have leaked"); at most 200 characters.',
  })
  @IsOptional()
  @IsName(200)
  reason?: string | null;
}

@ObjectType({ description: 'Result of rotateCredentialSigningKey.' })
export class RotateCredentialSigningKeyPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'Key id (kid) of the new signing key.' })
  keyId!: string | null;

  @Field(() => [String], {
    description: 'Key ids retired by this rotation; still published for verification.',
  })
  retiredKeyIds!: string[];
}

@InputType({ description: 'Revokes an issued credential: its bit in the status list is set.' })
export class RevokeSkillCredentialInput {
  @Field(() => ID, { description: 'The credential.' })
  @IsId()
  credentialId!: string;
}

@ObjectType({ description: 'Result of revokeSkillCredential.' })
export class RevokeSkillCredentialPayload extends MutationPayload {
  @Field({ description: 'True when the credential is now revoked.' })
  revoked!: boolean;
}

@InputType({
  description: 'Proposes a participant for a vacancy; needs their active consent for that employer.',
})
export class ProposePlacementInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => ID, { description: 'The vacancy.' })
  @IsId()
  vacancyId!: string;
}

@InputType({ description: 'Moves a placement on: interview, placed or not placed, with dates and outcome.' })
export class UpdatePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  @IsId()
  placementId!: string;

  @Field(() => PlacementStage, { description: 'The new stage.' })
  @IsEnum(PlacementStage)
  stage!: PlacementStage;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the interview.' })
  @IsOptional()
  interviewOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First working day.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when it is paid work.' })
  @IsOptional()
  @IsBoolean()
  paidWork?: boolean | null;

  @Field(() => String, { nullable: true, description: 'How it went, at most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/\S/, { message: 'outcome must not be empty' })
  outcome?: string | null;
}

@InputType({ description: 'The coordinator confirms a placement.' })
export class ConfirmPlacementInput {
  @Field(() => ID, { description: 'The placement (stage PLACED).' })
  @IsId()
  placementId!: string;
}

@ObjectType({ description: 'Result of proposePlacement and updatePlacement.' })
export class PlacementPayload extends MutationPayload {
  @Field(() => Placement, { nullable: true, description: 'The placement; null when nothing changed.' })
  placement!: Placement | null;
}

@ObjectType({ description: 'Result of confirmPlacement.' })
export class ConfirmPlacementPayload extends MutationPayload {
  @Field(() => Placement, { nullable: true, description: 'The placement; null when nothing changed.' })
  placement!: Placement | null;

  @Field(() => Int, { description: 'Enrolments ended with outflow PAID_WORK (0 unless paid work).' })
  endedEnrolments!: number;
}
