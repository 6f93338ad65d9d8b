import { FundingBasis as Basis, FundingKind as Kind } from '../../src/funding/funding.enums';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import {
  AcceptFundingAgreementDocument,
  FundingAgreementStatus,
  CostCategory,
  CreateFundingAgreementDocument,
  CreateFundingStreamDocument,
  FunderOverviewDocument,
  FundingBasis,
  FundingKind,
  FundingLimit,
  PlaceFinancingDocument,
  RecordPlaceCostBudgetDocument,
  RecordPlaceCostDocument,
  RecordSalesDocument,
  type CreateFundingAgreementInput,
} from '../generated/graphql';
import {
  makeMunicipality,
  makeOrganisation,
  makePlace,
  makeTenant,
  makeWorkshop,
} from '../factories/foundation';
import {
  makeAgreement,
  makeAttendance,
  makeEnrolment,
  makeLink,
  makeParticipant,
  makeStream,
} from '../factories/funding';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function stream(funderId: string, kind: FundingKind, token: string) {
  const { createFundingStream } = await server
    .client(token)
    .request(CreateFundingStreamDocument, { input: { funderId, kind, name: `${kind} stream` } });
  expect(createFundingStream.errors).toEqual([]);
  return createFundingStream.stream!.id;
}

async function agreement(token: string, input: CreateFundingAgreementInput) {
  const { createFundingAgreement } = await server
    .client(token)
    .request(CreateFundingAgreementDocument, { input });
  expect(createFundingAgreement.errors).toEqual([]);
  const id = createFundingAgreement.agreement!.id;
  // A funder's offer counts once the place has accepted it (ADMIN acts for the place here).
  if (createFundingAgreement.agreement!.status === FundingAgreementStatus.Proposed) {
    const { acceptFundingAgreement } = await server.admin.request(AcceptFundingAgreementDocument, {
      input: { agreementId: id },
    });
    expect(acceptFundingAgreement.errors).toEqual([]);
  }
  return id;
}

