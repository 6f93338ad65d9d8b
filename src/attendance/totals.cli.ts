import 'reflect-metadata';
import { loadConfigOrExit } from '../config';
import { openDatabase } from '../db/database';
import { attendanceTotalsDrift, rebuildAttendanceTotals } from './attendance-totals';

/**
 * `npm run totals:rebuild` recomputes the kept monthly attendance totals from the raw attendance rows in one
 * transaction (DATABASE_URL, or the embedded database), then checks that they agree. Safe to run at any time:
 * attendance registered meanwhile waits for the transaction and is then added on top.
 */
async function main(): Promise<void> {
  const database = await openDatabase(loadConfigOrExit());
  try {
    const em = database.orm.em.fork();
    const started = performance.now();
    const written = await em.transactional(async (tx) => {
      // Writers of attendance add to the totals; keep them out while the table is replaced.
      await tx.execute('lock table attendance_month_total in exclusive mode');
      return rebuildAttendanceTotals(tx);
    });
    const drift = await attendanceTotalsDrift(em);
    console.log(
      `Rebuilt ${written} monthly attendance totals in ${Math.round(performance.now() - started)} ms` +
        (drift.length === 0 ? '; they agree with the attendance rows.' : `; ${drift.length} still differ.`),
    );
    if (drift.length > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
