import {
  HouseholdForecastDocument,
  HouseholdHistoryDocument,
  HouseholdOverviewDocument,
  HouseholdStatementDocument,
  HouseholdYearDocument,
  AgeBand,
  CreateNormDocument,
  Household as GraphqlHousehold,
  RecordHouseholdDocument,
  type RecordHouseholdInput,
} from '../generated/graphql';
import { makeCooperative, makeMember, makeOwnEnterprise } from '../factories/cooperatives';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';
import { AuditEntry } from '../../src/audit';
import { Household } from '../../src/cooperatives';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const mate = (birthDate: string, extra: { student?: boolean; commercial?: boolean } = {}) => ({
  birthDate,
  ...extra,
});

async function setUp(fields: Parameters<typeof makeMember>[1] extends infer F ? Partial<F> : never = {}) {
  const { municipality, cooperative } = await makeCooperative(server.orm);
  const member = await makeMember(server.orm, {
    cooperative,
    municipality,
    birthDate: '1980-03-01',
    ...fields,
  });
  const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
  const record = async (input: Omit<RecordHouseholdInput, 'memberId'>) => {
    const { recordHousehold } = await staff.request(RecordHouseholdDocument, {
      input: { memberId: member.id, ...input },
    });
    expect(recordHousehold.errors).toEqual([]);
    return recordHousehold.householdRecord!;
  };
  return { municipality, cooperative, member, staff, record };
}

