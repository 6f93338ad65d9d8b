import { describeTokenHolder } from '../../src/accounts/token.check';
import { Role } from '../../src/auth/viewer';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import { makeCooperative, makeMember } from '../factories/cooperatives';
import { makeMunicipality, makeOrganisation } from '../factories/foundation';
import { startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('the local token command checks what a token names', () => {
  it('names the organisation a token is for when it exists and fits the role', async () => {
    const { cooperative } = await makeCooperative(server.orm);
    const answer = await describeTokenHolder(server.orm.em.fork(), Role.COOP_STAFF, {
      organisationId: cooperative.id,
    });
    expect(answer).toEqual({ ok: true, description: `COOP_STAFF of ${cooperative.name}` });
  });

  it('refuses an id that no organisation has, saying how to find one', async () => {
    const answer = await describeTokenHolder(server.orm.em.fork(), Role.ORG_STAFF, {
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(answer).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No organisation has id .*organisations/),
    });
  });

  it('refuses an organisation of the wrong kind for the role', async () => {
    const municipality = await makeMunicipality(server.orm);
    const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
    const answer = await describeTokenHolder(server.orm.em.fork(), Role.COOP_STAFF, {
      organisationId: funder.id,
    });
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining('needs one of COOPERATIVE') });
  });

  it('checks that a member exists', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const member = await makeMember(server.orm, { cooperative, municipality });
    const em = server.orm.em.fork();
    await expect(describeTokenHolder(em, Role.MEMBER, { memberId: member.id })).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      describeTokenHolder(em, Role.MEMBER, { memberId: '00000000-0000-4000-8000-000000000000' }),
    ).resolves.toMatchObject({ ok: false, message: expect.stringContaining('No member has id') });
  });
});
