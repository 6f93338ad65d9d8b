import { FundingAgreement } from '../../src/funding/funding-agreement.entity';
import { PlaceCost } from '../../src/funding/place-cost.entity';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import {
  AcceptFundingAgreementDocument,
  CostCategory,
  CreateFundingAgreementDocument,
  CreateFundingStreamDocument,
  ErrorCode,
  FundingAgreementsDocument,
  FundingBasis,
  FundingKind,
  FundingStreamsDocument,
  LinkParticipantFundingDocument,
  PlaceCostsDocument,
  PlaceSalesDocument,
  RecordPlaceCostDocument,
  RecordSalesDocument,
  UpdateFundingAgreementDocument,
  UpdateFundingStreamDocument,
  UpdateParticipantFundingLinkDocument,
  type CreateFundingAgreementInput,
} from '../generated/graphql';
import { makeOrganisation, makeTenant, makeWorkshop } from '../factories/foundation';
import { makeParticipant } from '../factories/funding';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const NO_ID = '00000000-0000-4000-8000-000000000000';

async function fundedTenant() {
  const tenant = await makeTenant(server.orm);
  const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY });
  const asFunder = server.client(server.token(Role.FUNDER, funder.id));
  const { createFundingStream } = await asFunder.request(CreateFundingStreamDocument, {
    input: { funderId: funder.id, name: 'Algemene voorziening', kind: FundingKind.GeneralProvision },
  });
  expect(createFundingStream.errors).toEqual([]);
  return { ...tenant, funder, asFunder, streamId: createFundingStream.stream!.id };
}

describe('funding streams', () => {
  it('creates, renames and lists a funder’s streams; others cannot', async () => {
    const { funder, asFunder, streamId } = await fundedTenant();
    const duplicate = await asFunder.request(CreateFundingStreamDocument, {
      input: { funderId: funder.id, name: 'algemene VOORZIENING', kind: FundingKind.Other },
    });
    expect(duplicate.createFundingStream.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.DuplicateName, field: ['input', 'name'] }),
    ]);
    const { updateFundingStream } = await asFunder.request(UpdateFundingStreamDocument, {
      input: { id: streamId, name: 'AV dagbesteding 2026', kind: FundingKind.GeneralProvision },
    });
    expect(updateFundingStream.stream).toMatchObject({
      name: 'AV dagbesteding 2026',
      funder: { id: funder.id },
    });
    expect(
      (await asFunder.request(FundingStreamsDocument, { funderId: funder.id })).fundingStreams,
    ).toHaveLength(1);

    const other = await makeOrganisation(server.orm, { kind: OrganisationKind.FUND });
    const asOther = server.client(server.token(Role.FUNDER, other.id));
    const foreign = await asOther.request(CreateFundingStreamDocument, {
      input: { funderId: funder.id, name: 'Mine', kind: FundingKind.Other },
    });
    expect(foreign.createFundingStream.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Forbidden }),
    ]);
    const renamed = await asOther.request(UpdateFundingStreamDocument, {
      input: { id: streamId, name: 'Stolen' },
    });
    expect(renamed.updateFundingStream.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound }),
    ]);
    expect((await asOther.request(FundingStreamsDocument, { funderId: funder.id })).fundingStreams).toEqual(
      [],
    );
  });
});

