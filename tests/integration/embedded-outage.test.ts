import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  eventually,
  postGraphQL,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from '../setup/processes';

/**
 * The server on its embedded PostgreSQL, as `npm start` runs it without DATABASE_URL, in a process of its own:
 * the tests kill the database's postmaster (SIGKILL, as a crash or the OOM killer would) and watch the server.
 */
let dataDir: string;
let server: ServerProcess | null = null;

const QUERY = '{ municipalities { code } }';
const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

function pidFile(): string {
  return join(dataDir, 'data', 'pg', 'postmaster.pid');
}

/** The pid of the running postmaster of the server's data folder, or null. */
function postmaster(): number | null {
  try {
    const pid = Number(readFileSync(pidFile(), 'utf8').split('\n')[0]);
    return pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres') ? pid : null;
  } catch {
    return null;
  }
}

function kill(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

async function healthStatus(): Promise<number> {
  return (await fetch(server!.health)).status;
}

async function start(): Promise<ServerProcess> {
  return startServerProcess({ DATABASE_URL: '', DATA_DIR: join(dataDir, 'data'), NODE_ENV: 'test' });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'meedoen-outage-'));
  // As root the embedded PostgreSQL runs as the postgres user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  server = await start();
}, 240_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) await stopServerProcess(server, 'SIGKILL');
  kill(postmaster());
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded database dies', () => {
  it('answers 503 with Retry-After meanwhile (GraphQL too), restarts it and recovers by itself', async () => {
    expect((await postGraphQL(server!.url, QUERY)).status).toBe(200);
    const first = postmaster();
    expect(first).not.toBeNull();

    // Keep the database down for a while: kill every postmaster the supervisor starts.
    let killing = true;
    let kills = 0;
    const killer = (async () => {
      while (killing) {
        if (kill(postmaster())) kills += 1;
        await sleep(20);
      }
    })();
    const answers: Awaited<ReturnType<typeof postGraphQL>>[] = [];
    let health503 = false;
    try {
      health503 = await eventually(async () => (await healthStatus()) === 503, 30_000, 20);
      for (let i = 0; i < 10; i += 1) {
        answers.push(await postGraphQL(server!.url, QUERY));
        await sleep(30);
      }
    } finally {
      killing = false;
      await killer;
    }
    expect(health503).toBe(true);
    expect(kills).toBeGreaterThan(0);
    // Never a 200 carrying an internal error, never a 500: 503 with Retry-After, or a whole answer.
    for (const answer of answers) {
      if (answer.status === 503) {
        expect(answer.retryAfter).toMatch(/^\d+$/);
        expect(answer.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      } else {
        expect(answer).toMatchObject({ status: 200, body: { data: { municipalities: expect.any(Array) } } });
        expect(answer.body.errors).toBeUndefined();
      }
    }
    expect(answers.some((answer) => answer.status === 503)).toBe(true);

    // Nobody restarts anything by hand: the supervisor brings PostgreSQL back and the server notices.
    expect(await eventually(async () => (await healthStatus()) === 200, 60_000)).toBe(true);
    const after = await postGraphQL(server!.url, QUERY);
    expect(after.status).toBe(200);
    expect((after.body.data?.municipalities as unknown[]).length).toBeGreaterThan(0);
    expect(postmaster()).not.toBe(first);
    expect(server!.logs).toEqual(
      expect.arrayContaining([expect.objectContaining({ msg: 'embedded database restarted' })]),
    );
  }, 180_000);

  it('stops with exit code 0 on SIGTERM during an outage, leaving no PostgreSQL behind', async () => {
    expect(await eventually(async () => (await healthStatus()) === 200, 60_000)).toBe(true);
    const pid = postmaster();
    expect(kill(pid)).toBe(true);
    expect(await eventually(async () => (await healthStatus()) === 503, 30_000, 20)).toBe(true);
    const stopped = await stopServerProcess(server!, 'SIGTERM');
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(postmaster()).toBeNull();
    expect(existsSync(pidFile())).toBe(false);
  }, 120_000);

  it('stops with exit code 0 on SIGTERM while the database runs, and starts again on the same folder', async () => {
    server = await start();
    expect(await healthStatus()).toBe(200);
    const stopped = await stopServerProcess(server, 'SIGTERM');
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(postmaster()).toBeNull();
  }, 240_000);
});
