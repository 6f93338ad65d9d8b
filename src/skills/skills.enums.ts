/** GraphQL enums of the skills feature, registered once; the values are the plain unions of the pure modules. */
import { registerEnumType } from 'type-graphql';

export enum SkillLevel {
  WITH_HELP = 'WITH_HELP',
  INDEPENDENT = 'INDEPENDENT',
  UNDER_PRESSURE = 'UNDER_PRESSURE',
  TEACHES_OTHERS = 'TEACHES_OTHERS',
}

registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'The level at which a skill was seen, lowest first.',
  valuesConfig: {
    WITH_HELP: { description: 'Met hulp: does it with help.' },
    INDEPENDENT: { description: 'Zelfstandig: does it without help.' },
    UNDER_PRESSURE: { description: 'Onder tijdsdruk: also under time pressure or in varying conditions.' },
    TEACHES_OTHERS: { description: 'Leert het anderen: teaches it to others.' },
  },
});

/** What an employer may see of a participant who consented; never backgrounds, route in or birth date. */
export enum MatchConsentScope {
  SKILLS = 'SKILLS',
  SKILLS_AND_NAME = 'SKILLS_AND_NAME',
  SKILLS_NAME_AND_CONTACT = 'SKILLS_NAME_AND_CONTACT',
}

registerEnumType(MatchConsentScope, {
  name: 'MatchConsentScope',
  description: 'What an employer sees of a participant who agreed to be shown for vacancies.',
  valuesConfig: {
    SKILLS: {
      description: 'Skills passport, available day parts and municipality; no name (a reference instead).',
    },
    SKILLS_AND_NAME: { description: 'As SKILLS, plus the display name.' },
    SKILLS_NAME_AND_CONTACT: { description: 'As SKILLS_AND_NAME, plus e-mail address and phone number.' },
  },
});

export enum RequirementStatus {
  MET = 'MET',
  CLOSE = 'CLOSE',
  MISSING = 'MISSING',
}

registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: "How a participant's latest level compares with what a vacancy asks.",
  valuesConfig: {
    MET: { description: 'At or above the asked level.' },
    CLOSE: { description: 'One level short.' },
    MISSING: { description: 'Two or more levels short, or never seen.' },
  },
});

export enum Travel {
  SAME_MUNICIPALITY = 'SAME_MUNICIPALITY',
  NEIGHBOURING_MUNICIPALITY = 'NEIGHBOURING_MUNICIPALITY',
  FARTHER = 'FARTHER',
}

registerEnumType(Travel, {
  name: 'Travel',
  description: "Where the participant takes part, seen from the vacancy's place of work.",
  valuesConfig: {
    SAME_MUNICIPALITY: { description: 'The same municipality.' },
    NEIGHBOURING_MUNICIPALITY: { description: 'A neighbouring municipality.' },
    FARTHER: { description: 'Farther away, or unknown.' },
  },
});

export enum Daypart {
  MONDAY_MORNING = 'MONDAY_MORNING',
  MONDAY_AFTERNOON = 'MONDAY_AFTERNOON',
  MONDAY_EVENING = 'MONDAY_EVENING',
  TUESDAY_MORNING = 'TUESDAY_MORNING',
  TUESDAY_AFTERNOON = 'TUESDAY_AFTERNOON',
  TUESDAY_EVENING = 'TUESDAY_EVENING',
  WEDNESDAY_MORNING = 'WEDNESDAY_MORNING',
  WEDNESDAY_AFTERNOON = 'WEDNESDAY_AFTERNOON',
  WEDNESDAY_EVENING = 'WEDNESDAY_EVENING',
  THURSDAY_MORNING = 'THURSDAY_MORNING',
  THURSDAY_AFTERNOON = 'THURSDAY_AFTERNOON',
  THURSDAY_EVENING = 'THURSDAY_EVENING',
  FRIDAY_MORNING = 'FRIDAY_MORNING',
  FRIDAY_AFTERNOON = 'FRIDAY_AFTERNOON',
  FRIDAY_EVENING = 'FRIDAY_EVENING',
  SATURDAY_MORNING = 'SATURDAY_MORNING',
  SATURDAY_AFTERNOON = 'SATURDAY_AFTERNOON',
  SATURDAY_EVENING = 'SATURDAY_EVENING',
  SUNDAY_MORNING = 'SUNDAY_MORNING',
  SUNDAY_AFTERNOON = 'SUNDAY_AFTERNOON',
  SUNDAY_EVENING = 'SUNDAY_EVENING',
}

const PART_WORDS: Record<string, string> = {
  MORNING: 'morning (starts before 12:00)',
  AFTERNOON: 'afternoon (starts 12:00-16:59)',
  EVENING: 'evening (starts 17:00 or later)',
};

registerEnumType(Daypart, {
  name: 'Daypart',
  description:
    'A weekday and a part of it (dagdeel): MORNING starts before 12:00, AFTERNOON before 17:00, EVENING later.',
  valuesConfig: Object.fromEntries(
    Object.values(Daypart).map((value) => {
      const [day, part] = value.split('_');
      return [value, { description: `${day.charAt(0)}${day.slice(1).toLowerCase()} ${PART_WORDS[part]}.` }];
    }),
  ),
});
