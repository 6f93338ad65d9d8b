import {
  CreateVacancyDocument,
  Daypart,
  LinkNeighbourMunicipalitiesDocument,
  MunicipalityNeighboursDocument,
  PlacementsDocument,
  PlacementStage,
  ProposePlacementDocument,
  RecordSkillObservationDocument,
  SkillLevel,
  UnlinkNeighbourMunicipalitiesDocument,
  VacanciesDocument,
} from '../generated/graphql';
import { makeMunicipality, makeTenant } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { consent, makeEmployer } from '../factories/skills';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function vacancy(employerId: string, municipalityId: string, title: string): Promise<string> {
  const created = await server.admin.request(CreateVacancyDocument, {
    input: {
      employerId,
      title,
      municipalityId,
      hoursPerWeek: 20,
      dayparts: [Daypart.MondayMorning],
      requiredSkills: [],
      niceToHaveSkills: [],
    },
  });
  expect(created.createVacancy.errors).toEqual([]);
  return created.createVacancy.vacancy!.id;
}

describe('the list of vacancies', () => {
  it('pages newest first; an employer sees its own only, staff of places every employer’s', async () => {
    const tenant = await makeTenant(server.orm);
    const employer = await makeEmployer(server.orm, tenant.municipality);
    const other = await makeEmployer(server.orm, tenant.municipality);
    const titles = ['Kok', 'Afwasser', 'Gastvrouw'];
    for (const title of titles) await vacancy(employer.id, tenant.municipality.id, title);
    const foreign = await vacancy(other.id, tenant.municipality.id, 'Monteur');

    const own = server.client(server.token(Role.EMPLOYER, employer.id));
    const page1 = await own.request(VacanciesDocument, { first: 2 });
    expect(page1.vacancies.totalCount).toBe(3);
    expect(page1.vacancies.edges.map((e) => e.node.title)).toEqual(['Gastvrouw', 'Afwasser']);
    expect(page1.vacancies.pageInfo.hasNextPage).toBe(true);
    const page2 = await own.request(VacanciesDocument, {
      first: 2,
      after: page1.vacancies.pageInfo.endCursor,
    });
    expect(page2.vacancies.edges.map((e) => e.node.title)).toEqual(['Kok']);
    expect(page2.vacancies.pageInfo.hasNextPage).toBe(false);

    // Asking for another employer's vacancies as an employer gives nothing of theirs.
    const asked = await own.request(VacanciesDocument, { employerId: other.id });
    expect(asked.vacancies.edges).toEqual([]);

    const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
    const byOther = await staff.request(VacanciesDocument, { employerId: other.id });
    expect(byOther.vacancies.edges.map((e) => e.node.id)).toEqual([foreign]);
  });

  it('filters open and closed vacancies and refuses an id that is not one', async () => {
    const tenant = await makeTenant(server.orm);
    const employer = await makeEmployer(server.orm, tenant.municipality);
    const open = await vacancy(employer.id, tenant.municipality.id, 'Open');
    const closed = await vacancy(employer.id, tenant.municipality.id, 'Gesloten');
    await server.orm.em.fork().execute(`update vacancy set closed_on = '2026-11-01' where id = ?`, [closed]);

    const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
    const openOnes = await staff.request(VacanciesDocument, { employerId: employer.id, open: true });
    expect(openOnes.vacancies.edges.map((e) => e.node.id)).toEqual([open]);
    const closedOnes = await staff.request(VacanciesDocument, { employerId: employer.id, open: false });
    expect(closedOnes.vacancies.edges.map((e) => e.node.id)).toEqual([closed]);

    const bad = await staff
      .request(VacanciesDocument, { employerId: 'not-an-id' })
      .catch((error: { response: unknown }) => error.response);
    expect(JSON.stringify(bad)).toContain('employerId must be an id');
  });
});

