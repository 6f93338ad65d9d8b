import type { EntityManager } from '@mikro-orm/postgresql';
import type { Occurrence } from './occurrence.entity';

/**
 * What the GraphQL `Occurrence` type reads of an occurrence: an entity, or a plain row read without hydrating
 * entities (the week and roster views). `waitlistCount` is filled in by the row read, so that the field needs no
 * further statement.
 */
export type OccurrenceView = Pick<
  Occurrence,
  | 'id'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'dayparts'
  | 'capacity'
  | 'bookedCount'
  | 'cancelled'
  | 'cancelReason'
> & {
  workshop: { id: string };
  place: { id: string };
  organisation: { id: string };
  municipality: { id: string };
  slot?: { id: string } | null;
  waitlistCount?: number;
};

interface Row {
  id: string;
  slot_id: string | null;
  workshop_id: string;
  place_id: string;
  organisation_id: string;
  municipality_id: string;
  date: string;
  start_time: string;
  end_time: string;
  dayparts: number;
  capacity: number;
  booked_count: number;
  cancelled: boolean;
  cancel_reason: string | null;
  waitlist_count: number;
}

/**
 * Occurrences of a place or a workshop in a date range as plain objects, in one statement (with the number on
 * each waitlist), ordered by date, start time and id.
 */
export async function readOccurrences(
  em: EntityManager,
  scope: { placeId: string } | { workshopId: string },
  from: string,
  to: string,
): Promise<OccurrenceView[]> {
  const [column, id] = 'placeId' in scope ? ['place_id', scope.placeId] : ['workshop_id', scope.workshopId];
  const rows: Row[] = await em.execute(
    `select o.id, o.slot_id, o.workshop_id, o.place_id, o.organisation_id, o.municipality_id,
            to_char(o.date, 'YYYY-MM-DD') as date, o.start_time, o.end_time, o.dayparts, o.capacity, o.booked_count,
            o.cancelled, o.cancel_reason,
            (select count(*) from booking b where b.occurrence_id = o.id and b.status = 'WAITLISTED')::int
              as waitlist_count
       from occurrence o
      where o.${column} = ? and o.date between ? and ?
      order by o.date, o.start_time, o.id`,
    [id, from, to],
  );
  return rows.map((row) => ({
    id: row.id,
    slot: row.slot_id ? { id: row.slot_id } : null,
    workshop: { id: row.workshop_id },
    place: { id: row.place_id },
    organisation: { id: row.organisation_id },
    municipality: { id: row.municipality_id },
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    dayparts: row.dayparts,
    capacity: row.capacity,
    bookedCount: row.booked_count,
    cancelled: row.cancelled,
    cancelReason: row.cancel_reason,
    waitlistCount: row.waitlist_count,
  }));
}
