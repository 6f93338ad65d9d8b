import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCanManageOrganisation } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Place } from '../places';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { DEFAULT_SESSION_CAPACITY, Workshop } from './workshop.entity';
import type { ArchiveWorkshopInput, CreateWorkshopInput, UpdateWorkshopInput } from './workshop.input';
import { tenantOf } from '../organisations';

/** One workshop, or null when the id is unknown or malformed. */
export async function findWorkshop(ctx: Context, id: string): Promise<Workshop | null> {
  return isId(id) ? ctx.loaders.workshopById.load(id) : null;
}

function cleanSkills(skills: string[]): string[] {
  return [...new Set(skills.map((skill) => skill.trim()))];
}

async function assertNameFree(
  em: EntityManager,
  placeId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const siblings = await em.find(Workshop, { place: placeId });
  if (siblings.some((w) => w.id !== exceptId && w.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError(
      ErrorCode.DUPLICATE_NAME,
      `The place already has a workshop named "${name}".`,
      inputField('name'),
    );
  }
}

/** Loads a workshop the viewer may change, or throws NOT_FOUND / FORBIDDEN against `input.<field>`. */
export async function requireManagedWorkshop(
  ctx: Context,
  em: EntityManager,
  id: string,
  field = 'id',
): Promise<Workshop> {
  const workshop = await em.findOne(Workshop, id);
  if (!workshop) throw notFound('No workshop has this id.', field);
  assertCanManageOrganisation(requireViewer(ctx), workshop.organisation.id, inputField(field));
  return workshop;
}

/** Adds a workshop to a place of an organisation the viewer may manage. */
export function createWorkshop(ctx: Context, input: CreateWorkshopInput): Promise<MutationResult<Workshop>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const place = await em.findOne(Place, input.placeId);
    if (!place) throw notFound('No place has this id.', 'placeId');
    assertCanManageOrganisation(viewer, place.organisation.id, inputField('placeId'));
    const name = input.name.trim();
    await assertNameFree(em, place.id, name);
    const workshop = em.create(Workshop, {
      place,
      ...tenantOf(place),
      name,
      kind: input.kind,
      leermeester: input.leermeester?.trim() || null,
      skills: cleanSkills(input.skills ?? []),
      defaultCapacity: input.defaultCapacity ?? DEFAULT_SESSION_CAPACITY,
    });
    await em.flush();
    return workshop;
  });
}

/** Changes a workshop's name, kind, leermeester, skills or default capacity. */
export function updateWorkshop(ctx: Context, input: UpdateWorkshopInput): Promise<MutationResult<Workshop>> {
  return runMutation(ctx, input, async (em) => {
    const workshop = await requireManagedWorkshop(ctx, em, input.id);
    if (input.name != null) {
      const name = input.name.trim();
      await assertNameFree(em, workshop.place.id, name, workshop.id);
      workshop.name = name;
    }
    if (input.kind != null) workshop.kind = input.kind;
    if (input.leermeester !== undefined) workshop.leermeester = input.leermeester?.trim() || null;
    if (input.skills != null) workshop.skills = cleanSkills(input.skills);
    if (input.defaultCapacity != null) workshop.defaultCapacity = input.defaultCapacity;
    await em.flush();
    return workshop;
  });
}

/** Archives a workshop (or brings it back); its history stays. */
export function archiveWorkshop(
  ctx: Context,
  input: ArchiveWorkshopInput,
): Promise<MutationResult<Workshop>> {
  return runMutation(ctx, input, async (em) => {
    const workshop = await requireManagedWorkshop(ctx, em, input.id);
    workshop.archived = input.archived;
    await em.flush();
    return workshop;
  });
}
