import { CreateOrganisationDocument, OrganisationKind } from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { startTestServer, unique, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Runs one statement and answers the name of the unique index it broke, or null when it passed. */
async function brokenIndex(sql: string, params: unknown[]): Promise<string | null> {
  try {
    await server.orm.em.fork().execute(sql, params);
    return null;
  } catch (error) {
    return /unique constraint "(\w+)"/.exec(String(error))?.[1] ?? String(error);
  }
}

describe('names unique regardless of case', () => {
  it('refuses an organisation whose name differs only in case or by a non-breaking space', async () => {
    const name = unique('Stichting Buurtwerk');
    const first = await server.admin.request(CreateOrganisationDocument, {
      input: { name, kind: OrganisationKind.SocialEnterprise },
    });
    expect(first.createOrganisation.errors).toEqual([]);
    for (const variant of [name.toUpperCase(), name.replace(' ', '\u00a0'), ` ${name.toLowerCase()}  `]) {
      const again = await server.admin.request(CreateOrganisationDocument, {
        input: { name: variant, kind: OrganisationKind.SocialEnterprise },
      });
      expect(again.createOrganisation).toEqual({
        organisation: null,
        errors: [expect.objectContaining({ code: 'DUPLICATE_NAME', field: ['input', 'name'] })],
      });
    }
    const rows: unknown[] = await server.orm.em
      .fork()
      .execute(`select 1 from organisation where lower(name) = lower(?)`, [name]);
    expect(rows).toHaveLength(1);
  });

  it('has a unique index on the lower-case name wherever names are unique, so a race cannot slip past', async () => {
    const { organisation, municipality, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const shout = (name: string) => name.toUpperCase();

    expect(
      await brokenIndex(
        `insert into organisation (id, created_at, updated_at, name, kind) values (gen_random_uuid(), now(), now(), ?, 'OTHER')`,
        [shout(organisation.name)],
      ),
    ).toBe('organisation_name_lower_unique');
    expect(
      await brokenIndex(
        `insert into place (id, created_at, updated_at, name, organisation_id, municipality_id)
         values (gen_random_uuid(), now(), now(), ?, ?, ?)`,
        [shout(place.name), organisation.id, municipality.id],
      ),
    ).toBe('place_name_lower_unique');
    expect(
      await brokenIndex(
        `insert into workshop (id, created_at, updated_at, name, kind, default_capacity, archived, skills,
                               place_id, organisation_id, municipality_id)
         values (gen_random_uuid(), now(), now(), ?, 'CRAFTS', 12, false, '{}', ?, ?, ?)`,
        [shout(workshop.name), place.id, organisation.id, municipality.id],
      ),
    ).toBe('workshop_name_lower_unique');

    const indexes: { indexname: string }[] = await server.orm.em.fork().execute(
      `select indexname from pg_indexes
        where indexname like '%name_lower_unique' and indexdef like 'CREATE UNIQUE INDEX%lower(%'
        order by indexname`,
    );
    expect(indexes.map((row) => row.indexname)).toEqual([
      'enterprise_name_lower_unique',
      'funding_stream_name_lower_unique',
      'organisation_name_lower_unique',
      'place_name_lower_unique',
      'training_fund_name_lower_unique',
      'workshop_name_lower_unique',
    ]);
  });
});
