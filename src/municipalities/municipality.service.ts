import type { Context } from '../auth';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Municipality } from './municipality.entity';
import type { CreateMunicipalityInput } from './municipality.input';

/** All municipalities, by name. */
export function listMunicipalities(ctx: Context): Promise<Municipality[]> {
  return ctx.em.find(Municipality, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Adds a municipality; its CBS code must be new. */
export function createMunicipality(
  ctx: Context,
  input: CreateMunicipalityInput,
): Promise<MutationResult<Municipality>> {
  return runMutation(ctx, input, async (em) => {
    if (await em.count(Municipality, { code: input.code })) {
      throw new DomainError(
        ErrorCode.DUPLICATE_CODE,
        `A municipality with code ${input.code} exists.`,
        inputField('code'),
      );
    }
    const municipality = em.create(Municipality, { name: input.name.trim(), code: input.code });
    await em.flush();
    return municipality;
  });
}
