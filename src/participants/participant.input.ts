import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId, IsName } from '../shared/validation';
import { Background, KnowledgeExchange, Participant, RouteIn } from './participant.entity';

const MAX_LANGUAGES = 20;
const PHONE = /^[+()\d\s-]{6,50}$/;

@InputType({ description: 'A new participant. Only a display name is required (indication-free intake).' })
export class RegisterParticipantInput {
  @Field(() => ID, { description: 'The organisation the person takes part at.' })
  @IsId()
  organisationId!: string;

  @Field({ description: 'Name to show, at most 200 characters.' })
  @IsName(200)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, optional.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, optional: digits, spaces, +, -, ().' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date, optional; not in the future.' })
  @IsOptional()
  birthDate?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Languages spoken, at most ${MAX_LANGUAGES}, each at most 50 characters.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @IsName(50, { each: true })
  languages?: string[] | null;

  @Field(() => [Background], { nullable: true, description: 'Self-declared backgrounds, any number.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Background, { each: true })
  backgrounds?: Background[] | null;

  @Field(() => RouteIn, { nullable: true, description: 'How the person came in.' })
  @IsOptional()
  @IsEnum(RouteIn)
  routeIn?: RouteIn | null;

  @Field(() => KnowledgeExchange, {
    nullable: true,
    description: 'Comes to bring knowledge, fetch it, or both.',
  })
  @IsOptional()
  @IsEnum(KnowledgeExchange)
  comesTo?: KnowledgeExchange | null;
}

@InputType({
  description: 'Changes to a participant; omitted fields stay as they are, null clears an optional one.',
})
export class UpdateParticipantInput {
  @Field(() => ID, { description: 'The participant to change.' })
  @IsId()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  @ValidateIf((input: UpdateParticipantInput) => input.displayName !== undefined)
  @IsName(200)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail address; null clears it.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number; null clears it.' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New birth date; null clears it.' })
  @IsOptional()
  birthDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'New list of languages (replaces the old one).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @IsName(50, { each: true })
  languages?: string[] | null;

  @Field(() => [Background], {
    nullable: true,
    description: 'New list of backgrounds (replaces the old one).',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(Background, { each: true })
  backgrounds?: Background[] | null;

  @Field(() => RouteIn, { nullable: true, description: 'New route in; null clears it.' })
  @IsOptional()
  @IsEnum(RouteIn)
  routeIn?: RouteIn | null;

  @Field(() => KnowledgeExchange, { nullable: true, description: 'New bring/fetch answer; null clears it.' })
  @IsOptional()
  @IsEnum(KnowledgeExchange)
  comesTo?: KnowledgeExchange | null;
}

@ObjectType({ description: 'Result of registerParticipant.' })
export class RegisterParticipantPayload extends MutationPayload {
  @Field(() => Participant, {
    nullable: true,
    description: 'The new participant; null when errors is not empty.',
  })
  participant!: Participant | null;
}

@ObjectType({ description: 'Result of updateParticipant.' })
export class UpdateParticipantPayload extends MutationPayload {
  @Field(() => Participant, {
    nullable: true,
    description: 'The changed participant; null when errors is not empty.',
  })
  participant!: Participant | null;
}
