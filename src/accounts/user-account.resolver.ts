import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
import { UserAccount } from './user-account.entity';
import {
  CreateUserAccountInput,
  CreateUserAccountPayload,
  UpdateUserAccountInput,
  UpdateUserAccountPayload,
} from './user-account.input';
import { createUserAccount, listUserAccounts, updateUserAccount } from './user-account.service';
import { UserAccountConnection } from './user-account.types';
import { Role } from '../auth';

@Resolver(() => UserAccount)
export class UserAccountResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserAccountConnection, {
    description: 'Users of the identity provider and their roles, by issuer and subject. ADMIN only.',
  })
  userAccounts(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
    @Arg('role', () => Role, { nullable: true, description: 'Only users with this role.' })
    role?: Role | null,
  ): Promise<UserAccountConnection> {
    return listUserAccounts(ctx, { first, after, role });
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the user acts for; null for ADMIN and MEMBER users.',
  })
  organisation(@Root() account: UserAccount, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return account.organisation ? ctx.loaders.organisationById.load(account.organisation.id) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateUserAccountPayload, {
    description: 'Maps a user of the identity provider to a role and an organisation or member. ADMIN only.',
  })
  async createUserAccount(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserAccountInput, { description: 'The user and their role.' })
    input: CreateUserAccountInput,
  ): Promise<CreateUserAccountPayload> {
    const { value, errors } = await createUserAccount(ctx, input);
    return { userAccount: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateUserAccountPayload, {
    description: 'Changes the role, organisation, member, name or disabled flag of a user. ADMIN only.',
  })
  async updateUserAccount(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateUserAccountInput, { description: 'The user account and the changes to make.' })
    input: UpdateUserAccountInput,
  ): Promise<UpdateUserAccountPayload> {
    const { value, errors } = await updateUserAccount(ctx, input);
    return { userAccount: value, errors };
  }
}
