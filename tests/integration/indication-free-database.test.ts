import { INDICATION_WORDS } from '../setup/indication-free';
import { startTestServer, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('indication-free database', () => {
  it('has no table or column for an indication, diagnosis, care category or BSN', async () => {
    const columns: { table_name: string; column_name: string }[] = await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `select table_name, column_name from information_schema.columns
          where table_schema = current_schema()`,
      );
    const names = columns.flatMap((c) => [c.table_name, `${c.table_name}.${c.column_name}`]);
    expect(names).toContain('participant.display_name');
    expect(names).toContain('audit_entry.before');
    expect([...new Set(names)].filter((name) => INDICATION_WORDS.test(name))).toEqual([]);
  });
});
