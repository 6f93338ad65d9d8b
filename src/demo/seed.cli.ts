import 'reflect-metadata';
import { loadConfigOrExit } from '../config';
import { migrate, openDatabase } from '../db/database';
import { isDatabaseEmpty, seedDemo } from './seed';

/** `npm run seed:demo`: loads the demo data into the configured database, on purpose, when it is empty. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(config);
  try {
    await migrate(database.orm);
    if (!(await isDatabaseEmpty(database.orm.em.fork()))) {
      console.error(
        'The database already holds organisations; demo data is only loaded into an empty database.',
      );
      process.exitCode = 1;
      return;
    }
    await seedDemo(database.orm.em.fork());
    console.log('Demo data loaded.');
  } finally {
    await database.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
