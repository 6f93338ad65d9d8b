import type { MikroORM } from '@mikro-orm/postgresql';
import { Municipality } from '../../src/municipalities/municipality.entity';
import { Organisation, OrganisationKind } from '../../src/organisations/organisation.entity';
import { Place } from '../../src/places/place.entity';
import { Workshop, WorkshopKind } from '../../src/workshops/workshop.entity';
import { unique } from '../setup/harness';

/** Factories write straight to the database: fast set-up for tests whose subject is something else. */
export async function makeMunicipality(orm: MikroORM, name = unique('Gemeente')): Promise<Municipality> {
  for (;;) {
    const code = `GM${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
    const em = orm.em.fork();
    const inserted = await em.getConnection().execute<{ id: string }[]>(
      `insert into municipality (id, created_at, updated_at, name, code)
       values (gen_random_uuid(), now(), now(), ?, ?) on conflict (code) do nothing returning id`,
      [name, code],
    );
    if (inserted.length) return em.findOneOrFail(Municipality, inserted[0].id);
  }
}

export async function makeOrganisation(
  orm: MikroORM,
  fields: { kind?: OrganisationKind; municipality?: Municipality; name?: string } = {},
): Promise<Organisation> {
  const em = orm.em.fork();
  const organisation = em.create(Organisation, {
    name: fields.name ?? unique('Organisation'),
    kind: fields.kind ?? OrganisationKind.SOCIAL_ENTERPRISE,
    municipality: fields.municipality?.id ?? null,
  });
  await em.flush();
  return organisation;
}

export async function makePlace(
  orm: MikroORM,
  fields: { organisation: Organisation; municipality: Municipality; name?: string },
): Promise<Place> {
  const em = orm.em.fork();
  const place = em.create(Place, {
    name: fields.name ?? unique('Place'),
    organisation: fields.organisation.id,
    municipality: fields.municipality.id,
  });
  await em.flush();
  return place;
}

export async function makeWorkshop(
  orm: MikroORM,
  fields: { place: Place; name?: string; kind?: WorkshopKind; defaultCapacity?: number },
): Promise<Workshop> {
  const em = orm.em.fork();
  const workshop = em.create(Workshop, {
    place: fields.place.id,
    organisation: fields.place.organisation.id,
    municipality: fields.place.municipality.id,
    name: fields.name ?? unique('Workshop'),
    kind: fields.kind ?? WorkshopKind.CRAFTS,
    defaultCapacity: fields.defaultCapacity ?? 12,
  });
  await em.flush();
  return workshop;
}

/** A municipality, an operating organisation and one of its places. */
export async function makeTenant(orm: MikroORM) {
  const municipality = await makeMunicipality(orm);
  const organisation = await makeOrganisation(orm, { municipality });
  const place = await makePlace(orm, { organisation, municipality });
  return { municipality, organisation, place };
}
