import {
  Background,
  ErrorCode,
  KnowledgeExchange,
  OutflowReasonsDocument,
  ParticipantDocument,
  ParticipantsDocument,
  PlaceWeekDocument,
  RegisterParticipantDocument,
  RouteIn,
  UpdateParticipantDocument,
} from '../generated/graphql';
import { makeTenant } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2030-03-06';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('participants', () => {
  it('registers with only a name, or with the optional self-declared details, and updates them', async () => {
    const { organisation } = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const { registerParticipant } = await staff.request(RegisterParticipantDocument, {
      input: {
        organisationId: organisation.id,
        displayName: '  Amanuel ',
        email: 'amanuel@example.org',
        phone: '+31 6 1234 5678',
        birthDate: '1990-05-17',
        languages: ['Tigrinya', 'nl', 'nl'],
        backgrounds: [Background.Newcomer, Background.Professional],
        routeIn: RouteIn.RefugeeSupport,
        comesTo: KnowledgeExchange.Both,
      },
    });
    expect(registerParticipant.errors).toEqual([]);
    expect(registerParticipant.participant).toMatchObject({
      displayName: 'Amanuel',
      languages: ['Tigrinya', 'nl'],
      backgrounds: ['NEWCOMER', 'PROFESSIONAL'],
      routeIn: 'REFUGEE_SUPPORT',
      comesTo: 'BOTH',
      birthDate: '1990-05-17',
    });
    const { updateParticipant } = await staff.request(UpdateParticipantDocument, {
      input: {
        id: registerParticipant.participant!.id,
        email: null,
        backgrounds: [],
        comesTo: KnowledgeExchange.Bring,
      },
    });
    expect(updateParticipant.participant).toMatchObject({ email: null, backgrounds: [], comesTo: 'BRING' });
  });

  it('refuses an empty name, a bad e-mail, a birth date in the future and another organisation', async () => {
    const { organisation } = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const errorsOf = async (input: Record<string, unknown>) =>
      (
        await staff.request(RegisterParticipantDocument, {
          input: { organisationId: organisation.id, displayName: 'X', ...input },
        })
      ).registerParticipant.errors.map((e) => [e.code, e.field?.join('.')]);
    expect(await errorsOf({ displayName: ' ' })).toEqual([[ErrorCode.Validation, 'input.displayName']]);
    expect(await errorsOf({ email: 'nope' })).toEqual([[ErrorCode.Validation, 'input.email']]);
    expect(await errorsOf({ birthDate: '2030-03-07' })).toEqual([[ErrorCode.Validation, 'input.birthDate']]);
    expect(await errorsOf({ organisationId: other.organisation.id })).toEqual([
      [ErrorCode.Forbidden, 'input.organisationId'],
    ]);
  });

  it("shows people's data only to ADMIN and the organisation's staff", async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const participant = await makeParticipant(server.orm, { organisation, displayName: 'Jan' });
    const read = (token?: string) =>
      server.client(token).request(ParticipantDocument, { id: participant.id });

    expect((await read(server.token(Role.ADMIN))).participant?.displayName).toBe('Jan');
    expect((await read(server.token(Role.ORG_STAFF, organisation.id))).participant?.displayName).toBe('Jan');
    expect((await read(server.token(Role.ORG_STAFF, other.organisation.id))).participant).toBeNull();
    expect((await read(server.token(Role.FUNDER, organisation.id))).participant).toBeNull();
    expect((await read()).participant).toBeNull();

    const list = { organisationId: organisation.id, first: 10 };
    const funder = server.client(server.token(Role.FUNDER, other.organisation.id));
    expect(await topLevelErrors(funder, ParticipantsDocument, list)).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect(
      await topLevelErrors(funder, PlaceWeekDocument, { placeId: place.id, weekStart: '2030-03-04' }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await topLevelErrors(server.client(), ParticipantsDocument, list)).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
  });

  it('lists an organisation’s participants by name, a page at a time, with search', async () => {
    const { organisation } = await makeTenant(server.orm);
    for (const name of ['Bram', 'Anna', 'Fatima', 'Annelies', '100%_echt']) {
      await makeParticipant(server.orm, { organisation, displayName: name });
    }
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const first = await staff.request(ParticipantsDocument, { organisationId: organisation.id, first: 2 });
    expect(first.participants.edges.map((e) => e.node.displayName)).toEqual(['100%_echt', 'Anna']);
    expect(first.participants.totalCount).toBe(5);
    const next = await staff.request(ParticipantsDocument, {
      organisationId: organisation.id,
      first: 10,
      after: first.participants.pageInfo.endCursor,
    });
    expect(next.participants.edges.map((e) => e.node.displayName)).toEqual(['Annelies', 'Bram', 'Fatima']);
    const search = await staff.request(ParticipantsDocument, {
      organisationId: organisation.id,
      first: 10,
      search: 'ann',
    });
    expect(search.participants.edges.map((e) => e.node.displayName)).toEqual(['Anna', 'Annelies']);
    const literal = await staff.request(ParticipantsDocument, {
      organisationId: organisation.id,
      first: 10,
      search: '%_',
    });
    expect(literal.participants.edges.map((e) => e.node.displayName)).toEqual(['100%_echt']);
  });

  it('lists the outflow reasons, which are data', async () => {
    const { outflowReasons } = await server.client().request(OutflowReasonsDocument, {});
    expect(outflowReasons.map((r) => r.code)).toEqual([
      'PAID_WORK',
      'EDUCATION',
      'CIVIC_INTEGRATION',
      'VOLUNTEER_WORK',
      'OTHER_PLACE',
      'MOVED',
      'STOPPED',
      'UNKNOWN',
    ]);
  });
});
