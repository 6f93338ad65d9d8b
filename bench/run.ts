/**
 * `npm run bench -- [--duration s] [--connections 1,4,16] [--repetitions n] [--label text] [--only Q1,M1]`
 *
 * Measures the real server (NODE_ENV=production, a child process) and the raw-pg baseline (bench/baseline.ts,
 * another child process) side by side against DATABASE_URL, filled by `npm run seed:scale`. Each repetition
 * runs every scenario at every concurrency, API and baseline alternating, so that drift on the machine hits
 * both; medians over repetitions are reported. Writes bench/results/<label>.json and prints a markdown table.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import { signToken } from '../src/auth/tokens';
import { Role } from '../src/auth/viewer';
import { loadConfig } from '../src/config';
import { ormOptions } from '../src/mikro-orm.config';
import { createApp } from '../src/server';
import { todayInAmsterdam } from '../src/shared/clock';
import { addDays } from '../src/shared/dates';
import { createLogger } from '../src/shared/logger';
import { handle, poolQuery, type Query } from './baseline';
import {
  M1_BOOK,
  Q1_OCCURRENCE,
  Q2_PLACE_WEEK,
  Q3_FUNDER_OVERVIEW,
  Q3_PLACE_FINANCING,
  Q4_OUTCOMES,
} from './queries';
import { keyId } from './seed-scale';
import { scaleKeys } from './shape';

/** A server under test: where it listens, which process to read memory from, how to stop it. */
export interface Target {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface BenchOptions {
  databaseUrl: string;
  durationSeconds: number;
  connections: number[];
  repetitions: number;
  label: string;
  /** Scenario names to run (default: all). */
  only?: string[];
  /** Where results/<label>.json goes; null: do not write. */
  resultsDir?: string | null;
  /** Starts the API with this JWT secret and these env overrides (default: `node dist/src/index.js`). */
  startApi?: (env: NodeJS.ProcessEnv) => Promise<Target>;
  /** Starts the baseline (default: `node dist/bench/baseline.js`). */
  startBaseline?: (env: NodeJS.ProcessEnv) => Promise<Target>;
  log?: (line: string) => void;
}

/** What the benchmark addresses: generated rows of municipality 1 plus its own booking pool. */
export interface Fixture {
  placeId: string;
  funderId: string;
  occurrenceId: string;
  weekStart: string;
  from: string;
  to: string;
  /** Municipality 1 and the calendar year as dates, for Q4. */
  municipalityId: string;
  firstDay: string;
  lastDay: string;
  /** Distinct (enrolment, occurrence) pairs into free future occurrences, for M1. */
  pairs: { enrolmentId: string; occurrenceId: string }[];
}

interface Scenario {
  name: string;
  side: 'api' | 'baseline';
  /** The name of the same request on the other side, for the ratio. */
  pair?: string;
  request(fixture: Fixture): { method: 'GET' | 'POST'; path: string; body?: string };
  /** A distinct body per request (M1). */
  varies?: boolean;
}

const gql = (query: string, variables: object) => JSON.stringify({ query, variables });

const SCENARIOS: Scenario[] = [
  {
    name: 'Q1 occurrence',
    side: 'api',
    request: (f) => ({ method: 'POST', path: '/graphql', body: gql(Q1_OCCURRENCE, { id: f.occurrenceId }) }),
  },
  {
    name: 'Q2 placeWeek',
    side: 'api',
    pair: 'Q2 placeWeek (baseline)',
    request: (f) => ({
      method: 'POST',
      path: '/graphql',
      body: gql(Q2_PLACE_WEEK, { placeId: f.placeId, weekStart: f.weekStart }),
    }),
  },
  {
    name: 'Q2 placeWeek (baseline)',
    side: 'baseline',
    request: (f) => ({ method: 'GET', path: `/placeWeek?placeId=${f.placeId}&weekStart=${f.weekStart}` }),
  },
  {
    name: 'Q3 funderOverview',
    side: 'api',
    pair: 'Q3 funderOverview (baseline)',
    request: (f) => ({
      method: 'POST',
      path: '/graphql',
      body: gql(Q3_FUNDER_OVERVIEW, { funderId: f.funderId, from: f.from, to: f.to }),
    }),
  },
  {
    name: 'Q3 funderOverview (baseline)',
    side: 'baseline',
    request: (f) => ({
      method: 'GET',
      path: `/funderOverview?funderId=${f.funderId}&from=${f.from}&to=${f.to}`,
    }),
  },
  {
    name: 'Q3 placeFinancing',
    side: 'api',
    pair: 'Q3 placeFinancing (baseline)',
    request: (f) => ({
      method: 'POST',
      path: '/graphql',
      body: gql(Q3_PLACE_FINANCING, { placeId: f.placeId, from: f.from, to: f.to }),
    }),
  },
  {
    name: 'Q3 placeFinancing (baseline)',
    side: 'baseline',
    request: (f) => ({
      method: 'GET',
      path: `/placeFinancing?placeId=${f.placeId}&from=${f.from}&to=${f.to}`,
    }),
  },
  {
    name: 'Q4 outcomes',
    side: 'api',
    pair: 'Q4 outcomes (baseline)',
    request: (f) => ({
      method: 'POST',
      path: '/graphql',
      body: gql(Q4_OUTCOMES, { municipalityId: f.municipalityId, from: f.firstDay, to: f.lastDay }),
    }),
  },
  {
    name: 'Q4 outcomes (baseline)',
    side: 'baseline',
    request: (f) => ({
      method: 'GET',
      path: `/outcomes?municipalityId=${f.municipalityId}&from=${f.firstDay}&to=${f.lastDay}`,
    }),
  },
  {
    name: 'M1 book',
    side: 'api',
    varies: true,
    request: (f) => ({ method: 'POST', path: '/graphql', body: gql(M1_BOOK, f.pairs[0]) }),
  },
];

/** Rows of the M1 pool: a bench-owned place, workshop, participants and far-from-full future occurrences. */
const POOL_PARTICIPANTS = 1000;
const POOL_OCCURRENCES = 40;

/**
 * Looks up the generated rows the queries address (municipality 1, place 1, its funder, a past week with
 * bookings and attendance, the calendar year) and (re)creates the M1 booking pool, emptied of earlier bookings.
 */
export async function prepareFixture(databaseUrl: string): Promise<Fixture> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const placeId = keyId(scaleKeys.place(1, 1));
    const funderId = keyId(scaleKeys.funder(1));
    const span = await client.query<{ first: string | null; last: string | null }>(
      'select min(date)::text as first, max(date)::text as last from occurrence where place_id = $1',
      [placeId],
    );
    const { first, last } = span.rows[0];
    if (!first || !last) throw new Error('No scale data: run `npm run seed:scale -- --scale 1` first.');
    // Week 21 of the generated year (a past week, bookings and attendance), or the last week on a tiny scale.
    const weekStart = addDays(first, 20 * 7) <= last ? addDays(first, 20 * 7) : addDays(first, 7);
    const occurrence = await client.query<{ id: string }>(
      'select id from occurrence where place_id = $1 and date >= $2 order by date, start_time, id limit 1',
      [placeId, weekStart],
    );
    const year = first.slice(0, 4);
    await createBookingPool(client);
    const pairs = await bookingPairs(client);
    return {
      placeId,
      funderId,
      occurrenceId: occurrence.rows[0].id,
      weekStart,
      from: `${year}-01`,
      to: `${year}-12`,
      municipalityId: keyId(scaleKeys.municipality(1)),
      firstDay: `${year}-01-01`,
      lastDay: `${year}-12-31`,
      pairs,
    };
  } finally {
    await client.end();
  }
}

