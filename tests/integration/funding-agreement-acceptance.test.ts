import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { FundingAgreement } from '../../src/funding/funding-agreement.entity';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import {
  AcceptFundingAgreementDocument,
  AttendanceSummaryDocument,
  CostCategory,
  CreateFundingAgreementDocument,
  CreateFundingStreamDocument,
  ErrorCode,
  FunderOverviewDocument,
  FundingAgreementSide,
  FundingAgreementStatus,
  FundingBasis,
  FundingKind,
  PlaceCostsDocument,
  PlaceFinancingDocument,
  PlaceSalesDocument,
  RecordPlaceCostDocument,
  RejectFundingAgreementDocument,
  UpdateFundingAgreementDocument,
} from '../generated/graphql';
import { makeOrganisation, makeTenant, makeWorkshop } from '../factories/foundation';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const YEAR = { from: '2026-01', to: '2026-12' };

/** A place with a cost, and a funder with no relation to it that has a stream of its own. */
async function placeAndStranger() {
  const { organisation, place, municipality } = await makeTenant(server.orm);
  await makeWorkshop(server.orm, { place });
  const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
  const { recordPlaceCost } = await staff.request(RecordPlaceCostDocument, {
    input: { placeId: place.id, month: '2026-03', category: CostCategory.Staff, amountCents: 400_000 },
  });
  expect(recordPlaceCost.errors).toEqual([]);
  const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.FUND });
  const asFunder = server.client(server.token(Role.FUNDER, funder.id));
  const { createFundingStream } = await asFunder.request(CreateFundingStreamDocument, {
    input: { funderId: funder.id, name: 'Fonds', kind: FundingKind.PrivateFund },
  });
  expect(createFundingStream.errors).toEqual([]);
  return {
    organisation,
    municipality,
    place,
    staff,
    funder,
    asFunder,
    streamId: createFundingStream.stream!.id,
  };
}

/** The 1-cent offer of the issue: a lump sum of one cent on a place the funder has nothing to do with. */
async function offerOneCent(t: Awaited<ReturnType<typeof placeAndStranger>>, placeId = t.place.id) {
  const { createFundingAgreement } = await t.asFunder.request(CreateFundingAgreementDocument, {
    input: {
      streamId: t.streamId,
      placeId,
      basis: FundingBasis.LumpSum,
      totalCents: 1,
      from: '2026-01',
      until: '2026-12',
    },
  });
  expect(createFundingAgreement.errors).toEqual([]);
  return createFundingAgreement.agreement!;
}

/** What the funder can read of the place: costs, sales, financing and attendance aggregates. */
async function funderReach(t: Awaited<ReturnType<typeof placeAndStranger>>, placeId = t.place.id) {
  const vars = { placeId, ...YEAR };
  const costs = (await t.asFunder.request(PlaceCostsDocument, vars)).placeCosts.length;
  const sales = (await t.asFunder.request(PlaceSalesDocument, vars)).placeSales;
  const financing = await topLevelErrors(t.asFunder, PlaceFinancingDocument, vars).catch(() => 'open');
  const attendance = await topLevelErrors(t.asFunder, AttendanceSummaryDocument, {
    placeId,
    from: '2026-03-01',
    to: '2026-03-31',
  }).catch(() => 'open');
  const code = (r: unknown) => (r === 'open' ? 'open' : (r as { code: unknown }[])[0].code);
  return { costs, sales: sales.length, financing: code(financing), attendance: code(attendance) };
}

const CLOSED = { costs: 0, sales: 0, financing: 'FORBIDDEN', attendance: 'FORBIDDEN' };

const auditActions = async (entityId: string) =>
  (await server.orm.em.fork().find(AuditEntry, { entityId }, { orderBy: { at: 'asc', id: 'asc' } })).map(
    (e) => e.action,
  );

