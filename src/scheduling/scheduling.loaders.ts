import { todayInAmsterdam } from '../shared/clock';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { placeholders } from '../shared/sql';
import { Booking, BookingStatus } from './booking.entity';
import { Occurrence } from './occurrence.entity';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlot } from './session-slot.entity';
import { WEEKDAYS } from '../shared/dates';

/** A participant's live bookings with occurrence dates in `from`..`to`. */
export interface ScheduleKey {
  participantId: string;
  from: string;
  to: string;
}

/** Per-request loaders of the scheduling feature; aggregates are hand-written batch queries. */
export function createSchedulingLoaders(em: EntityManager) {
  return {
    occurrenceById: byIdLoader(em, Occurrence),
    sessionSlotById: byIdLoader(em, SessionSlot),
    recurringBookingById: byIdLoader(em, RecurringBooking),
    /** Standing bookings of each participant that still book (not stopped, last date not passed), oldest first. */
    standingBookingsByParticipantId: new DataLoader<string, RecurringBooking[]>(async (ids) => {
      const rows = await em.find(
        RecurringBooking,
        {
          participant: { $in: [...ids] },
          cancelledAt: null,
          endedWithEnrolment: false,
          $or: [{ untilDate: null }, { untilDate: { $gte: todayInAmsterdam() } }],
        },
        { orderBy: { fromDate: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (row) => row.participant.id);
    }),
    /** Weekly slots of each workshop, by weekday and start time. */
    sessionSlotsByWorkshopId: new DataLoader<string, SessionSlot[]>(async (ids) => {
      const rows = await em.find(SessionSlot, { workshop: { $in: [...ids] } });
      rows.sort(
        (a, b) =>
          WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) ||
          a.startTime.localeCompare(b.startTime) ||
          a.id.localeCompare(b.id),
      );
      return groupBy(ids, rows, (slot) => slot.workshop.id);
    }),
    /** Live (booked or waitlisted) bookings of each occurrence: booked first, then the waitlist in order. */
    liveBookingsByOccurrenceId: new DataLoader<string, Booking[]>(async (ids) => {
      const rows = await em.find(Booking, {
        occurrence: { $in: [...ids] },
        status: { $ne: BookingStatus.CANCELLED },
      });
      const key = (b: Booking) =>
        b.status === BookingStatus.BOOKED
          ? `0 ${b.createdAt.toISOString()} ${b.id}`
          : `1 ${b.waitlistedAt?.toISOString() ?? ''} ${b.id}`;
      rows.sort((a, b) => key(a).localeCompare(key(b)));
      return groupBy(ids, rows, (booking) => booking.occurrence.id);
    }),
    /**
     * The waitlist of each occurrence as booking id → position (1 = next to move up), ordered by
     * waitlistedAt and then id, in one statement for all occurrences asked for.
     */
    waitlistByOccurrenceId: new DataLoader<string, Map<string, number>>(async (ids) => {
      const rows: { id: string; occurrence_id: string; position: number }[] = await em.execute(
        `select id, occurrence_id,
                row_number() over (partition by occurrence_id order by waitlisted_at, id)::int as position
           from booking
          where status = 'WAITLISTED' and occurrence_id in (${placeholders(ids.length)})`,
        [...ids],
      );
      const byOccurrence = new Map<string, Map<string, number>>();
      for (const row of rows) {
        const list = byOccurrence.get(row.occurrence_id) ?? new Map<string, number>();
        list.set(row.id, row.position);
        byOccurrence.set(row.occurrence_id, list);
      }
      return ids.map((id) => byOccurrence.get(id) ?? new Map<string, number>());
    }),
    /** A participant's live bookings in a date range, by date and start time. */
    scheduleByParticipant: new DataLoader<ScheduleKey, Booking[], string>(
      async (keys) => {
        const results = new Map<string, Booking[]>();
        const ranges = new Map<string, ScheduleKey[]>();
        for (const key of keys) {
          const range = `${key.from}|${key.to}`;
          ranges.set(range, [...(ranges.get(range) ?? []), key]);
        }
        for (const [range, group] of ranges) {
          const [from, to] = range.split('|');
          const rows = await em.find(
            Booking,
            {
              participant: { $in: group.map((key) => key.participantId) },
              status: { $ne: BookingStatus.CANCELLED },
              occurrence: { date: { $gte: from, $lte: to } },
            },
            {
              populate: ['occurrence'],
              orderBy: { occurrence: { date: 'asc', startTime: 'asc' }, id: 'asc' },
            },
          );
          for (const key of group) {
            results.set(
              `${key.participantId}|${range}`,
              rows.filter((row) => row.participant.id === key.participantId),
            );
          }
        }
        return keys.map((key) => results.get(`${key.participantId}|${key.from}|${key.to}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.participantId}|${key.from}|${key.to}` },
    ),
  };
}

/** The loaders this feature adds to every request's context. */
export type SchedulingLoaders = ReturnType<typeof createSchedulingLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends SchedulingLoaders {}
}