const benchId = (key: string) => `md5('bench:' || ${key})::uuid`;

async function createBookingPool(client: Client): Promise<void> {
  const m = `'${keyId(scaleKeys.municipality(1))}'::uuid`;
  const org = `'${keyId(scaleKeys.operator(1, 1))}'::uuid`;
  const place = benchId(`'place'`);
  const workshop = benchId(`'workshop'`);
  const today = todayInAmsterdam();
  await client.query('begin');
  await client.query(
    `insert into place (id, created_at, updated_at, name, address, description, municipality_id, organisation_id)
     values (${place}, now(), now(), 'Benchmarkplek', 'Benchstraat 1', null, ${m}, ${org})
     on conflict (id) do nothing`,
  );
  await client.query(
    `insert into workshop (id, created_at, updated_at, place_id, organisation_id, municipality_id, name, kind,
                           leermeester, skills, default_capacity, archived)
     values (${workshop}, now(), now(), ${place}, ${org}, ${m}, 'Benchmarkwerkplaats', 'OTHER', 'Bench', array[]::text[],
             ${POOL_PARTICIPANTS}, false)
     on conflict (id) do nothing`,
  );
  await client.query(
    `insert into participant (id, created_at, updated_at, organisation_id, display_name, email, phone, birth_date,
                              languages, backgrounds, route_in, comes_to)
     select ${benchId(`'pa' || i`)}, now(), now(), ${org}, 'Benchdeelnemer ' || i, null, null, null,
            array['nl'], array['OTHER'], 'WALK_IN', 'BOTH'
     from generate_series(1, ${POOL_PARTICIPANTS}) i
     on conflict (id) do nothing`,
  );
  await client.query(
    `insert into enrolment (id, created_at, updated_at, participant_id, workshop_id, place_id, organisation_id,
                            municipality_id, start_date, end_date, status, outflow_code)
     select ${benchId(`'e' || i`)}, now(), now(), ${benchId(`'pa' || i`)}, ${workshop}, ${place}, ${org}, ${m},
            date '2000-01-01', null, 'ACTIVE', null
     from generate_series(1, ${POOL_PARTICIPANTS}) i
     on conflict (id) do nothing`,
  );
  // Extra dates (no slot) from tomorrow on, capacity for every pool participant: bookings never waitlist.
  await client.query(
    `delete from booking where occurrence_id in (select id from occurrence where workshop_id = ${workshop})`,
  );
  await client.query(
    `insert into occurrence (id, created_at, updated_at, slot_id, workshop_id, place_id, organisation_id,
                             municipality_id, date, start_time, end_time, dayparts, capacity, booked_count, cancelled)
     select ${benchId(`'oc' || i`)}, now(), now(), null, ${workshop}, ${place}, ${org}, ${m},
            date '${today}' + i, '09:00', '13:00', 1, ${POOL_PARTICIPANTS}, 0, false
     from generate_series(1, ${POOL_OCCURRENCES}) i
     on conflict (id) do update set date = excluded.date, booked_count = 0, cancelled = false`,
  );
  await client.query('commit');
}

