#!/usr/bin/env node
// Fast, incremental emit for `npm start`, `npm run token` and the other commands that run the server's code:
// each TypeScript file under src/, migrations/ and bench/ is compiled on its own with swc (the same settings as
// the tests), and only when it is newer than its output in dist/. Types are checked by `npm run typecheck`
// (tsc --noEmit), in CI and in your editor, not on every start.
//
// With --web it also builds the web app (vite), but only when a file under web/ is newer than the last build.
import { transformFile } from '@swc/core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'dist');
const started = performance.now();

/** The same transform as jest.config.js: legacy decorators with metadata, which type-graphql and MikroORM read. */
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  swcrc: false,
  configFile: false,
};

function* files(dir, keep) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, keep);
    else if (keep(entry.name)) yield path;
  }
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');
const stale = [];
for (const folder of ['src', 'migrations', 'bench']) {
  for (const file of files(join(root, folder), isSource)) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    if (mtime(target) < mtime(file)) stale.push([file, target]);
  }
}

await Promise.all(
  stale.map(async ([file, target]) => {
    const { code, map } = await transformFile(file, { ...swcOptions, filename: file });
    mkdirSync(dirname(target), { recursive: true });
    const mapName = `${target.split('/').pop()}.map`;
    writeFileSync(target, `${code}\n//# sourceMappingURL=${mapName}\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);

if (process.argv.includes('--web')) {
  const web = join(root, 'web');
  const built = mtime(join(web, 'dist', 'index.html'));
  const keep = (name) => !name.startsWith('.');
  const newest = Math.max(
    ...[...files(join(web, 'src'), keep)].map(mtime),
    ...['index.html', 'explorer.html', 'vite.config.mts'].map((name) => mtime(join(web, name))),
  );
  if (built < newest) {
    const result = spawnSync('npm', ['run', '-s', 'web:build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (stale.length && !process.argv.includes('--quiet')) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`compiled ${stale.length} file(s) in ${seconds} s`);
}
