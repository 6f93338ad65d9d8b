import type { EntityManager } from '@mikro-orm/postgresql';
import { rebuildAttendanceTotals } from '../attendance';
import { Enrolment } from '../enrolments';
import { Background, KnowledgeExchange, Participant, RouteIn } from '../participants';
import { materialiseOccurrences } from '../scheduling';
import { insertStandingBooking, type StandingBookingFields } from '../scheduling';
import { SessionSlot, Weekday } from '../scheduling';
import { todayInAmsterdam } from '../shared/clock';
import { addDays, daypartsOf, weekStartOf } from '../shared/dates';
import type { Workshop } from '../workshops';
import type { FoundationDemo } from './foundation.demo';
import { tenantOf } from '../organisations';

type Person = [
  name: string,
  backgrounds: Background[],
  routeIn: RouteIn | null,
  comesTo: KnowledgeExchange | null,
];

const B = Background;
const R = RouteIn;
const K = KnowledgeExchange;

/** Invented people with the mix a real place sees: newcomers, retirees, Wajong, walk-ins, professionals. */
const PEOPLE: Person[] = [
  ['Amanuel', [B.NEWCOMER], R.REFUGEE_SUPPORT, K.BOTH],
  ['Ria', [B.RETIRED, B.PROFESSIONAL], R.WALK_IN, K.BRING],
  ['Kevin', [B.WAJONG], R.UWV, K.FETCH],
  ['Fatma', [B.SOCIAL_ASSISTANCE], R.SOCIAL_SERVICES, K.FETCH],
  ['Jos', [B.VOLUNTEER], R.WALK_IN, K.BRING],
  ['Lotte', [B.STUDENT], R.OTHER, K.FETCH],
  ['Hamid', [B.NEWCOMER, B.PROFESSIONAL], R.REFUGEE_SUPPORT, K.BOTH],
  ['Marja', [B.LONG_TERM_CARE], R.CARE_PROVIDER, K.FETCH],
  ['Piet', [B.HOMELESS, B.LONG_TERM_CARE], R.WALK_IN, null],
  ['Sanne', [], R.WALK_IN, null],
  ['Dawit', [B.NEWCOMER], R.REFUGEE_SUPPORT, K.FETCH],
  ['Gerda', [B.RETIRED, B.LONG_TERM_CARE], R.CARE_PROVIDER, K.BOTH],
  ['Youssef', [B.UWV], R.UWV, K.BOTH],
  ['Bianca', [B.SOCIAL_ASSISTANCE, B.VOLUNTEER], R.SOCIAL_SERVICES, K.BOTH],
];

/** Weekly slots per workshop: weekday, start, end; the first slot of 'Doet' is kept small to show a waitlist. */
const SLOTS: [Weekday, string, string][] = [
  [Weekday.MONDAY, '09:00', '13:00'],
  [Weekday.WEDNESDAY, '13:00', '17:00'],
  [Weekday.THURSDAY, '09:00', '13:00'],
];

/**
 * Participants at every demo place, weekly slots for every workshop, standing bookings, and attendance for the
 * past week, all relative to today so that the demo always looks alive. The last past session of each place's
 * first workshop is left unregistered, so that "missing registrations" has something to show.
 */
/** Returns the participants it created, for the funding demo to link person-bound care money to. */
export async function seedSessions(em: EntityManager, foundation: FoundationDemo): Promise<Participant[]> {
  const today = todayInAmsterdam();
  const validFrom = addDays(weekStartOf(today), -14);
  const places = Object.values(foundation.places);
  const enrolments: { enrolment: Enrolment; workshop: Workshop }[] = [];
  const slotsByWorkshop = new Map<Workshop, SessionSlot[]>();
  const participants: Participant[] = [];
  const standing: StandingBookingFields[] = [];

  for (const workshop of foundation.workshops) {
    const slots = SLOTS.slice(0, workshop.name === 'Taalcafé' ? 3 : 2).map(
      ([weekday, startTime, endTime], i) =>
        em.create(SessionSlot, {
          workshop,
          place: workshop.place,
          ...tenantOf(workshop),
          weekday,
          startTime,
          endTime,
          dayparts: daypartsOf(startTime, endTime),
          capacity: workshop.name === 'Doet' && i === 0 ? 2 : workshop.defaultCapacity,
          validFrom,
          validUntil: null,
        }),
    );
    slotsByWorkshop.set(workshop, slots);
  }

  places.forEach((place, p) => {
    const workshops = foundation.workshops.filter((w) => w.place.id === place.id);
    PEOPLE.forEach(([displayName, backgrounds, routeIn, comesTo], i) => {
      const participant = em.create(Participant, {
        organisation: place.organisation,
        displayName: p === 0 ? displayName : `${displayName} ${String.fromCharCode(65 + p)}.`,
        languages: backgrounds.includes(B.NEWCOMER) ? ['ar', 'en', 'nl'] : ['nl'],
        backgrounds,
        routeIn,
        comesTo,
      });
      participants.push(participant);
      // Most take part in one workshop, every third person in two.
      const chosen = i % 3 === 0 ? workshops.slice(0, 2) : [workshops[i % workshops.length]];
      for (const workshop of chosen) {
        const enrolment = em.create(Enrolment, {
          participant,
          workshop,
          place,
          ...tenantOf(place),
          startDate: validFrom,
        });
        enrolments.push({ enrolment, workshop });
        const slots = slotsByWorkshop.get(workshop)!;
        for (const slot of i % 2 === 0 ? slots : slots.slice(0, 1)) {
          standing.push({
            slotId: slot.id,
            enrolmentId: enrolment.id,
            participantId: participant.id,
            organisationId: place.organisation.id,
            fromDate: validFrom,
            untilDate: null,
          });
        }
      }
    });
  });
  await em.flush();
  for (const fields of standing) await insertStandingBooking(em, fields);

  for (const place of places) {
    await materialiseOccurrences(em, { placeId: place.id }, validFrom, addDays(today, 7 * 8));
  }
  // Attendance for the past week: most present, some absent or excused; one session left to register.
  await em.execute(
    `with past as (
       select o.* from occurrence o
        where o.place_id in (${places.map(() => '?').join(', ')}) and o.date >= ? and o.date < ?
          and o.id not in (select distinct on (place_id) id from occurrence
                            where date < ? and place_id in (${places.map(() => '?').join(', ')})
                            order by place_id, date desc, start_time desc)
     )
     insert into attendance (id, created_at, updated_at, occurrence_id, participant_id, status, note, date, dayparts,
                             workshop_id, place_id, organisation_id, municipality_id)
     select gen_random_uuid(), now(), now(), o.id, b.participant_id,
            case when n % 9 = 0 then 'ABSENT' when n % 7 = 0 then 'EXCUSED' else 'PRESENT' end,
            case when n % 7 = 0 and n % 9 <> 0 then 'Afgemeld' end,
            o.date, o.dayparts, o.workshop_id, o.place_id, o.organisation_id, o.municipality_id
       from (select b.*, row_number() over (order by b.participant_id, b.occurrence_id) as n
               from booking b where b.status = 'BOOKED') b
       join past o on o.id = b.occurrence_id`,
    [
      ...places.map((place) => place.id),
      addDays(today, -7),
      today,
      today,
      ...places.map((place) => place.id),
    ],
  );
  await rebuildAttendanceTotals(
    em,
    places.map((place) => place.id),
  );
  return participants;
}
