import 'reflect-metadata';
import { loadConfigOrExit } from './config';
import { migrate, openDatabase } from './db/database';
import { demoTokens, isDatabaseEmpty, seedDemo } from './demo/seed';
import { startBanner } from './banner';
import { createApp } from './server';
import { createLogger } from './shared/logger';

/** How long a stop may take before the process ends regardless (it must end within two seconds). */
const SHUTDOWN_DEADLINE_MS = 1500;

/**
 * Process entry: configuration, database (embedded when DATABASE_URL is not set), migrations, demo data on an
 * empty embedded database, the server, and a clean shutdown on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  const applied = await migrate(database.orm);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  let seeded = false;
  if (database.embedded && (await isDatabaseEmpty(database.orm.em.fork()))) {
    await seedDemo(database.orm.em.fork());
    seeded = true;
  }
  const app = await createApp({ config, orm: database.orm, logger, embedded: database.embedded });
  database.embedded?.onChange((running) =>
    running
      ? logger.info('embedded database restarted')
      : logger.warn('embedded database stopped; restarting'),
  );
  const url = await app.listen(config.port);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A stop must not hang whatever state the database is in: past the deadline the database is ended and
    // the process leaves anyway (still 0: the operator asked it to stop, and nothing is left running).
    const deadline = setTimeout(() => {
      logger.warn('shutdown took too long; stopping now');
      void (database.embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    try {
      await app.stop();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      // Closing the pool can fail while the database is away; what matters is that nothing is left running.
      logger.warn(
        { error: error instanceof Error ? error.name : 'unknown' },
        'stopped; closing the pool failed',
      );
      await database.embedded?.stop().catch(() => undefined);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  logger.info(
    {
      url,
      database: database.embedded ? 'embedded' : 'DATABASE_URL',
      seeded,
      ms: Math.round(performance.now() - started),
    },
    'server ready',
  );
  if (!config.isProduction) {
    const banner = await startBanner({
      url,
      embedded: Boolean(database.embedded),
      dataDir: config.dataDir,
      seeded,
      startedInMs: Math.round(process.uptime() * 1000),
      demoTokens: () => demoTokens(database.orm.em.fork(), config.jwtSecret),
    });
    process.stdout.write(banner);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Meedoen could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
