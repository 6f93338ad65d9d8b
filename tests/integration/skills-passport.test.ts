import { inflateSync } from 'node:zlib';
import {
  EraseParticipantDocument,
  RecordSkillObservationDocument,
  SetWorkshopSkillsDocument,
  SkillLevel,
  SkillsPassportDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function setting() {
  const tenant = await makeTenant(server.orm);
  const kitchen = await makeWorkshop(server.orm, { place: tenant.place, name: 'Eet' });
  const participant = await makeParticipant(server.orm, {
    organisation: tenant.organisation,
    displayName: 'Samira',
  });
  const staff = server.client(server.token(Role.ORG_STAFF, tenant.organisation.id));
  return { ...tenant, kitchen, participant, staff };
}

describe('observed skills and the passport', () => {
  it('keeps the history and shows the latest level per skill, with date and workshop', async () => {
    const { kitchen, participant, staff } = await setting();
    const record = (skillCode: string, level: SkillLevel, date: string) =>
      staff.request(RecordSkillObservationDocument, {
        input: { participantId: participant.id, skillCode, level, date, workshopId: kitchen.id },
      });
    const first = await record('work-habits.customer-contact', SkillLevel.WithHelp, '2026-09-01');
    expect(first.recordSkillObservation.errors).toEqual([]);
    expect(first.recordSkillObservation.observation).toMatchObject({
      level: 'WITH_HELP',
      date: '2026-09-01',
    });
    await record('work-habits.customer-contact', SkillLevel.UnderPressure, '2026-10-01');
    await record('work-habits.customer-contact', SkillLevel.Independent, '2026-11-01'); // levels go down too
    await record('kitchen.food-hygiene', SkillLevel.Independent, '2026-10-15');

    const { participant: read } = await staff.request(SkillsPassportDocument, { id: participant.id });
    expect(read!.skillsPassport).toEqual([
      {
        level: 'INDEPENDENT',
        date: '2026-11-01',
        skill: { code: 'work-habits.customer-contact', labelNl: 'Klantcontact' },
        workshop: { id: kitchen.id, name: 'Eet' },
      },
      {
        level: 'INDEPENDENT',
        date: '2026-10-15',
        skill: { code: 'kitchen.food-hygiene', labelNl: 'Hygiënisch werken met eten' },
        workshop: { id: kitchen.id, name: 'Eet' },
      },
    ]);
    expect(read!.skillObservations.map((o) => [o.skill.code, o.level, o.date])).toEqual([
      ['work-habits.customer-contact', 'INDEPENDENT', '2026-11-01'],
      ['kitchen.food-hygiene', 'INDEPENDENT', '2026-10-15'],
      ['work-habits.customer-contact', 'UNDER_PRESSURE', '2026-10-01'],
      ['work-habits.customer-contact', 'WITH_HELP', '2026-09-01'],
    ]);
  });

  it("refuses a future date, an unknown skill, another organisation's workshop or participant, writing nothing", async () => {
    const { kitchen, participant, staff } = await setting();
    const other = await setting();
    const base = (input: Record<string, unknown>) => ({
      participantId: participant.id,
      skillCode: 'kitchen.serving',
      level: SkillLevel.Independent,
      date: '2026-11-30',
      workshopId: kitchen.id,
      ...input,
    });
    const errorsOf = async (input: Record<string, unknown>) =>
      (
        await staff.request(RecordSkillObservationDocument, { input: base(input) })
      ).recordSkillObservation.errors.map((e) => [e.code, e.field]);
    expect(await errorsOf({ date: '2026-12-02' })).toEqual([['VALIDATION', ['input', 'date']]]);
    expect(await errorsOf({ skillCode: 'kitchen.juggling' })).toEqual([
      ['NOT_FOUND', ['input', 'skillCode']],
    ]);
    expect(await errorsOf({ workshopId: other.kitchen.id })).toEqual([
      ['NOT_FOUND', ['input', 'workshopId']],
    ]);
    expect(await errorsOf({ participantId: other.participant.id, workshopId: null })).toEqual([
      ['NOT_FOUND', ['input', 'participantId']],
    ]);
    const { participant: read } = await staff.request(SkillsPassportDocument, { id: participant.id });
    expect(read!.skillObservations).toEqual([]);
  });

  it('lets staff set the skills a workshop practises', async () => {
    const { kitchen, staff } = await setting();
    const result = await staff.request(SetWorkshopSkillsDocument, {
      input: {
        workshopId: kitchen.id,
        skills: [
          { skillCode: 'kitchen.food-hygiene', level: SkillLevel.UnderPressure },
          { skillCode: 'kitchen.serving', level: SkillLevel.Independent },
        ],
      },
    });
    expect(result.setWorkshopSkills.errors).toEqual([]);
    expect(result.setWorkshopSkills.workshop!.practisedSkills).toEqual([
      { level: 'UNDER_PRESSURE', skill: { code: 'kitchen.food-hygiene' } },
      { level: 'INDEPENDENT', skill: { code: 'kitchen.serving' } },
    ]);
    const twice = await staff.request(SetWorkshopSkillsDocument, {
      input: {
        workshopId: kitchen.id,
        skills: [
          { skillCode: 'kitchen.serving', level: SkillLevel.Independent },
          { skillCode: 'kitchen.serving', level: SkillLevel.WithHelp },
        ],
      },
    });
    expect(twice.setWorkshopSkills.errors.map((e) => e.code)).toEqual(['VALIDATION']);
  });

  it('prints the passport as a page and a PDF for staff only, and erasure takes it away', async () => {
    const { organisation, kitchen, participant, staff } = await setting();
    await staff.request(RecordSkillObservationDocument, {
      input: {
        participantId: participant.id,
        skillCode: 'work-habits.customer-contact',
        level: SkillLevel.Independent,
        date: '2026-11-20',
        workshopId: kitchen.id,
      },
    });
    const origin = new URL(server.url).origin;
    const get = (path: string, token?: string) =>
      fetch(`${origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const token = server.token(Role.ORG_STAFF, organisation.id);

    const page = await get(`/participants/${participant.id}/passport`, token);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Samira');
    expect(html).toContain('Klantcontact');
    expect(html).toContain('20 november 2026');

    const pdf = await get(`/participants/${participant.id}/passport.pdf`, token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const streams = [...bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map(([, s]) => {
      try {
        return inflateSync(Buffer.from(s, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(streams.join('')).toContain(Buffer.from('Klantcontact', 'latin1').toString('hex'));

    expect((await get(`/participants/${participant.id}/passport.pdf`)).status).toBe(401);
    const otherTenant = await setting();
    expect(
      (
        await get(
          `/participants/${participant.id}/passport.pdf`,
          server.token(Role.ORG_STAFF, otherTenant.organisation.id),
        )
      ).status,
    ).toBe(404);
    expect(
      (await get(`/participants/${participant.id}/passport.pdf`, server.token(Role.FUNDER, organisation.id)))
        .status,
    ).toBe(404);

    const erased = await staff.request(EraseParticipantDocument, {
      input: { participantId: participant.id },
    });
    expect(erased.eraseParticipant.errors).toEqual([]);
    const { participant: read } = await staff.request(SkillsPassportDocument, { id: participant.id });
    expect(read!.skillsPassport).toEqual([]);
    expect(read!.skillObservations).toEqual([]);
    expect((await get(`/participants/${participant.id}/passport.pdf`, token)).status).toBe(404);
  });
});
