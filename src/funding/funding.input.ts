import { IsEnum, IsInt, IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { IsId, IsName } from '../shared/validation';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingBasis, FundingKind } from './funding.enums';
import { FundingStream } from './funding-stream.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import { IsCalendarDate } from './funding.validation';
import { IsMonth } from '../shared/validation';

const IsFraction = () => (target: object, key: string | symbol) => {
  IsNumber({}, { message: `${String(key)} must be a fraction between 0 and 1` })(target, key);
  Min(0, { message: `${String(key)} must be between 0 and 1 (0% to 100%)` })(target, key);
  Max(1, { message: `${String(key)} must be between 0 and 1 (0% to 100%)` })(target, key);
};

@InputType({ description: 'A new funding stream of a funder organisation.' })
export class CreateFundingStreamInput {
  @Field(() => ID, { description: 'The funder organisation (municipality, care office, fund, ...).' })
  @IsId()
  funderId!: string;

  @Field({ description: 'Name, unique within the funder, at most 200 characters.' })
  @IsName(200)
  name!: string;

  @Field(() => FundingKind, { description: 'Kind of stream.' })
  @IsEnum(FundingKind)
  kind!: FundingKind;
}

@InputType({ description: 'Changes to a funding stream; omitted fields stay as they are.' })
export class UpdateFundingStreamInput {
  @Field(() => ID, { description: 'The stream to change.' })
  @IsId()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf((input: UpdateFundingStreamInput) => input.name !== undefined)
  @IsName(200)
  name?: string | null;

  @Field(() => FundingKind, { nullable: true, description: 'New kind.' })
  @ValidateIf((input: UpdateFundingStreamInput) => input.kind !== undefined)
  @IsEnum(FundingKind)
  kind?: FundingKind | null;
}

/** The terms an agreement is counted by; shared by create and update (fields are inherited). */
@InputType({ description: 'Terms of a funding agreement, shared by create and update.' })
export class AgreementTermsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'PER_PLACE (required): number of funded places, 1 or more.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'fundedPlaces must be at least 1' })
  fundedPlaces?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PER_PLACE: available day parts a week per funded place, 1-14; 10 when omitted.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'daypartsPerWeek must be between 1 and 14' })
  @Max(14, { message: 'daypartsPerWeek must be between 1 and 14' })
  daypartsPerWeek?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_PLACE (required): cents per place per year.',
  })
  amountPerPlacePerYearCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_ATTENDED_DAYPART (required): cents per day part.',
  })
  tariffCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_PARTICIPANT_MONTH (required): cents per participant per month.',
  })
  amountPerParticipantMonthCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'LUMP_SUM (required): total over all months, in cents.',
  })
  totalCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Optional: most the agreement pays of each month's costs, as a fraction 0-1 (0.4 = 40%).",
  })
  @IsOptional()
  @IsFraction()
  maxShareOfCosts?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Optional: most the agreement pays over its whole life, in cents.',
  })
  ceilingCents?: number | null;
}

@InputType({
  description: 'A new agreement by which a stream pays a place (or one workshop) for whole months.',
})
export class CreateFundingAgreementInput extends AgreementTermsInput {
  @Field(() => ID, { description: 'The stream that pays.' })
  @IsId()
  streamId!: string;

  @Field(() => ID, {
    description:
      "The place paid for. The funder's offer waits for the place's acceptance; the place's staff may propose too.",
  })
  @IsId()
  placeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this workshop of the place; null for the whole place.',
  })
  @IsOptional()
  @IsId()
  workshopId?: string | null;

  @Field({ description: 'First month paid, YYYY-MM.' })
  @IsMonth()
  from!: string;

  @Field({ description: 'Last month paid, YYYY-MM (inclusive); not before `from`.' })
  @IsMonth()
  until!: string;

  @Field(() => FundingBasis, { description: 'How the monthly amount is counted.' })
  @IsEnum(FundingBasis)
  basis!: FundingBasis;
}

