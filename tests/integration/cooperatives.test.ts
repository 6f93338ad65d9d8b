import {
  BenefitStatementDocument,
  BenefitYearDocument,
  CooperativeOverviewDocument,
  CreateEnterpriseDocument,
  CreateMemberDocument,
  EnterpriseKind,
  ErrorCode,
  Household,
  MemberDocument,
  RecordEarningsDocument,
  RecordMemberIncomeDocument,
} from '../generated/graphql';
import { makeCooperative, makeMember, makeOwnEnterprise } from '../factories/cooperatives';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';
import { Household as HouseholdKind } from '../../src/cooperatives/cooperative.enums';
import { EnterpriseEarnings } from '../../src/cooperatives/earnings.entity';
import { monthsOfYear } from '../../src/shared/months';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const YEAR = monthsOfYear(2026);

describe('cooperative members and their benefit statements', () => {
  it('computes the worked example from earnings recorded through the API, month after month', async () => {
    // Given a cooperative, its staff and two members sharing a joint catering
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
    const newMember = (displayName: string) =>
      staff.request(CreateMemberDocument, {
        input: {
          cooperativeId: cooperative.id,
          displayName,
          birthDate: '1990-06-15',
          municipalityId: municipality.id,
          household: Household.Single,
          benefitStart: '2026-01-01',
        },
      });
    const anna = (await newMember('Anna')).createMember;
    const bram = (await newMember('Bram')).createMember;
    expect(anna.errors).toEqual([]);
    expect(anna.member).toMatchObject({
      household: 'SINGLE',
      medicalLimitation: false,
      cooperative: { id: cooperative.id },
    });
    const annaId = anna.member!.id;
    const own = await staff.request(CreateEnterpriseDocument, {
      input: {
        cooperativeId: cooperative.id,
        name: 'Ballonnen',
        kind: EnterpriseKind.Own,
        shares: [{ memberId: annaId, percent: 100 }],
      },
    });
    const joint = await staff.request(CreateEnterpriseDocument, {
      input: {
        cooperativeId: cooperative.id,
        name: 'Catering',
        kind: EnterpriseKind.Joint,
        shares: [
          { memberId: annaId, percent: 50 },
          { memberId: bram.member!.id, percent: 50 },
        ],
      },
    });
    expect(joint.createEnterprise.enterprise?.shares.map((s) => s.percent)).toEqual([50, 50]);

    // When €400 net of her own and half of €400 catering is recorded each month (€600 in all)
    for (const month of YEAR) {
      const a = await staff.request(RecordEarningsDocument, {
        input: {
          enterpriseId: own.createEnterprise.enterprise!.id,
          month,
          revenueCents: 50000,
          costsCents: 10000,
        },
      });
      expect(a.recordEarnings.errors).toEqual([]);
      await staff.request(RecordEarningsDocument, {
        input: {
          enterpriseId: joint.createEnterprise.enterprise!.id,
          month,
          revenueCents: 60000,
          costsCents: 20000,
        },
      });
    }

    // Then the member sees the worked example of DOMAIN.md to the cent
    const self = server.client(server.token(Role.MEMBER, null, annaId));
    const { benefitStatement } = await self.request(BenefitStatementDocument, {
      memberId: annaId,
      month: '2026-01',
    });
    expect(benefitStatement).toMatchObject({
      normCents: 140150,
      earningsCents: 60000,
      disregardCents: 15000,
      countedIncomeCents: 45000,
      benefitCents: 95150,
      holidayAllowanceReservedCents: 4531,
      paidOutCents: 90619,
      totalIncomeCents: 155150,
      earnedShare: 0.3211,
      appliedRules: [
        {
          code: 'GENERAL',
          percentage: 0.25,
          capCents: 28500,
          amountCents: 15000,
          monthsUsed: 1,
          monthsLeft: 5,
        },
      ],
      warnings: [],
    });
    const { benefitYear } = await self.request(BenefitYearDocument, { memberId: annaId, year: 2026 });
    expect(benefitYear.statements.map((s) => s.benefitCents)).toEqual([
      ...Array(6).fill(95150),
      ...Array(6).fill(80150),
    ]);
    expect(benefitYear.statements[5].warnings.map((w) => w.code)).toEqual(['LAST_DISREGARD_MONTH']);
    expect(benefitYear.statements[6].warnings.map((w) => w.code)).toEqual(['DISREGARD_USED_UP']);
    expect(benefitYear.totals).toMatchObject({
      benefitCents: 6 * 95150 + 6 * 80150,
      earningsCents: 12 * 60000,
    });

    // And recording a month again corrects it instead of adding to it
    const corrected = await staff.request(RecordEarningsDocument, {
      input: {
        enterpriseId: own.createEnterprise.enterprise!.id,
        month: '2026-01',
        revenueCents: 10000,
        costsCents: 20000,
      },
    });
    expect(corrected.recordEarnings.earnings).toMatchObject({ netCents: 0 });
    const stored = await server.orm.em
      .fork()
      .count(EnterpriseEarnings, { enterprise: own.createEnterprise.enterprise!.id, month: '2026-01' });
    expect(stored).toBe(1);
    const after = await self.request(BenefitStatementDocument, { memberId: annaId, month: '2026-01' });
    expect(after.benefitStatement).toMatchObject({
      earningsCents: 20000,
      disregardCents: 5000,
      benefitCents: 125150,
    });
  });

  it('counts the volunteer allowance and the partner with their own disregard', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const couple = await makeMember(server.orm, {
      cooperative,
      municipality,
      household: HouseholdKind.COUPLE,
      partnerBirthDate: '2003-01-01',
    });
    await makeOwnEnterprise(server.orm, couple, { '2026-02': 60000 });
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
    const recorded = await staff.request(RecordMemberIncomeDocument, {
      input: {
        memberId: couple.id,
        month: '2026-02',
        volunteerAllowanceCents: 30000,
        partnerEarningsCents: 40000,
      },
    });
    expect(recorded.recordMemberIncome.errors).toEqual([]);
    await staff.request(RecordMemberIncomeDocument, {
      input: { memberId: couple.id, month: '2026-02', partnerEarningsCents: 20000 },
    });
    const { benefitStatement } = await staff.request(BenefitStatementDocument, {
      memberId: couple.id,
      month: '2026-02',
    });
    expect(benefitStatement).toMatchObject({
      normCents: 200213,
      earningsCents: 80000,
      disregardCents: 15000,
      volunteerAllowanceCountedCents: 30000,
      countedIncomeCents: 95000,
      benefitCents: 105213,
      totalIncomeCents: 105213 + 80000 + 30000,
    });
    expect(benefitStatement.warnings.map((w) => w.code).sort()).toEqual([
      'NO_DISREGARD_UNDER_27',
      'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT',
    ]);
  });

  it('refuses malformed members, enterprises and months with payload errors', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const member = await makeMember(server.orm, { cooperative, municipality });
    const other = await makeMember(server.orm, { cooperative, municipality });
    const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
    const memberInput = {
      cooperativeId: cooperative.id,
      displayName: 'Lid',
      birthDate: '1980-01-01',
      municipalityId: municipality.id,
      household: Household.Couple,
      benefitStart: '2026-01-01',
    };
    const couple = await staff.request(CreateMemberDocument, { input: memberInput });
    expect(couple.createMember.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'partnerBirthDate'] }),
    ]);
    const minor = await staff.request(CreateMemberDocument, {
      input: { ...memberInput, household: Household.Single, birthDate: '2010-01-01' },
    });
    expect(minor.createMember.errors).toEqual([expect.objectContaining({ field: ['input', 'birthDate'] })]);

    const enterprise = (kind: EnterpriseKind, shares: { memberId: string; percent: number }[]) =>
      staff.request(CreateEnterpriseDocument, {
        input: { cooperativeId: cooperative.id, name: 'Zaak', kind, shares },
      });
    const cases: [Awaited<ReturnType<typeof enterprise>>, string[]][] = [
      [
        await enterprise(EnterpriseKind.Own, [
          { memberId: member.id, percent: 50 },
          { memberId: other.id, percent: 50 },
        ]),
        ['input', 'shares'],
      ],
      [
        await enterprise(EnterpriseKind.Joint, [
          { memberId: member.id, percent: 50 },
          { memberId: other.id, percent: 40 },
        ]),
        ['input', 'shares'],
      ],
      [
        await enterprise(EnterpriseKind.Joint, [
          { memberId: member.id, percent: 33.333 },
          { memberId: other.id, percent: 66.667 },
        ]),
        ['input', 'shares', '0', 'percent'],
      ],
    ];
    for (const [result, field] of cases) {
      expect(result.createEnterprise.errors).toEqual([
        expect.objectContaining({ code: ErrorCode.Validation, field }),
      ]);
    }
    const own = await makeOwnEnterprise(server.orm, member);
    const badMonth = await staff.request(RecordEarningsDocument, {
      input: { enterpriseId: own.id, month: '2026-13', revenueCents: 1, costsCents: 0 },
    });
    expect(badMonth.recordEarnings.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'month'] }),
    ]);
    const partner = await staff.request(RecordMemberIncomeDocument, {
      input: { memberId: member.id, month: '2026-01', partnerEarningsCents: 100 },
    });
    expect(partner.recordMemberIncome.errors).toEqual([
      expect.objectContaining({ field: ['input', 'partnerEarningsCents'] }),
    ]);
  });

  it('shows a member only to themselves and their cooperative, and nothing to anyone else', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const stranger = await makeCooperative(server.orm);
    const member = await makeMember(server.orm, { cooperative, municipality });
    const otherMember = await makeMember(server.orm, { cooperative, municipality });
    const statement = { memberId: member.id, month: '2026-01' };

    for (const token of [
      server.token(Role.COOP_STAFF, cooperative.id),
      server.token(Role.ORG_STAFF, cooperative.id),
      server.token(Role.MEMBER, null, member.id),
      server.token(Role.ADMIN),
    ]) {
      const { benefitStatement } = await server.client(token).request(BenefitStatementDocument, statement);
      expect(benefitStatement.benefitCents).toBe(140150);
    }
    for (const token of [
      server.token(Role.COOP_STAFF, stranger.cooperative.id),
      server.token(Role.MEMBER, null, otherMember.id),
    ]) {
      const errors = await topLevelErrors(server.client(token), BenefitStatementDocument, statement);
      expect(errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      const { member: read } = await server.client(token).request(MemberDocument, { id: member.id });
      expect(read).toBeNull();
    }
    // A funder may not use these operations at all.
    const funder = server.client(server.token(Role.FUNDER, cooperative.id));
    expect(await topLevelErrors(funder, BenefitStatementDocument, statement)).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect(await topLevelErrors(funder, MemberDocument, { id: member.id })).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    const outsider = server.client(server.token(Role.COOP_STAFF, stranger.cooperative.id));
    const created = await outsider.request(CreateMemberDocument, {
      input: {
        cooperativeId: cooperative.id,
        displayName: 'Infiltrant',
        birthDate: '1980-01-01',
        municipalityId: municipality.id,
        household: Household.Single,
        benefitStart: '2026-01-01',
      },
    });
    expect(created.createMember.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound, field: ['input', 'cooperativeId'] }),
    ]);
    // A member may not use the cooperative's overview at all.
    const overview = await topLevelErrors(
      server.client(server.token(Role.MEMBER, null, member.id)),
      CooperativeOverviewDocument,
      {
        cooperativeId: cooperative.id,
        month: '2026-01',
      },
    );
    expect(overview).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await topLevelErrors(server.client(), BenefitStatementDocument, statement)).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
  });

  it('gives a clear error for a month no rule covers, never a guess', async () => {
    const { municipality, cooperative } = await makeCooperative(server.orm);
    const member = await makeMember(server.orm, { cooperative, municipality, benefitStart: '2024-06-01' });
    const errors = await topLevelErrors(server.admin, BenefitStatementDocument, {
      memberId: member.id,
      month: '2024-06',
    });
    expect(errors).toEqual([
      expect.objectContaining({ code: 'NO_VALID_RULE', message: expect.stringMatching(/No norm/) }),
    ]);
    const before = await topLevelErrors(server.admin, BenefitStatementDocument, {
      memberId: member.id,
      month: '2024-05',
    });
    expect(before).toEqual([expect.objectContaining({ code: 'BEFORE_BENEFIT_START' })]);
  });

  it('builds the cooperative overview in the same number of statements for 2 or 8 members', async () => {
    const overviewOf = async (count: number) => {
      const { municipality, cooperative } = await makeCooperative(server.orm);
      for (let i = 0; i < count; i += 1) {
        const member = await makeMember(server.orm, { cooperative, municipality });
        await makeOwnEnterprise(
          server.orm,
          member,
          Object.fromEntries(YEAR.slice(0, 7).map((m) => [m, 60000])),
        );
      }
      const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
      return server.countStatements(() =>
        staff.request(CooperativeOverviewDocument, { cooperativeId: cooperative.id, month: '2026-07' }),
      );
    };
    const two = await overviewOf(2);
    const eight = await overviewOf(8);
    expect(eight.result.cooperativeOverview.members).toHaveLength(8);
    expect(eight.result.cooperativeOverview.members[0]).toMatchObject({
      earningsCents: 60000,
      benefitCents: 80150,
      earnedBackCents: 60000,
    });
    expect(eight.result.cooperativeOverview.totalEarnedBackCents).toBe(8 * 60000);
    expect(eight.statements.length).toBe(two.statements.length);
    // 10 before shared homes, plus one for the household records and one for the cost-sharers' rules.
    expect(two.statements.length).toBeLessThanOrEqual(12);
  });
});
