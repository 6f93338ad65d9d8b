import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sendJson } from './body';

/** GET /healthz: 200 when the database answers `select 1`, else 503. */
export async function answerHealth(orm: MikroORM, res: ServerResponse): Promise<void> {
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
  sendJson(res, answered ? 200 : 503, { status: answered ? 'ok' : 'database unavailable' });
}