describe('the cost-sharers norm in statements', () => {
  it('counts housemates of 30 and 25 as A = 3 in 2022 (limit 21) and A = 2 from 2023 (limit 27)', async () => {
    const { member, staff, record } = await setUp({ benefitStart: '2022-01-01' });
    await record({ from: '2022-01-01', housemates: [mate('1993-01-01'), mate('1998-01-01')] });
    const statement = async (month: string) =>
      (await staff.request(HouseholdStatementDocument, { memberId: member.id, month })).benefitStatement;

    const june2022 = await statement('2022-06');
    // B = €1,559.58 (couple norm from 2022-01-01); 155958 × 1.3 / 3 = 67581.8 → 67582.
    expect(june2022).toMatchObject({
      normCents: 67582,
      benefitCents: 67582,
      costSharers: 3,
      normBasis: { kind: 'COST_SHARERS', costSharers: 3, coupleNormCents: 155958, sharePercent: 43.33 },
    });
    expect(june2022.normBasis.explanation).toBe(
      'Je deelt je woning met 2 volwassenen van 21 jaar of ouder: kostendelersnorm voor 3 personen, 43,33% van de norm voor gehuwden.',
    );
    // B = €1,574.03 from 2022-07-01: 157403 × 1.3 / 3 = 68207.97 → 68208.
    expect((await statement('2022-11')).normCents).toBe(68208);

    const january2023 = await statement('2023-01');
    // The 25-year-old no longer counts: 170808 / 2 = 85404; the reserve follows the lower norm.
    expect(january2023).toMatchObject({
      normCents: 85404,
      holidayAllowanceReservedCents: 4067,
      costSharers: 2,
      normBasis: { kind: 'COST_SHARERS', costSharers: 2, sharePercent: 50 },
    });
    expect(january2023.normBasis.explanation).toBe(
      'Je deelt je woning met 1 volwassene van 27 jaar of ouder: kostendelersnorm voor 2 personen, 50% van de norm voor gehuwden. Niet meegeteld: 1 jonger dan 27.',
    );
    expect(january2023.normBasis.explanationEn).toBe(
      "You share your home with 1 adult aged 27 or older: the cost-sharers' norm for 2 people, 50% of the couple norm. Not counted: 1 under 27.",
    );
    expect(january2023.warnings.find((w) => w.code === 'HOUSEHOLD_CHANGED')).toMatchObject({
      previousCostSharers: 3,
      costSharers: 2,
    });
    const july2023 = await statement('2023-07');
    expect(july2023.normCents).toBe(86901);
    expect(july2023.warnings.map((w) => w.code)).not.toContain('HOUSEHOLD_CHANGED');
  });

  it('counts a 30-year-old, not a 25-year-old, a student or a lodger; disregards apply on top (README example)', async () => {
    const { member, staff, record } = await setUp({ benefitStart: '2026-01-01' });
    await makeOwnEnterprise(server.orm, member, { '2026-03': 60000 });
    await record({
      from: '2026-01-01',
      housemates: [
        mate('1995-06-01'),
        mate('2000-06-01'),
        mate('1990-01-01', { student: true }),
        mate('1970-01-01', { commercial: true }),
      ],
    });
    const { benefitStatement } = await staff.request(HouseholdStatementDocument, {
      memberId: member.id,
      month: '2026-03',
    });
    // A = 2: 200213 / 2 = 100106.5 → 100107; general disregard min(25% × 600, 285) = 150.
    expect(benefitStatement).toMatchObject({
      normCents: 100107,
      disregardCents: 15000,
      benefitCents: 55107,
      holidayAllowanceReservedCents: 2624,
      paidOutCents: 52483,
      costSharers: 2,
    });
  });

  it('gives a couple with a housemate twice the per-person norm, rounded once', async () => {
    const { member, staff, record } = await setUp({
      benefitStart: '2026-01-01',
      household: Household.COUPLE,
      partnerBirthDate: '1982-01-01',
    });
    await record({ from: '2026-01-01', housemates: [mate('1950-05-05')] });
    const { benefitStatement } = await staff.request(HouseholdStatementDocument, {
      memberId: member.id,
      month: '2026-02',
    });
    // 2 × 200213 × 1.3 / 3 = 173517.93 → 173518.
    expect(benefitStatement).toMatchObject({
      normCents: 173518,
      costSharers: 3,
      normBasis: { kind: 'COST_SHARERS', costSharers: 3 },
    });
  });

  it('changes A by itself in the month after a housemate turns 27, in the year and the overview', async () => {
    const { member, cooperative, staff, record } = await setUp({ benefitStart: '2026-01-01' });
    await record({ from: '2026-01-01', housemates: [mate('1999-07-15')] });
    await record({ from: '2026-11-01', housemates: [] });
    const { benefitYear } = await staff.request(HouseholdYearDocument, { memberId: member.id, year: 2026 });
    expect(benefitYear.statements.map((s) => s.costSharers)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1]);
    expect(benefitYear.statements.map((s) => s.normCents)).toEqual([
      ...Array(7).fill(140150),
      ...Array(3).fill(100107),
      140150,
      140150,
    ]);
    expect(benefitYear.totals.normCents).toBe(9 * 140150 + 3 * 100107);
    const changed = benefitYear.statements.filter((s) =>
      s.warnings.some((w) => w.code === 'HOUSEHOLD_CHANGED'),
    );
    expect(changed.map((s) => s.month)).toEqual(['2026-08', '2026-11']);
    expect(benefitYear.statements[0].normBasis).toMatchObject({ kind: 'SINGLE', costSharers: 1 });
    expect(benefitYear.statements[0].normBasis.explanation).toBe(
      'Je huisgenoten tellen niet mee (1 jonger dan 27): je krijgt de norm voor een alleenstaande.',
    );

    const overview = async (month: string) =>
      (await staff.request(HouseholdOverviewDocument, { cooperativeId: cooperative.id, month }))
        .cooperativeOverview.members[0];
    expect(await overview('2026-08')).toMatchObject({
      normCents: 100107,
      costSharers: 2,
      normBasis: { kind: 'COST_SHARERS', costSharers: 2 },
      warnings: expect.arrayContaining([
        {
          code: 'HOUSEHOLD_CHANGED',
          previousCostSharers: 1,
          costSharers: 2,
        },
      ]),
    });
    expect((await overview('2026-09')).warnings.map((w) => w.code)).not.toContain('HOUSEHOLD_CHANGED');

    // The forecast of a month uses the same household: the norm for A = 2 and the warning in the month A changes.
    const { benefitForecast } = await staff.request(HouseholdForecastDocument, {
      memberId: member.id,
      month: '2026-08',
      earningsCents: 0,
    });
    expect(benefitForecast).toMatchObject({
      normCents: 100107,
      costSharers: 2,
      normBasis: { kind: 'COST_SHARERS', costSharers: 2 },
    });
    expect(benefitForecast.warnings.map((w) => w.code)).toContain('HOUSEHOLD_CHANGED');

    const { householdHistory } = await staff.request(HouseholdHistoryDocument, { memberId: member.id });
    expect(householdHistory.map((r) => [r.from, r.housemates.length])).toEqual([
      ['2026-01-01', 1],
      ['2026-11-01', 0],
    ]);
  });

  it('lets a published per-person amount for A win over the formula', async () => {
    const { member, municipality, staff, record } = await setUp({ benefitStart: '2026-01-01' });
    await record({ from: '2026-01-01', housemates: [mate('1960-01-01'), mate('1961-01-01')] });
    const { createNorm } = await server.admin.request(CreateNormDocument, {
      input: {
        household: GraphqlHousehold.Single,
        ageBand: AgeBand.Age_21ToPension,
        costSharers: 3,
        amountCents: 86700,
        municipalityId: municipality.id,
        validFrom: '2026-01-01',
      },
    });
    expect(createNorm.errors).toEqual([]);
    const { benefitStatement } = await staff.request(HouseholdStatementDocument, {
      memberId: member.id,
      month: '2026-04',
    });
    expect(benefitStatement).toMatchObject({ normCents: 86700, normBasis: { published: true } });
  });
});

