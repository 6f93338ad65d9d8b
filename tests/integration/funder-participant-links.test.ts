import { FundingBasis } from '../../src/funding';
import { OrganisationKind } from '../../src/organisations';
import { makeOrganisation, makeTenant } from '../factories/foundation';
import { makeAgreement, makeLink, makeParticipant, makeStream } from '../factories/funding';
import { Role, startTestServer, type TestServer } from '../setup/harness';

const FINANCING = `query ($placeId: ID!) {
  placeFinancing(placeId: $placeId, from: "2030-01", to: "2030-03") {
    streams { agreement { id stream { funder { id } } participantLinks { id participantId } } }
  }
}`;

type Financing = {
  placeFinancing: {
    streams: {
      agreement: { id: string; stream: { funder: { id: string } }; participantLinks: { id: string }[] };
    }[];
  };
};

/** Being on a long-term-care stream is itself sensitive: a funder sees who its own agreements count, no more. */
describe('participant links through placeFinancing', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('show a funder its own links only, and the place’s staff all of them', async () => {
    const { organisation, place, municipality } = await makeTenant(server.orm);
    const funderA = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
    const funderB = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
    const terms = {
      place,
      from: '2030-01',
      until: '2030-12',
      basis: FundingBasis.LUMP_SUM,
      totalCents: 120_000,
    };
    const own = await makeAgreement(server.orm, {
      ...terms,
      stream: await makeStream(server.orm, { funder: funderA }),
    });
    const other = await makeAgreement(server.orm, {
      ...terms,
      stream: await makeStream(server.orm, { funder: funderB }),
    });
    const participant = await makeParticipant(server.orm, organisation);
    await makeLink(server.orm, { agreement: own, participant, from: '2030-01-01' });
    await makeLink(server.orm, { agreement: other, participant, from: '2030-01-01' });

    const links = async (token: string) => {
      const data = await server.client(token).request<Financing>(FINANCING, { placeId: place.id });
      return Object.fromEntries(
        data.placeFinancing.streams.map((s) => [s.agreement.id, s.agreement.participantLinks.length]),
      );
    };
    expect(await links(server.token(Role.FUNDER, funderA.id))).toEqual({ [own.id]: 1, [other.id]: 0 });
    expect(await links(server.token(Role.FUNDER, funderB.id))).toEqual({ [own.id]: 0, [other.id]: 1 });
    expect(await links(server.token(Role.ORG_STAFF, organisation.id))).toEqual({
      [own.id]: 1,
      [other.id]: 1,
    });
    expect(await links(server.token(Role.ADMIN))).toEqual({ [own.id]: 1, [other.id]: 1 });
  });
});
