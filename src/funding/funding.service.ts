import { auditSnapshot, recordAudit } from '../audit';
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Organisation, tenantOf } from '../organisations';
import { Place } from '../places';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { firstDay, lastDay } from '../shared/months';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Workshop } from '../workshops';
import { agreementsConflict, checkPeriod, checkTerms, type GivenTerms } from './agreement.rules';
import { FundingAgreement } from './funding-agreement.entity';
import type {
  AgreementTermsInput,
  CreateFundingAgreementInput,
  CreateFundingStreamInput,
  UpdateFundingAgreementInput,
  UpdateFundingStreamInput,
} from './funding.input';
import { FundingAgreementSide, FundingAgreementStatus } from './funding.enums';
import {
  agreementSideOf,
  assertAllowed,
  canManageFunder,
  canReadFunder,
  visibleAgreementFunders,
} from './funding.policy';
import { FundingStream } from './funding-stream.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';

/** NOT_FOUND against `field`, for funding records out of the viewer's reach or not there. */
export const unreachable = (what: string, field: string) =>
  notFound(`No ${what} with this id is within your reach.`, field);

/** Streams of a funder by name; empty for viewers who may not see that funder's streams. */
export async function listFundingStreams(ctx: Context, funderId: string): Promise<FundingStream[]> {
  const viewer = requireViewer(ctx);
  if (!isId(funderId) || !canReadFunder(viewer, funderId)) return [];
  return ctx.em.find(FundingStream, { funder: funderId }, { orderBy: { name: 'asc', id: 'asc' } });
}

/**
 * Agreements on a place, by first month: all of them for ADMIN and the place's staff, a funder's own ones for a
 * FUNDER, none otherwise (also for an unknown place).
 */
export async function listFundingAgreements(ctx: Context, placeId: string): Promise<FundingAgreement[]> {
  const viewer = requireViewer(ctx);
  const place = isId(placeId) ? await ctx.loaders.placeById.load(placeId) : null;
  if (!place) return [];
  const scope = visibleAgreementFunders(viewer, place.organisation.id);
  if (scope === 'none') return [];
  const where = scope === 'all' ? { place: place.id } : { place: place.id, funder: scope.funderId };
  return ctx.em.find(FundingAgreement, where, { orderBy: { fromMonth: 'asc', id: 'asc' } });
}

async function assertStreamNameFree(em: EntityManager, funderId: string, name: string, exceptId?: string) {
  const streams = await em.find(FundingStream, { funder: funderId });
  if (streams.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError(
      ErrorCode.DUPLICATE_NAME,
      `The funder already has a stream named "${name}".`,
      inputField('name'),
    );
  }
}

/** Adds a stream for a funder organisation. ADMIN, or a FUNDER for itself. */
export function createFundingStream(
  ctx: Context,
  input: CreateFundingStreamInput,
): Promise<MutationResult<FundingStream>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    assertAllowed(
      canManageFunder(viewer, input.funderId),
      'You may only add streams of your own organisation.',
      inputField('funderId'),
    );
    const funder = await em.findOne(Organisation, input.funderId);
    if (!funder) throw unreachable('organisation', 'funderId');
    const name = input.name.trim();
    await assertStreamNameFree(em, funder.id, name);
    const stream = em.create(FundingStream, { funder, name, kind: input.kind });
    recordAudit(em, ctx, {
      action: 'createFundingStream',
      entityType: 'FundingStream',
      entityId: stream.id,
      before: null,
      after: auditSnapshot(stream),
      organisationId: funder.id,
    });
    await em.flush();
    return stream;
  });
}

/** Loads a stream the viewer may manage, locked for the transaction; NOT_FOUND otherwise. */
export async function requireManagedStream(ctx: Context, em: EntityManager, id: string, field: string) {
  const stream = await em.findOne(FundingStream, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!stream || !canManageFunder(requireViewer(ctx), stream.funder.id))
    throw unreachable('funding stream', field);
  return stream;
}

/** Renames a stream or changes its kind. */
export function updateFundingStream(
  ctx: Context,
  input: UpdateFundingStreamInput,
): Promise<MutationResult<FundingStream>> {
  return runMutation(ctx, input, async (em) => {
    const stream = await requireManagedStream(ctx, em, input.id, 'id');
    const before = auditSnapshot(stream);
    if (input.name != null) {
      const name = input.name.trim();
      await assertStreamNameFree(em, stream.funder.id, name, stream.id);
      stream.name = name;
    }
    if (input.kind != null) stream.kind = input.kind;
    recordAudit(em, ctx, {
      action: 'updateFundingStream',
      entityType: 'FundingStream',
      entityId: stream.id,
      before,
      after: auditSnapshot(stream),
      organisationId: stream.funder.id,
    });
    await em.flush();
    return stream;
  });
}

