import { ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { assertCanManageOrganisation } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import { Place } from './place.entity';
import type { CreatePlaceInput, UpdatePlaceInput } from './place.input';
import { PlaceConnection } from './place.types';

export interface PlaceFilter {
  first: number;
  after?: string | null;
  municipalityCode?: string | null;
  organisationId?: string | null;
}

/** One place, or null when the id is unknown or malformed. */
export async function findPlace(ctx: Context, id: string): Promise<Place | null> {
  return isId(id) ? ctx.loaders.placeById.load(id) : null;
}

/** A page of places ordered by name, filtered by municipality code and/or operator. */
export async function listPlaces(ctx: Context, filter: PlaceFilter): Promise<PlaceConnection> {
  const first = pageSize(filter.first);
  const where: FilterQuery<Place> = {};
  if (filter.municipalityCode) where.municipality = { code: filter.municipalityCode };
  if (filter.organisationId) where.organisation = filter.organisationId;
  const page: FilterQuery<Place> = { ...where };
  const after = await cursorRow(ctx.em, Place, filter.after);
  if (after) page.$or = [{ name: { $gt: after.name } }, { name: after.name, id: { $gt: after.id } }];
  const unknownOrganisation = Boolean(filter.organisationId) && !isId(filter.organisationId);
  const rows = unknownOrganisation
    ? []
    : await ctx.em.find(Place, page, { orderBy: { name: 'asc', id: 'asc' }, limit: first + 1 });
  rows.forEach((place) => ctx.loaders.placeById.prime(place.id, place));
  const count = () => (unknownOrganisation ? Promise.resolve(0) : ctx.em.count(Place, where));
  return toConnection(PlaceConnection, rows, first, Boolean(filter.after), (p) => p.id, count);
}

async function assertNameFree(em: EntityManager, organisationId: string, name: string, exceptId?: string) {
  const places = await em.find(Place, { organisation: organisationId });
  if (places.some((place) => place.id !== exceptId && place.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError(
      ErrorCode.DUPLICATE_NAME,
      `The organisation already has a place named "${name}".`,
      inputField('name'),
    );
  }
}

async function requireMunicipality(em: EntityManager, id: string): Promise<Municipality> {
  const municipality = await em.findOne(Municipality, id);
  if (!municipality) throw notFound('No municipality has this id.', 'municipalityId');
  return municipality;
}

/** Adds a place for an organisation the viewer may manage. */
export function createPlace(ctx: Context, input: CreatePlaceInput): Promise<MutationResult<Place>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    assertCanManageOrganisation(viewer, input.organisationId, inputField('organisationId'));
    const organisation = await em.findOne(Organisation, input.organisationId);
    if (!organisation) {
      throw notFound('No organisation has this id.', 'organisationId');
    }
    const municipality = await requireMunicipality(em, input.municipalityId);
    const name = input.name.trim();
    await assertNameFree(em, organisation.id, name);
    const place = em.create(Place, {
      name,
      municipality,
      organisation,
      address: input.address?.trim() || null,
      description: input.description?.trim() || null,
    });
    await em.flush();
    return place;
  });
}

/** Changes a place of an organisation the viewer may manage. */
export function updatePlace(ctx: Context, input: UpdatePlaceInput): Promise<MutationResult<Place>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const place = await em.findOne(Place, input.id);
    if (!place) throw notFound('No place has this id.', 'id');
    assertCanManageOrganisation(viewer, place.organisation.id, inputField('id'));
    if (input.name != null) {
      const name = input.name.trim();
      await assertNameFree(em, place.organisation.id, name, place.id);
      place.name = name;
    }
    if (input.municipalityId != null)
      place.municipality = ref(await requireMunicipality(em, input.municipalityId));
    if (input.address !== undefined) place.address = input.address?.trim() || null;
    if (input.description !== undefined) place.description = input.description?.trim() || null;
    await em.flush();
    return place;
  });
}