/** Every (participant, occurrence) pair of the pool, occurrences varying fastest (less lock contention). */
async function bookingPairs(client: Client): Promise<Fixture['pairs']> {
  const rows = await client.query<{ enrolment_id: string; occurrence_id: string }>(
    `select ${benchId(`'e' || p`)}::text as enrolment_id, ${benchId(`'oc' || o`)}::text as occurrence_id
       from generate_series(1, ${POOL_PARTICIPANTS}) p, generate_series(1, ${POOL_OCCURRENCES}) o
      order by p, o`,
  );
  return rows.rows.map((r) => ({ enrolmentId: r.enrolment_id, occurrenceId: r.occurrence_id }));
}

/** Empties the pool's occurrences again, so that every M1 measurement can use all pairs. */
async function resetBookingPool(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const workshop = benchId(`'workshop'`);
    await client.query('begin');
    await client.query(
      `delete from booking where occurrence_id in (select id from occurrence where workshop_id = ${workshop})`,
    );
    await client.query(`update occurrence set booked_count = 0 where workshop_id = ${workshop}`);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`child exited (${child.exitCode}): ${stderr()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within 60 s: ${stderr()}`);
}

/** Runs a compiled script of this package as a child process listening on a free port. */
async function spawnTarget(script: string, env: NodeJS.ProcessEnv, probe: string): Promise<Target> {
  const port = await freePort();
  // stdout (one log line per request in production) goes nowhere, as to a log shipper that keeps up.
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}${probe}`, child, () => stderr);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

const distRoot = resolve(__dirname, '..');

const defaultStartApi = (env: NodeJS.ProcessEnv) =>
  spawnTarget(join(distRoot, 'src', 'index.js'), env, '/healthz');
const defaultStartBaseline = (env: NodeJS.ProcessEnv) =>
  spawnTarget(join(distRoot, 'bench', 'baseline.js'), env, '/');

/** Peak resident memory (VmHWM) of a process, in MB; null where /proc is not available. */
export function peakMemoryMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

interface Sent {
  status: number;
  json: { data?: unknown; errors?: unknown[] } | null;
}

async function send(baseUrl: string, headers: Record<string, string>, req: ReturnType<Scenario['request']>) {
  const response = await fetch(`${baseUrl}${req.path}`, { method: req.method, headers, body: req.body });
  const text = await response.text();
  let json: Sent['json'] = null;
  try {
    json = JSON.parse(text) as Sent['json'];
  } catch {
    /* reported below */
  }
  return { status: response.status, json };
}

/** A response is good when it is 200 with data and no error, top-level or in a mutation payload. */
function problemOf(name: string, sent: Sent): string | null {
  const data = sent.json?.data as Record<string, { errors?: unknown[] } | null> | undefined;
  if (sent.status !== 200 || !data || sent.json?.errors?.length) {
    return `${name}: status ${sent.status}, ${JSON.stringify(sent.json).slice(0, 500)}`;
  }
  const payloadErrors = Object.values(data).flatMap((value) => value?.errors ?? []);
  if (payloadErrors.length) return `${name}: ${JSON.stringify(payloadErrors).slice(0, 500)}`;
  if (Object.values(data).some((value) => value === null)) return `${name}: null result`;
  return null;
}

/**
 * Sends each scenario once and fails on any error, and on any difference between the API's and the baseline's
 * `data` for Q2, Q3 and Q4. M1 books the last pair of the pool (the measurement resets the pool first).
 */
export async function sampleCheck(
  fixture: Fixture,
  api: string,
  baseline: string,
  token: string,
  scenarios = SCENARIOS,
): Promise<void> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const answers = new Map<string, unknown>();
  for (const scenario of scenarios) {
    const request = scenario.varies
      ? { ...scenario.request(fixture), body: gql(M1_BOOK, fixture.pairs[fixture.pairs.length - 1]) }
      : scenario.request(fixture);
    const sent = await send(scenario.side === 'api' ? api : baseline, headers, request);
    const problem = problemOf(scenario.name, sent);
    if (problem) throw new Error(`Sample request failed: ${problem}`);
    answers.set(scenario.name, sent.json!.data);
  }
  for (const scenario of scenarios) {
    if (!scenario.pair || !answers.has(scenario.pair)) continue;
    if (!isDeepStrictEqual(answers.get(scenario.name), answers.get(scenario.pair))) {
      throw new Error(`${scenario.name}: the API and the baseline returned different data`);
    }
  }
}

/**
 * SQL statements per request: each API request is run twice through an in-process app with a knex query
 * listener (the second count is kept: the first may warm caches); the baseline's through a counting wrapper.
 */
async function countStatements(
  databaseUrl: string,
  fixture: Fixture,
  env: NodeJS.ProcessEnv,
  token: string,
  scenarios: Scenario[],
): Promise<Record<string, number>> {
  const config = loadConfig({ ...process.env, ...env, DATABASE_URL: databaseUrl });
  const orm = await MikroORM.init(ormOptions(databaseUrl, { ensureDatabase: false }));
  const app = await createApp({ config, orm, logger: createLogger('silent') });
  const url = (await app.listen(0)).replace(/\/graphql$/, '');
  let statements = 0;
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => (statements += 1));
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const inner = poolQuery(pool);
  const counting: Query = (sql, params) => {
    statements += 1;
    return inner(sql, params);
  };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const counts: Record<string, number> = {};
  try {
    for (const scenario of scenarios) {
      for (const attempt of [0, 1]) {
        statements = 0;
        const request = scenario.varies
          ? {
              ...scenario.request(fixture),
              body: gql(M1_BOOK, fixture.pairs[fixture.pairs.length - 2 + attempt]),
            }
          : scenario.request(fixture);
        if (scenario.side === 'api') {
          const problem = problemOf(scenario.name, await send(url, headers, request));
          if (problem) throw new Error(problem);
        } else {
          const target = new URL(request.path, 'http://baseline');
          await handle(counting, target.pathname, target.searchParams);
        }
        if (attempt === 1) counts[scenario.name] = statements;
      }
    }
  } finally {
    await app.stop();
    await orm.close();
    await pool.end();
  }
  return counts;
}

export interface Measurement {
  scenario: string;
  connections: number;
  repetition: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  graphqlErrors: number;
}

async function measure(
  scenario: Scenario,
  fixture: Fixture,
  baseUrl: string,
  token: string,
  connections: number,
  durationSeconds: number,
): Promise<Omit<Measurement, 'scenario' | 'connections' | 'repetition'>> {
  const base = scenario.request(fixture);
  let graphqlErrors = 0;
  let next = 0;
  const result = await autocannon({
    url: `${baseUrl}${base.path}`,
    method: base.method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: base.body,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: base.method,
        path: base.path,
        body: base.body,
        ...(scenario.varies
          ? {
              setupRequest: (request: autocannon.Request) => {
                if (next >= fixture.pairs.length) throw new Error('M1 ran out of booking pairs');
                return { ...request, body: gql(M1_BOOK, fixture.pairs[next++]) };
              },
            }
          : {}),
        onResponse: (status, body) => {
          // Top-level errors, or a payload's `errors` list that is not empty.
          if (status === 200 && (body.startsWith('{"errors"') || body.includes('"errors":[{')))
            graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    graphqlErrors,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface Summary {
  scenario: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** API throughput / the baseline's, for scenarios that have one. */
  ratio: number | null;
  statements: number;
  failures: number;
}

export interface BenchResult {
  label: string;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryMb: number; loadBefore: number[]; loadAfter: number[] };
  database: { occurrences: number; bookings: number; attendance: number; municipalities: number };
  options: { durationSeconds: number; connections: number[]; repetitions: number };
  fixture: Omit<Fixture, 'pairs'>;
  statements: Record<string, number>;
  peakMemoryMb: { api: number | null; baseline: number | null };
  measurements: Measurement[];
  summary: Summary[];
}

async function tableSizes(databaseUrl: string): Promise<BenchResult['database']> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    return {
      municipalities: await count('municipality'),
      occurrences: await count('occurrence'),
      bookings: await count('booking'),
      attendance: await count('attendance'),
    };
  } finally {
    await client.end();
  }
}

export function markdownTable(result: BenchResult): string {
  const lines = [
    '| Scenario | Conn. | req/s | p50 ms | p99 ms | API/baseline req/s | SQL/request | failures |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of result.summary) {
    lines.push(
      `| ${s.scenario} | ${s.connections} | ${s.requestsPerSecond.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${
        s.ratio === null ? '' : `${s.ratio.toFixed(2)}×`
      } | ${s.statements} | ${s.failures} |`,
    );
  }
  lines.push(
    '',
    `Peak memory (VmHWM): API ${result.peakMemoryMb.api ?? '?'} MB, baseline ${result.peakMemoryMb.baseline ?? '?'} MB.`,
  );
  return lines.join('\n');
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const scenarios = SCENARIOS.filter(
    (s) => !options.only || options.only.some((name) => s.name.toLowerCase().startsWith(name.toLowerCase())),
  );
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  const fixture = await prepareFixture(options.databaseUrl);
  const jwtSecret = randomBytes(32).toString('hex');
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: jwtSecret,
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_PER_IP_PER_MINUTE: '0',
    RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE: '0',
    MAX_QUERY_COST: '1000000',
    EXPENSIVE_QUERY_COST: '1000000',
  };
  const token = signToken(jwtSecret, {
    subject: 'bench',
    role: Role.ADMIN,
    organisationId: null,
    memberId: null,
  });
  log('counting SQL statements per request');
  const statements = await countStatements(options.databaseUrl, fixture, env, token, scenarios);
  const api = await (options.startApi ?? defaultStartApi)(env);
  const baseline = await (options.startBaseline ?? defaultStartBaseline)(env);
  const measurements: Measurement[] = [];
  let peak: BenchResult['peakMemoryMb'];
  try {
    await resetBookingPool(options.databaseUrl);
    await sampleCheck(fixture, `${api.url}`, baseline.url, token, scenarios);
    for (let repetition = 1; repetition <= options.repetitions; repetition++) {
      for (const connections of options.connections) {
        for (const scenario of scenarios) {
          if (scenario.varies) await resetBookingPool(options.databaseUrl);
          const m = await measure(
            scenario,
            fixture,
            scenario.side === 'api' ? api.url : baseline.url,
            token,
            connections,
            options.durationSeconds,
          );
          measurements.push({ scenario: scenario.name, connections, repetition, ...m });
          log(
            `rep ${repetition} c=${connections} ${scenario.name}: ${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms` +
              (m.non2xx + m.errors + m.graphqlErrors
                ? `, FAILURES ${m.non2xx}/${m.errors}/${m.graphqlErrors}`
                : ''),
          );
        }
      }
    }
  } finally {
    peak = { api: peakMemoryMb(api.pid), baseline: peakMemoryMb(baseline.pid) };
    await api.stop();
    await baseline.stop();
    await resetBookingPool(options.databaseUrl);
  }
  const summary: Summary[] = [];
  for (const connections of options.connections) {
    for (const scenario of scenarios) {
      const own = measurements.filter((m) => m.scenario === scenario.name && m.connections === connections);
      const rps = median(own.map((m) => m.requestsPerSecond));
      const other = measurements.filter((m) => m.scenario === scenario.pair && m.connections === connections);
      summary.push({
        scenario: scenario.name,
        connections,
        requestsPerSecond: rps,
        p50: median(own.map((m) => m.p50)),
        p99: median(own.map((m) => m.p99)),
        ratio: other.length ? rps / median(other.map((m) => m.requestsPerSecond)) : null,
        statements: statements[scenario.name],
        // A measurement that completed no request at all counts as a failure too.
        failures: own.reduce(
          (sum, m) => sum + m.non2xx + m.errors + m.graphqlErrors + (m.requests ? 0 : 1),
          0,
        ),
      });
    }
  }
  const { pairs: _pairs, ...fixtureIds } = fixture;
  const result: BenchResult = {
    label: options.label,
    startedAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 1024 / 1024),
      loadBefore,
      loadAfter: loadavg(),
    },
    database: await tableSizes(options.databaseUrl),
    options: {
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      repetitions: options.repetitions,
    },
    fixture: fixtureIds,
    statements,
    peakMemoryMb: peak,
    measurements,
    summary,
  };
  if (options.resultsDir !== null) {
    const dir = options.resultsDir ?? resolve(distRoot, '..', 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${options.label}.json`), `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '1,4,16' },
      repetitions: { type: 'string', default: '3' },
      label: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Set DATABASE_URL to a database filled by `npm run seed:scale`.');
    process.exit(2);
  }
  const label = values.label ?? new URL(databaseUrl).pathname.slice(1);
  const result = await runBench({
    databaseUrl,
    durationSeconds: Number(values.duration),
    connections: values.connections.split(',').map(Number),
    repetitions: Number(values.repetitions),
    label,
    only: values.only?.split(','),
    log: (line) => console.error(line),
  });
  console.log(`\n## ${label}\n\n${markdownTable(result)}\n\nResults: bench/results/${label}.json`);
  const failures = result.summary.reduce((sum, s) => sum + s.failures, 0);
  if (failures) {
    console.error(`${failures} failed requests`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
