import { PlacesWithWorkshopsDocument } from '../generated/graphql';
import { makeMunicipality, makeOrganisation, makePlace, makeWorkshop } from '../factories/foundation';
import { startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function organisationWithPlaces(count: number): Promise<string> {
  const municipality = await makeMunicipality(server.orm);
  const organisation = await makeOrganisation(server.orm, { municipality });
  for (let i = 0; i < count; i += 1) {
    const place = await makePlace(server.orm, { organisation, municipality });
    await makeWorkshop(server.orm, { place, name: 'Eet' });
    await makeWorkshop(server.orm, { place, name: 'Maakt' });
  }
  return organisation.id;
}

describe('SQL statements per request', () => {
  it('lists places with their workshops in a fixed number of statements, for 5 or 50 places', async () => {
    const small = await organisationWithPlaces(5);
    const large = await organisationWithPlaces(50);
    const run = (organisationId: string) =>
      server.countStatements(() =>
        server.client().request(PlacesWithWorkshopsDocument, { first: 50, organisationId }),
      );

    const five = await run(small);
    const fifty = await run(large);
    expect(five.result.places.edges).toHaveLength(5);
    expect(fifty.result.places.edges).toHaveLength(50);
    expect(fifty.result.places.edges.every((edge) => edge.node.workshops.length === 2)).toBe(true);
    expect(five.statements.length).toBeLessThanOrEqual(3);
    expect(fifty.statements.length).toBe(five.statements.length);
  });
});