describe('funding agreements', () => {
  it('refuses inverted and overlapping periods, negative amounts, missing terms and shares above 100%', async () => {
    const { place, asFunder, streamId } = await fundedTenant();
    const base: CreateFundingAgreementInput = {
      streamId,
      placeId: place.id,
      from: '2026-01',
      until: '2026-12',
      basis: FundingBasis.PerPlace,
      fundedPlaces: 20,
      amountPerPlacePerYearCents: 750_000,
    };
    const { createFundingAgreement } = await asFunder.request(CreateFundingAgreementDocument, {
      input: { ...base, maxShareOfCosts: 0.4 },
    });
    expect(createFundingAgreement.errors).toEqual([]);
    expect(createFundingAgreement.agreement).toMatchObject({ daypartsPerWeek: 10, maxShareOfCosts: 0.4 });

    const cases: [Partial<CreateFundingAgreementInput>, ErrorCode, string][] = [
      [{ from: '2027-03', until: '2027-01' }, ErrorCode.InvertedPeriod, 'until'],
      [{ from: '2026-12', until: '2027-06' }, ErrorCode.OverlappingPeriod, 'from'],
      [
        { from: '2027-01', amountPerPlacePerYearCents: -1 },
        ErrorCode.NegativeAmount,
        'amountPerPlacePerYearCents',
      ],
      [{ from: '2027-01', ceilingCents: -5 }, ErrorCode.NegativeAmount, 'ceilingCents'],
      [{ from: '2027-01', maxShareOfCosts: 1.01 }, ErrorCode.Validation, 'maxShareOfCosts'],
      [{ from: '2027-01', fundedPlaces: null }, ErrorCode.Validation, 'fundedPlaces'],
      [{ from: '2027-01', basis: FundingBasis.LumpSum }, ErrorCode.Validation, 'totalCents'],
      [{ from: '2027-1' }, ErrorCode.Validation, 'from'],
      [{ from: '2027-01', placeId: NO_ID }, ErrorCode.NotFound, 'placeId'],
      [{ from: '2027-01', workshopId: NO_ID }, ErrorCode.NotFound, 'workshopId'],
    ];
    for (const [change, code, field] of cases) {
      const input = { ...base, until: '2027-12', ...change };
      const result = await asFunder.request(CreateFundingAgreementDocument, { input });
      expect({ change, errors: result.createFundingAgreement.errors }).toEqual({
        change,
        errors: [expect.objectContaining({ code, field: ['input', field] })],
      });
    }
    expect(await server.orm.em.fork().count(FundingAgreement, { place: place.id })).toBe(1);

    // A workshop-only agreement of the same stream overlaps the whole-place one.
    const workshop = await makeWorkshop(server.orm, { place });
    const narrow = await asFunder.request(CreateFundingAgreementDocument, {
      input: { ...base, workshopId: workshop.id, from: '2026-06', until: '2026-06' },
    });
    expect(narrow.createFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod }),
    ]);
  });

  it('changes an agreement, clearing terms its new basis does not use', async () => {
    const { place, organisation, asFunder, streamId } = await fundedTenant();
    const created = await asFunder.request(CreateFundingAgreementDocument, {
      input: {
        streamId,
        placeId: place.id,
        from: '2026-01',
        until: '2026-06',
        basis: FundingBasis.PerPlace,
        fundedPlaces: 5,
        amountPerPlacePerYearCents: 100_000,
        ceilingCents: 10_000_000,
      },
    });
    const id = created.createFundingAgreement.agreement!.id;
    const { updateFundingAgreement } = await asFunder.request(UpdateFundingAgreementDocument, {
      input: { id, basis: FundingBasis.LumpSum, totalCents: 600_000, until: '2026-12', ceilingCents: null },
    });
    expect(updateFundingAgreement.errors).toEqual([]);
    expect(updateFundingAgreement.agreement).toMatchObject({
      basis: 'LUMP_SUM',
      from: '2026-01',
      until: '2026-12',
      totalCents: 600_000,
      fundedPlaces: null,
      amountPerPlacePerYearCents: null,
      ceilingCents: null,
    });
    const inverted = await asFunder.request(UpdateFundingAgreementDocument, {
      input: { id, until: '2025-12' },
    });
    expect(inverted.updateFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.InvertedPeriod, field: ['input', 'until'] }),
    ]);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    // Staff of the place may not change agreements at all: only ADMIN and funders use the operation.
    expect(
      await topLevelErrors(staff, UpdateFundingAgreementDocument, { input: { id, totalCents: 1 } }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    // Staff of the place see the agreement; another funder sees none of it.
    expect(
      (await staff.request(FundingAgreementsDocument, { placeId: place.id })).fundingAgreements,
    ).toHaveLength(1);
    const other = server.client(server.token(Role.FUNDER, organisation.id));
    expect((await other.request(FundingAgreementsDocument, { placeId: place.id })).fundingAgreements).toEqual(
      [],
    );
  });
});

