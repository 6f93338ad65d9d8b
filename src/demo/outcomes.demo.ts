import type { EntityManager } from '@mikro-orm/postgresql';
import { Enrolment, EnrolmentStatus, OutflowReason } from '../enrolments';
import { tenantOf } from '../organisations';
import { LadderPosition } from '../outcomes';
import { Background, Participant, RouteIn } from '../participants';
import { todayInAmsterdam } from '../shared/clock';
import { addDays } from '../shared/dates';
import type { FoundationDemo } from './foundation.demo';

type Alumnus = [
  name: string,
  backgrounds: Background[],
  routeIn: RouteIn | null,
  start: string,
  end: string | null,
  reason: string | null,
  rungs: [number, number],
];

const B = Background;
const R = RouteIn;

/**
 * People who came and went this year (start and end as MM-DD of the current year), with the rung they stood on
 * when they came and shortly before they left. Bram leaves two workshops on one day, for paid work and "stopped":
 * outcomes count him once, under paid work.
 */
const ALUMNI: Alumnus[] = [
  ['Noor', [B.SOCIAL_ASSISTANCE], R.SOCIAL_SERVICES, '01-12', '06-30', 'PAID_WORK', [2, 5]],
  ['Bram', [B.UWV], R.UWV, '02-02', '09-15', 'PAID_WORK', [3, 6]],
  ['Ahmed', [B.UWV, B.PROFESSIONAL], R.UWV, '05-04', '11-27', 'PAID_WORK', [4, 5]],
  ['Sara', [], R.WALK_IN, '09-07', '11-06', 'PAID_WORK', [4, 6]],
  ['Ruud', [B.SOCIAL_ASSISTANCE], R.SOCIAL_SERVICES, '03-02', '08-14', 'PAID_WORK', [3, 5]],
  ['Ingrid', [B.WAJONG], R.UWV, '01-19', '04-24', 'PAID_WORK', [3, 5]],
  ['Eva', [B.STUDENT], R.OTHER, '01-20', '08-31', 'EDUCATION', [3, 4]],
  ['Joost', [B.SOCIAL_ASSISTANCE], R.SOCIAL_SERVICES, '02-09', '06-26', 'EDUCATION', [2, 3]],
  ['Said', [B.NEWCOMER], R.REFUGEE_SUPPORT, '03-02', '10-30', 'CIVIC_INTEGRATION', [1, 3]],
  ['Wim', [B.RETIRED], R.WALK_IN, '01-05', '11-13', 'VOLUNTEER_WORK', [2, 4]],
  ['Ilse', [B.LONG_TERM_CARE], R.CARE_PROVIDER, '02-16', '07-17', 'OTHER_PLACE', [2, 2]],
  ['Tom', [B.HOMELESS], R.WALK_IN, '04-06', '05-29', 'STOPPED', [2, 1]],
  ['Mila', [B.NEWCOMER], R.REFUGEE_SUPPORT, '03-16', '10-02', 'MOVED', [2, 3]],
  ['Kim', [B.SOCIAL_ASSISTANCE], R.SOCIAL_SERVICES, '06-01', null, null, [1, 2]],
  ['Lars', [B.WAJONG], R.UWV, '07-06', null, null, [3, 3]],
];

/**
 * Outflow and the participation ladder at every demo place, spread over the current year, so that `outcomes`
 * has figures to show: fifteen people per place who came this year, thirteen of whom left for work, learning or
 * otherwise, each with two ladder positions. Dates after today are left out (an end not yet reached keeps the
 * enrolment running), so the demo stays plausible on any day.
 */
export function seedOutcomes(em: EntityManager, foundation: FoundationDemo): void {
  const today = todayInAmsterdam();
  const year = today.slice(0, 4);
  Object.values(foundation.places).forEach((place, p) => {
    const workshops = foundation.workshops.filter((w) => w.place.id === place.id);
    ALUMNI.forEach(([name, backgrounds, routeIn, start, end, reason, rungs], i) => {
      const startDate = `${year}-${start}`;
      if (startDate > today) return;
      const endDate = end && `${year}-${end}` <= today ? `${year}-${end}` : null;
      const participant = em.create(Participant, {
        organisation: place.organisation,
        displayName: p === 0 ? name : `${name} ${String.fromCharCode(65 + p)}.`,
        languages: ['nl'],
        backgrounds,
        routeIn,
      });
      const chosen = name === 'Bram' ? workshops.slice(0, 2) : [workshops[i % workshops.length]];
      chosen.forEach((workshop, w) =>
        em.create(Enrolment, {
          participant,
          workshop,
          place,
          ...tenantOf(place),
          startDate,
          endDate,
          status: endDate ? EnrolmentStatus.ENDED : EnrolmentStatus.ACTIVE,
          outflow: endDate ? em.getReference(OutflowReason, w === 0 ? reason! : 'STOPPED') : null,
        }),
      );
      const lastDate = addDays(endDate ?? today, -7);
      const positions: [string, number][] = [
        [startDate, rungs[0]],
        [lastDate, rungs[1]],
      ];
      for (const [date, rung] of positions) {
        if (date > today || (date === lastDate && lastDate <= startDate)) continue;
        em.create(LadderPosition, {
          participant,
          date,
          rung,
          organisation: place.organisation,
          municipality: place.municipality,
        });
      }
    });
  });
}