@InputType({
  description:
    'Changes to an agreement; omitted fields stay as they are, null clears an optional term. The stream stays. ' +
    'A change by the funder makes the agreement PROPOSED again, to be accepted by the place.',
})
export class UpdateFundingAgreementInput extends AgreementTermsInput {
  @Field(() => ID, { description: 'The agreement to change.' })
  @IsId()
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Move the agreement to this place (its workshop is cleared unless workshopId is given).',
  })
  @ValidateIf((input: UpdateFundingAgreementInput) => input.placeId != null)
  @IsId()
  placeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this workshop of the (new) place; null for the whole place; omitted to keep it.',
  })
  @ValidateIf((input: UpdateFundingAgreementInput) => input.workshopId != null)
  @IsId()
  workshopId?: string | null;

  @Field(() => String, { nullable: true, description: 'New first month, YYYY-MM.' })
  @ValidateIf((input: UpdateFundingAgreementInput) => input.from !== undefined)
  @IsMonth()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'New last month, YYYY-MM.' })
  @ValidateIf((input: UpdateFundingAgreementInput) => input.until !== undefined)
  @IsMonth()
  until?: string | null;

  @Field(() => FundingBasis, {
    nullable: true,
    description: 'New basis; its required terms must then be set.',
  })
  @ValidateIf((input: UpdateFundingAgreementInput) => input.basis !== undefined)
  @IsEnum(FundingBasis)
  basis?: FundingBasis | null;
}

@InputType({ description: 'A proposed funding agreement to accept.' })
export class AcceptFundingAgreementInput {
  @Field(() => ID, { description: 'The PROPOSED agreement.' })
  @IsId()
  agreementId!: string;
}

@InputType({ description: 'A proposed funding agreement to reject, with the reason.' })
export class RejectFundingAgreementInput {
  @Field(() => ID, { description: 'The PROPOSED agreement.' })
  @IsId()
  agreementId!: string;

  @Field({ description: 'Why it is rejected, for the other side; 1 to 1000 characters.' })
  @IsName(1000)
  reason!: string;
}

@InputType({
  description: 'Counts a participant for a person-bound agreement from a date, optionally until a date.',
})
export class LinkParticipantFundingInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => ID, { description: 'A PER_ATTENDED_DAYPART or PER_PARTICIPANT_MONTH agreement.' })
  @IsId()
  agreementId!: string;

  @Field(() => DateScalar, { description: "First day counted; within the agreement's months." })
  @IsCalendarDate()
  from!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day counted, within the agreement's months; null for until the agreement ends.",
  })
  @IsOptional()
  @IsCalendarDate()
  until?: string | null;
}

@InputType({
  description: 'New dates of a participant link; omitted dates stay, a null `until` opens the end.',
})
export class UpdateParticipantFundingLinkInput {
  @Field(() => ID, { description: 'The link to change.' })
  @IsId()
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: "New first day, within the agreement's months." })
  @ValidateIf((input: UpdateParticipantFundingLinkInput) => input.from !== undefined)
  @IsCalendarDate()
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "New last day, within the agreement's months; null for until the agreement ends.",
  })
  @IsOptional()
  @IsCalendarDate()
  until?: string | null;
}

@ObjectType({ description: 'Result of createFundingStream and updateFundingStream.' })
export class FundingStreamPayload extends MutationPayload {
  @Field(() => FundingStream, { nullable: true, description: 'The stream; null when errors is not empty.' })
  stream!: FundingStream | null;
}

@ObjectType({
  description:
    'Result of createFundingAgreement, updateFundingAgreement, acceptFundingAgreement and rejectFundingAgreement.',
})
export class FundingAgreementPayload extends MutationPayload {
  @Field(() => FundingAgreement, {
    nullable: true,
    description: 'The agreement; null when errors is not empty.',
  })
  agreement!: FundingAgreement | null;
}

@ObjectType({ description: 'Result of linkParticipantFunding and updateParticipantFundingLink.' })
export class LinkParticipantFundingPayload extends MutationPayload {
  @Field(() => ParticipantFundingLink, {
    nullable: true,
    description: 'The link; null when errors is not empty.',
  })
  link!: ParticipantFundingLink | null;
}