describe('participant links', () => {
  it('links a participant within the agreement’s months, once at a time', async () => {
    const { place, organisation, asFunder, streamId } = await fundedTenant();
    const created = await asFunder.request(CreateFundingAgreementDocument, {
      input: {
        streamId,
        placeId: place.id,
        from: '2026-01',
        until: '2026-06',
        basis: FundingBasis.PerAttendedDaypart,
        tariffCents: 6_000,
      },
    });
    const agreementId = created.createFundingAgreement.agreement!.id;
    const participant = await makeParticipant(server.orm, organisation);
    const link = (from: string, until?: string | null) =>
      asFunder.request(LinkParticipantFundingDocument, {
        input: { participantId: participant.id, agreementId, from, until },
      });
    // Nobody is linked to an offer the place has not accepted.
    expect((await link('2026-02-01', '2026-03-31')).linkParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotAccepted, field: ['input', 'agreementId'] }),
    ]);
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const accepted = await staff.request(AcceptFundingAgreementDocument, { input: { agreementId } });
    expect(accepted.acceptFundingAgreement.errors).toEqual([]);
    const ok = await link('2026-02-01', '2026-03-31');
    expect(ok.linkParticipantFunding.errors).toEqual([]);
    expect(ok.linkParticipantFunding.link).toMatchObject({
      participantId: participant.id,
      from: '2026-02-01',
      until: '2026-03-31',
      agreement: { id: agreementId },
    });
    const cases: [string, string | null, ErrorCode, string][] = [
      ['2025-12-31', '2026-01-31', ErrorCode.OutsidePeriod, 'from'],
      ['2026-05-01', '2026-07-01', ErrorCode.OutsidePeriod, 'until'],
      ['2026-05-10', '2026-05-01', ErrorCode.InvertedPeriod, 'until'],
      ['2026-03-31', null, ErrorCode.OverlappingPeriod, 'from'],
    ];
    for (const [from, until, code, field] of cases) {
      const result = await link(from, until);
      expect({ from, errors: result.linkParticipantFunding.errors }).toEqual({
        from,
        errors: [expect.objectContaining({ code, field: ['input', field] })],
      });
    }
    expect((await link('2026-04-01', null)).linkParticipantFunding.errors).toEqual([]);
    // Changing a link's dates follows the same rules.
    const firstId = ok.linkParticipantFunding.link!.id;
    const change = (until: string | null) =>
      asFunder.request(UpdateParticipantFundingLinkDocument, { input: { id: firstId, until } });
    expect((await change('2026-04-15')).updateParticipantFundingLink.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod }),
    ]);
    expect((await change('2026-03-15')).updateParticipantFundingLink.link).toMatchObject({
      from: '2026-02-01',
      until: '2026-03-15',
    });
    // The agreement cannot shrink away from its links.
    const shrink = await asFunder.request(UpdateFundingAgreementDocument, {
      input: { id: agreementId, from: '2026-03' },
    });
    expect(shrink.updateFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OutsidePeriod, field: ['input', 'from'] }),
    ]);
    const stranger = await makeParticipant(server.orm, await makeOrganisation(server.orm));
    const foreign = await asFunder.request(LinkParticipantFundingDocument, {
      input: { participantId: stranger.id, agreementId, from: '2026-02-01' },
    });
    expect(foreign.linkParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound, field: ['input', 'participantId'] }),
    ]);
  });
});

describe('costs and sales', () => {
  it('upserts per month, refuses negative amounts and other organisations’ places', async () => {
    const { place, organisation } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const input = {
      placeId: place.id,
      month: '2026-04',
      category: CostCategory.Premises,
      amountCents: 120_000,
    };
    const first = await staff.request(RecordPlaceCostDocument, { input });
    const again = await staff.request(RecordPlaceCostDocument, { input: { ...input, amountCents: 125_000 } });
    expect(again.recordPlaceCost.cost).toMatchObject({
      id: first.recordPlaceCost.cost!.id,
      amountCents: 125_000,
    });
    const rows = await server.orm.em.fork().find(PlaceCost, { place: place.id });
    expect(rows.map((r) => r.amountCents)).toEqual([125_000]);

    const negative = await staff.request(RecordPlaceCostDocument, { input: { ...input, amountCents: -1 } });
    expect(negative.recordPlaceCost.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NegativeAmount, field: ['input', 'amountCents'] }),
    ]);
    const badMonth = await staff.request(RecordPlaceCostDocument, { input: { ...input, month: '2026-13' } });
    expect(badMonth.recordPlaceCost.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'month'] }),
    ]);
    const big = await staff.request(RecordSalesDocument, {
      input: {
        workshopId: workshop.id,
        month: '2026-04',
        amountCents: 100_000_000_000,
        description: ' meals ',
      },
    });
    expect(big.recordSales.sale).toMatchObject({ amountCents: 100_000_000_000, description: 'meals' });

    const period = { placeId: place.id, from: '2026-01', to: '2026-12' };
    expect((await staff.request(PlaceCostsDocument, period)).placeCosts).toEqual([
      { month: '2026-04', category: CostCategory.Premises, amountCents: 125_000 },
    ]);
    expect((await staff.request(PlaceSalesDocument, period)).placeSales).toEqual([
      { month: '2026-04', amountCents: 100_000_000_000, description: 'meals', workshop: { id: workshop.id } },
    ]);

    const outsider = server.client(server.token(Role.ORG_STAFF, (await makeOrganisation(server.orm)).id));
    expect((await outsider.request(PlaceCostsDocument, period)).placeCosts).toEqual([]);
    expect((await outsider.request(PlaceSalesDocument, period)).placeSales).toEqual([]);
    const theirs = await outsider.request(RecordPlaceCostDocument, { input });
    expect(theirs.recordPlaceCost.errors).toEqual([expect.objectContaining({ code: ErrorCode.NotFound })]);
    const sales = await outsider.request(RecordSalesDocument, {
      input: { workshopId: workshop.id, month: '2026-04', amountCents: 1 },
    });
    expect(sales.recordSales.errors).toEqual([expect.objectContaining({ code: ErrorCode.NotFound })]);
  });
});
