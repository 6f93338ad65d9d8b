import { FundingBasis, FundingKind } from '../../src/funding/funding.enums';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import { FunderOverviewDocument } from '../generated/graphql';
import { makeMunicipality, makeOrganisation, makePlace, makeWorkshop } from '../factories/foundation';
import {
  makeAgreement,
  makeAttendance,
  makeEnrolment,
  makeLink,
  makeParticipant,
  makeStream,
} from '../factories/funding';
import { startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A funder paying `count` places on every basis, with costs, sales, attendance and enrolments at each. */
async function funderWithPlaces(count: number): Promise<string> {
  const municipality = await makeMunicipality(server.orm);
  const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
  const operator = await makeOrganisation(server.orm, { municipality });
  const streams = await Promise.all(
    [FundingKind.GENERAL_PROVISION, FundingKind.TAILORED_PROVISION, FundingKind.REINTEGRATION].map((kind) =>
      makeStream(server.orm, { funder, kind }),
    ),
  );
  const fund = await makeStream(server.orm, {
    funder: await makeOrganisation(server.orm, { kind: OrganisationKind.FUND }),
  });
  const sales = await makeStream(server.orm, { funder: operator, kind: FundingKind.SALES });
  const year = { from: '2025-07', until: '2026-12' };
  for (let i = 0; i < count; i += 1) {
    const place = await makePlace(server.orm, { organisation: operator, municipality });
    const workshop = await makeWorkshop(server.orm, { place });
    await makeAgreement(server.orm, {
      ...year,
      stream: streams[0],
      place,
      basis: FundingBasis.PER_PLACE,
      fundedPlaces: 10,
      amountPerPlacePerYearCents: 700_000,
      maxShareBasisPoints: 9_000,
    });
    const perDaypart = await makeAgreement(server.orm, {
      ...year,
      stream: streams[1],
      place,
      basis: FundingBasis.PER_ATTENDED_DAYPART,
      tariffCents: 4_615,
      ceilingCents: 5_000_000,
    });
    const perMonth = await makeAgreement(server.orm, {
      ...year,
      stream: streams[2],
      place,
      basis: FundingBasis.PER_PARTICIPANT_MONTH,
      amountPerParticipantMonthCents: 25_000,
    });
    await makeAgreement(server.orm, {
      ...year,
      stream: fund,
      place,
      basis: FundingBasis.LUMP_SUM,
      totalCents: 900_000,
    });
    await makeAgreement(server.orm, { ...year, stream: sales, place, workshop, basis: FundingBasis.REVENUE });
    const people = await Promise.all([1, 2].map(() => makeParticipant(server.orm, operator)));
    for (const participant of people) {
      await makeLink(server.orm, { agreement: perDaypart, participant, from: '2025-09-01' });
      await makeLink(server.orm, { agreement: perMonth, participant, from: '2025-09-01' });
      await makeEnrolment(server.orm, { participant, workshop, startDate: '2025-09-01' });
    }
    for (const date of ['2025-10-06', '2026-01-12', '2026-03-02', '2026-06-15']) {
      await makeAttendance(server.orm, { workshop, date, dayparts: 2, present: people });
    }
    const em = server.orm.em.fork();
    await em.getConnection().execute(
      `insert into place_cost (id, created_at, updated_at, place_id, organisation_id, municipality_id, month, category, amount_cents)
       select gen_random_uuid(), now(), now(), ?, ?, ?, to_char(m, 'YYYY-MM'), 'STAFF', 900000
       from generate_series('2025-07-01'::date, '2026-12-01'::date, interval '1 month') as m`,
      [place.id, operator.id, municipality.id],
    );
    await em.getConnection().execute(
      `insert into sale (id, created_at, updated_at, workshop_id, place_id, organisation_id, municipality_id, month, amount_cents)
       select gen_random_uuid(), now(), now(), ?, ?, ?, ?, to_char(m, 'YYYY-MM'), 150000
       from generate_series('2026-01-01'::date, '2026-12-01'::date, interval '1 month') as m`,
      [workshop.id, place.id, operator.id, municipality.id],
    );
  }
  return funder.id;
}

describe('SQL statements of the financing queries', () => {
  it('runs funderOverview over 3 or 12 places and 12 months in the same, fixed number of statements', async () => {
    const small = await funderWithPlaces(3);
    const large = await funderWithPlaces(12);
    const run = (funderId: string) =>
      server.countStatements(() =>
        server.admin.request(FunderOverviewDocument, { funderId, from: '2026-01', to: '2026-12' }),
      );

    const three = await run(small);
    const twelve = await run(large);
    expect(three.result.funderOverview.places).toHaveLength(3);
    expect(twelve.result.funderOverview.places).toHaveLength(12);
    const place = twelve.result.funderOverview.places[0];
    // 10 places × €7,000 a year, 12 day parts attended in 2026 × €46.15, 2 participants × 12 months × €250.
    expect(place.amountCents).toBe(7_000_000 + 12 * 4_615 + 2 * 12 * 25_000);
    expect(place.attendedDayparts).toBe(12);
    expect(place.fundingCents).toBe(place.amountCents + 600_000 + 12 * 150_000);
    expect(twelve.result.funderOverview.totalCents).toBe(12 * place.amountCents);
    expect(three.statements.length).toBeLessThanOrEqual(10);
    expect(twelve.statements).toHaveLength(three.statements.length);
  });
});
