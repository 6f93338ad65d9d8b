import { Role, startTestServer, type TestServer } from '../setup/harness';
import { makeTenant } from '../factories/foundation';

type Payload = {
  place?: { name: string; address: string } | null;
  attendance?: unknown[];
  errors: unknown[];
};
type Answer = {
  data: { createPlace: Payload; recordAttendanceBulk: Payload };
  errors?: { extensions: { code: string } }[];
};

async function post(server: TestServer, query: string, variables: object, token?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

const CREATE_PLACE = `mutation ($input: CreatePlaceInput!) {
  createPlace(input: $input) { place { id name address } errors { code field message } }
}`;
const BULK = `mutation ($input: RecordAttendanceBulkInput!) {
  recordAttendanceBulk(input: $input) { attendance { id } errors { code field message } }
}`;

/** One text pipeline for every string argument, over HTTP. */
describe('text input', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const placeCount = async (organisationId: string) =>
    Number(
      (
        await server.orm.em
          .getConnection()
          .execute<{ n: string }[]>('select count(*) as n from place where organisation_id = ?', [
            organisationId,
          ])
      )[0].n,
    );

  it.each([
    ['a NUL byte', 'De\u0000Brug', /NUL/],
    ['a lone high surrogate', 'De \ud83d Brug', /half of a character/],
    ['a lone low surrogate', '\ude00', /half of a character/],
  ])('refuses %s with VALIDATION, writing nothing', async (_what, name, message) => {
    const { organisation, municipality } = await makeTenant(server.orm);
    const before = await placeCount(organisation.id);
    const { status, body } = await post(
      server,
      CREATE_PLACE,
      {
        input: {
          organisationId: organisation.id,
          municipalityId: municipality.id,
          name,
          address: 'Straat 1',
        },
      },
      server.token(Role.ADMIN),
    );
    expect(status).toBe(200);
    expect(body.data.createPlace).toEqual({
      place: null,
      errors: [{ code: 'VALIDATION', field: ['input', 'name'], message: expect.stringMatching(message) }],
    });
    expect(await placeCount(organisation.id)).toBe(before);
  });

  it('answers a payload with an empty list where the schema promises one', async () => {
    const { body } = await post(
      server,
      BULK,
      { input: { occurrenceId: '\u0000', entries: [] } },
      server.token(Role.ADMIN),
    );
    expect(body.data.recordAttendanceBulk).toEqual({
      attendance: [],
      errors: [expect.objectContaining({ code: 'VALIDATION', field: ['input', 'occurrenceId'] })],
    });
  });

  it('stores NFC with white space trimmed and collapsed, and refuses a name of zero-width characters', async () => {
    const { organisation, municipality } = await makeTenant(server.orm);
    const admin = server.token(Role.ADMIN);
    const input = { organisationId: organisation.id, municipalityId: municipality.id };
    const created = await post(
      server,
      CREATE_PLACE,
      { input: { ...input, name: '  Cafe\u0301\u00a0\u00a0De\tBrug ', address: 'Straat\u2003 2' } },
      admin,
    );
    expect(created.body.data.createPlace.place).toMatchObject({ name: 'Café De Brug', address: 'Straat 2' });
    const invisible = await post(
      server,
      CREATE_PLACE,
      { input: { ...input, name: '\u200b\u200d\ufeff' } },
      admin,
    );
    expect(invisible.body.data.createPlace.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'name'] }),
    ]);
    const sameName = await post(
      server,
      CREATE_PLACE,
      { input: { ...input, name: 'CAFÉ de\u00a0brug' } },
      admin,
    );
    expect(sameName.body.data.createPlace.errors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_NAME' }),
    ]);
  });

  it('refuses a NUL in a query argument as BAD_USER_INPUT, not a 500', async () => {
    const { status, body } = await post(
      server,
      'query ($c: String) { places(first: 1, municipalityCode: $c) { totalCount } }',
      {
        c: 'GM\u00000935',
      },
    );
    expect(status).toBe(200);
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });
});
