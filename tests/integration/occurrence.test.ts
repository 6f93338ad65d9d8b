import { OccurrenceDocument } from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeSessionSlot, occurrenceOn } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('occurrence(id)', () => {
  it("shows one occurrence with its workshop and place to the place's staff, and nothing to others", async () => {
    const own = await makeTenant(server.orm);
    const other = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place: own.place, name: 'Eet' });
    const slot = await makeSessionSlot(server.orm, {
      workshop,
      capacity: 9,
      validFrom: '2026-03-02',
      until: '2026-03-09',
    });
    const occurrence = await occurrenceOn(server.orm, slot, '2026-03-09');

    const staff = server.client(server.token(Role.ORG_STAFF, own.organisation.id));
    const { occurrence: seen } = await staff.request(OccurrenceDocument, { id: occurrence.id });
    expect(seen).toEqual({
      id: occurrence.id,
      date: '2026-03-09',
      startTime: '09:00',
      capacity: 9,
      bookedCount: 0,
      freePlaces: 9,
      workshop: { id: workshop.id, name: 'Eet' },
      place: { id: own.place.id, name: own.place.name },
    });

    const stranger = server.client(server.token(Role.ORG_STAFF, other.organisation.id));
    expect((await stranger.request(OccurrenceDocument, { id: occurrence.id })).occurrence).toBeNull();
    expect((await staff.request(OccurrenceDocument, { id: 'nope' })).occurrence).toBeNull();
  });
});
