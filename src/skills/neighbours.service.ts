/**
 * buurgemeenten: which municipalities neighbour each other, for the travel part of matching (work in the same or
 * a neighbouring municipality fits). Reference data kept by ADMIN; stored once per pair, read both ways.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../auth';
import { recordAudit } from '../audit';
import { Municipality } from '../municipalities';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { type MutationResult, runMutation } from '../shared/mutation';
import { MunicipalityNeighbour } from './consent.entity';
import type { NeighbourMunicipalitiesInput } from './skills.input';

async function findPair(em: EntityManager, a: string, b: string): Promise<MunicipalityNeighbour | null> {
  return em.findOne(MunicipalityNeighbour, {
    $or: [
      { municipality: a, neighbour: b },
      { municipality: b, neighbour: a },
    ],
  });
}

async function bothMunicipalities(em: EntityManager, input: NeighbourMunicipalitiesInput): Promise<void> {
  if (input.municipalityId === input.neighbourId) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'A municipality is not its own neighbour: choose two different municipalities.',
      inputField('neighbourId'),
    );
  }
  const found = await em.find(Municipality, { id: [input.municipalityId, input.neighbourId] });
  const missing = [
    ['municipalityId', input.municipalityId],
    ['neighbourId', input.neighbourId],
  ].filter(([, id]) => !found.some((m) => m.id === id));
  if (missing.length) {
    throw new DomainError(
      missing.map(([field]) => ({
        code: ErrorCode.NOT_FOUND,
        field: inputField(field),
        message: 'No municipality has this id.',
      })),
    );
  }
}

/** Records that two municipalities neighbour each other; recording a known pair again changes nothing. */
export function linkNeighbourMunicipalities(
  ctx: Context,
  input: NeighbourMunicipalitiesInput,
): Promise<MutationResult<boolean>> {
  return runMutation(ctx, input, async (em) => {
    await bothMunicipalities(em, input);
    if (await findPair(em, input.municipalityId, input.neighbourId)) return false;
    const pair = em.create(MunicipalityNeighbour, {
      municipality: input.municipalityId,
      neighbour: input.neighbourId,
    });
    recordAudit(em, ctx, {
      action: 'linkNeighbourMunicipalities',
      entityType: 'MunicipalityNeighbour',
      entityId: pair.id,
      before: null,
      after: { municipalityId: input.municipalityId, neighbourId: input.neighbourId },
      organisationId: null,
    });
    await em.flush();
    return true;
  });
}

/** Removes a neighbour pair, in whichever order it was recorded; an unknown pair changes nothing. */
export function unlinkNeighbourMunicipalities(
  ctx: Context,
  input: NeighbourMunicipalitiesInput,
): Promise<MutationResult<boolean>> {
  return runMutation(ctx, input, async (em) => {
    await bothMunicipalities(em, input);
    const pair = await findPair(em, input.municipalityId, input.neighbourId);
    if (!pair) return false;
    recordAudit(em, ctx, {
      action: 'unlinkNeighbourMunicipalities',
      entityType: 'MunicipalityNeighbour',
      entityId: pair.id,
      before: { municipalityId: pair.municipality.id, neighbourId: pair.neighbour.id },
      after: null,
      organisationId: null,
    });
    em.remove(pair);
    await em.flush();
    return true;
  });
}