describe('the list of placements', () => {
  it("shows staff their organisation's placements with the person, and employers none", async () => {
    const tenant = await makeTenant(server.orm);
    const employer = await makeEmployer(server.orm, tenant.municipality);
    const vacancyId = await vacancy(employer.id, tenant.municipality.id, 'Kok');
    const participant = await makeParticipant(server.orm, {
      organisation: tenant.organisation,
      displayName: 'Noor',
    });
    await consent(server.orm, participant, 'SKILLS');
    const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
    const proposed = await staff.request(ProposePlacementDocument, {
      input: { participantId: participant.id, vacancyId },
    });
    expect(proposed.proposePlacement.errors).toEqual([]);

    const seen = await staff.request(PlacementsDocument, { vacancyId });
    expect(seen.placements.totalCount).toBe(1);
    expect(seen.placements.edges[0].node).toMatchObject({
      stage: PlacementStage.Proposed,
      participant: { id: participant.id, displayName: 'Noor' },
      vacancy: { id: vacancyId },
    });

    const byEmployer = await server
      .client(server.token(Role.EMPLOYER, employer.id))
      .request(PlacementsDocument, { vacancyId })
      .catch((error: { response: unknown }) => error.response);
    expect(JSON.stringify(byEmployer)).toContain('FORBIDDEN');

    const stranger = await makeTenant(server.orm);
    const other = await server
      .client(server.token(Role.ORG_STAFF, stranger.organisation.id))
      .request(PlacementsDocument, { vacancyId });
    expect(other.placements.totalCount).toBe(0);
  });
});

describe('neighbouring municipalities', () => {
  it('are recorded once per pair by ADMIN, read both ways, and removed in either order', async () => {
    const a = await makeMunicipality(server.orm);
    const b = await makeMunicipality(server.orm);
    const input = { municipalityId: a.id, neighbourId: b.id };

    const linked = await server.admin.request(LinkNeighbourMunicipalitiesDocument, { input });
    expect(linked.linkNeighbourMunicipalities).toEqual({ changed: true, errors: [] });
    const again = await server.admin.request(LinkNeighbourMunicipalitiesDocument, {
      input: { municipalityId: b.id, neighbourId: a.id },
    });
    expect(again.linkNeighbourMunicipalities).toEqual({ changed: false, errors: [] });

    const fromB = await server.admin.request(MunicipalityNeighboursDocument, { id: b.id });
    expect(fromB.node).toMatchObject({ neighbours: [{ id: a.id }] });

    const unlinked = await server.admin.request(UnlinkNeighbourMunicipalitiesDocument, {
      input: { municipalityId: b.id, neighbourId: a.id },
    });
    expect(unlinked.unlinkNeighbourMunicipalities).toEqual({ changed: true, errors: [] });
    const fromA = await server.admin.request(MunicipalityNeighboursDocument, { id: a.id });
    expect(fromA.node).toMatchObject({ neighbours: [] });
  });

  it('refuses a municipality as its own neighbour and unknown ids, writing nothing; staff may not', async () => {
    const a = await makeMunicipality(server.orm);
    const self = await server.admin.request(LinkNeighbourMunicipalitiesDocument, {
      input: { municipalityId: a.id, neighbourId: a.id },
    });
    expect(self.linkNeighbourMunicipalities).toMatchObject({
      changed: false,
      errors: [{ code: 'VALIDATION', field: ['input', 'neighbourId'] }],
    });
    const unknown = await server.admin.request(LinkNeighbourMunicipalitiesDocument, {
      input: { municipalityId: a.id, neighbourId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.linkNeighbourMunicipalities.errors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'neighbourId'] },
    ]);
    const count = await server.orm.em
      .fork()
      .execute(
        'select count(*)::int as n from municipality_neighbour where municipality_id = ? or neighbour_id = ?',
        [a.id, a.id],
      );
    expect(count[0].n).toBe(0);

    const tenant = await makeTenant(server.orm);
    const refused = await server
      .client(server.token(Role.ORG_STAFF, tenant.organisation.id))
      .request(LinkNeighbourMunicipalitiesDocument, {
        input: { municipalityId: a.id, neighbourId: tenant.municipality.id },
      })
      .catch((error: { response: unknown }) => error.response);
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');
  });
});

describe('an unknown skill code', () => {
  it('is answered with the valid codes, or where to find them when the vocabulary is long', async () => {
    const tenant = await makeTenant(server.orm);
    const participant = await makeParticipant(server.orm, { organisation: tenant.organisation });
    const result = await server
      .client(server.token(Role.ORG_STAFF, tenant.organisation.id))
      .request(RecordSkillObservationDocument, {
        input: {
          participantId: participant.id,
          skillCode: 'kitchen.no-such-skill',
          level: SkillLevel.Independent,
          date: '2026-11-20',
        },
      });
    const [error] = result.recordSkillObservation.errors;
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'skillCode'] });
    expect(error.message).toMatch(
      /Valid codes: .*work-habits\.punctuality|The skills query \(with search\) lists/,
    );
  });
});
