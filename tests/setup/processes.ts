import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A server started as its own node process (`src/index.ts`, as `npm start` runs it), for tests. */
export interface ServerProcess {
  /** The GraphQL URL, e.g. http://localhost:41234/graphql. */
  url: string;
  /** The /healthz URL. */
  health: string;
  child: ChildProcess;
  /** Every log line so far (JSON lines parsed; other output kept as text). */
  logs: unknown[];
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Starts `src/index.ts` in a new node process (compiled on the fly, see run-ts.js) with `env` on top of this
 * process's environment, and waits (generously: the machine may be busy) for its "server ready" line.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv, waitMs = 180_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'tests/setup/run-ts.js'), join(ROOT, 'src/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: unknown[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const ready = new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "server ready" within ${waitMs} ms`)), waitMs);
    const read = (line: string) => {
      let entry: unknown = line;
      try {
        entry = JSON.parse(line);
      } catch {
        // The start banner and other plain text.
      }
      logs.push(entry);
      const { msg, url } = (entry ?? {}) as { msg?: string; url?: string };
      if (msg === 'server ready' && url) {
        clearTimeout(timer);
        resolveReady(url);
      }
    };
    createInterface({ input: child.stdout! }).on('line', read);
    createInterface({ input: child.stderr! }).on('line', read);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${logs.map(String).join('\n')}`));
    });
  });
  const url = await ready;
  return { url, health: url.replace('/graphql', '/healthz'), child, logs, exited };
}

/** Sends `signal` and waits for the end: the exit code and the milliseconds it took. */
export async function stopServerProcess(
  server: ServerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  const result = await server.exited;
  return { ...result, ms: Date.now() - started };
}

/** Polls `check` until it answers true, every `everyMs`, for at most `withinMs`; false when it never did. */
export async function eventually(
  check: () => Promise<boolean>,
  withinMs = 60_000,
  everyMs = 100,
): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((wait) => setTimeout(wait, everyMs));
  }
  return false;
}

/** POSTs a GraphQL request: status, Retry-After and the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: object = {},
  token?: string,
): Promise<{
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}