describe('financing of a place', () => {
  it('shows which stream paid what, what is uncovered and the cost per attended day part', async () => {
    // Given a place with two workshops, run by an operator, and three funders.
    const { municipality, organisation, place } = await makeTenant(server.orm);
    const eet = await makeWorkshop(server.orm, { place, name: 'Eet' });
    const gemeente = await makeOrganisation(server.orm, {
      kind: OrganisationKind.MUNICIPALITY,
      municipality,
    });
    const zorgkantoor = await makeOrganisation(server.orm, { kind: OrganisationKind.CARE_OFFICE });
    const fonds = await makeOrganisation(server.orm, { kind: OrganisationKind.FUND });
    const admin = server.token(Role.ADMIN);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const asGemeente = server.token(Role.FUNDER, gemeente.id);
    const asZorgkantoor = server.token(Role.FUNDER, zorgkantoor.id);

    // And agreements: 20 general-provision places, Wlz per day part, a lump-sum fund, the kitchen's sales.
    const gp = await stream(gemeente.id, FundingKind.GeneralProvision, asGemeente);
    const wlz = await stream(zorgkantoor.id, FundingKind.LongTermCare, asZorgkantoor);
    const fund = await stream(fonds.id, FundingKind.PrivateFund, admin);
    const sales = await stream(organisation.id, FundingKind.Sales, admin);
    const year = { placeId: place.id, from: '2026-01', until: '2026-12' };
    const gpAgreement = await agreement(asGemeente, {
      ...year,
      streamId: gp,
      basis: FundingBasis.PerPlace,
      fundedPlaces: 20,
      amountPerPlacePerYearCents: 750_000,
    });
    const wlzAgreement = await agreement(asZorgkantoor, {
      ...year,
      streamId: wlz,
      basis: FundingBasis.PerAttendedDaypart,
      tariffCents: 6_000,
    });
    await agreement(admin, { ...year, streamId: fund, basis: FundingBasis.LumpSum, totalCents: 1_000_000 });
    await agreement(admin, { ...year, streamId: sales, workshopId: eet.id, basis: FundingBasis.Revenue });

    // And a year of costs: a staff budget, premises corrected once, materials in January.
    const budget = await staff.request(RecordPlaceCostBudgetDocument, {
      input: { placeId: place.id, year: 2026, category: CostCategory.Staff, amountCents: 12_000_005 },
    });
    expect(budget.recordPlaceCostBudget.costs?.map((c) => c.amountCents).slice(0, 6)).toEqual([
      1_000_001, 1_000_001, 1_000_001, 1_000_001, 1_000_001, 1_000_000,
    ]);
    for (const amountCents of [300_000, 350_000]) {
      const { recordPlaceCost } = await staff.request(RecordPlaceCostDocument, {
        input: { placeId: place.id, month: '2026-01', category: CostCategory.Premises, amountCents },
      });
      expect(recordPlaceCost.errors).toEqual([]);
    }
    await staff.request(RecordPlaceCostDocument, {
      input: { placeId: place.id, month: '2026-01', category: CostCategory.Materials, amountCents: 49_999 },
    });
    // And sales in the kitchen, January corrected once.
    for (const [month, amountCents] of [
      ['2026-01', 250_000],
      ['2026-01', 260_000],
      ['2026-02', 180_000],
    ] as const) {
      const { recordSales } = await staff.request(RecordSalesDocument, {
        input: { workshopId: eet.id, month, amountCents, description: 'lunches' },
      });
      expect(recordSales.errors).toEqual([]);
    }

    // And attendance: two participants linked to Wlz from 10 January, one without any indication.
    const [p1, p2, p3] = await Promise.all([1, 2, 3].map(() => makeParticipant(server.orm, organisation)));
    await makeLink(server.orm, { agreement: wlzAgreement, participant: p1, from: '2026-01-10' });
    await makeLink(server.orm, { agreement: wlzAgreement, participant: p2, from: '2026-01-10' });
    await makeAttendance(server.orm, { workshop: eet, date: '2026-01-05', present: [p1] });
    await makeAttendance(server.orm, {
      workshop: eet,
      date: '2026-01-12',
      dayparts: 2,
      present: [p1, p2, p3],
    });
    await makeAttendance(server.orm, { workshop: eet, date: '2026-01-13', absent: [p2] });
    await makeAttendance(server.orm, { workshop: eet, date: '2026-02-02', present: [p1] });

    // When the municipality asks for January and February.
    const { placeFinancing: f } = await server
      .client(asGemeente)
      .request(PlaceFinancingDocument, { placeId: place.id, from: '2026-01', to: '2026-02' });

    // Then every stream shows its part and the totals add up.
    const amounts = Object.fromEntries(f.streams.map((s) => [s.kind, s.amountCents]));
    expect(amounts).toEqual({
      GENERAL_PROVISION: 2_500_000,
      LONG_TERM_CARE: 30_000, // (2 + 2) day parts on 12 January, 1 on 2 February, × €60
      PRIVATE_FUND: 166_668, // €10,000 / 12: the first four months get the odd cent
      SALES: 440_000,
    });
    expect(f.costsCents).toBe(1_000_001 + 350_000 + 49_999 + 1_000_001);
    expect(f.fundingCents).toBe(3_136_668);
    expect(f.balanceCents).toBe(f.fundingCents - f.costsCents);
    expect(f.coverage).toBeCloseTo(3_136_668 / 2_400_001);
    expect(f.attendedDayparts).toBe(8);
    expect(f.fundedDayparts).toBe(885 + 800);
    expect(f.occupancy).toBeCloseTo(8 / 1685);
    expect(f.costPerAttendedDaypartCents).toBe(300_000); // 2,400,001 / 8 rounded
    expect(sum(f.streams.map((s) => s.shareOfFunding ?? 0))).toBeCloseTo(1);
    expect(f.streams.find((s) => s.agreement.id === gpAgreement)).toMatchObject({
      basis: 'PER_PLACE',
      units: 40,
      funder: { id: gemeente.id },
      limitedBy: null,
    });
    expect(f.streams.find((s) => s.agreement.id === wlzAgreement)?.units).toBe(5);
    expect(f.months.map((m) => [m.month, m.costsCents, m.fundingCents])).toEqual([
      ['2026-01', 1_400_000, 1_617_334],
      ['2026-02', 1_000_001, 1_519_334],
    ]);
    for (const month of f.months) {
      expect(sum(month.streams.map((s) => s.amountCents))).toBe(month.fundingCents);
    }
    expect(sum(f.months.map((m) => m.fundingCents))).toBe(f.fundingCents);

    // The place's own staff read the same figures.
    const own = await staff.request(PlaceFinancingDocument, {
      placeId: place.id,
      from: '2026-01',
      to: '2026-02',
    });
    expect(own.placeFinancing.fundingCents).toBe(f.fundingCents);
  });

  it('caps by share of costs, uses up a ceiling from before the period and counts participant-months', async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.OTHER });
    const deal = await makeStream(server.orm, { funder, kind: Kind.REGIONAL_DEAL });
    const esf = await makeStream(server.orm, { funder, kind: Kind.ESF });
    const reintegration = await makeStream(server.orm, { funder, kind: Kind.REINTEGRATION });
    await makeAgreement(server.orm, {
      stream: deal,
      place,
      from: '2026-01',
      until: '2026-12',
      basis: Basis.LUMP_SUM,
      totalCents: 6_000_000,
      maxShareBasisPoints: 5_000,
    });
    await makeAgreement(server.orm, {
      stream: esf,
      place,
      from: '2025-11',
      until: '2026-04',
      basis: Basis.LUMP_SUM,
      totalCents: 600_000,
      ceilingCents: 250_000,
    });
    const perMonth = await makeAgreement(server.orm, {
      stream: reintegration,
      place,
      from: '2026-01',
      until: '2026-12',
      basis: Basis.PER_PARTICIPANT_MONTH,
      amountPerParticipantMonthCents: 25_000,
    });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    for (const month of ['2026-01', '2026-02']) {
      await staff.request(RecordPlaceCostDocument, {
        input: { placeId: place.id, month, category: CostCategory.Staff, amountCents: 800_000 },
      });
    }
    const [stays, leaves, unlinked] = await Promise.all(
      [1, 2, 3].map(() => makeParticipant(server.orm, organisation)),
    );
    await makeEnrolment(server.orm, { participant: stays, workshop, startDate: '2026-01-15' });
    await makeEnrolment(server.orm, {
      participant: leaves,
      workshop,
      startDate: '2025-06-01',
      endDate: '2026-01-31',
    });
    await makeEnrolment(server.orm, { participant: unlinked, workshop, startDate: '2025-06-01' });
    await makeLink(server.orm, { agreement: perMonth, participant: stays, from: '2026-01-01' });
    await makeLink(server.orm, { agreement: perMonth, participant: leaves, from: '2026-01-01' });

    const { placeFinancing: f } = await server.admin.request(PlaceFinancingDocument, {
      placeId: place.id,
      from: '2026-01',
      to: '2026-02',
    });
    const byKind = (month: (typeof f.months)[number]) =>
      Object.fromEntries(month.streams.map((s) => [s.kind, [s.amountCents, s.limitedBy]]));
    expect(byKind(f.months[0])).toEqual({
      REGIONAL_DEAL: [400_000, FundingLimit.MaxShare], // 500,000 a month, at most half of 800,000
      ESF: [50_000, FundingLimit.Ceiling], // November and December 2025 used 200,000 of 250,000
      REINTEGRATION: [50_000, null], // two linked participants enrolled in January
    });
    expect(byKind(f.months[1])).toEqual({
      REGIONAL_DEAL: [400_000, FundingLimit.MaxShare],
      ESF: [0, FundingLimit.Ceiling],
      REINTEGRATION: [25_000, null],
    });
    expect(f.streams.find((s) => s.kind === FundingKind.Esf)).toMatchObject({
      amountCents: 50_000,
      limitedBy: FundingLimit.Ceiling,
    });
    expect(f.streams.find((s) => s.kind === FundingKind.Reintegration)?.units).toBe(3);
    expect(f.fundingCents).toBe(925_000);
    expect(f.fundedDayparts).toBe(0);
    expect(f.occupancy).toBeNull();
    expect(f.costPerAttendedDaypartCents).toBeNull();
  });
});

