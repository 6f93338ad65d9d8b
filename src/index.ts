import 'reflect-metadata';
import { loadConfigOrExit } from './config';
import { migrate, openDatabase } from './db/database';
import { demoTokens, isDatabaseEmpty, seedDemo } from './demo/seed';
import { startBanner } from './banner';
import { createApp } from './server';
import { createLogger } from './shared/logger';

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
  const app = await createApp({ config, orm: database.orm, logger });
  const url = await app.listen(config.port);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.stop();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'unclean shutdown');
      process.exit(1);
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
