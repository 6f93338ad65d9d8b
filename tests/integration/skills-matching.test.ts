import {
  CreateVacancyDocument,
  Daypart,
  MatchConsentScope,
  ParticipantMatchesDocument,
  RecordMatchConsentDocument,
  SetParticipantAvailabilityDocument,
  SkillLevel,
  VacancyMatchesDocument,
  WithdrawMatchConsentDocument,
} from '../generated/graphql';
import { Background, RouteIn } from '../../src/participants/participant.entity';
import { makeTenant } from '../factories/foundation';
import { makeParticipant, makeParticipants } from '../factories/sessions';
import { consent, makeEmployer, observe, observeMany } from '../factories/skills';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A place with two participants (one good and one partial fit), an employer and its vacancy. */
async function setting() {
  const tenant = await makeTenant(server.orm);
  const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
  const employer = await makeEmployer(server.orm, tenant.municipality);
  const good = await makeParticipant(server.orm, {
    organisation: tenant.organisation,
    displayName: 'Goed Passend',
    backgrounds: [Background.NEWCOMER],
  });
  const partial = await makeParticipant(server.orm, {
    organisation: tenant.organisation,
    displayName: 'Half Passend',
  });
  await server.orm.em
    .fork()
    .execute(`update participant set route_in = ?, email = 'goed@example.org' where id = ?`, [
      RouteIn.REFUGEE_SUPPORT,
      good.id,
    ]);
  await observe(server.orm, good, [
    ['kitchen.food-hygiene', 'UNDER_PRESSURE', '2026-10-01'],
    ['work-habits.customer-contact', 'UNDER_PRESSURE', '2026-11-01'],
    ['kitchen.cash-register', 'INDEPENDENT', '2026-11-02'],
  ]);
  await observe(server.orm, partial, [
    ['kitchen.food-hygiene', 'INDEPENDENT', '2026-10-01'],
    ['work-habits.customer-contact', 'INDEPENDENT', '2026-11-01'],
  ]);
  const created = await server.admin.request(CreateVacancyDocument, {
    input: {
      employerId: employer.id,
      title: 'Medewerker bediening',
      municipalityId: tenant.municipality.id,
      hoursPerWeek: 24,
      dayparts: [Daypart.MondayMorning, Daypart.TuesdayMorning],
      requiredSkills: [
        { skillCode: 'kitchen.food-hygiene', level: SkillLevel.Independent },
        { skillCode: 'work-habits.customer-contact', level: SkillLevel.UnderPressure },
      ],
      niceToHaveSkills: [{ skillCode: 'kitchen.cash-register', level: SkillLevel.WithHelp }],
      learningPath: true,
    },
  });
  expect(created.createVacancy.errors).toEqual([]);
  const vacancy = created.createVacancy.vacancy!;
  for (const p of [good, partial]) {
    const stated = await staff.request(SetParticipantAvailabilityDocument, {
      input: { participantId: p.id, dayparts: [Daypart.MondayMorning, Daypart.TuesdayMorning] },
    });
    expect(stated.setParticipantAvailability.errors).toEqual([]);
  }
  const employerClient = server.client(server.token(Role.EMPLOYER, employer.id));
  return { ...tenant, staff, employer, employerClient, good, partial, vacancy };
}