describe('funder overview', () => {
  it('lists the places a funder pays, with coverage, occupancy and totals per kind', async () => {
    const municipality = await makeMunicipality(server.orm);
    const gemeente = await makeOrganisation(server.orm, {
      kind: OrganisationKind.MUNICIPALITY,
      municipality,
    });
    const operator = await makeOrganisation(server.orm, { municipality });
    const [a, b, unfunded] = await Promise.all(
      ['A place', 'B place', 'C place'].map((name) =>
        makePlace(server.orm, { organisation: operator, municipality, name: `${name} ${gemeente.id}` }),
      ),
    );
    const gp = await makeStream(server.orm, { funder: gemeente });
    const maatwerk = await makeStream(server.orm, { funder: gemeente, kind: Kind.TAILORED_PROVISION });
    const other = await makeStream(server.orm, {
      funder: await makeOrganisation(server.orm, { kind: OrganisationKind.FUND }),
    });
    for (const place of [a, b]) {
      await makeAgreement(server.orm, {
        stream: gp,
        place,
        from: '2026-01',
        until: '2026-12',
        basis: Basis.PER_PLACE,
        fundedPlaces: 10,
        amountPerPlacePerYearCents: 1_200_000,
      });
    }
    await makeAgreement(server.orm, {
      stream: maatwerk,
      place: b,
      from: '2026-01',
      until: '2026-12',
      basis: Basis.LUMP_SUM,
      totalCents: 1_200_000,
    });
    await makeAgreement(server.orm, {
      stream: other,
      place: unfunded,
      from: '2026-01',
      until: '2026-12',
      basis: Basis.LUMP_SUM,
      totalCents: 1_200_000,
    });
    await makeAgreement(server.orm, {
      stream: other,
      place: a,
      from: '2026-01',
      until: '2026-12',
      basis: Basis.LUMP_SUM,
      totalCents: 2_400_000,
    });
    const staff = server.client(server.token(Role.ORG_STAFF, operator.id));
    await staff.request(RecordPlaceCostDocument, {
      input: { placeId: a.id, month: '2026-03', category: CostCategory.Staff, amountCents: 2_000_000 },
    });

    const asGemeente = server.client(server.token(Role.FUNDER, gemeente.id));
    const { funderOverview: o } = await asGemeente.request(FunderOverviewDocument, {
      funderId: gemeente.id,
      from: '2026-03',
      to: '2026-03',
    });
    expect(o.places.map((p) => [p.place.id, p.amountCents, p.fundingCents])).toEqual([
      [a.id, 1_000_000, 1_200_000],
      [b.id, 1_100_000, 1_100_000],
    ]);
    expect(o.places[0].coverage).toBeCloseTo(0.6);
    expect(o.places[1].coverage).toBeNull();
    expect(o.places[0].fundedDayparts).toBe(Math.floor((31 * 10 * 10) / 7));
    expect(o.places[0].occupancy).toBe(0);
    expect(o.kinds).toEqual([
      { kind: FundingKind.GeneralProvision, amountCents: 2_000_000 },
      { kind: FundingKind.TailoredProvision, amountCents: 100_000 },
    ]);
    expect(o.totalCents).toBe(2_100_000);

    // A funder sees the places it pays, not others' overviews or places.
    const stranger = server.client(server.token(Role.FUNDER, other.funder.id));
    expect(
      await topLevelErrors(stranger, FunderOverviewDocument, {
        funderId: gemeente.id,
        from: '2026-01',
        to: '2026-12',
      }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const ownPlace = await asGemeente.request(PlaceFinancingDocument, {
      placeId: a.id,
      from: '2026-03',
      to: '2026-03',
    });
    expect(ownPlace.placeFinancing.fundingCents).toBe(1_200_000);
    const notFunded = await topLevelErrors(asGemeente, PlaceFinancingDocument, {
      placeId: unfunded.id,
      from: '2026-03',
      to: '2026-03',
    });
    const unknown = await topLevelErrors(asGemeente, PlaceFinancingDocument, {
      placeId: '00000000-0000-4000-8000-000000000000',
      from: '2026-03',
      to: '2026-03',
    });
    expect(notFunded).toEqual(unknown);
    expect(notFunded).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const otherStaff = server.client(server.token(Role.ORG_STAFF, gemeente.id));
    expect(
      await topLevelErrors(otherStaff, PlaceFinancingDocument, {
        placeId: a.id,
        from: '2026-03',
        to: '2026-03',
      }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(
      await topLevelErrors(server.client(), PlaceFinancingDocument, {
        placeId: a.id,
        from: '2026-03',
        to: '2026-03',
      }),
    ).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
    expect(
      await topLevelErrors(server.admin, PlaceFinancingDocument, {
        placeId: a.id,
        from: '2026-03',
        to: '2026-02',
      }),
    ).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT' })]);
  });
});
