import fc from 'fast-check';
import { DAYPARTS, type Daypart } from '../../src/skills/daypart';
import {
  type CandidateFacts,
  gapText,
  matchCandidate,
  neighbourKey,
  rankCandidates,
  rankVacancies,
  requirementStatus,
  type VacancyFacts,
} from '../../src/skills/matching.calc';
import { SKILL_LEVELS, type SkillLevelName } from '../../src/skills/skill-level';

const NONE = new Set<string>();
const vacancy: VacancyFacts = {
  id: 'v1',
  municipalityId: 'maastricht',
  dayparts: ['MONDAY_MORNING', 'TUESDAY_MORNING'],
  required: [
    { skillCode: 'kitchen.food-hygiene', level: 'INDEPENDENT' },
    { skillCode: 'work-habits.customer-contact', level: 'UNDER_PRESSURE' },
  ],
  niceToHave: [{ skillCode: 'kitchen.cash-register', level: 'WITH_HELP' }],
};
const candidate = (id: string, skills: [string, SkillLevelName][], extra: Partial<CandidateFacts> = {}) => ({
  id,
  municipalityId: 'maastricht',
  skills: new Map(skills),
  dayparts: new Set<Daypart>(['MONDAY_MORNING', 'TUESDAY_MORNING']),
  ...extra,
});

describe('requirement status', () => {
  it('meets at or above the level, is close one level short, misses further down or unseen', () => {
    expect(requirementStatus('INDEPENDENT', 'TEACHES_OTHERS')).toBe('MET');
    expect(requirementStatus('INDEPENDENT', 'INDEPENDENT')).toBe('MET');
    expect(requirementStatus('UNDER_PRESSURE', 'INDEPENDENT')).toBe('CLOSE');
    expect(requirementStatus('UNDER_PRESSURE', 'WITH_HELP')).toBe('MISSING');
    expect(requirementStatus('WITH_HELP', null)).toBe('MISSING');
  });
});

describe('matchCandidate', () => {
  it('scores a full fit 100 and explains met, close and missing skills', () => {
    const full = matchCandidate(
      vacancy,
      candidate('a', [
        ['kitchen.food-hygiene', 'INDEPENDENT'],
        ['work-habits.customer-contact', 'TEACHES_OTHERS'],
        ['kitchen.cash-register', 'WITH_HELP'],
      ]),
      NONE,
    );
    expect(full.score).toBe(100);
    expect(full.met.map((r) => r.skillCode)).toEqual([
      'kitchen.food-hygiene',
      'work-habits.customer-contact',
      'kitchen.cash-register',
    ]);

    const partial = matchCandidate(
      vacancy,
      candidate('b', [
        ['kitchen.food-hygiene', 'UNDER_PRESSURE'],
        ['work-habits.customer-contact', 'INDEPENDENT'],
      ]),
      NONE,
    );
    // required: (1 + 0.5) / 2 × 60 = 45; nice-to-have 0; day parts 15; travel 10.
    expect(partial.score).toBe(70);
    expect(partial.close).toEqual([
      {
        skillCode: 'work-habits.customer-contact',
        required: true,
        requiredLevel: 'UNDER_PRESSURE',
        actualLevel: 'INDEPENDENT',
        status: 'CLOSE',
      },
    ]);
    expect(partial.missing.map((r) => [r.skillCode, r.required])).toEqual([['kitchen.cash-register', false]]);
  });

  it('counts day parts and travel: same 10, neighbouring 5, farther 0', () => {
    const skills: [string, SkillLevelName][] = [
      ['kitchen.food-hygiene', 'INDEPENDENT'],
      ['work-habits.customer-contact', 'UNDER_PRESSURE'],
      ['kitchen.cash-register', 'INDEPENDENT'],
    ];
    const neighbours = new Set([neighbourKey('meerssen', 'maastricht')]);
    const near = matchCandidate(vacancy, candidate('c', skills, { municipalityId: 'meerssen' }), neighbours);
    expect([near.travel, near.score]).toEqual(['NEIGHBOURING_MUNICIPALITY', 95]);
    const far = matchCandidate(vacancy, candidate('d', skills, { municipalityId: 'venlo' }), neighbours);
    expect([far.travel, far.score]).toEqual(['FARTHER', 90]);
    const monday = matchCandidate(
      vacancy,
      candidate('e', skills, { dayparts: new Set(['MONDAY_MORNING']) }),
      NONE,
    );
    expect(monday.unavailableDayparts).toEqual(['TUESDAY_MORNING']);
    expect(monday.score).toBe(93); // 60 + 15 + 7.5 + 10, rounded half up
  });

  it('says what is missing in words, in Dutch and English', () => {
    const result = matchCandidate(
      vacancy,
      candidate('f', [['work-habits.customer-contact', 'INDEPENDENT']]),
      NONE,
    );
    const [close] = result.close;
    expect(gapText(close, 'Klantcontact', 'nl')).toBe('één niveau hoger in Klantcontact');
    expect(gapText(close, 'Customer contact', 'en')).toBe('one level more in customer contact');
    const hygiene = result.missing.find((r) => r.skillCode === 'kitchen.food-hygiene')!;
    expect(gapText(hygiene, 'Hygiënisch werken', 'nl')).toBe('nog niet gezien: Hygiënisch werken');
  });
});