describe('vacancies and explained matching', () => {
  it('stores a vacancy with its shifts and skills', async () => {
    const { vacancy, employer } = await setting();
    expect(vacancy).toMatchObject({
      title: 'Medewerker bediening',
      hoursPerWeek: 24,
      learningPath: true,
      dayparts: ['MONDAY_MORNING', 'TUESDAY_MORNING'],
      employer: { id: employer.id },
      requiredSkills: [
        { level: 'INDEPENDENT', skill: { code: 'kitchen.food-hygiene' } },
        { level: 'UNDER_PRESSURE', skill: { code: 'work-habits.customer-contact' } },
      ],
    });
  });

  it('refuses an employer that is not of kind EMPLOYER and a skill both required and nice to have', async () => {
    const { organisation, municipality } = await makeTenant(server.orm);
    const employer = await makeEmployer(server.orm);
    const input = {
      employerId: organisation.id,
      title: 'X',
      municipalityId: municipality.id,
      hoursPerWeek: 8,
      dayparts: [],
      requiredSkills: [{ skillCode: 'kitchen.serving', level: SkillLevel.WithHelp }],
    };
    const notEmployer = await server.admin.request(CreateVacancyDocument, { input });
    expect(notEmployer.createVacancy.errors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_FOUND', ['input', 'employerId']],
    ]);
    const both = await server.admin.request(CreateVacancyDocument, {
      input: { ...input, employerId: employer.id, niceToHaveSkills: input.requiredSkills },
    });
    expect(both.createVacancy.errors.map((e) => e.field)).toEqual([
      ['input', 'niceToHaveSkills', '0', 'skillCode'],
    ]);
  });

  it("ranks the organisation's people for staff, with met, close and missing skills explained", async () => {
    const { staff, vacancy, good, partial } = await setting();
    const { vacancyMatches } = await staff.request(VacancyMatchesDocument, { vacancyId: vacancy.id });
    expect(vacancyMatches.map((m) => [m.participant.displayName, m.score])).toEqual([
      ['Goed Passend', 100],
      ['Half Passend', 70],
    ]);
    const [best, second] = vacancyMatches;
    expect(best.participant.email).toBe('goed@example.org');
    expect(best.met.map((r) => r.skill.code)).toEqual([
      'kitchen.food-hygiene',
      'work-habits.customer-contact',
      'kitchen.cash-register',
    ]);
    expect(second.close).toEqual([
      expect.objectContaining({
        skill: { code: 'work-habits.customer-contact' },
        requiredLevel: 'UNDER_PRESSURE',
        actualLevel: 'INDEPENDENT',
        status: 'CLOSE',
        gapNl: 'één niveau hoger in Klantcontact',
        gapEn: 'one level more in customer contact',
      }),
    ]);
    expect(second.missing.map((r) => [r.skill.code, r.required, r.gapEn])).toEqual([
      ['kitchen.cash-register', false, 'not yet seen: Operating the till'],
    ]);
    expect(best.availableDayparts).toEqual(['MONDAY_MORNING', 'TUESDAY_MORNING']);
    expect(best.travel).toBe('SAME_MUNICIPALITY');

    const { participantMatches } = await staff.request(ParticipantMatchesDocument, {
      participantId: partial.id,
    });
    const mine = participantMatches.find((m) => m.vacancy.id === vacancy.id)!;
    expect(mine.score).toBe(70);
    expect(mine.close.map((r) => r.gapNl)).toEqual(['één niveau hoger in Klantcontact']);
    expect(good.id).not.toBe(partial.id);
  });

  it('shows an employer nobody without consent, then only the fields the consent covers, until withdrawn', async () => {
    const { staff, employerClient, vacancy, good, partial } = await setting();
    const shortlist = async () =>
      (await employerClient.request(VacancyMatchesDocument, { vacancyId: vacancy.id })).vacancyMatches;
    expect(await shortlist()).toEqual([]);

    const recorded = await staff.request(RecordMatchConsentDocument, {
      input: { participantId: good.id, scope: MatchConsentScope.Skills, from: '2026-11-15' },
    });
    expect(recorded.recordMatchConsent.errors).toEqual([]);
    let list = await shortlist();
    expect(list).toHaveLength(1);
    expect(list[0].participant).toMatchObject({
      displayName: null,
      email: null,
      phone: null,
      consentScope: 'SKILLS',
    });
    expect(list[0].participant.reference).toMatch(/^K-[0-9A-F]{8}$/);
    expect(list[0].participant.passport.map((p) => [p.skill.code, p.level])).toContainEqual([
      'kitchen.food-hygiene',
      'UNDER_PRESSURE',
    ]);
    const text = JSON.stringify(list);
    for (const secret of [good.id, 'NEWCOMER', 'REFUGEE_SUPPORT', 'Goed Passend', 'goed@example.org'])
      expect(text).not.toContain(secret);

    await consent(server.orm, partial, 'SKILLS_NAME_AND_CONTACT', '2026-11-15');
    list = await shortlist();
    expect(list.map((m) => [m.participant.displayName, m.score])).toEqual([
      [null, 100],
      ['Half Passend', 70],
    ]);

    const withdrawn = await staff.request(WithdrawMatchConsentDocument, {
      input: { consentId: recorded.recordMatchConsent.consent!.id },
    });
    expect(withdrawn.withdrawMatchConsent.consent!.withdrawnOn).toBe('2026-12-01');
    expect((await shortlist()).map((m) => m.participant.displayName)).toEqual(['Half Passend']);
  });

  it("answers an employer nothing for another employer's vacancy, and a consent for one employer only counts for it", async () => {
    const { employerClient, vacancy, good } = await setting();
    const other = await setting();
    await consent(server.orm, other.good, 'SKILLS_AND_NAME', '2026-01-01', other.employer.id);
    expect(
      (await employerClient.request(VacancyMatchesDocument, { vacancyId: other.vacancy.id })).vacancyMatches,
    ).toEqual([]);
    await consent(server.orm, good, 'SKILLS_AND_NAME', '2026-01-01', other.employer.id);
    expect(
      (await employerClient.request(VacancyMatchesDocument, { vacancyId: vacancy.id })).vacancyMatches,
    ).toEqual([]);
  });

  it('ranks 5 or 60 people in the same number of SQL statements', async () => {
    const run = async (count: number) => {
      const { organisation, staff, vacancy } = await setting();
      const ids = await makeParticipants(server.orm, organisation, count);
      await observeMany(server.orm, organisation.id, ids, [
        ['kitchen.food-hygiene', 'INDEPENDENT'],
        ['work-habits.customer-contact', 'WITH_HELP'],
        ['crafts.sewing', 'TEACHES_OTHERS'],
      ]);
      return server.countStatements(() =>
        staff.request(VacancyMatchesDocument, { vacancyId: vacancy.id, first: 100 }),
      );
    };
    const small = await run(5);
    const large = await run(60);
    expect(small.result.vacancyMatches).toHaveLength(7);
    expect(large.result.vacancyMatches).toHaveLength(62);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });
});
