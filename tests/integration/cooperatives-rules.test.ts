import {
  AgeBand,
  BenefitStatementDocument,
  CreateDisregardRuleDocument,
  CreateNormDocument,
  CreateVolunteerLimitDocument,
  DisregardCondition,
  DisregardRulesDocument,
  ErrorCode,
  Household,
  UpdateDisregardRuleDocument,
  UpdateNormDocument,
} from '../generated/graphql';
import { makeCooperative, makeMember, makeOwnEnterprise } from '../factories/cooperatives';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';
import { monthsOfYear } from '../../src/shared/months';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Rules in these tests are municipal overrides of a fresh municipality, so other tests keep the national rules. */
async function memberEarning600() {
  const { municipality, cooperative } = await makeCooperative(server.orm);
  const member = await makeMember(server.orm, { cooperative, municipality });
  await makeOwnEnterprise(server.orm, member, Object.fromEntries(monthsOfYear(2026).map((m) => [m, 60000])));
  const statement = async (month: string) =>
    (await server.admin.request(BenefitStatementDocument, { memberId: member.id, month })).benefitStatement;
  return { municipality, member, statement };
}

const experiment = (municipalityId: string) => ({
  code: 'EXPERIMENT',
  percentage: 0.5,
  monthlyCapCents: 19900,
  maxMonths: 24,
  condition: DisregardCondition.None,
  replacesCode: 'GENERAL',
  municipalityId,
  validFrom: '2026-03-01',
});

describe('benefit rules as data', () => {
  it('lets a municipal experiment replace the general disregard from a date, without code changes', async () => {
    const { municipality, statement } = await memberEarning600();
    const { createDisregardRule } = await server.admin.request(CreateDisregardRuleDocument, {
      input: experiment(municipality.id),
    });
    expect(createDisregardRule.errors).toEqual([]);
    expect(createDisregardRule.disregardRule).toMatchObject({
      code: 'EXPERIMENT',
      percentage: 0.5,
      validUntil: null,
    });

    const february = await statement('2026-02');
    expect(february.appliedRules).toEqual([expect.objectContaining({ code: 'GENERAL', monthsUsed: 2 })]);
    const march = await statement('2026-03');
    expect(march).toMatchObject({
      disregardCents: 19900,
      benefitCents: 140150 - 60000 + 19900,
      appliedRules: [
        expect.objectContaining({ code: 'EXPERIMENT', capCents: 19900, monthsUsed: 1, monthsLeft: 23 }),
      ],
    });

    // Correcting the rule changes the statement; a new version closes the open-ended one the day before
    const corrected = await server.admin.request(UpdateDisregardRuleDocument, {
      input: { id: createDisregardRule.disregardRule!.id, percentage: 0.3 },
    });
    expect(corrected.updateDisregardRule.disregardRule?.percentage).toBe(0.3);
    expect((await statement('2026-03')).disregardCents).toBe(18000);
    const next = await server.admin.request(CreateDisregardRuleDocument, {
      input: { ...experiment(municipality.id), percentage: 0.4, validFrom: '2027-01-01' },
    });
    expect(next.createDisregardRule.errors).toEqual([]);
    const { disregardRules } = await server.admin.request(DisregardRulesDocument, {
      municipalityId: municipality.id,
    });
    expect(disregardRules.filter((rule) => rule.code === 'EXPERIMENT')).toEqual([
      expect.objectContaining({ validFrom: '2026-03-01', validUntil: '2026-12-31' }),
      expect.objectContaining({ validFrom: '2027-01-01', validUntil: null }),
    ]);
    expect(disregardRules.map((rule) => rule.code)).toEqual(
      expect.arrayContaining(['GENERAL', 'MEDICAL', 'SINGLE_PARENT']),
    );
  });

  it('refuses overlapping versions of the same rule with a typed error', async () => {
    const { municipality } = await makeCooperative(server.orm);
    await server.admin.request(CreateDisregardRuleDocument, { input: experiment(municipality.id) });
    const overlapping = await server.admin.request(CreateDisregardRuleDocument, {
      input: { ...experiment(municipality.id), validFrom: '2026-01-01', validUntil: '2026-03-31' },
    });
    expect(overlapping.createDisregardRule.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod, field: ['input', 'validFrom'] }),
    ]);
    const before = await server.admin.request(CreateDisregardRuleDocument, {
      input: { ...experiment(municipality.id), validFrom: '2026-01-01', validUntil: '2026-02-28' },
    });
    expect(before.createDisregardRule.errors).toEqual([]);
    const reversed = await server.admin.request(CreateDisregardRuleDocument, {
      input: {
        ...experiment(municipality.id),
        code: 'OTHER',
        validFrom: '2026-05-01',
        validUntil: '2026-04-01',
      },
    });
    expect(reversed.createDisregardRule.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation }),
    ]);
    const precise = await server.admin.request(CreateDisregardRuleDocument, {
      input: { ...experiment(municipality.id), code: 'PRECISE', percentage: 0.12345 },
    });
    expect(precise.createDisregardRule.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'percentage'] }),
    ]);
    const limit = {
      monthlyCents: 25000,
      yearlyCents: 250000,
      municipalityId: municipality.id,
      validFrom: '2026-01-01',
    };
    expect(
      (await server.admin.request(CreateVolunteerLimitDocument, { input: limit })).createVolunteerLimit
        .errors,
    ).toEqual([]);
    const twice = await server.admin.request(CreateVolunteerLimitDocument, { input: limit });
    expect(twice.createVolunteerLimit.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod }),
    ]);
  });

  it('applies a municipal norm and its corrections by date', async () => {
    const { municipality, statement } = await memberEarning600();
    const { createNorm } = await server.admin.request(CreateNormDocument, {
      input: {
        household: Household.Single,
        ageBand: AgeBand.Age_21ToPension,
        amountCents: 150000,
        municipalityId: municipality.id,
        validFrom: '2026-04-01',
      },
    });
    expect(createNorm.errors).toEqual([]);
    expect((await statement('2026-03')).normCents).toBe(140150);
    expect((await statement('2026-04')).normCents).toBe(150000);
    const { updateNorm } = await server.admin.request(UpdateNormDocument, {
      input: { id: createNorm.norm!.id, amountCents: 151000, validUntil: '2026-04-30' },
    });
    expect(updateNorm.norm).toMatchObject({ amountCents: 151000, validUntil: '2026-04-30' });
    expect((await statement('2026-04')).normCents).toBe(151000);
    expect((await statement('2026-05')).normCents).toBe(140150);
  });

  it('lets only administrators change rules', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
    expect(
      await topLevelErrors(staff, CreateDisregardRuleDocument, { input: experiment(municipality.id) }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const norm = {
      household: Household.Single,
      ageBand: AgeBand.Age_18_20,
      amountCents: 1,
      municipalityId: municipality.id,
      validFrom: '2026-01-01',
    };
    expect(await topLevelErrors(staff, CreateNormDocument, { input: norm })).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
  });
});
