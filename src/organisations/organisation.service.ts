import type { Context } from '../auth';
import { isId } from '../shared/ids';
import { Municipality } from '../municipalities';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Organisation, type OrganisationKind } from './organisation.entity';
import type { CreateOrganisationInput } from './organisation.input';

/** Organisations by name, optionally of one kind. */
export function listOrganisations(ctx: Context, kind?: OrganisationKind | null): Promise<Organisation[]> {
  return ctx.em.find(Organisation, kind ? { kind } : {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** One organisation by id (public directory data); null for an unknown or malformed id. */
export async function findOrganisation(ctx: Context, id: string): Promise<Organisation | null> {
  return isId(id) ? ((await ctx.loaders.organisationById.load(id)) ?? null) : null;
}

/** Adds an organisation with a unique name. */
export function createOrganisation(
  ctx: Context,
  input: CreateOrganisationInput,
): Promise<MutationResult<Organisation>> {
  return runMutation(ctx, input, async (em) => {
    const name = input.name.trim();
    // Case does not make a name new: the unique index on lower(name) says the same.
    const taken: unknown[] = await em.execute(
      `select 1 from organisation where lower(name) = lower(?) limit 1`,
      [name],
    );
    if (taken.length > 0) {
      throw new DomainError(
        ErrorCode.DUPLICATE_NAME,
        `An organisation named "${name}" exists.`,
        inputField('name'),
      );
    }
    let municipality: Municipality | null = null;
    if (input.municipalityId) {
      municipality = await em.findOne(Municipality, input.municipalityId);
      if (!municipality) {
        throw notFound('No municipality has this id.', 'municipalityId');
      }
    }
    const organisation = em.create(Organisation, { name, kind: input.kind, municipality });
    await em.flush();
    return organisation;
  });
}
