import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSdl } from './schema';

/** `--write` emits schema/schema.graphql; `--check` fails when the committed file is stale. */
const FILE = resolve(__dirname, '../../schema/schema.graphql');

async function main(): Promise<void> {
  const sdl = await printSdl();
  if (process.argv.includes('--write')) {
    writeFileSync(FILE, sdl);
    console.log('Wrote schema/schema.graphql');
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale; run npm run schema:emit and commit it.');
    process.exitCode = 1;
  } else {
    console.log('schema/schema.graphql is up to date.');
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
