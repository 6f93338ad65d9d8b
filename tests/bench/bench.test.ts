import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { startBaseline } from '../../bench/baseline';
import { runBench, type Target } from '../../bench/run';
import { seedScale } from '../../bench/seed-scale';
import { loadConfig } from '../../src/config';
import { databaseUrlFor } from '../../src/db/embedded';
import { ormOptions } from '../../src/mikro-orm.config';
import { createApp } from '../../src/server';
import { createLogger } from '../../src/shared/logger';

/**
 * Keeps the benchmark from rotting: the generator at a tiny scale into a scratch database, then one very short
 * iteration of every scenario, with the servers in this process. The run itself checks that every sample
 * answer is free of errors and that the API and the baseline return the same data for Q2, Q3 and Q4.
 */
describe('benchmark', () => {
  const serverUrl = process.env.DATABASE_URL!;
  const name = `meedoen_bench_${randomBytes(4).toString('hex')}`;
  const url = databaseUrlFor(serverUrl, name);

  beforeAll(async () => {
    const orm = await MikroORM.init(ormOptions(url));
    await orm.getMigrator().up();
    await orm.close();
    await seedScale(url, 0.05);
  }, 120_000);

  afterAll(async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  });

  it('measures every scenario without errors, the API returning what the baseline returns', async () => {
    const startApi = async (env: NodeJS.ProcessEnv): Promise<Target> => {
      const config = loadConfig({ ...process.env, ...env });
      const orm = await MikroORM.init(ormOptions(url, { ensureDatabase: false }));
      const app = await createApp({ config, orm, logger: createLogger('silent') });
      const graphqlUrl = await app.listen(0);
      return {
        url: graphqlUrl.replace(/\/graphql$/, ''),
        pid: process.pid,
        async stop() {
          await app.stop();
          await orm.close();
        },
      };
    };
    const startInProcessBaseline = async (): Promise<Target> => {
      const baseline = await startBaseline(url);
      return { url: baseline.url, pid: process.pid, stop: () => baseline.stop() };
    };
    const result = await runBench({
      databaseUrl: url,
      durationSeconds: 0.4,
      connections: [1],
      repetitions: 1,
      label: 'test',
      resultsDir: null,
      startApi,
      startBaseline: startInProcessBaseline,
    });
    expect(result.summary.map((s) => s.scenario)).toEqual([
      'Q1 occurrence',
      'Q2 placeWeek',
      'Q2 placeWeek (baseline)',
      'Q3 funderOverview',
      'Q3 funderOverview (baseline)',
      'Q3 placeFinancing',
      'Q3 placeFinancing (baseline)',
      'Q4 outcomes',
      'Q4 outcomes (baseline)',
      'M1 book',
    ]);
    for (const s of result.summary) {
      expect({ scenario: s.scenario, failures: s.failures }).toEqual({ scenario: s.scenario, failures: 0 });
      expect(s.requestsPerSecond).toBeGreaterThan(0);
      expect(s.statements).toBeGreaterThan(0);
    }
    expect(result.summary.find((s) => s.scenario === 'Q2 placeWeek')!.ratio).toBeGreaterThan(0);
  }, 60_000);
});
