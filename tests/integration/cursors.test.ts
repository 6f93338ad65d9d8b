import { ParticipantsDocument } from '../generated/graphql';
import { makeTenant } from '../factories/foundation';
import { makeParticipant } from '../factories/sessions';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

/** Cursors carry an id only, and a cursor that is not one of ours is a BAD_CURSOR error, never a 500. */
describe('cursors', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const legacy = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const ofId = (id: string) => Buffer.from(`c1:${id}`).toString('base64url');

  it('carry no name, and page on by looking the sort key up', async () => {
    const { organisation } = await makeTenant(server.orm);
    for (const name of ['Yara Visser', 'Bas de Wit', 'Mila Bakker']) {
      await makeParticipant(server.orm, { organisation, displayName: name });
    }
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const first = await staff.request(ParticipantsDocument, { organisationId: organisation.id, first: 1 });
    const cursor = first.participants.pageInfo.endCursor!;
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    expect(decoded).toBe(`c1:${first.participants.edges[0].node.id}`);
    expect(decoded).not.toMatch(/Bas|Wit/);
    const next = await staff.request(ParticipantsDocument, {
      organisationId: organisation.id,
      first: 5,
      after: cursor,
    });
    expect(next.participants.edges.map((e) => e.node.displayName)).toEqual(['Mila Bakker', 'Yara Visser']);
  });

  it('answers BAD_CURSOR to a forged, unknown or foreign cursor', async () => {
    const { organisation } = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const foreign = await makeParticipant(server.orm, {
      organisation: other.organisation,
      displayName: 'Els',
    });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    for (const after of [
      legacy(['Noor', 'not-an-id']),
      legacy(['Noor', '00000000-0000-4000-8000-000000000000']),
      ofId('00000000-0000-4000-8000-000000000000'),
      ofId('not-an-id'),
      ofId(foreign.id),
      '!!!',
      `${ofId(foreign.id)}x`,
    ]) {
      expect(
        await topLevelErrors(staff, ParticipantsDocument, {
          organisationId: organisation.id,
          first: 2,
          after,
        }),
      ).toEqual([expect.objectContaining({ code: 'BAD_CURSOR' })]);
    }
  });
});
