import { PlaceWeekDocument } from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeSessionSlot } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2032-01-07';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const writes = (statements: string[]) =>
  statements.filter((sql) => /^\s*(with|insert|update|delete)\b/i.test(sql));

describe('placeWeek reads a written week without writing', () => {
  it('writes a week beyond the written dates once, then only reads it; a week already written is only read', async () => {
    // Given a place with a weekly slot written up to the end of January
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    await makeSessionSlot(server.orm, { workshop, validFrom: '2032-01-05', until: '2032-01-31' });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const week = (weekStart: string) =>
      server.countStatements(() => staff.request(PlaceWeekDocument, { placeId: place.id, weekStart }));

    // When staff look at a written week, then twice at the first week of February
    const written = await week('2032-01-12');
    const first = await week('2032-02-02');
    const again = await week('2032-02-02');

    // Then only the first look at February writes, and every look shows the Monday
    expect(writes(written.statements)).toEqual([]);
    expect(writes(first.statements)).toHaveLength(1);
    expect(writes(again.statements)).toEqual([]);
    const dates = (r: typeof first) => r.result.placeWeek.workshops[0].occurrences.map((o) => o.date);
    expect(dates(written)).toEqual(['2032-01-12']);
    expect(dates(first)).toEqual(['2032-02-02']);
    expect(again.result).toEqual(first.result);
  });
});
