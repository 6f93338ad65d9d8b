import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId, IsName } from '../shared/validation';
import { UserAccount } from './user-account.entity';
import { Role } from '../auth';

@InputType({ description: 'A new mapping of an identity-provider user to a role.' })
export class CreateUserAccountInput {
  @Field({ description: 'The identity provider, exactly as its tokens write `iss` (OIDC_ISSUER).' })
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'issuer must be an http(s) URL' })
  @MaxLength(500)
  issuer!: string;

  @Field({ description: 'The user id at the identity provider (`sub`), at most 255 characters.' })
  @IsName(255)
  subject!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation of an ORG_STAFF, FUNDER or COOP_STAFF user; must be empty for other roles.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The member a MEMBER user is; must be empty for other roles.',
  })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name to show to administrators, at most 200 characters.',
  })
  @IsOptional()
  @IsName(200)
  displayName?: string | null;

  @Field({ defaultValue: false, description: 'Create the mapping disabled.' })
  @IsBoolean()
  disabled!: boolean;
}

@InputType({
  description: 'Changes to a user mapping; omitted fields stay as they are, null clears an optional one.',
})
export class UpdateUserAccountInput {
  @Field(() => ID, { description: 'The user account to change.' })
  @IsId()
  id!: string;

  @Field(() => Role, { nullable: true, description: 'New role.' })
  @ValidateIf((input: UpdateUserAccountInput) => input.role !== undefined)
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'New organisation; null clears it.' })
  @IsOptional()
  @IsId()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New member; null clears it.' })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name; null clears it.' })
  @IsOptional()
  @IsName(200)
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Disable (true) or enable (false) the user.' })
  @ValidateIf((input: UpdateUserAccountInput) => input.disabled !== undefined)
  @IsBoolean()
  disabled?: boolean | null;
}

@ObjectType({ description: 'Result of createUserAccount.' })
export class CreateUserAccountPayload extends MutationPayload {
  @Field(() => UserAccount, {
    nullable: true,
    description: 'The new user account; null when errors is not empty.',
  })
  userAccount!: UserAccount | null;
}

@ObjectType({ description: 'Result of updateUserAccount.' })
export class UpdateUserAccountPayload extends MutationPayload {
  @Field(() => UserAccount, {
    nullable: true,
    description: 'The changed user account; null when errors is not empty.',
  })
  userAccount!: UserAccount | null;
}
