import { auditSnapshot, recordAudit } from '../audit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { Organisation } from '../organisations';
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
import { assertAllowed, canManageFunder, visibleAgreementFunders, canReadFunder } from './funding.policy';
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

/** OVERLAPPING_PERIOD when another agreement of the stream covers the same place (or workshop) in these months. */
async function assertNoOverlap(
  em: EntityManager,
  agreement: { streamId: string; placeId: string; workshopId: string | null; from: string; until: string },
  exceptId?: string,
) {
  const others = await em.find(FundingAgreement, {
    stream: agreement.streamId,
    place: agreement.placeId,
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

/**
 * Adds an agreement between a stream and a place. The stream row is locked for the transaction, so that two
 * concurrent agreements of one stream cannot both pass the overlap check.
 */
export function createFundingAgreement(
  ctx: Context,
  input: CreateFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const stream = await requireManagedStream(ctx, em, input.streamId, 'streamId');
    const place = await em.findOne(Place, input.placeId);
    if (!place) throw unreachable('place', 'placeId');
    let workshop: Workshop | null = null;
    if (input.workshopId) {
      workshop = await em.findOne(Workshop, { id: input.workshopId, place: place.id });
      if (!workshop) throw unreachable('workshop of this place', 'workshopId');
    }
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
      organisation: place.organisation,
      municipality: place.municipality,
      fromMonth: input.from,
      untilMonth: input.until,
      basis: input.basis,
      ...terms,
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

/** Changes an agreement's months, basis or terms; its participant links must stay inside its months. */
export function updateFundingAgreement(
  ctx: Context,
  input: UpdateFundingAgreementInput,
): Promise<MutationResult<FundingAgreement>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const found = await em.findOne(FundingAgreement, input.id);
    if (!found) throw unreachable('funding agreement', 'id');
    await requireManagedStream(ctx, em, found.stream.id, 'id');
    const agreement = found;
    const before = auditSnapshot(agreement);
    const from = input.from ?? agreement.fromMonth;
    const until = input.until ?? agreement.untilMonth;
    const basis = input.basis ?? agreement.basis;
    const { terms, errors } = checkTerms(basis, givenTerms(input, agreement));
    errors.push(...checkPeriod(from, until));
    if (errors.length > 0) throw new DomainError(errors);
    await assertNoOverlap(
      em,
      {
        streamId: agreement.stream.id,
        placeId: agreement.place.id,
        workshopId: agreement.workshop?.id ?? null,
        from,
        until,
      },
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
    Object.assign(agreement, { fromMonth: from, untilMonth: until, basis, ...terms });
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
