import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import { makeOrganisation, makeTenant } from '../factories/foundation';
import { makeParticipant } from '../factories/funding';
import {
  ApplyForTrainingDocument,
  CompleteTrainingDocument,
  CreateFundRuleDocument,
  CreateTrainingFundDocument,
  DecideTrainingGrantDocument,
  EarlyEndRule,
  ErrorCode,
  FundOverviewDocument,
  FundProjectionDocument,
  GrantStatus,
  InstalmentStatus,
  RecordEmploymentEndDocument,
  RecordFundContributionDocument,
  RecordHireDocument,
  RecordRepaymentDocument,
  RecordTrainingPaymentDocument,
  TrainingFundsDocument,
  TrainingGrantsDocument,
  TrainingOutcome,
  WaiveInstalmentDocument,
  type ApplyForTrainingInput,
  type CreateFundRuleInput,
} from '../generated/graphql';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

const TODAY = '2027-06-15';
process.env.MEEDOEN_TODAY = TODAY;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A region's fund with one rule and €100,000 put in, an operator with two participants, and an employer. */
async function regionWithFund() {
  const { organisation: operator, municipality } = await makeTenant(server.orm);
  const region = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
  const employer = await makeOrganisation(server.orm, { kind: OrganisationKind.OTHER });
  const [anna, bram] = [
    await makeParticipant(server.orm, operator),
    await makeParticipant(server.orm, operator),
  ];
  const asFunder = server.client(server.token(Role.FUNDER, region.id));
  const asStaff = server.client(server.token(Role.ORG_STAFF, operator.id));
  const { createTrainingFund } = await asFunder.request(CreateTrainingFundDocument, {
    input: { ownerId: region.id, name: 'Scholingsfonds Twente' },
  });
  expect(createTrainingFund.errors).toEqual([]);
  const fundId = createTrainingFund.fund!.id;
  const rule = async (input: Partial<CreateFundRuleInput>) => {
    const { createFundRule } = await asFunder.request(CreateFundRuleDocument, {
      input: {
        fundId,
        validFrom: '2026-01-01',
        maxPerPersonCents: 500_000,
        repaymentShare: 0.5,
        retentionMonths: 6,
        instalments: 4,
        instalmentIntervalMonths: 3,
        earlyEnd: EarlyEndRule.ProRata,
        eligibleLevels: ['MBO-1', 'MBO-2', 'MBO-3', 'MBO-4'],
        ...input,
      },
    });
    return createFundRule;
  };
  expect((await rule({})).errors).toEqual([]);
  const { recordFundContribution } = await asFunder.request(RecordFundContributionDocument, {
    input: { fundId, contributorId: region.id, date: '2026-01-10', amountCents: 10_000_000 },
  });
  expect(recordFundContribution.errors).toEqual([]);
  const apply = async (input: Partial<ApplyForTrainingInput> = {}) =>
    (
      await asStaff.request(ApplyForTrainingDocument, {
        input: {
          fundId,
          participantId: anna.id,
          course: 'Heftruckchauffeur',
          provider: 'ROC van Twente',
          level: 'MBO-2',
          costCents: 300_000,
          start: '2026-02-01',
          end: '2026-05-31',
          ...input,
        },
      })
    ).applyForTraining;
  return { operator, region, employer, anna, bram, asFunder, asStaff, fundId, rule, apply };
}

/** Applies, approves, pays in full and completes a grant; returns its id. */
async function paidGrant(
  world: Awaited<ReturnType<typeof regionWithFund>>,
  input: Partial<ApplyForTrainingInput>,
) {
  const applied = await world.apply(input);
  expect(applied.errors).toEqual([]);
  const grantId = applied.grant!.id;
  const decided = await world.asFunder.request(DecideTrainingGrantDocument, {
    input: { grantId, approve: true, reason: 'Past bij de vraag van werkgevers' },
  });
  expect(decided.decideTrainingGrant.grant!.status).toBe(GrantStatus.Approved);
  const paid = await world.asFunder.request(RecordTrainingPaymentDocument, {
    input: { grantId, date: input.start ?? '2026-02-05', amountCents: input.costCents ?? 300_000 },
  });
  expect(paid.recordTrainingPayment.errors).toEqual([]);
  return grantId;
}

