import type { MikroORM } from '@mikro-orm/postgresql';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import type { Organisation } from '../../src/organisations/organisation.entity';
import { Background, Participant } from '../../src/participants/participant.entity';
import { Occurrence } from '../../src/scheduling/occurrence.entity';
import { materialiseOccurrences } from '../../src/scheduling/occurrence.materialise';
import { SessionSlot, Weekday } from '../../src/scheduling/session-slot.entity';
import { daypartsOf } from '../../src/shared/dates';
import type { Workshop } from '../../src/workshops/workshop.entity';
import { Role, unique, type TestServer } from '../setup/harness';
import { makeTenant, makeWorkshop } from './foundation';

/** Factories write straight to the database: fast set-up for tests whose subject is something else. */
export async function makeParticipant(
  orm: MikroORM,
  fields: { organisation: Organisation; displayName?: string; backgrounds?: Background[] },
): Promise<Participant> {
  const em = orm.em.fork();
  const participant = em.create(Participant, {
    organisation: fields.organisation.id,
    displayName: fields.displayName ?? unique('Deelnemer'),
    backgrounds: fields.backgrounds ?? [],
  });
  await em.flush();
  return participant;
}

/** `count` participants in one statement; returns their ids in name order. */
export async function makeParticipants(
  orm: MikroORM,
  organisation: Organisation,
  count: number,
): Promise<string[]> {
  const prefix = unique('P');
  const rows: { id: string }[] = await orm.em.fork().execute(
    `insert into participant (id, created_at, updated_at, organisation_id, display_name, languages, backgrounds)
     select gen_random_uuid(), now(), now(), ?, ? || ' ' || lpad(n::text, 4, '0'), '{}', '{}'
       from generate_series(1, ?) as n
     returning id, display_name`,
    [organisation.id, prefix, count],
  );
  return rows.map((row) => row.id);
}

export async function makeEnrolment(
  orm: MikroORM,
  fields: { participantId: string; workshop: Workshop; startDate: string; endDate?: string | null },
): Promise<Enrolment> {
  const em = orm.em.fork();
  const enrolment = em.create(Enrolment, {
    participant: fields.participantId,
    workshop: fields.workshop.id,
    place: fields.workshop.place.id,
    organisation: fields.workshop.organisation.id,
    municipality: fields.workshop.municipality.id,
    startDate: fields.startDate,
    endDate: fields.endDate ?? null,
  });
  await em.flush();
  return enrolment;
}

/** Enrols each participant in the workshop from `startDate`, in one statement; returns enrolment ids in order. */
export async function makeEnrolments(
  orm: MikroORM,
  workshop: Workshop,
  participantIds: string[],
  startDate: string,
): Promise<string[]> {
  const rows: { id: string; participant_id: string }[] = await orm.em.fork().execute(
    `insert into enrolment (id, created_at, updated_at, participant_id, workshop_id, place_id, organisation_id,
                            municipality_id, start_date, status)
     select gen_random_uuid(), now(), now(), p.id::uuid, ?, ?, ?, ?, ?, 'ACTIVE'
       from jsonb_array_elements_text(?::jsonb) as p(id)
     returning id, participant_id`,
    [
      workshop.id,
      workshop.place.id,
      workshop.organisation.id,
      workshop.municipality.id,
      startDate,
      JSON.stringify(participantIds),
    ],
  );
  const byParticipant = new Map(rows.map((row) => [row.participant_id, row.id]));
  return participantIds.map((id) => byParticipant.get(id)!);
}

/** A weekly slot with its occurrences written from `validFrom` to `until`. */
export async function makeSessionSlot(
  orm: MikroORM,
  fields: {
    workshop: Workshop;
    weekday?: Weekday;
    startTime?: string;
    endTime?: string;
    capacity?: number;
    validFrom: string;
    validUntil?: string | null;
    until: string;
  },
): Promise<SessionSlot> {
  const em = orm.em.fork();
  const startTime = fields.startTime ?? '09:00';
  const endTime = fields.endTime ?? '13:00';
  const slot = em.create(SessionSlot, {
    workshop: fields.workshop.id,
    place: fields.workshop.place.id,
    organisation: fields.workshop.organisation.id,
    municipality: fields.workshop.municipality.id,
    weekday: fields.weekday ?? Weekday.MONDAY,
    startTime,
    endTime,
    dayparts: daypartsOf(startTime, endTime),
    capacity: fields.capacity ?? 12,
    validFrom: fields.validFrom,
    validUntil: fields.validUntil ?? null,
  });
  await em.flush();
  await materialiseOccurrences(em, { slotId: slot.id }, fields.validFrom, fields.until);
  return slot;
}

