import { ErrorCode, OrganisationKind } from '../generated/graphql';
import {
  CreateMunicipalityDocument,
  CreateOrganisationDocument,
  CreatePlaceDocument,
  MunicipalitiesDocument,
  OrganisationsDocument,
  PlaceDocument,
  PlacesDocument,
  UpdatePlaceDocument,
} from '../generated/graphql';
import { makeOrganisation, makeTenant } from '../factories/foundation';
import { Role, startTestServer, topLevelErrors, unique, type TestServer } from '../setup/harness';
import { Place } from '../../src/places/place.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('municipalities and organisations', () => {
  it('lets an admin create a municipality and an organisation in it', async () => {
    const name = unique('Gemeente');
    const code = `GM${String(Date.now() % 10000).padStart(4, '0')}`;
    const created = await server.admin.request(CreateMunicipalityDocument, { input: { name, code } });
    // A code collision with another test is possible in theory; then the error must say so.
    if (created.createMunicipality.errors.length) {
      expect(created.createMunicipality.errors[0].code).toBe(ErrorCode.DuplicateCode);
      return;
    }
    const municipality = created.createMunicipality.municipality!;
    expect(municipality).toMatchObject({ name, code });

    const again = await server.admin.request(CreateMunicipalityDocument, { input: { name: 'Other', code } });
    expect(again.createMunicipality).toMatchObject({
      municipality: null,
      errors: [{ code: ErrorCode.DuplicateCode, field: ['input', 'code'] }],
    });

    const orgName = unique('Coöperatie');
    const org = await server.admin.request(CreateOrganisationDocument, {
      input: { name: orgName, kind: OrganisationKind.Cooperative, municipalityId: municipality.id },
    });
    expect(org.createOrganisation.errors).toEqual([]);
    expect(org.createOrganisation.organisation).toMatchObject({
      name: orgName,
      kind: 'COOPERATIVE',
      municipality: { code },
    });

    const { municipalities } = await server.client().request(MunicipalitiesDocument);
    expect(municipalities.map((m) => m.code)).toContain(code);
    const { organisations } = await server
      .client()
      .request(OrganisationsDocument, { kind: OrganisationKind.Cooperative });
    expect(organisations.map((o) => o.name)).toContain(orgName);
    expect(organisations.every((o) => o.kind === 'COOPERATIVE')).toBe(true);
  });

  it('rejects a malformed CBS code and a duplicate organisation name', async () => {
    const bad = await server.admin.request(CreateMunicipalityDocument, {
      input: { name: 'X', code: '0935' },
    });
    expect(bad.createMunicipality.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'code'] }),
    ]);
    const existing = await makeOrganisation(server.orm);
    const dup = await server.admin.request(CreateOrganisationDocument, {
      input: { name: existing.name, kind: OrganisationKind.Fund },
    });
    expect(dup.createOrganisation.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.DuplicateName }),
    ]);
  });

  it('keeps createMunicipality and createOrganisation for admins', async () => {
    const { organisation } = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const errors = await topLevelErrors(staff, CreateMunicipalityDocument, {
      input: { name: 'X', code: 'GM0001' },
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });
});