describe('training fund', () => {
  it('checks applications against the rule in force: level, maximum per person, dates', async () => {
    const world = await regionWithFund();
    expect((await world.apply({ level: 'HBO' })).errors).toEqual([
      expect.objectContaining({ code: ErrorCode.LevelNotEligible, field: ['input', 'level'] }),
    ]);
    expect((await world.apply({ costCents: 500_001 })).errors).toEqual([
      expect.objectContaining({ code: ErrorCode.AboveMaximum, field: ['input', 'costCents'] }),
    ]);
    expect((await world.apply({ end: '2026-01-31' })).errors).toEqual([
      expect.objectContaining({ code: ErrorCode.InvertedPeriod }),
    ]);
    expect((await world.apply({ costCents: 300_000 })).errors).toEqual([]);
    // The first application counts towards the maximum: 300,000 + 200,001 > 500,000.
    expect((await world.apply({ costCents: 200_001 })).errors).toEqual([
      expect.objectContaining({ code: ErrorCode.AboveMaximum }),
    ]);
    expect((await world.rule({})).errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod, field: ['input', 'validFrom'] }),
    ]);
  });

  it('lets the owner decide and pay, never above the cost, and staff complete; others cannot', async () => {
    const world = await regionWithFund();
    const applied = await world.apply();
    const grantId = applied.grant!.id;
    const staffDecides = await topLevelErrors(world.asStaff, DecideTrainingGrantDocument, {
      input: { grantId, approve: true },
    });
    expect(staffDecides.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const reasonless = await world.asFunder.request(DecideTrainingGrantDocument, {
      input: { grantId, approve: false },
    });
    expect(reasonless.decideTrainingGrant.errors[0]).toMatchObject({ code: ErrorCode.Validation });
    const unpaid = await world.asFunder.request(RecordTrainingPaymentDocument, {
      input: { grantId, date: '2026-02-05', amountCents: 100 },
    });
    expect(unpaid.recordTrainingPayment.errors[0]).toMatchObject({ code: ErrorCode.Conflict });
    await world.asFunder.request(DecideTrainingGrantDocument, { input: { grantId, approve: true } });
    const pay = (amountCents: number) =>
      world.asFunder.request(RecordTrainingPaymentDocument, {
        input: { grantId, date: '2026-02-05', amountCents },
      });
    expect((await pay(200_000)).recordTrainingPayment.errors).toEqual([]);
    expect((await pay(100_001)).recordTrainingPayment.errors[0]).toMatchObject({
      code: ErrorCode.AboveMaximum,
      field: ['input', 'amountCents'],
    });
    expect((await pay(100_000)).recordTrainingPayment.errors).toEqual([]);
    const other = server.client(server.token(Role.FUNDER, world.employer.id));
    const foreign = await other.request(RecordTrainingPaymentDocument, {
      input: { grantId, date: '2026-02-05', amountCents: 1 },
    });
    expect(foreign.recordTrainingPayment.errors[0]).toMatchObject({ code: ErrorCode.NotFound });
    const { completeTraining } = await world.asStaff.request(CompleteTrainingDocument, {
      input: { grantId, date: '2026-05-31', outcome: TrainingOutcome.Completed },
    });
    expect(completeTraining.grant).toMatchObject({
      outcome: 'COMPLETED',
      completedOn: '2026-05-31',
      paidCents: 300_000,
    });
    const again = await world.asStaff.request(CompleteTrainingDocument, {
      input: { grantId, date: '2026-06-01', outcome: TrainingOutcome.Stopped },
    });
    expect(again.completeTraining.errors[0]).toMatchObject({ code: ErrorCode.Conflict });
    const entries = await server.orm.em
      .fork()
      .find(AuditEntry, { entityId: grantId }, { orderBy: { at: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual([
      'applyForTraining',
      'decideTrainingGrant',
      'recordTrainingPayment',
      'recordTrainingPayment',
      'completeTraining',
    ]);
    expect(entries[2].after).toMatchObject({ paidCents: 200_000 });
  });

  it('runs a fund: a hire creates the schedule under the rule of its date, repayments and waivers settle it, an early end recalculates it', async () => {
    const world = await regionWithFund();
    const grantId = await paidGrant(world, {});
    await world.asStaff.request(CompleteTrainingDocument, {
      input: { grantId, date: '2026-05-31', outcome: TrainingOutcome.Completed },
    });
    const { recordHire } = await world.asStaff.request(RecordHireDocument, {
      input: { grantId, employerId: world.employer.id, start: '2026-07-01' },
    });
    expect(recordHire.errors).toEqual([]);
    // 50% of €3,000 in 4 instalments of €375, the first 6 months after the start, then every 3 months.
    expect(recordHire.grant!.instalments.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2027-01-01', 37_500],
      ['2027-04-01', 37_500],
      ['2027-07-01', 37_500],
      ['2027-10-01', 37_500],
    ]);
    // A rule from later (100% repayment) does not touch the existing schedule; a later hire follows it.
    expect((await world.rule({ validFrom: '2026-09-01', repaymentShare: 1 })).errors).toEqual([]);
    const second = await paidGrant(world, {
      participantId: world.bram.id,
      costCents: 100_000,
      start: '2026-03-01',
    });
    const later = await world.asStaff.request(RecordHireDocument, {
      input: { grantId: second, employerId: world.employer.id, start: '2026-10-01' },
    });
    expect(later.recordHire.grant!.instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(100_000);
    const { trainingGrants } = await world.asFunder.request(TrainingGrantsDocument, { fundId: world.fundId });
    const first = trainingGrants.find((g) => g.id === grantId)!;
    expect(first.instalments.map((i) => i.amountCents)).toEqual([37_500, 37_500, 37_500, 37_500]);

    const [i1, i2, i3, i4] = first.instalments;
    const repay = (instalmentId: string, date: string, amountCents: number) =>
      world.asFunder.request(RecordRepaymentDocument, { input: { instalmentId, date, amountCents } });
    expect((await repay(i1.id, '2027-01-05', 37_500)).recordRepayment.errors).toEqual([]);
    expect((await repay(i2.id, '2027-04-03', 20_000)).recordRepayment.errors).toEqual([]);
    expect((await repay(i2.id, '2027-04-04', 17_501)).recordRepayment.errors[0]).toMatchObject({
      code: ErrorCode.AboveMaximum,
    });
    const waived = await world.asFunder.request(WaiveInstalmentDocument, {
      input: { instalmentId: i2.id, reason: 'Werkgever in surseance' },
    });
    expect(waived.waiveInstalment.instalment).toMatchObject({
      repaidCents: 20_000,
      waivedCents: 17_500,
      status: InstalmentStatus.Waived,
    });
    const twice = await world.asFunder.request(WaiveInstalmentDocument, {
      input: { instalmentId: i2.id, reason: 'Nogmaals' },
    });
    expect(twice.waiveInstalment.errors[0]).toMatchObject({ code: ErrorCode.Conflict });

    const { fundOverview } = await world.asFunder.request(FundOverviewDocument, {
      fundId: world.fundId,
      from: '2026-01',
      to: '2027-06',
    });
    const month = (m: string) => fundOverview.months.find((x) => x.month === m)!;
    expect(month('2026-01')).toMatchObject({ contributionsCents: 10_000_000, balanceCents: 10_000_000 });
    expect(month('2026-02')).toMatchObject({ paymentsCents: 300_000, balanceCents: 9_700_000 });
    expect(month('2026-03')).toMatchObject({ paymentsCents: 100_000, balanceCents: 9_600_000 });
    expect(month('2026-07').receivablesCents).toBe(150_000);
    expect(month('2026-10').receivablesCents).toBe(250_000);
    expect(month('2027-01')).toMatchObject({ repaymentsCents: 37_500, receivablesCents: 212_500 });
    expect(month('2027-04')).toMatchObject({ repaymentsCents: 20_000, receivablesCents: 192_500 });
    expect(month('2027-06')).toMatchObject({
      waivedCents: 17_500,
      receivablesCents: 175_000,
      balanceCents: 9_657_500,
    });
    expect(fundOverview).toMatchObject({
      contributionsCents: 10_000_000,
      paymentsCents: 400_000,
      repaymentsCents: 57_500,
      balanceCents: 9_657_500,
      peopleTrained: 1,
      completionRate: 1,
      hires: 2,
      hiresWithin12Months: 1,
      averageCostPerHireCents: 200_000,
    });
    expect(fundOverview.revolveRate).toBeCloseTo(57_500 / 400_000);

    const { fundProjection } = await world.asFunder.request(FundProjectionDocument, {
      fundId: world.fundId,
      months: 12,
      assumedHireRate: 0.5,
    });
    expect(fundProjection.startBalanceCents).toBe(9_657_500);
    expect(fundProjection.months[0].month).toBe('2027-06');
    expect(fundProjection.scheduledRepaymentsCents).toBe(175_000);
    expect(fundProjection.endBalanceCents).toBe(9_657_500 + 175_000);
    expect(fundProjection.affordableTrainings).toBe(Math.floor((9_657_500 + 175_000) / 200_000));

    // The job ends after 12 whole months of the 15 the employer committed to: 12/15 of €1,500 is €1,200 owed.
    // €750 was settled (repaid €575, waived €175); the other €450 stays on the third and fourth instalment.
    const { recordEmploymentEnd } = await world.asStaff.request(RecordEmploymentEndDocument, {
      input: { grantId, date: '2027-07-20' },
    });
    expect(recordEmploymentEnd.errors).toEqual([]);
    expect(recordEmploymentEnd.grant!.instalments.map((i) => i.amountCents)).toEqual([
      37_500, 37_500, 37_500, 7_500,
    ]);
    expect(recordEmploymentEnd.grant!.employmentEnd).toBe('2027-07-20');
    const audited = await server.orm.em
      .fork()
      .count(AuditEntry, { entityId: i4.id, action: 'recordEmploymentEnd' });
    expect(audited).toBe(1);
    expect(i3.status).toBe(InstalmentStatus.Open);
  });

  it('shows each viewer only what it may see', async () => {
    const world = await regionWithFund();
    const grantId = await paidGrant(world, {});
    const otherOperator = await makeOrganisation(server.orm);
    const otherStaff = server.client(server.token(Role.ORG_STAFF, otherOperator.id));
    expect(
      (await otherStaff.request(TrainingGrantsDocument, { fundId: world.fundId })).trainingGrants,
    ).toEqual([]);
    const mine = await world.asStaff.request(TrainingGrantsDocument, { fundId: world.fundId });
    expect(mine.trainingGrants.map((g) => g.id)).toEqual([grantId]);
    const staffOverview = await topLevelErrors(world.asStaff, FundOverviewDocument, {
      fundId: world.fundId,
      from: '2026-01',
      to: '2026-12',
    });
    expect(staffOverview.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const otherFunder = server.client(server.token(Role.FUNDER, otherOperator.id));
    const foreign = await topLevelErrors(otherFunder, FundOverviewDocument, {
      fundId: world.fundId,
      from: '2026-01',
      to: '2026-12',
    });
    expect(foreign.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const { trainingFunds } = await otherFunder.request(TrainingFundsDocument, {});
    expect(trainingFunds.map((f) => f.id)).not.toContain(world.fundId);
    const staffFunds = await world.asStaff.request(TrainingFundsDocument, {});
    expect(staffFunds.trainingFunds.map((f) => f.id)).toContain(world.fundId);
    const forOther = await world.asFunder.request(CreateTrainingFundDocument, {
      input: { ownerId: otherOperator.id, name: 'Niet van mij' },
    });
    expect(forOther.createTrainingFund.errors[0]).toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('lists grants and computes the figures in a fixed number of statements, however many grants', async () => {
    const world = await regionWithFund();
    const count = async () => {
      const grants = await server.countStatements(() =>
        world.asFunder.request(TrainingGrantsDocument, { fundId: world.fundId }),
      );
      const overview = await server.countStatements(() =>
        world.asFunder.request(FundOverviewDocument, {
          fundId: world.fundId,
          from: '2026-01',
          to: '2027-12',
        }),
      );
      return [grants.statements.length, overview.statements.length];
    };
    const one = await paidGrant(world, {});
    await world.asStaff.request(RecordHireDocument, {
      input: { grantId: one, employerId: world.employer.id, start: '2026-07-01' },
    });
    const few = await count();
    for (const participant of [world.bram, world.anna]) {
      const grantId = await paidGrant(world, { participantId: participant.id, costCents: 100_000 });
      await world.asStaff.request(RecordHireDocument, {
        input: { grantId, employerId: world.employer.id, start: '2026-08-01' },
      });
    }
    expect(await count()).toEqual(few);
    // fund, grants, payments, instalments, employers; fund, contributions, payments, repayments, instalments, grants.
    expect(few).toEqual([5, 6]);
  });

  it('never pays out more than the cost, also under concurrent payments', async () => {
    const world = await regionWithFund();
    const applied = await world.apply();
    const grantId = applied.grant!.id;
    await world.asFunder.request(DecideTrainingGrantDocument, { input: { grantId, approve: true } });
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        world.asFunder.request(RecordTrainingPaymentDocument, {
          input: { grantId, date: '2026-02-05', amountCents: 200_000 },
        }),
      ),
    );
    expect(results.filter((r) => r.recordTrainingPayment.errors.length === 0)).toHaveLength(1);
    const { trainingGrants } = await world.asFunder.request(TrainingGrantsDocument, { fundId: world.fundId });
    expect(trainingGrants[0]).toMatchObject({ paidCents: 200_000, payments: [{ amountCents: 200_000 }] });
  });
});
