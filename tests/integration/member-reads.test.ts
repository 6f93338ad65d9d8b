import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLClient } from 'graphql-request';
import { Client } from 'pg';
import { Member } from '../../src/cooperatives/member.entity';
import { databaseUrlFor } from '../../src/db/embedded';
import { DEMO_COOPERATIVE } from '../../src/demo/cooperatives.demo';
import { DEMO } from '../../src/demo/foundation.demo';
import { seedDemo } from '../../src/demo/seed';
import { ormOptions } from '../../src/mikro-orm.config';
import { Organisation } from '../../src/organisations/organisation.entity';
import {
  BenefitForecastDocument,
  BenefitStatementForForecastDocument,
  EnterpriseEarningsOfCooperativeDocument,
  MemberEarningsDocument,
  RecordEarningsDocument,
  WaitlistDocument,
} from '../generated/graphql';
import { Role, startTestServer, type TestServer, topLevelErrors } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

// The demo's cooperative and waitlist (fixed names), in a database of this file's own.
const url = databaseUrlFor(process.env.DATABASE_URL!, `meedoen_reads_${randomBytes(4).toString('hex')}`);
let server: TestServer;
let cooperative: string;
let anna: string;
let samira: string;
let operator: string;
let otherOperator: string;

beforeAll(async () => {
  const orm = await MikroORM.init(ormOptions(url));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close();
  server = await startTestServer({ env: { DATABASE_URL: url } });
  const em = server.orm.em.fork();
  const coop = await em.findOneOrFail(Organisation, { name: DEMO_COOPERATIVE });
  cooperative = coop.id;
  anna = (await em.findOneOrFail(Member, { displayName: 'Anna de Vries' })).id;
  samira = (await em.findOneOrFail(Member, { displayName: 'Samira Benali' })).id;
  operator = (await em.findOneOrFail(Organisation, { name: DEMO.maastrichtOperator })).id;
  otherOperator = (await em.findOneOrFail(Organisation, { name: DEMO.denHaagOperator })).id;
}, 60_000);

afterAll(async () => {
  await server.stop();
  const client = new Client({ connectionString: databaseUrlFor(url, 'postgres') });
  await client.connect();
  await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  await client.end();
});

