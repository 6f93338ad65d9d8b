import type { FilterQuery } from '@mikro-orm/postgresql';
import { assertCanManageOrganisation } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Organisation } from '../organisations';
import { todayInAmsterdam } from '../shared/clock';
import { DomainError, ErrorCode, forbidden, inputField, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import { Participant } from './participant.entity';
import type { RegisterParticipantInput, UpdateParticipantInput } from './participant.input';
import { canReadParticipants } from './participant.policy';
import { ParticipantConnection } from './participant.types';

export interface ParticipantFilter {
  organisationId: string;
  first: number;
  after?: string | null;
  search?: string | null;
}

/** One participant, or null when unknown or outside what the viewer may see (no hint which). */
export async function findParticipant(ctx: Context, id: string): Promise<Participant | null> {
  if (!isId(id)) return null;
  const participant = await ctx.loaders.participantById.load(id);
  return participant && canReadParticipants(ctx.viewer, participant.organisation.id) ? participant : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A page of an organisation's participants by display name; `search` matches part of the name. */
export async function listParticipants(
  ctx: Context,
  filter: ParticipantFilter,
): Promise<ParticipantConnection> {
  const first = pageSize(filter.first);
  if (!isId(filter.organisationId) || !canReadParticipants(ctx.viewer, filter.organisationId)) {
    throw forbidden("Only ADMIN and the organisation's staff may list its participants.");
  }
  const where: FilterQuery<Participant> = { organisation: filter.organisationId };
  const search = filter.search?.trim();
  if (search) where.displayName = { $ilike: `%${escapeLike(search)}%` };
  const page: FilterQuery<Participant> = { ...where };
  const after = await cursorRow(ctx.em, Participant, filter.after, { organisation: filter.organisationId });
  if (after) {
    page.$or = [
      { displayName: { $gt: after.displayName } },
      { displayName: after.displayName, id: { $gt: after.id } },
    ];
  }
  const rows = await ctx.em.find(Participant, page, {
    orderBy: { displayName: 'asc', id: 'asc' },
    limit: first + 1,
  });
  rows.forEach((participant) => ctx.loaders.participantById.prime(participant.id, participant));
  return toConnection(
    ParticipantConnection,
    rows,
    first,
    Boolean(filter.after),
    (p) => p.id,
    () => ctx.em.count(Participant, where),
  );
}

function assertBirthDate(birthDate: string | null | undefined): void {
  if (birthDate && birthDate > todayInAmsterdam()) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'birthDate must not be in the future.',
      inputField('birthDate'),
    );
  }
}

function cleanList<T extends string>(items: T[] | null | undefined): T[] {
  return [...new Set((items ?? []).map((item) => item.trim() as T))];
}

/** Registers a person with nothing but a name required; the viewer must manage the organisation. */
export function registerParticipant(
  ctx: Context,
  input: RegisterParticipantInput,
): Promise<MutationResult<Participant>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    assertCanManageOrganisation(viewer, input.organisationId, inputField('organisationId'));
    const organisation = await em.findOne(Organisation, input.organisationId);
    if (!organisation) {
      throw notFound('No organisation has this id.', 'organisationId');
    }
    assertBirthDate(input.birthDate);
    const participant = em.create(Participant, {
      organisation,
      displayName: input.displayName.trim(),
      email: input.email?.trim() || null,
      phone: input.phone?.trim() || null,
      birthDate: input.birthDate ?? null,
      languages: cleanList(input.languages),
      backgrounds: cleanList(input.backgrounds),
      routeIn: input.routeIn ?? null,
      comesTo: input.comesTo ?? null,
    });
    await em.flush();
    return participant;
  });
}

/** Changes a participant of an organisation the viewer manages. */
export function updateParticipant(
  ctx: Context,
  input: UpdateParticipantInput,
): Promise<MutationResult<Participant>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const participant = await em.findOne(Participant, input.id);
    if (!participant || !canReadParticipants(viewer, participant.organisation.id)) {
      throw notFound('No participant has this id.', 'id');
    }
    assertCanManageOrganisation(viewer, participant.organisation.id, inputField('id'));
    if (input.displayName != null) participant.displayName = input.displayName.trim();
    if (input.email !== undefined) participant.email = input.email?.trim() || null;
    if (input.phone !== undefined) participant.phone = input.phone?.trim() || null;
    if (input.birthDate !== undefined) {
      assertBirthDate(input.birthDate);
      participant.birthDate = input.birthDate;
    }
    if (input.languages != null) participant.languages = cleanList(input.languages);
    if (input.backgrounds != null) participant.backgrounds = cleanList(input.backgrounds);
    if (input.routeIn !== undefined) participant.routeIn = input.routeIn;
    if (input.comesTo !== undefined) participant.comesTo = input.comesTo;
    await em.flush();
    return participant;
  });
}