describe('recording a household', () => {
  it('refuses a housemate born after the record starts, and writes nothing', async () => {
    const { member, staff } = await setUp({ benefitStart: '2026-01-01' });
    const { recordHousehold } = await staff.request(RecordHouseholdDocument, {
      input: { memberId: member.id, from: '2026-01-01', housemates: [mate('2026-05-01')] },
    });
    expect(recordHousehold.householdRecord).toBeNull();
    expect(recordHousehold.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'housemates', '0', 'birthDate'] }),
    ]);
    const { householdHistory } = await staff.request(HouseholdHistoryDocument, { memberId: member.id });
    expect(householdHistory).toEqual([]);
  });

  it('lets only the member and the cooperative staff read and write it', async () => {
    const { member, cooperative } = await setUp({ benefitStart: '2026-01-01' });
    const stranger = await setUp({ benefitStart: '2026-01-01' });
    const input = { memberId: member.id, from: '2026-02-01', housemates: [mate('1970-01-01')] };

    const self = server.client(server.token(Role.MEMBER, null, member.id));
    const own = await self.request(RecordHouseholdDocument, { input });
    expect(own.recordHousehold.errors).toEqual([]);
    for (const token of [
      server.token(Role.COOP_STAFF, cooperative.id),
      server.token(Role.MEMBER, null, member.id),
    ]) {
      const { householdHistory } = await server.client(token).request(HouseholdHistoryDocument, {
        memberId: member.id,
      });
      expect(householdHistory).toHaveLength(1);
    }
    for (const token of [
      server.token(Role.COOP_STAFF, stranger.cooperative.id),
      server.token(Role.MEMBER, null, stranger.member.id),
    ]) {
      const client = server.client(token);
      const written = await client.request(RecordHouseholdDocument, { input });
      expect(written.recordHousehold.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      const errors = await topLevelErrors(client, HouseholdHistoryDocument, { memberId: member.id });
      expect(errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    const node = async (token: string) =>
      (
        await server
          .client(token)
          .request<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
            id: own.recordHousehold.householdRecord!.id,
          })
      ).node;
    expect(await node(server.token(Role.COOP_STAFF, cooperative.id))).not.toBeNull();
    for (const token of [
      server.token(Role.ADMIN),
      server.token(Role.COOP_STAFF, stranger.cooperative.id),
      server.token(Role.MEMBER, null, stranger.member.id),
    ]) {
      expect(await node(token)).toBeNull();
    }
    for (const token of [server.token(Role.ADMIN), server.token(Role.FUNDER, cooperative.id)]) {
      const errors = await topLevelErrors(server.client(token), HouseholdHistoryDocument, {
        memberId: member.id,
      });
      expect(errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('audits each change with counts, never the birth dates', async () => {
    const { member, record } = await setUp({ benefitStart: '2026-01-01' });
    const first = await record({
      from: '2026-01-01',
      housemates: [mate('1971-04-09'), mate('2001-12-30', { student: true })],
    });
    await record({ from: '2026-01-01', housemates: [mate('1971-04-09')] });
    const entries = await server.orm.em
      .fork()
      .find(
        AuditEntry,
        { entityType: 'HouseholdRecord', entityId: first.id },
        { orderBy: { at: 'asc', id: 'asc' } },
      );
    expect(entries.map((e) => e.action)).toEqual(['recordHousehold', 'recordHousehold']);
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({
      member: member.id,
      from: '2026-01-01',
      housemates: 2,
      students: 1,
    });
    expect(entries[1].before).toMatchObject({ housemates: 2 });
    expect(entries[1].after).toMatchObject({ housemates: 1, students: 0 });
    const text = JSON.stringify(entries.map((e) => [e.before, e.after]));
    expect(text).not.toContain('1971-04-09');
    expect(text).not.toContain('2001-12-30');
  });
});