/** The occurrence of a slot on a date. */
export async function occurrenceOn(orm: MikroORM, slot: SessionSlot, date: string): Promise<Occurrence> {
  return orm.em.fork().findOneOrFail(Occurrence, { slot: slot.id, date });
}

/** A fresh copy of an occurrence from the database. */
export async function reloadOccurrence(orm: MikroORM, id: string): Promise<Occurrence> {
  return orm.em.fork().findOneOrFail(Occurrence, id);
}

/**
 * A workshop at a new tenant with a weekly slot of `capacity` places, `people` participants enrolled from
 * `enrolFrom`, and a client for the organisation's staff.
 */
export async function makeCrowd(
  server: TestServer,
  fields: { people: number; capacity: number; validFrom: string; until: string; enrolFrom: string },
) {
  const { organisation, place } = await makeTenant(server.orm);
  const workshop = await makeWorkshop(server.orm, { place });
  const slot = await makeSessionSlot(server.orm, {
    workshop,
    capacity: fields.capacity,
    validFrom: fields.validFrom,
    until: fields.until,
  });
  const participantIds = await makeParticipants(server.orm, organisation, fields.people);
  const enrolmentIds = await makeEnrolments(server.orm, workshop, participantIds, fields.enrolFrom);
  const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
  return { organisation, place, workshop, slot, participantIds, enrolmentIds, staff };
}

/**
 * What is wrong with the occurrences of a workshop, as sentences (empty when all is well): the booked count must
 * match the BOOKED rows, never exceed capacity unless the occurrence says it is overbooked, and no one may wait
 * for a future open date that has a free place.
 */
export async function schedulingProblems(
  orm: MikroORM,
  workshopId: string,
  today: string,
): Promise<string[]> {
  const rows: {
    date: string;
    capacity: number;
    booked_count: number;
    booked: number;
    waiting: number;
    cancelled: boolean;
  }[] = await orm.em.fork().execute(
    `select o.date::text as date, o.capacity, o.booked_count, o.cancelled,
            (select count(*)::int from booking b where b.occurrence_id = o.id and b.status = 'BOOKED') as booked,
            (select count(*)::int from booking b where b.occurrence_id = o.id and b.status = 'WAITLISTED') as waiting
       from occurrence o where o.workshop_id = ? order by o.date`,
    [workshopId],
  );
  const problems: string[] = [];
  for (const row of rows) {
    if (row.booked !== row.booked_count)
      problems.push(`${row.date}: count ${row.booked_count}, rows ${row.booked}`);
    if (!row.cancelled && row.date >= today && row.waiting > 0 && row.booked < row.capacity) {
      problems.push(`${row.date}: ${row.waiting} waiting with ${row.capacity - row.booked} free`);
    }
  }
  return problems;
}

/** The live bookings of an enrolment by date: `BOOKED` or `WAITLISTED n` (n: position). */
export async function bookingsOf(orm: MikroORM, enrolmentId: string): Promise<Record<string, string>> {
  const rows: { date: string; status: string; position: number }[] = await orm.em.fork().execute(
    `select o.date::text as date, b.status,
            (select count(*)::int from booking w where w.occurrence_id = b.occurrence_id and w.status = 'WAITLISTED'
                and (w.waitlisted_at, w.id) <= (b.waitlisted_at, b.id)) as position
       from booking b join occurrence o on o.id = b.occurrence_id
      where b.enrolment_id = ? and b.status <> 'CANCELLED' order by o.date`,
    [enrolmentId],
  );
  return Object.fromEntries(
    rows.map((row) => [row.date, row.status === 'BOOKED' ? 'BOOKED' : `WAITLISTED ${row.position}`]),
  );
}
