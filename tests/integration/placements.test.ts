import {
  ConfirmPlacementDocument,
  CreateVacancyDocument,
  PlacementStage,
  ProposePlacementDocument,
  SkillLevel,
  UpdatePlacementDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeEnrolment, makeParticipant } from '../factories/sessions';
import { consent, makeEmployer } from '../factories/skills';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('placements', () => {
  it('go from proposal to interview to placement; a confirmed paid job ends the enrolments with PAID_WORK', async () => {
    const { organisation, municipality, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const participant = await makeParticipant(server.orm, { organisation });
    const enrolment = await makeEnrolment(server.orm, {
      participantId: participant.id,
      workshop,
      startDate: '2026-03-01',
    });
    const employer = await makeEmployer(server.orm, municipality);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const { createVacancy } = await server.admin.request(CreateVacancyDocument, {
      input: {
        employerId: employer.id,
        title: 'Fietsenmaker',
        municipalityId: municipality.id,
        hoursPerWeek: 32,
        dayparts: [],
        requiredSkills: [{ skillCode: 'technical.bicycle-repair', level: SkillLevel.Independent }],
      },
    });
    const vacancyId = createVacancy.vacancy!.id;

    const refused = await staff.request(ProposePlacementDocument, {
      input: { participantId: participant.id, vacancyId },
    });
    expect(refused.proposePlacement.errors.map((e) => e.code)).toEqual(['FORBIDDEN']);

    await consent(server.orm, participant, 'SKILLS_AND_NAME', '2026-11-01');
    const proposed = await staff.request(ProposePlacementDocument, {
      input: { participantId: participant.id, vacancyId },
    });
    expect(proposed.proposePlacement.placement).toMatchObject({
      stage: 'PROPOSED',
      proposedOn: '2026-12-01',
    });
    const placementId = proposed.proposePlacement.placement!.id;

    const early = await staff.request(ConfirmPlacementDocument, { input: { placementId } });
    expect(early.confirmPlacement.errors.map((e) => e.code)).toEqual(['CONFLICT']);

    await staff.request(UpdatePlacementDocument, {
      input: { placementId, stage: PlacementStage.Interview, interviewOn: '2026-12-03' },
    });
    const placed = await staff.request(UpdatePlacementDocument, {
      input: {
        placementId,
        stage: PlacementStage.Placed,
        startDate: '2026-11-30',
        paidWork: true,
        outcome: 'Contract voor een jaar',
      },
    });
    expect(placed.updatePlacement.placement).toMatchObject({
      stage: 'PLACED',
      interviewOn: '2026-12-03',
      startDate: '2026-11-30',
      paidWork: true,
    });

    const confirmed = await staff.request(ConfirmPlacementDocument, { input: { placementId } });
    expect(confirmed.confirmPlacement.errors).toEqual([]);
    expect(confirmed.confirmPlacement.endedEnrolments).toBe(1);
    const [row]: { status: string; end_date: string; code: string }[] = await server.orm.em.fork().execute(
      `select e.status, to_char(e.end_date, 'YYYY-MM-DD') as end_date, e.outflow_code as code
           from enrolment e where e.id = ?`,
      [enrolment.id],
    );
    expect(row).toEqual({ status: 'ENDED', end_date: '2026-11-30', code: 'PAID_WORK' });
  });
});