function givenTerms(input: AgreementTermsInput, current?: FundingAgreement): GivenTerms {
  const pick = <K extends keyof AgreementTermsInput>(key: K, stored: number | null | undefined) =>
    input[key] === undefined ? (stored ?? null) : (input[key] as number | null);
  return {
    fundedPlaces: pick('fundedPlaces', current?.fundedPlaces),
    daypartsPerWeek: pick('daypartsPerWeek', current?.daypartsPerWeek),
    amountPerPlacePerYearCents: pick('amountPerPlacePerYearCents', current?.amountPerPlacePerYearCents),
    tariffCents: pick('tariffCents', current?.tariffCents),
    amountPerParticipantMonthCents: pick(
      'amountPerParticipantMonthCents',
      current?.amountPerParticipantMonthCents,
    ),
    totalCents: pick('totalCents', current?.totalCents),
    maxShareOfCosts: pick('maxShareOfCosts', current?.maxShareOfCosts),
    ceilingCents: pick('ceilingCents', current?.ceilingCents),
  };
}

/** OVERLAPPING_PERIOD when another (not rejected) agreement of the stream covers the same place (or workshop) in these months. */
async function assertNoOverlap(
  em: EntityManager,
  agreement: { streamId: string; placeId: string; workshopId: string | null; from: string; until: string },
  exceptId?: string,
) {
  const others = await em.find(FundingAgreement, {
    stream: agreement.streamId,
    place: agreement.placeId,
    status: { $ne: FundingAgreementStatus.REJECTED },
    fromMonth: { $lte: agreement.until },
    untilMonth: { $gte: agreement.from },
  });
  const clash = others.find(
    (o) =>
      o.id !== exceptId &&
      agreementsConflict(agreement, {
        from: o.fromMonth,
        until: o.untilMonth,
        workshopId: o.workshop?.id ?? null,
      }),
  );
  if (clash) {
    throw new DomainError(
      ErrorCode.OVERLAPPING_PERIOD,
      `The stream already pays this place from ${clash.fromMonth} until ${clash.untilMonth}.`,
      inputField('from'),
    );
  }
}

/** A workshop of the place, or NOT_FOUND against workshopId. */
async function workshopOfPlace(em: EntityManager, workshopId: string, placeId: string): Promise<Workshop> {
  const workshop = await em.findOne(Workshop, { id: workshopId, place: placeId });
  if (!workshop) throw unreachable('workshop of this place', 'workshopId');
  return workshop;
}

/**
 * Adds an agreement between a stream and a place, as a proposal of one side: the stream's FUNDER offers it, or
 * staff of the place's organisation propose it; it is PROPOSED until the other side accepts it. ADMIN acts for
 * both sides, so its agreements are ACCEPTED at once. The stream row is locked for the transaction, so that two
 * concurrent agreements of one stream cannot both pass the overlap check.
 */
export function createFundingAgreement(
  ctx: Context,
  input: CreateFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const stream = await em.findOne(FundingStream, input.streamId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const place = await em.findOne(Place, input.placeId);
    const ownsStream = stream != null && canManageFunder(viewer, stream.funder.id);
    if (!stream || (!ownsStream && viewer.role !== Role.ORG_STAFF))
      throw unreachable('funding stream', 'streamId');
    const side = place ? agreementSideOf(viewer, stream.funder.id, place.organisation.id) : null;
    if (!place || side == null) throw unreachable('place', 'placeId');
    const workshop = input.workshopId ? await workshopOfPlace(em, input.workshopId, place.id) : null;
    const { terms, errors } = checkTerms(input.basis, givenTerms(input));
    errors.push(...checkPeriod(input.from, input.until));
    if (errors.length > 0) throw new DomainError(errors);
    await assertNoOverlap(em, {
      streamId: stream.id,
      placeId: place.id,
      workshopId: workshop?.id ?? null,
      from: input.from,
      until: input.until,
    });
    const agreement = em.create(FundingAgreement, {
      stream,
      funder: stream.funder,
      place,
      workshop,
      ...tenantOf(place),
      fromMonth: input.from,
      untilMonth: input.until,
      basis: input.basis,
      ...terms,
      ...proposal(side),
    });
    recordAudit(em, ctx, {
      action: 'createFundingAgreement',
      entityType: 'FundingAgreement',
      entityId: agreement.id,
      before: null,
      after: auditSnapshot(agreement),
      organisationId: place.organisation.id,
    });
    await em.flush();
    return agreement;
  });
}

