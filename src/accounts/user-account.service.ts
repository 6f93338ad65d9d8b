import { auditFields, recordAudit } from '../audit';
import { ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
import { DomainError, ErrorCode, inputField, type UserError, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import type { OidcIdentity } from '../auth';
import { InvalidTokenError, roleNeedsOrganisation } from '../auth';
import { UserAccount } from './user-account.entity';
import type { CreateUserAccountInput, UpdateUserAccountInput } from './user-account.input';
import { UserAccountConnection } from './user-account.types';
import { Role, type Viewer } from '../auth';

/**
 * The viewer of a verified external token: the role and tenant of its user account. An unknown subject or a
 * disabled account is refused like an invalid token ({@link InvalidTokenError}).
 */
export async function viewerForIdentity(em: EntityManager, identity: OidcIdentity): Promise<Viewer> {
  const account = await em.findOne(UserAccount, { issuer: identity.issuer, subject: identity.subject });
  if (!account) {
    throw new InvalidTokenError('No user account is known for this token; ask an administrator to add one.');
  }
  if (account.disabled) throw new InvalidTokenError('This user account is disabled.');
  if (scopeErrors(account.role, account.organisation?.id ?? null, account.memberId ?? null).length) {
    // Say, its organisation was removed: refuse rather than act with a role but without its tenant.
    throw new InvalidTokenError('This user account is incomplete; ask an administrator to fix it.');
  }
  return {
    subject: account.subject,
    role: account.role,
    organisationId: account.organisation?.id ?? null,
    memberId: account.memberId ?? null,
  };
}

/** The errors of a role whose tenant does not fit: the organisation and member a role needs, and no other. */
export function scopeErrors(role: Role, organisationId: string | null, memberId: string | null): UserError[] {
  const errors: UserError[] = [];
  if (roleNeedsOrganisation(role) && !organisationId) {
    errors.push({
      code: ErrorCode.VALIDATION,
      field: inputField('organisationId'),
      message: `A ${role} user needs an organisation.`,
    });
  }
  if (!roleNeedsOrganisation(role) && organisationId) {
    errors.push({
      code: ErrorCode.VALIDATION,
      field: inputField('organisationId'),
      message: `A ${role} user acts for no organisation; leave organisationId empty.`,
    });
  }
  if ((role === Role.MEMBER) !== Boolean(memberId)) {
    errors.push({
      code: ErrorCode.VALIDATION,
      field: inputField('memberId'),
      message:
        role === Role.MEMBER
          ? 'A MEMBER user needs a memberId.'
          : `A ${role} user has no memberId; leave it empty.`,
    });
  }
  return errors;
}

async function requireOrganisation(em: EntityManager, id: string | null): Promise<Organisation | null> {
  if (!id) return null;
  const organisation = await em.findOne(Organisation, id);
  if (!organisation) {
    throw notFound('No organisation has this id.', 'organisationId');
  }
  return organisation;
}

/** A page of user accounts by issuer and subject, optionally of one role. ADMIN only (at the resolver). */
export async function listUserAccounts(
  ctx: Context,
  filter: { first: number; after?: string | null; role?: Role | null },
): Promise<UserAccountConnection> {
  const first = pageSize(filter.first);
  const where: FilterQuery<UserAccount> = filter.role ? { role: filter.role } : {};
  const page: FilterQuery<UserAccount> = { ...where };
  const after = await cursorRow(ctx.em, UserAccount, filter.after);
  if (after) {
    page.$or = [{ issuer: { $gt: after.issuer } }, { issuer: after.issuer, subject: { $gt: after.subject } }];
  }
  const rows = await ctx.em.find(UserAccount, page, {
    orderBy: { issuer: 'asc', subject: 'asc' },
    limit: first + 1,
  });
  return toConnection(
    UserAccountConnection,
    rows,
    first,
    Boolean(filter.after),
    (account) => account.id,
    () => ctx.em.count(UserAccount, where),
  );
}

/** What the audit log keeps of a user account: who it is and what it may do, not its display name. */
const ACCOUNT_AUDIT = ['issuer', 'subject', 'role', 'organisation', 'memberId', 'disabled'] as const;

/** Maps a new (issuer, subject) to a role and tenant. */
export function createUserAccount(
  ctx: Context,
  input: CreateUserAccountInput,
): Promise<MutationResult<UserAccount>> {
  return runMutation(ctx, input, async (em) => {
    const organisationId = input.organisationId ?? null;
    const memberId = input.memberId ?? null;
    const errors = scopeErrors(input.role, organisationId, memberId);
    if (errors.length) throw new DomainError(errors);
    const issuer = input.issuer.trim();
    const subject = input.subject.trim();
    if (await em.count(UserAccount, { issuer, subject })) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'This issuer already has a user account for this subject; change that one instead.',
        inputField('subject'),
      );
    }
    const account = em.create(UserAccount, {
      issuer,
      subject,
      role: input.role,
      organisation: await requireOrganisation(em, organisationId),
      memberId,
      displayName: input.displayName?.trim() || null,
      disabled: input.disabled,
    });
    recordAudit(em, ctx, {
      action: 'createUserAccount',
      entityType: 'UserAccount',
      entityId: account.id,
      before: null,
      after: auditFields(account, ACCOUNT_AUDIT),
      organisationId: account.organisation?.id ?? null,
    });
    await em.flush();
    return account;
  });
}

/** Changes the role, tenant, name or disabled flag of a user account; issuer and subject stay. */
export function updateUserAccount(
  ctx: Context,
  input: UpdateUserAccountInput,
): Promise<MutationResult<UserAccount>> {
  return runMutation(ctx, input, async (em) => {
    const account = await em.findOne(UserAccount, input.id);
    if (!account) throw notFound('No user account has this id.', 'id');
    const before = auditFields(account, ACCOUNT_AUDIT);
    const role = input.role ?? account.role;
    const organisationId =
      input.organisationId !== undefined ? input.organisationId : (account.organisation?.id ?? null);
    const memberId = input.memberId !== undefined ? input.memberId : (account.memberId ?? null);
    const errors = scopeErrors(role, organisationId, memberId);
    if (errors.length) throw new DomainError(errors);
    const organisation = await requireOrganisation(em, organisationId);
    account.role = role;
    account.organisation = organisation ? ref(organisation) : null;
    account.memberId = memberId;
    if (input.displayName !== undefined) account.displayName = input.displayName?.trim() || null;
    if (input.disabled != null) account.disabled = input.disabled;
    recordAudit(em, ctx, {
      action: 'updateUserAccount',
      entityType: 'UserAccount',
      entityId: account.id,
      before,
      after: auditFields(account, ACCOUNT_AUDIT),
      organisationId: account.organisation?.id ?? null,
    });
    await em.flush();
    return account;
  });
}