/** The codes of a request's top-level errors. */
async function codesOf<R, V extends object>(
  client: GraphQLClient,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<string[]> {
  return (await topLevelErrors(client, document, variables)).map((error) => String(error.code));
}

/** Rows of every table of the database, to prove that a read wrote nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const connection = server.orm.em.getConnection();
  const tables: { table_name: string }[] = await connection.execute(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await connection.execute(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = Number(row.n);
  }
  return counts;
}

describe('memberEarnings', () => {
  it('shows the member every euro behind their earnings: shares of net earnings and recorded income', async () => {
    const asAnna = server.client(server.token(Role.MEMBER, null, anna));
    const { memberEarnings } = await asAnna.request(MemberEarningsDocument, {
      memberId: anna,
      from: '2026-04',
      to: '2026-08',
    });
    expect(memberEarnings.map((m) => m.month)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    const may = memberEarnings[1];
    // Catering 950.00 − 450.00 = 500.00, 40% is 200.00; balloons 550.00 − 150.00 = 400.00, all hers.
    expect(may.lines).toEqual([
      expect.objectContaining({
        kind: 'ENTERPRISE_SHARE',
        enterpriseName: 'Ballonkunst Anna',
        revenueCents: 55000,
        costsCents: 15000,
        netCents: 40000,
        shareBasisPoints: 10000,
        share: 1,
        amountCents: 40000,
      }),
      expect.objectContaining({
        kind: 'ENTERPRISE_SHARE',
        enterpriseName: 'Catering De Gedeelde Tafel',
        revenueCents: 95000,
        costsCents: 45000,
        netCents: 50000,
        shareBasisPoints: 4000,
        share: 0.4,
        amountCents: 20000,
      }),
      expect.objectContaining({ kind: 'VOLUNTEER_ALLOWANCE', enterpriseId: null, amountCents: 25000 }),
    ]);
    expect(may.earningsCents).toBe(60000);
    // August has nothing recorded.
    expect(memberEarnings[4]).toEqual({ month: '2026-08', earningsCents: 0, lines: [] });
    // Every month: the shares add up to the earnings, and to what the statement counts.
    for (const month of memberEarnings) {
      const shares = month.lines.filter((l) => l.kind === 'ENTERPRISE_SHARE');
      expect(shares.reduce((s, l) => s + l.amountCents, 0)).toBe(month.earningsCents);
      const { benefitStatement } = await asAnna.request(BenefitStatementForForecastDocument, {
        memberId: anna,
        month: month.month,
      });
      expect(benefitStatement.memberEarningsCents).toBe(month.earningsCents);
    }
  });

  it("is the member's and the cooperative staff's only; the period is checked", async () => {
    const variables = { memberId: anna, from: '2026-01', to: '2026-02' };
    const asStaff = server.client(server.token(Role.COOP_STAFF, cooperative));
    expect((await asStaff.request(MemberEarningsDocument, variables)).memberEarnings).toHaveLength(2);
    const asSamira = server.client(server.token(Role.MEMBER, null, samira));
    expect(await codesOf(asSamira, MemberEarningsDocument, variables)).toEqual(['NOT_FOUND']);
    const asOperator = server.client(server.token(Role.ORG_STAFF, operator));
    expect(await codesOf(asOperator, MemberEarningsDocument, variables)).toEqual(['NOT_FOUND']);
    expect(
      await codesOf(asStaff, MemberEarningsDocument, {
        memberId: anna,
        from: '2026-05',
        to: '2026-01',
      }),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it("gives staff each enterprise's recorded figures per month through Enterprise.earnings", async () => {
    const asStaff = server.client(server.token(Role.COOP_STAFF, cooperative));
    const { enterprisesConnection } = await asStaff.request(EnterpriseEarningsOfCooperativeDocument, {
      cooperativeId: cooperative,
      from: '2026-07',
      to: '2026-09',
    });
    const balloons = enterprisesConnection.edges.find((e) => e.node.name === 'Ballonkunst Anna')!.node;
    expect(balloons.earnings).toEqual([
      { month: '2026-07', revenueCents: 55000, costsCents: 15000, version: 1 },
      { month: '2026-09', revenueCents: 55000, costsCents: 15000, version: 1 },
    ]);
  });
});

describe('benefitForecast', () => {
  it('writes nothing, and equals benefitStatement once those earnings are recorded', async () => {
    const asAnna = server.client(server.token(Role.MEMBER, null, anna));
    const before = await rowCounts();
    const { benefitForecast } = await asAnna.request(BenefitForecastDocument, {
      memberId: anna,
      month: '2026-08',
      earningsCents: 45000,
    });
    expect(await rowCounts()).toEqual(before);
    expect(benefitForecast.memberEarningsCents).toBe(45000);

    // Record the same figures: Anna's own enterprise earns 450.00 net in August.
    const asStaff = server.client(server.token(Role.COOP_STAFF, cooperative));
    const { enterprisesConnection } = await asStaff.request(EnterpriseEarningsOfCooperativeDocument, {
      cooperativeId: cooperative,
      from: '2026-08',
      to: '2026-08',
    });
    const balloons = enterprisesConnection.edges.find((e) => e.node.name === 'Ballonkunst Anna')!.node;
    const { recordEarnings } = await asStaff.request(RecordEarningsDocument, {
      input: { enterpriseId: balloons.id, month: '2026-08', revenueCents: 50000, costsCents: 5000 },
    });
    expect(recordEarnings.errors).toEqual([]);
    const { benefitStatement } = await asAnna.request(BenefitStatementForForecastDocument, {
      memberId: anna,
      month: '2026-08',
    });
    const { limits, ...forecast } = benefitForecast;
    expect(benefitStatement).toEqual({ ...forecast, limits: null });
    expect(limits!.length).toBeGreaterThan(0);
  });

  it('counts the disregard months already used and says which limit comes next', async () => {
    const asAnna = server.client(server.token(Role.MEMBER, null, anna));
    const { benefitForecast } = await asAnna.request(BenefitForecastDocument, {
      memberId: anna,
      month: '2026-11',
      earningsCents: 60000,
      volunteerAllowanceCents: 0,
    });
    const { benefitStatement } = await asAnna.request(BenefitStatementForForecastDocument, {
      memberId: anna,
      month: '2026-11',
    });
    // November is recorded at 600.00 too, with no volunteer allowance: the same statement.
    const { limits, ...forecast } = benefitForecast;
    expect({ ...forecast, limits: null }).toEqual(benefitStatement);
    for (const rule of benefitForecast.appliedRules.filter((r) => r.monthsLeft !== null && !r.partner)) {
      expect(limits).toContainEqual(
        expect.objectContaining({
          code: 'DISREGARD_MONTHS_LEFT',
          ruleCode: rule.code,
          monthsLeft: rule.monthsLeft,
          maxMonths: rule.monthsUsed! + rule.monthsLeft!,
        }),
      );
    }
    const zero = limits!.find((l) => l.code === 'BENEFIT_ZERO_FROM')!;
    expect(zero.textNl).toMatch(
      /^Vanaf € \d{1,3}(\.\d{3})*,\d{2} netto verdiend is je uitkering voor 2026-11 € 0\.$/,
    );
    expect(zero.textEn).toMatch(/^From €\d{1,3}(,\d{3})*\.\d{2} earned/);
    const at = async (earningsCents: number) =>
      (
        await asAnna.request(BenefitForecastDocument, {
          memberId: anna,
          month: '2026-11',
          earningsCents,
          volunteerAllowanceCents: 0,
        })
      ).benefitForecast.benefitCents;
    expect(await at(zero.amountCents!)).toBe(0);
    expect(await at(zero.amountCents! - 1)).toBeGreaterThan(0);
  });

  it('refuses negative earnings, and other members', async () => {
    const asAnna = server.client(server.token(Role.MEMBER, null, anna));
    expect(
      await codesOf(asAnna, BenefitForecastDocument, {
        memberId: anna,
        month: '2026-11',
        earningsCents: -1,
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await codesOf(asAnna, BenefitForecastDocument, {
        memberId: samira,
        month: '2026-11',
        earningsCents: 1,
      }),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('waitlist', () => {
  it('lists who waits for an occurrence in order, with position and since when; staff of the place only', async () => {
    const connection = server.orm.em.getConnection();
    const rows: { occurrence_id: string; id: string }[] = await connection.execute(
      `select occurrence_id, id from booking where status = 'WAITLISTED'
        and occurrence_id = (select occurrence_id from booking where status = 'WAITLISTED'
                              group by occurrence_id order by count(*) desc, occurrence_id limit 1)
        order by waitlisted_at, id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const occurrenceId = rows[0].occurrence_id;
    const asStaff = server.client(server.token(Role.ORG_STAFF, operator));
    const { waitlist } = await asStaff.request(WaitlistDocument, { occurrenceId });
    expect(waitlist.map((b) => b.id)).toEqual(rows.map((r) => r.id));
    expect(waitlist.map((b) => b.waitlistPosition)).toEqual(rows.map((_, i) => i + 1));
    expect(waitlist.every((b) => b.status === 'WAITLISTED' && typeof b.waitlistedAt === 'string')).toBe(true);
    const since = waitlist.map((b) => b.waitlistedAt!);
    expect([...since].sort()).toEqual(since);
    const asOther = server.client(server.token(Role.ORG_STAFF, otherOperator));
    expect((await asOther.request(WaitlistDocument, { occurrenceId })).waitlist).toEqual([]);
    const asFunder = server.client(server.token(Role.FUNDER, operator));
    expect(await codesOf(asFunder, WaitlistDocument, { occurrenceId })).toEqual(['FORBIDDEN']);
  });
});
