import { Writable } from 'node:stream';
import pino from 'pino';
import {
  CreateOrganisationDocument,
  CreatePlaceDocument,
  CreateUserAccountDocument,
  OrganisationKind,
  PlacesDocument,
  Role as GqlRole,
} from '../generated/graphql';
import { makeMunicipality } from '../factories/foundation';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

/** Values that look like personal data; none may reach a log line. */
const PERSONAL = {
  name: 'Henriëtte Privé-Logtest',
  email: 'henriette.prive@example.org',
  address: 'Geheimstraat 17, Sittard',
  subject: 'subject-henriette-7731',
};

describe('logs', () => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ logger: pino({ level: 'trace' }, sink) });
  });
  afterAll(() => server.stop());

  it('carry request ids but no personal data, also for failing requests', async () => {
    const ids = ['privacy-1', 'privacy-2', 'privacy-3', 'privacy-4', 'privacy-5'];
    const as = (token: string, requestId: string) =>
      server.client(token).setHeader('x-request-id', requestId);
    const admin = server.token(Role.ADMIN);
    const municipality = await makeMunicipality(server.orm);

    const org = await as(admin, ids[0]).request(CreateOrganisationDocument, {
      input: { name: PERSONAL.name, kind: OrganisationKind.SocialEnterprise },
    });
    const organisationId = org.createOrganisation.organisation!.id;
    await as(admin, ids[1]).request(CreatePlaceDocument, {
      input: {
        name: PERSONAL.email,
        address: PERSONAL.address,
        organisationId,
        municipalityId: municipality.id,
      },
    });
    // Fails: the display name is too long.
    const failed = await as(admin, ids[2]).request(CreateUserAccountDocument, {
      input: {
        issuer: 'https://login.example.org',
        subject: PERSONAL.subject,
        role: GqlRole.Admin,
        displayName: `${PERSONAL.name} ${'x'.repeat(300)}`,
      },
    });
    expect(failed.createUserAccount.errors).not.toEqual([]);
    // Refused outright: a staff token may not create organisations.
    expect(
      await topLevelErrors(
        as(server.token(Role.ORG_STAFF, organisationId), ids[3]),
        CreateOrganisationDocument,
        {
          input: { name: PERSONAL.name, kind: OrganisationKind.Fund },
        },
      ),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);

    // An unexpected error whose message quotes the values, as a database error does.
    const connection = server.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    const spy = jest
      .spyOn(connection, 'execute')
      .mockImplementation(async (...args: Parameters<typeof connection.execute>) => {
        if (String(args[0]).includes('from "place"')) {
          throw new Error(
            `select * from "place" where "name" = '${PERSONAL.email}' - failed for ${PERSONAL.email}`,
          );
        }
        return original(...args);
      });
    try {
      await topLevelErrors(as(admin, ids[4]), PlacesDocument, { first: 5 });
    } finally {
      spy.mockRestore();
    }

    const log = lines.join('');
    for (const value of Object.values(PERSONAL)) expect(log).not.toContain(value);
    for (const id of ids) expect(log).toContain(id);
    const unexpected = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'unexpected error');
    expect(unexpected).toMatchObject({ requestId: ids[4], detail: expect.stringContaining("'?'") });
  });
});
