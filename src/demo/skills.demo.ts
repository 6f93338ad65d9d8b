import type { EntityManager } from '@mikro-orm/postgresql';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind } from '../organisations';
import type { Participant } from '../participants';
import { addDays } from '../shared/dates';
import { todayInAmsterdam } from '../shared/clock';
import {
  Daypart,
  MatchConsent,
  MatchConsentScope,
  MunicipalityNeighbour,
  ParticipantAvailability,
  Skill,
  SkillLevel,
  SkillObservation,
  Vacancy,
  WorkshopSkill,
} from '../skills';
import type { FoundationDemo } from './foundation.demo';

/** The demo employer, named in the README and the printed demo tokens. */
export const DEMO_EMPLOYER = 'Brasserie Het Bolwerk';

const L = SkillLevel;
const D = Daypart;

/**
 * An employer in Maastricht with two vacancies, and two Maastricht participants who consented to be shown:
 * Amanuel fits the service job well, Fatma partly (one level short in customer contact, no teamwork seen yet,
 * and not free on Wednesday afternoons). Meerssen is Maastricht's neighbour, for the travel part of matching.
 */
export async function seedSkills(
  em: EntityManager,
  foundation: FoundationDemo,
  participants: Participant[],
): Promise<void> {
  const today = todayInAmsterdam();
  const skills = new Map((await em.find(Skill, {})).map((skill) => [skill.code, skill]));
  const skill = (code: string) => skills.get(code)!;
  const maastricht = foundation.municipalities.maastricht;
  const meerssen = em.create(Municipality, { name: 'Meerssen', code: 'GM0938' });
  em.create(MunicipalityNeighbour, { municipality: maastricht, neighbour: meerssen });

  const employer = em.create(Organisation, {
    name: DEMO_EMPLOYER,
    kind: OrganisationKind.EMPLOYER,
    municipality: maastricht,
  });
  em.create(Vacancy, {
    employer,
    municipality: maastricht,
    title: 'Medewerker bediening',
    hoursPerWeek: 24,
    dayparts: [D.MONDAY_MORNING, D.WEDNESDAY_AFTERNOON],
    startDate: addDays(today, 30),
    learningPath: true,
    requiredSkills: [
      { skillCode: 'kitchen.food-hygiene', level: 'INDEPENDENT' },
      { skillCode: 'work-habits.customer-contact', level: 'UNDER_PRESSURE' },
      { skillCode: 'work-habits.teamwork', level: 'INDEPENDENT' },
    ],
    niceToHaveSkills: [{ skillCode: 'kitchen.cash-register', level: 'WITH_HELP' }],
  });
  em.create(Vacancy, {
    employer,
    municipality: maastricht,
    title: 'Hulp in de fietsenwerkplaats',
    hoursPerWeek: 16,
    dayparts: [D.THURSDAY_MORNING, D.FRIDAY_MORNING],
    requiredSkills: [
      { skillCode: 'technical.bicycle-repair', level: 'INDEPENDENT' },
      { skillCode: 'work-habits.instructions', level: 'INDEPENDENT' },
    ],
    niceToHaveSkills: [{ skillCode: 'work-habits.safe-working', level: 'INDEPENDENT' }],
  });

  const eet = foundation.workshops.find(
    (w) => w.place.id === foundation.places.maastricht.id && w.name === 'Eet',
  )!;
  for (const [code, level] of [
    ['kitchen.food-hygiene', L.UNDER_PRESSURE],
    ['kitchen.serving', L.TEACHES_OTHERS],
    ['kitchen.cash-register', L.INDEPENDENT],
    ['work-habits.customer-contact', L.UNDER_PRESSURE],
    ['work-habits.teamwork', L.TEACHES_OTHERS],
  ] as const) {
    em.create(WorkshopSkill, { workshop: eet, skill: skill(code), level, organisation: eet.organisation });
  }

  const person = (name: string) =>
    participants.find(
      (p) => p.displayName === name && p.organisation.id === foundation.organisations.maastricht.id,
    )!;
  const observe = (participant: Participant, code: string, level: SkillLevel, daysAgo: number) =>
    em.create(SkillObservation, {
      participant,
      skill: skill(code),
      level,
      observedOn: addDays(today, -daysAgo),
      workshop: eet,
      organisation: participant.organisation,
      municipality: eet.municipality,
    });
  const amanuel = person('Amanuel');
  observe(amanuel, 'work-habits.customer-contact', L.INDEPENDENT, 60);
  observe(amanuel, 'work-habits.customer-contact', L.UNDER_PRESSURE, 10);
  observe(amanuel, 'kitchen.food-hygiene', L.INDEPENDENT, 30);
  observe(amanuel, 'work-habits.teamwork', L.UNDER_PRESSURE, 20);
  observe(amanuel, 'kitchen.cash-register', L.WITH_HELP, 5);
  const fatma = person('Fatma');
  observe(fatma, 'work-habits.customer-contact', L.INDEPENDENT, 15);
  observe(fatma, 'kitchen.food-hygiene', L.INDEPENDENT, 25);
  observe(fatma, 'work-habits.punctuality', L.TEACHES_OTHERS, 40);

  for (const participant of [amanuel, fatma]) {
    em.create(MatchConsent, {
      participant,
      organisation: participant.organisation,
      scope: MatchConsentScope.SKILLS_AND_NAME,
      fromDate: addDays(today, -7),
    });
  }
  em.create(ParticipantAvailability, {
    participant: amanuel,
    organisation: amanuel.organisation,
    dayparts: ['MONDAY_MORNING', 'WEDNESDAY_AFTERNOON', 'THURSDAY_MORNING'],
  });
}
