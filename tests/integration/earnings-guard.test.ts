import {
  ErrorCode,
  RecordEarningsDocument,
  RecordMemberIncomeDocument,
  RecordOutcome,
} from '../generated/graphql';
import { makeCooperative, makeMember, makeOwnEnterprise } from '../factories/cooperatives';
import { Household } from '../../src/cooperatives/cooperative.enums';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { EnterpriseEarnings } from '../../src/cooperatives/earnings.entity';
import { Role, startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function setting() {
  const { municipality, cooperative } = await makeCooperative(server.orm);
  const member = await makeMember(server.orm, { cooperative, municipality, household: Household.COUPLE });
  const enterprise = await makeOwnEnterprise(server.orm, member);
  const staff = server.client(server.token(Role.COOP_STAFF, cooperative.id));
  return { member, enterprise, staff };
}

describe('recording a month again with a guard (expectedVersion)', () => {
  it('says whether it created or replaced a figure, and what the previous one was', async () => {
    const { enterprise, staff } = await setting();
    const input = { enterpriseId: enterprise.id, month: '2026-03', revenueCents: 50_000, costsCents: 10_000 };

    const first = await staff.request(RecordEarningsDocument, { input });
    expect(first.recordEarnings).toMatchObject({
      errors: [],
      outcome: RecordOutcome.Created,
      previous: null,
      earnings: { version: 1, revenueCents: 50_000 },
    });

    const second = await staff.request(RecordEarningsDocument, {
      input: { ...input, revenueCents: 55_000, expectedVersion: 1 },
    });
    expect(second.recordEarnings).toMatchObject({
      errors: [],
      outcome: RecordOutcome.Replaced,
      previous: { revenueCents: 50_000, costsCents: 10_000, version: 1 },
      earnings: { version: 2, revenueCents: 55_000 },
    });
  });

  it('answers STALE with the current figures and writes nothing when someone changed it meanwhile', async () => {
    const { enterprise, staff } = await setting();
    const input = { enterpriseId: enterprise.id, month: '2026-04', revenueCents: 40_000, costsCents: 0 };
    await staff.request(RecordEarningsDocument, { input });
    await staff.request(RecordEarningsDocument, {
      input: { ...input, revenueCents: 41_000, expectedVersion: 1 },
    });

    // A second coordinator still looks at version 1.
    const late = await staff.request(RecordEarningsDocument, {
      input: { ...input, revenueCents: 99_000, expectedVersion: 1 },
    });
    expect(late.recordEarnings.earnings).toBeNull();
    expect(late.recordEarnings.outcome).toBeNull();
    expect(late.recordEarnings.current).toEqual({ revenueCents: 41_000, costsCents: 0, version: 2 });
    expect(late.recordEarnings.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Stale, field: ['input', 'expectedVersion'] }),
    ]);
    expect(late.recordEarnings.errors[0].message).toContain('expectedVersion 2');
    const stored = await server.orm.em.fork().findOneOrFail(EnterpriseEarnings, {
      enterprise: enterprise.id,
      month: '2026-04',
    });
    expect([stored.revenueCents, stored.version]).toEqual([41_000, 2]);

    // expectedVersion 0 means "I expect no figure yet".
    const fresh = await staff.request(RecordEarningsDocument, {
      input: { ...input, month: '2026-05', expectedVersion: 0 },
    });
    expect(fresh.recordEarnings.outcome).toBe(RecordOutcome.Created);
    const twice = await staff.request(RecordEarningsDocument, {
      input: { ...input, month: '2026-05', expectedVersion: 0 },
    });
    expect(twice.recordEarnings.errors[0].code).toBe(ErrorCode.Stale);
  });

  it('lets only one of two concurrent corrections of the same version through', async () => {
    const { enterprise, staff } = await setting();
    const input = { enterpriseId: enterprise.id, month: '2026-06', revenueCents: 10_000, costsCents: 0 };
    await staff.request(RecordEarningsDocument, { input });

    const answers = await Promise.all(
      [20_000, 30_000, 40_000, 50_000].map((revenueCents) =>
        staff.request(RecordEarningsDocument, { input: { ...input, revenueCents, expectedVersion: 1 } }),
      ),
    );

    expect(answers.filter((a) => a.recordEarnings.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((a) => a.recordEarnings.errors[0]?.code === ErrorCode.Stale)).toHaveLength(3);
    const audit = await server.orm.em.fork().find(AuditEntry, { action: 'recordEarnings' });
    const mine = audit.filter((entry) => (entry.after as { month?: string })?.month === '2026-06');
    expect(mine.filter((entry) => entry.before !== null)).toHaveLength(1);
  });

  it('guards member income the same way and answers NEGATIVE_AMOUNT for negative amounts', async () => {
    const { member, enterprise, staff } = await setting();
    const input = { memberId: member.id, month: '2026-03', volunteerAllowanceCents: 5_000 };
    const first = await staff.request(RecordMemberIncomeDocument, { input });
    expect(first.recordMemberIncome).toMatchObject({ outcome: RecordOutcome.Created, previous: null });
    const replaced = await staff.request(RecordMemberIncomeDocument, {
      input: { ...input, partnerEarningsCents: 80_000, expectedVersion: 1 },
    });
    expect(replaced.recordMemberIncome).toMatchObject({
      outcome: RecordOutcome.Replaced,
      previous: { volunteerAllowanceCents: 5_000, partnerEarningsCents: 0, version: 1 },
      income: { version: 2, partnerEarningsCents: 80_000 },
    });
    const stale = await staff.request(RecordMemberIncomeDocument, {
      input: { ...input, expectedVersion: 1 },
    });
    expect(stale.recordMemberIncome.current).toMatchObject({ version: 2, partnerEarningsCents: 80_000 });

    // Every field's mistake in one reply, each with its own code.
    const negative = await staff.request(RecordEarningsDocument, {
      input: { enterpriseId: enterprise.id, month: '2026-13', revenueCents: -1, costsCents: -5 },
    });
    expect(negative.recordEarnings.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Validation, field: ['input', 'month'] }),
      expect.objectContaining({ code: ErrorCode.NegativeAmount, field: ['input', 'revenueCents'] }),
      expect.objectContaining({ code: ErrorCode.NegativeAmount, field: ['input', 'costsCents'] }),
    ]);
  });
});