/** Status after a side proposes (or changes) an agreement: ADMIN acts for both sides and accepts at once. */
function proposal(side: 'ADMIN' | FundingAgreementSide) {
  return side === 'ADMIN'
    ? {
        status: FundingAgreementStatus.ACCEPTED,
        proposedBy: FundingAgreementSide.FUNDER,
        rejectionReason: null,
      }
    : { status: FundingAgreementStatus.PROPOSED, proposedBy: side, rejectionReason: null };
}

/** What the other side agreed to: a change of any of these needs its acceptance again. */
function agreedTerms(a: FundingAgreement): string {
  return JSON.stringify([
    a.place.id,
    a.workshop?.id ?? null,
    a.fromMonth,
    a.untilMonth,
    a.basis,
    a.fundedPlaces,
    a.daypartsPerWeek,
    a.amountPerPlacePerYearCents,
    a.tariffCents,
    a.amountPerParticipantMonthCents,
    a.totalCents,
    a.maxShareBasisPoints,
    a.ceilingCents,
  ]);
}

/**
 * The place and workshop an update leads to: a new place (NOT_FOUND when unknown; CONFLICT when participants
 * are linked, as links belong to the place), and a workshop of that place, kept when omitted on the same place.
 */
async function targetOfUpdate(
  em: EntityManager,
  agreement: FundingAgreement,
  input: UpdateFundingAgreementInput,
) {
  let place = agreement.place.getEntity();
  if (input.placeId != null && input.placeId !== place.id) {
    const moved = await em.findOne(Place, input.placeId);
    if (!moved) throw unreachable('place', 'placeId');
    if ((await em.count(ParticipantFundingLink, { agreement: agreement.id })) > 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Participants of this place are linked to the agreement; it cannot move to another place.',
        inputField('placeId'),
      );
    }
    place = moved;
  }
  const moved = place.id !== agreement.place.id;
  const workshopId =
    input.workshopId === undefined ? (moved ? null : (agreement.workshop?.id ?? null)) : input.workshopId;
  const workshop = workshopId ? await workshopOfPlace(em, workshopId, place.id) : null;
  return { place, workshop };
}

/**
 * Changes an agreement's place, workshop, months, basis or terms; its participant links must stay inside its
 * months. ADMIN or the stream's FUNDER. A change by the funder makes the agreement PROPOSED again (also a
 * rejected one), so that the place accepts the new terms before they count or open anything.
 */
export function updateFundingAgreement(
  ctx: Context,
  input: UpdateFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const found = await em.findOne(FundingAgreement, input.id, { populate: ['place'] });
    if (!found) throw unreachable('funding agreement', 'id');
    await requireManagedStream(ctx, em, found.stream.id, 'id');
    const agreement = found;
    const before = auditSnapshot(agreement);
    const agreed = agreedTerms(agreement);
    const { place, workshop } = await targetOfUpdate(em, agreement, input);
    const from = input.from ?? agreement.fromMonth;
    const until = input.until ?? agreement.untilMonth;
    const basis = input.basis ?? agreement.basis;
    const { terms, errors } = checkTerms(basis, givenTerms(input, agreement));
    errors.push(...checkPeriod(from, until));
    if (errors.length > 0) throw new DomainError(errors);
    await assertNoOverlap(
      em,
      { streamId: agreement.stream.id, placeId: place.id, workshopId: workshop?.id ?? null, from, until },
      agreement.id,
    );
    const links = await em.find(ParticipantFundingLink, { agreement: agreement.id });
    const outside = links.find(
      (l) => l.fromDate < firstDay(from) || (l.untilDate ?? l.fromDate) > lastDay(until),
    );
    if (outside) {
      throw new DomainError(
        ErrorCode.OUTSIDE_PERIOD,
        `A participant is linked from ${outside.fromDate}, outside the new months; change the link first.`,
        inputField(outside.fromDate < firstDay(from) ? 'from' : 'until'),
      );
    }
    Object.assign(agreement, {
      place: ref(place),
      workshop: workshop ? ref(workshop) : null,
      ...tenantOf(place),
      fromMonth: from,
      untilMonth: until,
      basis,
      ...terms,
    });
    if (agreedTerms(agreement) !== agreed) {
      Object.assign(agreement, proposal(viewer.role === Role.ADMIN ? 'ADMIN' : FundingAgreementSide.FUNDER));
    }
    recordAudit(em, ctx, {
      action: 'updateFundingAgreement',
      entityType: 'FundingAgreement',
      entityId: agreement.id,
      before,
      after: auditSnapshot(agreement),
      organisationId: agreement.organisation.id,
    });
    await em.flush();
    return agreement;
  });
}