describe('ranking', () => {
  it('ranks the better fit first and breaks ties by id', () => {
    const ranked = rankCandidates(
      vacancy,
      [candidate('z', [['kitchen.food-hygiene', 'INDEPENDENT']]), candidate('y', []), candidate('x', [])],
      NONE,
    );
    expect(ranked.map((r) => r.candidateId)).toEqual(['z', 'x', 'y']);
    expect(rankCandidates(vacancy, [candidate('a', []), candidate('b', [])], NONE, 1)).toHaveLength(1);
  });

  it('ranks vacancies for a participant', () => {
    const easy: VacancyFacts = { ...vacancy, id: 'easy', required: [], niceToHave: [] };
    const ranked = rankVacancies(candidate('p', []), [vacancy, easy], NONE);
    expect(ranked.map((r) => r.vacancyId)).toEqual(['easy', 'v1']);
  });
});

// Properties asked for by the issue.
const CODES = ['s1', 's2', 's3', 's4', 's5', 's6'];
const level = fc.constantFrom(...SKILL_LEVELS);
const requirement = fc.record({ skillCode: fc.constantFrom(...CODES), level });
const dayparts = fc.uniqueArray(fc.constantFrom(...DAYPARTS), { maxLength: 6 });
const municipality = fc.constantFrom('m1', 'm2', 'm3');
const vacancyArb = fc.record({
  id: fc.constant('v'),
  municipalityId: municipality,
  dayparts,
  required: fc.uniqueArray(requirement, { selector: (r) => r.skillCode, minLength: 1, maxLength: 4 }),
  niceToHave: fc.uniqueArray(requirement, { selector: (r) => r.skillCode, maxLength: 3 }),
});
const candidateArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    municipalityId: fc.option(municipality, { nil: null }),
    skills: fc.dictionary(fc.constantFrom(...CODES), level).map((d) => new Map(Object.entries(d))),
    dayparts: dayparts.map((d) => new Set(d)),
  });
const crowd = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(`p${String(i).padStart(2, '0')}`))),
  );
const neighbours = new Set([neighbourKey('m1', 'm2'), neighbourKey('m2', 'm1')]);

describe('matching properties', () => {
  it('a participant who gains a required skill never drops in the ranking for that vacancy', () => {
    fc.assert(
      fc.property(vacancyArb, crowd, fc.nat(), fc.nat(), level, (v, people, who, which, gained) => {
        const person = people[who % people.length];
        const skill = v.required[which % v.required.length].skillCode;
        const current = person.skills.get(skill);
        const better =
          current && SKILL_LEVELS.indexOf(current) > SKILL_LEVELS.indexOf(gained) ? current : gained;
        const after = { ...person, skills: new Map(person.skills).set(skill, better) };
        const rankOf = (list: CandidateFacts[]) =>
          rankCandidates(v, list, neighbours).findIndex((r) => r.candidateId === person.id);
        const others = people.filter((p) => p !== person);
        expect(rankOf([...others, after])).toBeLessThanOrEqual(rankOf(people));
        expect(matchCandidate(v, after, neighbours).score).toBeGreaterThanOrEqual(
          matchCandidate(v, person, neighbours).score,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('an unrelated skill never changes the score or the reasons', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb('p'), level, (v, person, anyLevel) => {
        const named = new Set([...v.required, ...v.niceToHave].map((r) => r.skillCode));
        const unrelated = CODES.find((code) => !named.has(code)) ?? 'not-in-vacancy';
        const after = { ...person, skills: new Map(person.skills).set(unrelated, anyLevel) };
        expect(matchCandidate(v, after, neighbours)).toEqual(matchCandidate(v, person, neighbours));
      }),
      { numRuns: 300 },
    );
  });

  it('scores stay within 0-100', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb('p'), (v, person) => {
        const { score } = matchCandidate(v, person, neighbours);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });
});
