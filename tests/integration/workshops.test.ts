import {
  ArchiveWorkshopDocument,
  CreateWorkshopDocument,
  ErrorCode,
  PlaceDocument,
  UpdateWorkshopDocument,
  WorkshopDocument,
  WorkshopKind,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { Role, startTestServer, type TestServer } from '../setup/harness';
import { Workshop } from '../../src/workshops/workshop.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('workshops', () => {
  it('creates, updates, archives and restores a workshop', async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const { createWorkshop } = await staff.request(CreateWorkshopDocument, {
      input: {
        placeId: place.id,
        name: 'Eet',
        kind: WorkshopKind.Kitchen,
        leermeester: 'Ria',
        skills: ['koken', ' koken '],
      },
    });
    expect(createWorkshop.errors).toEqual([]);
    const workshop = createWorkshop.workshop!;
    expect(workshop).toMatchObject({
      name: 'Eet',
      kind: 'KITCHEN',
      leermeester: 'Ria',
      skills: ['koken'],
      defaultCapacity: 12,
      archived: false,
      place: { id: place.id },
    });

    const { updateWorkshop } = await staff.request(UpdateWorkshopDocument, {
      input: { id: workshop.id, defaultCapacity: 20, leermeester: null, skills: ['serveren'] },
    });
    expect(updateWorkshop.workshop).toMatchObject({
      defaultCapacity: 20,
      leermeester: null,
      skills: ['serveren'],
      name: 'Eet',
    });

    const { archiveWorkshop } = await staff.request(ArchiveWorkshopDocument, { input: { id: workshop.id } });
    expect(archiveWorkshop.workshop?.archived).toBe(true);
    const { place: read } = await server.client().request(PlaceDocument, { id: place.id });
    expect(read?.workshops).toEqual([]);
    expect(read?.allWorkshops).toEqual([expect.objectContaining({ id: workshop.id, archived: true })]);

    const restored = await staff.request(ArchiveWorkshopDocument, {
      input: { id: workshop.id, archived: false },
    });
    expect(restored.archiveWorkshop.workshop?.archived).toBe(false);
    const { workshop: fetched } = await server.client().request(WorkshopDocument, { id: workshop.id });
    expect(fetched).toMatchObject({ id: workshop.id, archived: false, place: { name: place.name } });
  });

  it('refuses capacities outside 1-500, empty and long names, unknown places and duplicates', async () => {
    const { place } = await makeTenant(server.orm);
    await makeWorkshop(server.orm, { place, name: 'Maakt' });
    const base = { placeId: place.id, name: 'Doet', kind: WorkshopKind.Services };
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ defaultCapacity: 0 }, ErrorCode.Validation, ['input', 'defaultCapacity']],
      [{ defaultCapacity: 501 }, ErrorCode.Validation, ['input', 'defaultCapacity']],
      [{ name: '' }, ErrorCode.Validation, ['input', 'name']],
      [{ name: 'x'.repeat(101) }, ErrorCode.Validation, ['input', 'name']],
      [{ skills: [''] }, ErrorCode.Validation, ['input', 'skills']],
      [{ placeId: '00000000-0000-4000-8000-000000000000' }, ErrorCode.NotFound, ['input', 'placeId']],
      [{ placeId: '12' }, ErrorCode.Validation, ['input', 'placeId']],
      [{ name: 'maakt' }, ErrorCode.DuplicateName, ['input', 'name']],
    ];
    for (const [change, code, field] of cases) {
      const { createWorkshop } = await server.admin.request(CreateWorkshopDocument, {
        input: { ...base, ...change } as never,
      });
      expect({ change, errors: createWorkshop.errors }).toEqual({
        change,
        errors: [expect.objectContaining({ code, field })],
      });
    }
    expect(await server.orm.em.fork().count(Workshop, { place: place.id })).toBe(1);
  });

  it("forbids staff to touch another organisation's workshops", async () => {
    const own = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const theirs = await makeWorkshop(server.orm, { place: other.place });
    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));
    const created = await staff.request(CreateWorkshopDocument, {
      input: { placeId: other.place.id, name: 'Mine now', kind: WorkshopKind.Other },
    });
    expect(created.createWorkshop.errors).toEqual([expect.objectContaining({ code: ErrorCode.Forbidden })]);
    const archived = await staff.request(ArchiveWorkshopDocument, { input: { id: theirs.id } });
    expect(archived.archiveWorkshop.errors).toEqual([expect.objectContaining({ code: ErrorCode.Forbidden })]);
    const renamed = await staff.request(UpdateWorkshopDocument, {
      input: { id: theirs.id, name: 'Renamed' },
    });
    expect(renamed.updateWorkshop.errors).toEqual([expect.objectContaining({ code: ErrorCode.Forbidden })]);
    const stored = await server.orm.em.fork().findOneOrFail(Workshop, theirs.id);
    expect(stored).toMatchObject({ name: theirs.name, archived: false });
  });
});
