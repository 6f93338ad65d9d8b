/**
 * `npm run bench:matching -- [--people 2000] [--repetitions 30]`
 *
 * Ranks one vacancy against an organisation of N participants (default 2,000), each with a passport of six skills
 * out of twenty, a stated availability and a weekly schedule, in a scratch database on DATABASE_URL's server
 * (created, filled and dropped by this script). Reports, as medians over the repetitions:
 * - the SQL statements and wall time of loading the facts (`loadCandidates` + `loadNeighbours`);
 * - the CPU time of the pure ranking (`rankCandidates`) over those facts;
 * - for the whole `vacancyMatches` request through the real app (HTTP, GraphQL, ORM, loaders): statements,
 *   wall time and the server process's CPU time per request (client and server share the process; the client
 *   part is one small fetch).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { signToken } from '../src/auth/tokens';
import { Role } from '../src/auth/viewer';
import { loadConfig } from '../src/config';
import { migrate, withScratchDatabase } from '../src/db/database';
import { createApp } from '../src/server';
import { createLogger } from '../src/shared/logger';
import { rankCandidates, type VacancyFacts } from '../src/skills/matching.calc';
import { loadCandidates, loadNeighbours } from '../src/skills/matching.store';
import { SKILL_LEVELS } from '../src/skills/skill-level';
import { STARTER_SKILLS } from '../src/skills/starter-skills.data';

const TODAY = '2026-12-01';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** One organisation with `people` participants, passports, availability and a weekly slot; returns the ids. */
async function seed(orm: MikroORM, people: number) {
  const em = orm.em.fork();
  const [{ id: municipality }] = await em.execute(
    `insert into municipality (id, created_at, updated_at, name, code) values (gen_random_uuid(), now(), now(), 'Bench', 'GM9999') returning id`,
  );
  const [{ id: organisation }] = await em.execute(
    `insert into organisation (id, created_at, updated_at, name, kind, municipality_id)
     values (gen_random_uuid(), now(), now(), 'Bench operator', 'SOCIAL_ENTERPRISE', ?) returning id`,
    [municipality],
  );
  const [{ id: employer }] = await em.execute(
    `insert into organisation (id, created_at, updated_at, name, kind, municipality_id)
     values (gen_random_uuid(), now(), now(), 'Bench employer', 'EMPLOYER', ?) returning id`,
    [municipality],
  );
  await em.execute(
    `insert into participant (id, created_at, updated_at, organisation_id, display_name, languages, backgrounds)
     select gen_random_uuid(), now(), now(), ?, 'Deelnemer ' || n, '{nl}', '{}' from generate_series(1, ?) n`,
    [organisation, people],
  );
  const codes = STARTER_SKILLS.slice(0, 20).map((s) => s.code);
  // Six skills each, chosen and levelled deterministically from the row number.
  await em.execute(
    `insert into skill_observation (id, created_at, updated_at, participant_id, skill_id, level, observed_on, organisation_id)
     select gen_random_uuid(), now(), now(), p.id, s.id, (?::text[])[1 + (p.n + k) % 4], date '2026-10-01' + k, ?
       from (select id, row_number() over (order by id) as n from participant where organisation_id = ?) p
       cross join generate_series(0, 5) k
       join skill s on s.code = (?::text[])[1 + (p.n * 7 + k * 3) % 20]
     on conflict do nothing`,
    [`{${SKILL_LEVELS.join(',')}}`, organisation, organisation, `{${codes.join(',')}}`],
  );
  await em.execute(
    `insert into participant_availability (id, created_at, updated_at, participant_id, organisation_id, dayparts)
     select gen_random_uuid(), now(), now(), id, organisation_id,
            case when random() < 0.5 then '{MONDAY_MORNING,TUESDAY_MORNING}'::text[] else '{WEDNESDAY_AFTERNOON}'::text[] end
       from participant where organisation_id = ?`,
    [organisation],
  );
  const vacancy: VacancyFacts = {
    id: '00000000-0000-4000-8000-000000000001',
    municipalityId: municipality,
    dayparts: ['MONDAY_MORNING', 'TUESDAY_MORNING', 'WEDNESDAY_AFTERNOON'],
    required: codes.slice(0, 4).map((skillCode, i) => ({ skillCode, level: SKILL_LEVELS[i % 4] })),
    niceToHave: codes.slice(4, 6).map((skillCode) => ({ skillCode, level: 'WITH_HELP' as const })),
  };
  await em.execute(
    `insert into vacancy (id, created_at, updated_at, employer_id, municipality_id, title, hours_per_week, dayparts,
                          learning_path, required_skills, nice_to_have_skills)
     values (?, now(), now(), ?, ?, 'Bench vacancy', 24, ?::text[], false, ?::jsonb, ?::jsonb)`,
    [
      vacancy.id,
      employer,
      municipality,
      `{${vacancy.dayparts.join(',')}}`,
      JSON.stringify(vacancy.required),
      JSON.stringify(vacancy.niceToHave),
    ],
  );
  return { organisation, vacancy };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { people: { type: 'string', default: '2000' }, repetitions: { type: 'string', default: '30' } },
  });
  const people = Number(values.people);
  const repetitions = Number(values.repetitions);
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('Set DATABASE_URL to a PostgreSQL server; the benchmark makes its own database there.');
  process.env.MEEDOEN_TODAY = TODAY;

  await withScratchDatabase(url, async (orm) => {
    await migrate(orm);
    const { organisation, vacancy } = await seed(orm, people);
    let statements = 0;
    orm.em
      .getConnection()
      .getKnex()
      .on('query', () => (statements += 1));

    const load: number[] = [];
    const loadStatements: number[] = [];
    const rank: number[] = [];
    let ranked = 0;
    for (let i = 0; i < repetitions; i++) {
      const em = orm.em.fork();
      statements = 0;
      const started = performance.now();
      const neighbours = await loadNeighbours(em, [vacancy.municipalityId]);
      const codes = [...vacancy.required, ...vacancy.niceToHave].map((r) => r.skillCode);
      const rows = await loadCandidates(
        em,
        { kind: 'organisation', organisationId: organisation },
        codes,
        TODAY,
      );
      load.push(performance.now() - started);
      loadStatements.push(statements);
      const cpu = process.cpuUsage();
      ranked = rankCandidates(
        vacancy,
        rows.map((row) => row.facts),
        neighbours,
      ).length;
      rank.push(cpuMs(cpu));
    }

    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_PER_IP_PER_MINUTE: '0',
    });
    const app = await createApp({ config, orm, logger: createLogger('silent') });
    const endpoint = await app.listen(0);
    const token = signToken(config.jwtSecret, {
      subject: 'bench',
      role: Role.ORG_STAFF,
      organisationId: organisation,
      memberId: null,
    });
    const body = JSON.stringify({
      query:
        'query($v: ID!) { vacancyMatches(vacancyId: $v, first: 20) { score participant { reference displayName } met { status skill { code } } close { gapNl } missing { gapNl } } }',
      variables: { v: vacancy.id },
    });
    const request = async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const json = (await response.json()) as { data?: { vacancyMatches: unknown[] }; errors?: unknown };
      if (!json.data || json.data.vacancyMatches.length !== 20)
        throw new Error(`unexpected answer ${JSON.stringify(json).slice(0, 300)}`);
    };
    await request(); // warm-up: schema, prepared paths, JIT
    const wall: number[] = [];
    const cpu: number[] = [];
    const requestStatements: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      statements = 0;
      const started = performance.now();
      const usage = process.cpuUsage();
      await request();
      cpu.push(cpuMs(usage));
      wall.push(performance.now() - started);
      requestStatements.push(statements);
    }
    await app.stop();
    await new Promise((resolve) => app.httpServer.close(resolve));

    const fmt = (n: number) => n.toFixed(1);
    console.log(
      `| What (${people} participants, ${ranked} ranked, median of ${repetitions}) | SQL statements | wall ms | CPU ms |`,
    );
    console.log('| --- | --- | --- | --- |');
    console.log(
      `| load facts (loadCandidates + loadNeighbours) | ${median(loadStatements)} | ${fmt(median(load))} | |`,
    );
    console.log(`| rank (pure rankCandidates) | 0 | | ${fmt(median(rank))} |`);
    console.log(
      `| whole vacancyMatches request (first: 20) | ${median(requestStatements)} | ${fmt(median(wall))} | ${fmt(median(cpu))} |`,
    );
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
