import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId, IsName } from '../shared/validation';
import { Workshop, WorkshopKind } from './workshop.entity';

const MAX_SKILLS = 50;

@InputType({ description: 'A new workshop in a place.' })
export class CreateWorkshopInput {
  @Field(() => ID, { description: 'The place the workshop belongs to.' })
  @IsId()
  placeId!: string;

  @Field({ description: 'Name, unique within the place, at most 100 characters.' })
  @IsName(100)
  name!: string;

  @Field(() => WorkshopKind, { description: 'Kind of work.' })
  @IsEnum(WorkshopKind)
  kind!: WorkshopKind;

  @Field(() => String, { nullable: true, description: 'Name of the leermeester, at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  leermeester?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Skills taught, at most ${MAX_SKILLS}, each at most 100 characters.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsName(100, { each: true })
  skills?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Default capacity of its sessions, 1-500; 12 when omitted.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'defaultCapacity must be between 1 and 500' })
  @Max(500, { message: 'defaultCapacity must be between 1 and 500' })
  defaultCapacity?: number | null;
}

@InputType({
  description: 'Changes to a workshop; omitted fields stay as they are, null clears an optional one.',
})
export class UpdateWorkshopInput {
  @Field(() => ID, { description: 'The workshop to change.' })
  @IsId()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf((input: UpdateWorkshopInput) => input.name !== undefined)
  @IsName(100)
  name?: string | null;

  @Field(() => WorkshopKind, { nullable: true, description: 'New kind.' })
  @ValidateIf((input: UpdateWorkshopInput) => input.kind !== undefined)
  @IsEnum(WorkshopKind)
  kind?: WorkshopKind | null;

  @Field(() => String, { nullable: true, description: 'New leermeester; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  leermeester?: string | null;

  @Field(() => [String], { nullable: true, description: 'New list of skills (replaces the old one).' })
  @ValidateIf((input: UpdateWorkshopInput) => input.skills !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsName(100, { each: true })
  skills?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'New default capacity, 1-500.' })
  @ValidateIf((input: UpdateWorkshopInput) => input.defaultCapacity !== undefined)
  @IsInt()
  @Min(1, { message: 'defaultCapacity must be between 1 and 500' })
  @Max(500, { message: 'defaultCapacity must be between 1 and 500' })
  defaultCapacity?: number | null;
}

@InputType({ description: 'Archive a workshop (or bring it back).' })
export class ArchiveWorkshopInput {
  @Field(() => ID, { description: 'The workshop.' })
  @IsId()
  id!: string;

  @Field({ defaultValue: true, description: 'true archives, false brings an archived workshop back.' })
  @IsBoolean()
  archived: boolean = true;
}

@ObjectType({ description: 'Result of createWorkshop.' })
export class CreateWorkshopPayload extends MutationPayload {
  @Field(() => Workshop, { nullable: true, description: 'The new workshop; null when errors is not empty.' })
  workshop!: Workshop | null;
}

@ObjectType({ description: 'Result of updateWorkshop.' })
export class UpdateWorkshopPayload extends MutationPayload {
  @Field(() => Workshop, {
    nullable: true,
    description: 'The changed workshop; null when errors is not empty.',
  })
  workshop!: Workshop | null;
}

@ObjectType({ description: 'Result of archiveWorkshop.' })
export class ArchiveWorkshopPayload extends MutationPayload {
  @Field(() => Workshop, { nullable: true, description: 'The workshop; null when errors is not empty.' })
  workshop!: Workshop | null;
}
