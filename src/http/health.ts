import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sendJson } from './body';
import { type DatabaseStatus, OUTAGE_RETRY_AFTER_SECONDS } from './outage';

/**
 * GET /healthz: 200 when the database answers `select 1`, else 503 with Retry-After. While the database is
 * known to be away the answer comes at once, without waiting for a connection.
 */
export async function answerHealth(
  orm: MikroORM,
  status: DatabaseStatus,
  res: ServerResponse,
): Promise<void> {
  const unavailable = () =>
    sendJson(
      res,
      503,
      { status: 'database unavailable' },
      { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) },
    );
  if (status.isAway()) return unavailable();
  const healthy = await orm.isConnected().catch(() => false);
  const answered =
    healthy &&
    (await orm.em
      .getConnection()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      ));
  if (answered) return sendJson(res, 200, { status: 'ok' });
  status.markAway();
  unavailable();
}
