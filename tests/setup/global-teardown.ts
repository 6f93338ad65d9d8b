import { Client } from 'pg';

/** Drops the run's database and stops the embedded server, if one was started. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__meedoenTest;
  if (!state) return;
  const client = new Client({ connectionString: state.serverUrl });
  await client.connect();
  await client.query(`drop database if exists "${state.database}" with (force)`);
  await client.end();
  await state.embedded?.stop();
}
