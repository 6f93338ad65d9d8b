import { Enrolment } from '../../src/enrolments';
import { EnrolDocument } from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { startTestServer, type TestServer } from '../setup/harness';

// The start dates lie within the write bounds of this day.
process.env.MEEDOEN_TODAY = '2029-12-03';

/** Overlapping live enrolments are impossible in the database, not only in the service's check. */
describe('parallel enrolments', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('twenty parallel enrol calls for one participant and workshop give one enrolment and 19 ALREADY_ENROLLED', async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const participant = await makeParticipant(server.orm, { organisation });
    const input = { participantId: participant.id, workshopId: workshop.id, startDate: '2030-01-07' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.admin.request(EnrolDocument, {
          input: { ...input, startDate: i % 2 ? '2030-01-07' : '2030-02-04' },
        }),
      ),
    );
    const enrolled = answers.filter((a) => a.enrol.enrolment);
    const refused = answers.flatMap((a) => a.enrol.errors.map((e) => e.code));
    expect(enrolled).toHaveLength(1);
    expect(refused).toEqual(Array.from({ length: 19 }, () => 'ALREADY_ENROLLED'));
    expect(
      await server.orm.em.fork().count(Enrolment, { participant: participant.id, workshop: workshop.id }),
    ).toBe(1);
  });

  it('the database itself refuses an overlapping live enrolment, and allows one after an ended one', async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const participant = await makeParticipant(server.orm, { organisation });
    const connection = server.orm.em.getConnection();
    const insert = (start: string, end: string | null, status: string) =>
      connection.execute(
        `insert into enrolment (id, created_at, updated_at, participant_id, workshop_id, place_id, organisation_id,
           municipality_id, start_date, end_date, status)
         select gen_random_uuid(), now(), now(), ?, w.id, w.place_id, w.organisation_id, w.municipality_id, ?, ?, ?
         from workshop w where w.id = ?`,
        [participant.id, start, end, status, workshop.id],
      );
    await insert('2030-01-01', '2030-03-31', 'ENDED');
    await insert('2030-02-01', null, 'ACTIVE');
    await expect(insert('2030-06-01', '2030-06-30', 'PAUSED')).rejects.toMatchObject({
      constraint: 'enrolment_no_overlap',
    });
    await insert('2029-01-01', '2029-12-31', 'ACTIVE');
  });
});