describe('places', () => {
  it('creates, reads and updates a place for its own organisation', async () => {
    const { municipality, organisation } = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const name = unique('Werkplein');
    const { createPlace } = await staff.request(CreatePlaceDocument, {
      input: { name, municipalityId: municipality.id, organisationId: organisation.id, address: 'Markt 1' },
    });
    expect(createPlace.errors).toEqual([]);
    const place = createPlace.place!;
    expect(place).toMatchObject({
      name,
      address: 'Markt 1',
      description: null,
      municipality: { id: municipality.id, code: municipality.code },
      organisation: { id: organisation.id },
    });

    const { updatePlace } = await staff.request(UpdatePlaceDocument, {
      input: { id: place.id, description: 'Open to everyone', address: null },
    });
    expect(updatePlace.place).toMatchObject({ name, description: 'Open to everyone', address: null });

    const { place: read } = await server.client().request(PlaceDocument, { id: place.id });
    expect(read).toMatchObject({ id: place.id, description: 'Open to everyone', workshops: [] });
  });

  it('answers null for an unknown or malformed id', async () => {
    expect((await server.client().request(PlaceDocument, { id: 'not-an-id' })).place).toBeNull();
    expect(
      (await server.client().request(PlaceDocument, { id: '00000000-0000-4000-8000-000000000000' })).place,
    ).toBeNull();
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const { municipality, organisation } = await makeTenant(server.orm);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ name: '   ' }, ErrorCode.Validation, ['input', 'name']],
      [{ name: 'x'.repeat(201) }, ErrorCode.Validation, ['input', 'name']],
      [{ municipalityId: 'nope' }, ErrorCode.Validation, ['input', 'municipalityId']],
      [
        { municipalityId: '00000000-0000-4000-8000-000000000000' },
        ErrorCode.NotFound,
        ['input', 'municipalityId'],
      ],
      [
        { organisationId: '00000000-0000-4000-8000-000000000000' },
        ErrorCode.NotFound,
        ['input', 'organisationId'],
      ],
    ];
    for (const [change, code, field] of cases) {
      const input = {
        name: 'Good name',
        municipalityId: municipality.id,
        organisationId: organisation.id,
        ...change,
      };
      const { createPlace } = await server.admin.request(CreatePlaceDocument, { input: input as never });
      expect({ change, place: createPlace.place, errors: createPlace.errors }).toEqual({
        change,
        place: null,
        errors: [expect.objectContaining({ code, field })],
      });
    }
    expect(await server.orm.em.fork().count(Place, { organisation: organisation.id })).toBe(1);
  });

  it('rejects a duplicate place name within an organisation, whatever the case', async () => {
    const { municipality, organisation, place } = await makeTenant(server.orm);
    const { createPlace } = await server.admin.request(CreatePlaceDocument, {
      input: {
        name: place.name.toUpperCase(),
        municipalityId: municipality.id,
        organisationId: organisation.id,
      },
    });
    expect(createPlace.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.DuplicateName, field: ['input', 'name'] }),
    ]);
  });

  it("forbids staff to create or change another organisation's place", async () => {
    const own = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));
    const created = await staff.request(CreatePlaceDocument, {
      input: { name: 'Sneaky', municipalityId: other.municipality.id, organisationId: other.organisation.id },
    });
    expect(created.createPlace.errors).toEqual([expect.objectContaining({ code: ErrorCode.Forbidden })]);
    const updated = await staff.request(UpdatePlaceDocument, {
      input: { id: other.place.id, name: 'Taken over' },
    });
    expect(updated.updatePlace.errors).toEqual([expect.objectContaining({ code: ErrorCode.Forbidden })]);
    const funder = server.client(server.token(Role.FUNDER, own.organisation.id));
    // A funder may not use the operation at all.
    expect(
      await topLevelErrors(funder, UpdatePlaceDocument, { input: { id: own.place.id, name: 'Funded' } }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const unchanged = await server.orm.em.fork().findOneOrFail(Place, other.place.id);
    expect(unchanged.name).toBe(other.place.name);
  });

  it('requires a valid token for mutations', async () => {
    const { municipality, organisation } = await makeTenant(server.orm);
    const input = { name: 'Anonymous', municipalityId: municipality.id, organisationId: organisation.id };
    expect(await topLevelErrors(server.client(), CreatePlaceDocument, { input })).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
    expect(await topLevelErrors(server.client('garbage'), CreatePlaceDocument, { input })).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
    expect(await server.orm.em.fork().count(Place, { organisation: organisation.id })).toBe(1);
  });
});

describe('places connection', () => {
  it('pages through places by name with cursors and filters', async () => {
    const { municipality, organisation } = await makeTenant(server.orm);
    for (const name of ['Bravo', 'Alfa', 'Delta', 'Charlie']) {
      await server.admin.request(CreatePlaceDocument, {
        input: { name, municipalityId: municipality.id, organisationId: organisation.id },
      });
    }
    const first = await server
      .client()
      .request(PlacesDocument, { first: 2, organisationId: organisation.id });
    expect(first.places.totalCount).toBe(5);
    expect(first.places.edges.map((e) => e.node.name)).toEqual(['Alfa', 'Bravo']);
    expect(first.places.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await server.client().request(PlacesDocument, {
      first: 10,
      after: first.places.pageInfo.endCursor,
      organisationId: organisation.id,
    });
    expect(second.places.edges.map((e) => e.node.name).slice(0, 2)).toEqual(['Charlie', 'Delta']);
    expect(second.places.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const byCode = await server
      .client()
      .request(PlacesDocument, { first: 100, municipalityCode: municipality.code });
    expect(byCode.places.totalCount).toBe(5);
    const none = await server.client().request(PlacesDocument, { first: 10, organisationId: 'malformed' });
    expect(none.places).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses a page size above 100 and a forged cursor', async () => {
    expect(await topLevelErrors(server.client(), PlacesDocument, { first: 101 })).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    ]);
    expect(await topLevelErrors(server.client(), PlacesDocument, { first: 1, after: 'bm9wZQ' })).toEqual([
      expect.objectContaining({ code: 'BAD_CURSOR' }),
    ]);
  });
});
