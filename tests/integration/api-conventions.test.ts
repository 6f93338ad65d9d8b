import { ClientError } from 'graphql-request';
import { makeCooperative, makeMember } from '../factories/cooperatives';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import {
  MeInFullDocument,
  MembersPageDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  OrganisationByIdDocument,
} from '../generated/graphql';
import { Role, startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('global object identification', () => {
  it('refetches public and private objects by id under the rules of their own queries', async () => {
    const own = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const person = await makeParticipant(server.orm, { organisation: own.organisation });
    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));
    const otherStaff = server.client(server.token(Role.ORG_STAFF, other.organisation.id));
    const funder = server.client(server.token(Role.FUNDER, other.organisation.id));

    // Given a place (public directory data) and a participant (personal data of one organisation)
    const place = await server.client().request(NodeByIdDocument, { id: own.place.id });
    expect(place.node).toEqual({ __typename: 'Place', id: own.place.id, name: own.place.name });

    const mine = await staff.request(NodeByIdDocument, { id: person.id });
    expect(mine.node).toEqual({ __typename: 'Participant', id: person.id, displayName: person.displayName });

    // Then another tenant, a funder and an anonymous caller get null: no error that tells the id exists
    for (const client of [otherStaff, funder, server.client()]) {
      expect((await client.request(NodeByIdDocument, { id: person.id })).node).toBeNull();
    }
  });

  it('answers nodes in the order asked, with null for unknown, malformed and invisible ids', async () => {
    const own = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place: own.place });
    const person = await makeParticipant(server.orm, { organisation: own.organisation });
    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));
    const ids = [person.id, '00000000-0000-4000-8000-000000000000', 'not-an-id', workshop.id, own.place.id];

    const { nodes } = await staff.request(NodesByIdsDocument, { ids });

    expect(nodes).toEqual([
      { __typename: 'Participant', id: person.id },
      null,
      null,
      { __typename: 'Workshop', id: workshop.id },
      { __typename: 'Place', id: own.place.id },
    ]);
    const anonymous = await server.client().request(NodesByIdsDocument, { ids });
    expect(anonymous.nodes.map((node) => node?.__typename ?? null)).toEqual([
      null,
      null,
      null,
      'Workshop',
      'Place',
    ]);
  });

  it('finds the type of an id with one statement, whatever the number of tables', async () => {
    const own = await makeTenant(server.orm);
    const { statements } = await server.countStatements(() =>
      server.client().request(NodeByIdDocument, { id: own.place.id }),
    );
    // One statement identifies the type (a primary-key probe per table), one loads the place.
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/union all/);
  });

  it('refuses more than 100 ids at once', async () => {
    const ids = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');
    await expect(server.admin.request(NodesByIdsDocument, { ids })).rejects.toThrow(ClientError);
  });
});

describe('me and organisation', () => {
  it('tells staff who they are, for which organisation, and what they may do', async () => {
    const own = await makeTenant(server.orm);
    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));

    const { me } = await staff.request(MeInFullDocument, {});

    expect(me).toMatchObject({
      role: 'ORG_STAFF',
      organisation: { id: own.organisation.id, name: own.organisation.name, kind: own.organisation.kind },
      member: null,
    });
    expect(me?.can).toMatchObject({
      managePlaces: true,
      manageParticipants: true,
      readFinancing: true,
      manageFunding: false,
      manageRules: false,
      administer: false,
    });
  });

  it('tells a member their own name and member record', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const member = await makeMember(server.orm, { cooperative, municipality });
    const client = server.client(server.token(Role.MEMBER, null, member.id));

    const { me } = await client.request(MeInFullDocument, {});

    expect(me).toMatchObject({
      role: 'MEMBER',
      displayName: member.displayName,
      organisation: null,
      member: { id: member.id, displayName: member.displayName },
    });
    expect(me?.can).toMatchObject({ readStatements: true, manageCooperative: false, managePlaces: false });
  });

  it('reads one organisation by id, and null for an unknown id', async () => {
    const own = await makeTenant(server.orm);
    const found = await server.client().request(OrganisationByIdDocument, { id: own.organisation.id });
    expect(found.organisation).toEqual({
      id: own.organisation.id,
      name: own.organisation.name,
      kind: own.organisation.kind,
    });
    const unknown = await server.client().request(OrganisationByIdDocument, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.organisation).toBeNull();
  });
});

describe('connections on lists that grow', () => {
  it('pages through a cooperative’s members with cursors that carry no names', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const members = [];
    for (let i = 0; i < 3; i++) members.push(await makeMember(server.orm, { cooperative, municipality }));
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));

    const first = await staff.request(MembersPageDocument, { cooperativeId: cooperative.id, first: 2 });
    const page = first.membersConnection;
    expect(page.totalCount).toBe(3);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    for (const edge of page.edges) {
      expect(Buffer.from(edge.cursor, 'base64url').toString()).not.toContain(edge.node.displayName);
    }

    const second = await staff.request(MembersPageDocument, {
      cooperativeId: cooperative.id,
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(second.membersConnection.edges).toHaveLength(1);
    expect(second.membersConnection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const seen = [...page.edges, ...second.membersConnection.edges].map((edge) => edge.node.id).sort();
    expect(seen).toEqual(members.map((member) => member.id).sort());
  });

  it('answers a cursor from another list as a client error', async () => {
    const { cooperative } = await makeCooperative(server.orm);
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
    const foreign = Buffer.from(JSON.stringify(['00000000-0000-4000-8000-000000000000'])).toString(
      'base64url',
    );
    await expect(
      staff.request(MembersPageDocument, { cooperativeId: cooperative.id, first: 2, after: foreign }),
    ).rejects.toThrow(/after is not a cursor/);
  });
});
