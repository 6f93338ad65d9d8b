import { auditSnapshot, recordAudit } from '../audit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Place } from '../places';
import { badInput, DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { spreadEvenly } from '../shared/money';
import { isMonth, monthRange } from '../shared/months';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Workshop } from '../workshops';
import { hasAcceptedAgreement } from './funder-access';
import type { CostCategory } from './funding.enums';
import { canReadPlaceFinancing, canRecordPlaceFinances } from './funding.policy';
import { PlaceCost } from './place-cost.entity';
import type {
  RecordPlaceCostBudgetInput,
  RecordPlaceCostInput,
  RecordSalesInput,
} from './place-finances.input';
import { Sale } from './sale.entity';
import { tenantOf } from '../organisations';

function assertNotNegative(amountCents: number): void {
  if (amountCents < 0) {
    throw new DomainError(
      ErrorCode.NEGATIVE_AMOUNT,
      'amountCents must not be negative.',
      inputField('amountCents'),
    );
  }
}

/** A place whose costs the viewer may record; NOT_FOUND (not FORBIDDEN) outside the viewer's reach. */
async function requireRecordablePlace(ctx: Context, em: EntityManager, placeId: string): Promise<Place> {
  const place = await em.findOne(Place, placeId);
  if (!place || !canRecordPlaceFinances(requireViewer(ctx), place.organisation.id)) {
    throw notFound('No place with this id is within your reach.', 'placeId');
  }
  return place;
}

/** Sets the amounts of one category for some months of a place, replacing what was recorded (one flush). */
async function upsertCosts(
  em: EntityManager,
  ctx: Context,
  action: string,
  place: Place,
  category: CostCategory,
  amounts: { month: string; amountCents: number }[],
): Promise<PlaceCost[]> {
  const existing = await em.find(PlaceCost, {
    place: place.id,
    category,
    month: { $in: amounts.map((a) => a.month) },
  });
  const byMonth = new Map(existing.map((cost) => [cost.month, cost]));
  const costs = amounts.map(({ month, amountCents }) => {
    const found = byMonth.get(month);
    const before = found ? auditSnapshot(found) : null;
    const cost =
      found ??
      em.create(PlaceCost, {
        place,
        ...tenantOf(place),
        month,
        category,
        amountCents,
      });
    cost.amountCents = amountCents;
    recordAudit(em, ctx, {
      action,
      entityType: 'PlaceCost',
      entityId: cost.id,
      before,
      after: auditSnapshot(cost),
      organisationId: place.organisation.id,
    });
    return cost;
  });
  await em.flush();
  return costs;
}

/**
 * Records what a place cost in a month and category. Recording the same month and category again replaces the
 * amount (a correction); the database keeps one row per place, month and category.
 */
export function recordPlaceCost(
  ctx: Context,
  input: RecordPlaceCostInput,
): Promise<MutationResult<PlaceCost>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const place = await requireRecordablePlace(ctx, em, input.placeId);
    assertNotNegative(input.amountCents);
    const [cost] = await upsertCosts(em, ctx, 'recordPlaceCost', place, input.category, [
      { month: input.month, amountCents: input.amountCents },
    ]);
    return cost;
  });
}

/** Records a yearly budget of one category, spread evenly over its twelve months (odd cents to January on). */
export function recordPlaceCostBudget(
  ctx: Context,
  input: RecordPlaceCostBudgetInput,
): Promise<MutationResult<PlaceCost[]>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const place = await requireRecordablePlace(ctx, em, input.placeId);
    assertNotNegative(input.amountCents);
    const months = monthRange(`${input.year}-01`, `${input.year}-12`);
    const parts = spreadEvenly(input.amountCents, months.length);
    return upsertCosts(
      em,
      ctx,
      'recordPlaceCostBudget',
      place,
      input.category,
      months.map((month, i) => ({ month, amountCents: parts[i] })),
    );
  });
}

/**
 * Records the sales of a workshop in a month. One row per workshop and month: recording again replaces amount
 * and description, so the month's figure is always the last one given.
 */
export function recordSales(ctx: Context, input: RecordSalesInput): Promise<MutationResult<Sale>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const workshop = await em.findOne(Workshop, input.workshopId);
    if (!workshop || !canRecordPlaceFinances(viewer, workshop.organisation.id)) {
      throw notFound('No workshop with this id is within your reach.', 'workshopId');
    }
    assertNotNegative(input.amountCents);
    const description = input.description?.trim() || null;
    let sale = await em.findOne(Sale, { workshop: workshop.id, month: input.month });
    const before = sale ? auditSnapshot(sale) : null;
    if (sale) {
      sale.amountCents = input.amountCents;
      sale.description = description;
    } else {
      sale = em.create(Sale, {
        workshop,
        place: workshop.place,
        ...tenantOf(workshop),
        month: input.month,
        amountCents: input.amountCents,
        description,
      });
    }
    recordAudit(em, ctx, {
      action: 'recordSales',
      entityType: 'Sale',
      entityId: sale.id,
      before,
      after: auditSnapshot(sale),
      organisationId: workshop.organisation.id,
    });
    await em.flush();
    return sale;
  });
}

/**
 * The place if the viewer may read its finances (ADMIN, its staff, a FUNDER with an accepted agreement on it),
 * else null; an unknown place is null too.
 */
async function readablePlace(ctx: Context, placeId: string, from: string, to: string): Promise<Place | null> {
  const viewer = requireViewer(ctx);
  if (!isMonth(from)) throw badInput('from must be a month written YYYY-MM.', 'from');
  if (!isMonth(to)) throw badInput('to must be a month written YYYY-MM.', 'to');
  const place = isId(placeId) ? await ctx.loaders.placeById.load(placeId) : null;
  if (!place) return null;
  const funders =
    viewer.role === Role.FUNDER &&
    viewer.organisationId &&
    (await hasAcceptedAgreement(ctx.em, viewer.organisationId, place.id))
      ? [viewer.organisationId]
      : [];
  return canReadPlaceFinancing(viewer, place.organisation.id, funders) ? place : null;
}

/** Recorded costs of a place by month and category; empty outside the viewer's reach. */
export async function listPlaceCosts(
  ctx: Context,
  placeId: string,
  from: string,
  to: string,
): Promise<PlaceCost[]> {
  const place = await readablePlace(ctx, placeId, from, to);
  if (!place) return [];
  return ctx.em.find(
    PlaceCost,
    { place: place.id, month: { $gte: from, $lte: to } },
    { orderBy: { month: 'asc', category: 'asc' } },
  );
}

/** Recorded sales of a place's workshops by month; empty outside the viewer's reach. */
export async function listPlaceSales(
  ctx: Context,
  placeId: string,
  from: string,
  to: string,
): Promise<Sale[]> {
  const place = await readablePlace(ctx, placeId, from, to);
  if (!place) return [];
  return ctx.em.find(
    Sale,
    { place: place.id, month: { $gte: from, $lte: to } },
    { orderBy: { month: 'asc', workshop: 'asc' } },
  );
}
