/**
 * The other side's answer to a proposed funding agreement: accept (it then counts in financing and opens the
 * place's figures to the funder) or reject (with a reason). Both are audited.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from '../audit';
import { type Context, requireViewer } from '../auth';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingAgreementStatus } from './funding.enums';
import type { AcceptFundingAgreementInput, RejectFundingAgreementInput } from './funding.input';
import { agreementSideOf, canDecideAgreement } from './funding.policy';
import { unreachable } from './funding.service';

/**
 * The agreement, locked, if the viewer may answer it: NOT_FOUND for viewers of neither side (so nobody can
 * probe agreements), FORBIDDEN for the side that proposed it, CONFLICT unless it is PROPOSED.
 */
async function requireAnswerable(ctx: Context, em: EntityManager, id: string): Promise<FundingAgreement> {
  const viewer = requireViewer(ctx);
  const agreement = await em.findOne(FundingAgreement, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const parties = agreement && {
    funderId: agreement.funder.id,
    placeOrganisationId: agreement.organisation.id,
    proposedBy: agreement.proposedBy,
  };
  if (
    !agreement ||
    !parties ||
    agreementSideOf(viewer, parties.funderId, parties.placeOrganisationId) == null
  ) {
    throw unreachable('funding agreement', 'agreementId');
  }
  if (!canDecideAgreement(viewer, parties)) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'The side that proposed this agreement cannot answer it; the other side accepts or rejects it.',
      inputField('agreementId'),
    );
  }
  if (agreement.status !== FundingAgreementStatus.PROPOSED) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The agreement is ${agreement.status}; only a PROPOSED agreement can be accepted or rejected.`,
      inputField('agreementId'),
    );
  }
  return agreement;
}

async function answer(
  ctx: Context,
  em: EntityManager,
  agreementId: string,
  action: 'acceptFundingAgreement' | 'rejectFundingAgreement',
  change: Pick<FundingAgreement, 'status' | 'rejectionReason'>,
): Promise<FundingAgreement> {
  const agreement = await requireAnswerable(ctx, em, agreementId);
  const before = auditSnapshot(agreement);
  Object.assign(agreement, change);
  recordAudit(em, ctx, {
    action,
    entityType: 'FundingAgreement',
    entityId: agreement.id,
    before,
    after: auditSnapshot(agreement),
    organisationId: agreement.organisation.id,
  });
  await em.flush();
  return agreement;
}

/** Accepts a proposed agreement: ADMIN, or the side that did not propose it (normally the place's staff). */
export function acceptFundingAgreement(
  ctx: Context,
  input: AcceptFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  return runMutation(ctx, input, (em) =>
    answer(ctx, em, input.agreementId, 'acceptFundingAgreement', {
      status: FundingAgreementStatus.ACCEPTED,
      rejectionReason: null,
    }),
  );
}

/** Rejects a proposed agreement with a reason: ADMIN, or the side that did not propose it. */
export function rejectFundingAgreement(
  ctx: Context,
  input: RejectFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  return runMutation(ctx, input, (em) =>
    answer(ctx, em, input.agreementId, 'rejectFundingAgreement', {
      status: FundingAgreementStatus.REJECTED,
      rejectionReason: input.reason.trim(),
    }),
  );
}
