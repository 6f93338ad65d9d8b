import type { Context } from '../auth';
import { badInput, forbidden } from '../shared/errors';
import { addDays, weekStartOf } from '../shared/dates';
import { isId } from '../shared/ids';
import { groupBy } from '../shared/loaders';
import { Booking, BookingStatus } from './booking.entity';
import { Occurrence } from './occurrence.entity';
import { materialiseOccurrences } from './occurrence.materialise';
import { canReadPlaceSchedule } from './schedule.policy';
import type { PlaceWeek, WorkshopRoster, WorkshopWeek } from './week.types';

function totals(occurrences: Occurrence[]): Pick<WorkshopWeek, 'capacity' | 'bookedCount' | 'freePlaces'> {
  const open = occurrences.filter((o) => !o.cancelled);
  const capacity = open.reduce((sum, o) => sum + o.capacity, 0);
  const bookedCount = open.reduce((sum, o) => sum + o.bookedCount, 0);
  return { capacity, bookedCount, freePlaces: capacity - bookedCount };
}

/**
 * The week (Monday to Sunday) containing `weekStart` at a place: a fixed number of statements however many
 * workshops, occurrences and participants (the place, one statement that writes missing occurrences, the
 * occurrences, the workshops; bookings and waitlists through batch loaders).
 */
export async function placeWeek(ctx: Context, placeId: string, weekStart: string): Promise<PlaceWeek> {
  const place = isId(placeId) ? await ctx.loaders.placeById.load(placeId) : null;
  if (!place) throw badInput('No place has this id.', 'placeId');
  if (!canReadPlaceSchedule(ctx.viewer, place.organisation.id)) {
    throw forbidden("Only ADMIN and the place's staff may see its schedule.");
  }
  const monday = weekStartOf(weekStart);
  const sunday = addDays(monday, 6);
  await materialiseOccurrences(ctx.em, { placeId: place.id }, monday, sunday);
  const occurrences = await ctx.em.find(
    Occurrence,
    { place: place.id, date: { $gte: monday, $lte: sunday } },
    { orderBy: { date: 'asc', startTime: 'asc', id: 'asc' } },
  );
  occurrences.forEach((o) => ctx.loaders.occurrenceById.prime(o.id, o));
  const workshops = await ctx.loaders.workshopsByPlaceId.load(place.id);
  const byWorkshop = groupBy(
    workshops.map((w) => w.id),
    occurrences,
    (o) => o.workshop.id,
  );
  return {
    place,
    weekStart: monday,
    weekEnd: sunday,
    workshops: workshops
      .map((workshop, i) => ({ workshop, occurrences: byWorkshop[i], ...totals(byWorkshop[i]) }))
      .filter((week) => !week.workshop.archived || week.occurrences.length > 0),
  };
}

/** A workshop's occurrences on one date, for registering attendance and checking who is booked or waiting. */
export async function workshopRoster(
  ctx: Context,
  workshopId: string,
  date: string,
): Promise<WorkshopRoster> {
  const workshop = isId(workshopId) ? await ctx.loaders.workshopById.load(workshopId) : null;
  if (!workshop) throw badInput('No workshop has this id.', 'workshopId');
  if (!canReadPlaceSchedule(ctx.viewer, workshop.organisation.id)) {
    throw forbidden("Only ADMIN and the workshop's staff may see its roster.");
  }
  await materialiseOccurrences(ctx.em, { workshopId: workshop.id }, date, date);
  const occurrences = await ctx.em.find(
    Occurrence,
    { workshop: workshop.id, date },
    { orderBy: { startTime: 'asc', id: 'asc' } },
  );
  occurrences.forEach((o) => ctx.loaders.occurrenceById.prime(o.id, o));
  return { workshop, date, occurrences };
}

/** One occurrence, or null when the id is unknown or the occurrence is outside the viewer's scope. */
export async function findOccurrence(ctx: Context, id: string): Promise<Occurrence | null> {
  const occurrence = isId(id) ? await ctx.loaders.occurrenceById.load(id) : null;
  if (!occurrence || !canReadPlaceSchedule(ctx.viewer, occurrence.organisation.id)) return null;
  return occurrence;
}

/**
 * The waitlist of an occurrence in its order (first to move up first: earliest on the list, ties by id); empty
 * when the occurrence is unknown or outside the viewer's scope. ADMIN or the place's staff.
 */
export async function waitlist(ctx: Context, occurrenceId: string): Promise<Booking[]> {
  const occurrence = await findOccurrence(ctx, occurrenceId);
  if (!occurrence) return [];
  return ctx.em.find(
    Booking,
    { occurrence: occurrence.id, status: BookingStatus.WAITLISTED },
    { orderBy: { waitlistedAt: 'asc', id: 'asc' } },
  );
}
