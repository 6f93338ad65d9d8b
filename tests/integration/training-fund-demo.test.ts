import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { databaseUrlFor } from '../../src/db/embedded';
import { seedDemo } from '../../src/demo/seed';
import { TRAINING_FUND_DEMO } from '../../src/demo/training-fund.demo';
import { ormOptions } from '../../src/mikro-orm.config';
import { Organisation } from '../../src/organisations/organisation.entity';
import { TrainingFund } from '../../src/training-fund/training-fund.entity';
import { FundOverviewDocument, TrainingGrantsDocument } from '../generated/graphql';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

// The demo uses fixed names and municipality codes, so it gets a database of its own.
const url = databaseUrlFor(process.env.DATABASE_URL!, `meedoen_demo_${randomBytes(4).toString('hex')}`);
let server: TestServer;

beforeAll(async () => {
  const orm = await MikroORM.init(ormOptions(url));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close();
  server = await startTestServer({ env: { DATABASE_URL: url } });
}, 60_000);

afterAll(async () => {
  await server.stop();
  const client = new Client({ connectionString: databaseUrlFor(url, 'postgres') });
  await client.connect();
  await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  await client.end();
});

describe('training fund demo', () => {
  it('has a fund with one grant hired and repaying, one completed without a hire and one stopped', async () => {
    const em = server.orm.em.fork();
    const fund = await em.findOneOrFail(TrainingFund, { name: TRAINING_FUND_DEMO.fund });
    const owner = await em.findOneOrFail(Organisation, fund.owner.id);
    const asOwner = server.client(server.token(Role.FUNDER, owner.id));
    const { trainingGrants } = await asOwner.request(TrainingGrantsDocument, { fundId: fund.id });
    const shapes = trainingGrants.map((g) => ({
      outcome: g.outcome,
      hired: g.hireStart !== null,
      repaid: g.instalments.reduce((s, i) => s + i.repaidCents, 0),
    }));
    expect(shapes).toEqual([
      { outcome: 'COMPLETED', hired: true, repaid: 30_000 },
      { outcome: 'COMPLETED', hired: false, repaid: 0 },
      { outcome: 'STOPPED', hired: false, repaid: 0 },
    ]);
    const { fundOverview } = await asOwner.request(FundOverviewDocument, {
      fundId: fund.id,
      from: '2026-01',
      to: '2026-12',
    });
    expect(fundOverview).toMatchObject({
      contributionsCents: 7_500_000,
      paymentsCents: 580_000,
      repaymentsCents: 30_000,
      balanceCents: 6_950_000,
      receivablesCents: 90_000,
      peopleTrained: 2,
      hires: 1,
    });
  });
});