describe('a funding agreement takes both sides', () => {
  it('refuses the 1-cent reproduction: an offer on a foreign place opens nothing and counts nowhere', async () => {
    const t = await placeAndStranger();
    const offer = await offerOneCent(t);
    expect(offer).toMatchObject({
      status: FundingAgreementStatus.Proposed,
      proposedBy: FundingAgreementSide.Funder,
    });

    expect(await funderReach(t)).toEqual(CLOSED);
    const { funderOverview } = await t.asFunder.request(FunderOverviewDocument, {
      funderId: t.funder.id,
      ...YEAR,
    });
    expect(funderOverview.places).toEqual([]);
    // The offer is not in the place's own financing either.
    const { placeFinancing } = await t.staff.request(PlaceFinancingDocument, {
      placeId: t.place.id,
      ...YEAR,
    });
    expect(placeFinancing.streams).toEqual([]);
    // And the funder cannot accept its own offer.
    const self = await t.asFunder.request(AcceptFundingAgreementDocument, {
      input: { agreementId: offer.id },
    });
    expect(self.acceptFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Forbidden, field: ['input', 'agreementId'] }),
    ]);
    // Nor can staff of another organisation, who do not even learn it exists.
    const stranger = await makeOrganisation(server.orm, {});
    const asStranger = server.client(server.token(Role.ORG_STAFF, stranger.id));
    const foreign = await asStranger.request(AcceptFundingAgreementDocument, {
      input: { agreementId: offer.id },
    });
    expect(foreign.acceptFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound }),
    ]);
    const stored = await server.orm.em.fork().findOneOrFail(FundingAgreement, offer.id);
    expect(stored.status).toBe(FundingAgreementStatus.Proposed);
  });

  it("opens the place's figures once the place's staff accept, and audits the acceptance", async () => {
    const t = await placeAndStranger();
    const offer = await offerOneCent(t);
    const { acceptFundingAgreement } = await t.staff.request(AcceptFundingAgreementDocument, {
      input: { agreementId: offer.id },
    });
    expect(acceptFundingAgreement.errors).toEqual([]);
    expect(acceptFundingAgreement.agreement).toMatchObject({ status: FundingAgreementStatus.Accepted });

    expect(await funderReach(t)).toEqual({ costs: 1, sales: 0, financing: 'open', attendance: 'open' });
    const { placeFinancing } = await t.asFunder.request(PlaceFinancingDocument, {
      placeId: t.place.id,
      ...YEAR,
    });
    expect(placeFinancing.fundingCents).toBe(1);
    const { funderOverview } = await t.asFunder.request(FunderOverviewDocument, {
      funderId: t.funder.id,
      ...YEAR,
    });
    expect(funderOverview.places.map((p) => p.place.id)).toEqual([t.place.id]);
    // Answered once: a second answer is a conflict.
    const again = await t.staff.request(RejectFundingAgreementDocument, {
      input: { agreementId: offer.id, reason: 'Toch niet' },
    });
    expect(again.rejectFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Conflict }),
    ]);
    expect(await auditActions(offer.id)).toEqual(['createFundingAgreement', 'acceptFundingAgreement']);
  });

  it('keeps the place closed after a rejection, with the reason kept and audited', async () => {
    const t = await placeAndStranger();
    const offer = await offerOneCent(t);
    const blank = await t.staff.request(RejectFundingAgreementDocument, {
      input: { agreementId: offer.id, reason: '   ' },
    });
    expect(blank.rejectFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'reason'] }),
    ]);
    const { rejectFundingAgreement } = await t.staff.request(RejectFundingAgreementDocument, {
      input: { agreementId: offer.id, reason: '  Wij kennen deze financier niet. ' },
    });
    expect(rejectFundingAgreement.errors).toEqual([]);
    expect(rejectFundingAgreement.agreement).toMatchObject({
      status: FundingAgreementStatus.Rejected,
      rejectionReason: 'Wij kennen deze financier niet.',
    });
    expect(await funderReach(t)).toEqual(CLOSED);
    const late = await t.staff.request(AcceptFundingAgreementDocument, { input: { agreementId: offer.id } });
    expect(late.acceptFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Conflict }),
    ]);
    expect(await funderReach(t)).toEqual(CLOSED);
    expect(await auditActions(offer.id)).toEqual(['createFundingAgreement', 'rejectFundingAgreement']);
  });

  it('needs acceptance again when the funder moves the agreement or changes its terms', async () => {
    const t = await placeAndStranger();
    const offer = await offerOneCent(t);
    await t.staff.request(AcceptFundingAgreementDocument, { input: { agreementId: offer.id } });
    // An update that changes nothing keeps it accepted.
    const same = await t.asFunder.request(UpdateFundingAgreementDocument, { input: { id: offer.id } });
    expect(same.updateFundingAgreement.agreement).toMatchObject({ status: FundingAgreementStatus.Accepted });

    // Moving it to another place: proposed again, and neither place is open to the funder.
    const second = await makeTenant(server.orm);
    const moved = await t.asFunder.request(UpdateFundingAgreementDocument, {
      input: { id: offer.id, placeId: second.place.id },
    });
    expect(moved.updateFundingAgreement.errors).toEqual([]);
    expect(moved.updateFundingAgreement.agreement).toMatchObject({
      status: FundingAgreementStatus.Proposed,
      place: { id: second.place.id },
    });
    expect(await funderReach(t)).toEqual(CLOSED);
    expect(await funderReach(t, second.place.id)).toEqual(CLOSED);
    // The old place's staff can no longer answer it; the new place's staff accept it.
    const oldAnswer = await t.staff.request(AcceptFundingAgreementDocument, {
      input: { agreementId: offer.id },
    });
    expect(oldAnswer.acceptFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound }),
    ]);
    const newStaff = server.client(server.token(Role.ORG_STAFF, second.organisation.id));
    await newStaff.request(AcceptFundingAgreementDocument, { input: { agreementId: offer.id } });
    expect((await funderReach(t, second.place.id)).financing).toBe('open');
    const stored = await server.orm.em.fork().findOneOrFail(FundingAgreement, offer.id);
    expect(stored.organisation.id).toBe(second.organisation.id);

    // Raising the amount: proposed again until the place accepts the new terms.
    const raised = await t.asFunder.request(UpdateFundingAgreementDocument, {
      input: { id: offer.id, totalCents: 1_000_000 },
    });
    expect(raised.updateFundingAgreement.agreement).toMatchObject({
      status: FundingAgreementStatus.Proposed,
    });
    expect(await funderReach(t, second.place.id)).toEqual(CLOSED);
    const { placeFinancing } = await newStaff.request(PlaceFinancingDocument, {
      placeId: second.place.id,
      ...YEAR,
    });
    expect(placeFinancing.fundingCents).toBe(0);
  });

  it('lets the place propose and the funder accept; ADMIN agreements are accepted at once', async () => {
    const t = await placeAndStranger();
    const { createFundingAgreement: proposal } = await t.staff.request(CreateFundingAgreementDocument, {
      input: {
        streamId: t.streamId,
        placeId: t.place.id,
        basis: FundingBasis.LumpSum,
        totalCents: 5_000,
        from: '2026-01',
        until: '2026-06',
      },
    });
    expect(proposal.agreement).toMatchObject({
      status: FundingAgreementStatus.Proposed,
      proposedBy: FundingAgreementSide.Place,
    });
    const own = await t.staff.request(AcceptFundingAgreementDocument, {
      input: { agreementId: proposal.agreement!.id },
    });
    expect(own.acceptFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Forbidden }),
    ]);
    expect(await funderReach(t)).toEqual(CLOSED);
    const { acceptFundingAgreement } = await t.asFunder.request(AcceptFundingAgreementDocument, {
      input: { agreementId: proposal.agreement!.id },
    });
    expect(acceptFundingAgreement.agreement).toMatchObject({ status: FundingAgreementStatus.Accepted });
    expect((await funderReach(t)).financing).toBe('open');

    const { createFundingAgreement: byAdmin } = await server.admin.request(CreateFundingAgreementDocument, {
      input: {
        streamId: t.streamId,
        placeId: t.place.id,
        basis: FundingBasis.LumpSum,
        totalCents: 7,
        from: '2026-07',
        until: '2026-12',
      },
    });
    expect(byAdmin.agreement).toMatchObject({ status: FundingAgreementStatus.Accepted });
    // Staff cannot propose on a place of another organisation.
    const other = await makeTenant(server.orm);
    const foreign = await t.staff.request(CreateFundingAgreementDocument, {
      input: {
        streamId: t.streamId,
        placeId: other.place.id,
        basis: FundingBasis.LumpSum,
        totalCents: 1,
        from: '2027-01',
        until: '2027-12',
      },
    });
    expect(foreign.createFundingAgreement.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound, field: ['input', 'placeId'] }),
    ]);
  });
});
