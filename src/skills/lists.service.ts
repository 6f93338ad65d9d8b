/**
 * The lists of vacancies and placements, a page at a time, newest first. Who sees what follows the rules of the
 * single reads: vacancies for ADMIN, staff of places (to find work for their people) and the employer's own
 * accounts; placements for ADMIN and the staff of the participant's organisation.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { type Context, Role, requireViewer } from '../auth';
import { todayInAmsterdam } from '../shared/clock';
import { badInput } from '../shared/errors';
import { isId } from '../shared/ids';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import { Placement, type PlacementStage } from './placement.entity';
import { PlacementConnection, VacancyConnection } from './skills.types';
import { Vacancy } from './vacancy.entity';

const DEFAULT_PAGE = 20;

/** Refuses an id argument that is not an id at all (an unknown id simply matches nothing). */
function checkIds(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (name.endsWith('Id') && value != null && !isId(value as string))
      throw badInput(`${name} must be an id (a UUID such as 3f1c…).`, name);
  }
}

/** Rows after the cursor row in (createdAt desc, id desc) order. */
function after<T extends { createdAt: Date; id: string }>(row: T | null): FilterQuery<T>[] {
  if (!row) return [];
  return [
    {
      $or: [{ createdAt: { $lt: row.createdAt } }, { createdAt: row.createdAt, id: { $lt: row.id } }],
    } as FilterQuery<T>,
  ];
}

export async function listVacancies(
  ctx: Context,
  args: {
    employerId?: string | null;
    municipalityId?: string | null;
    open?: boolean | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<VacancyConnection> {
  const viewer = requireViewer(ctx);
  checkIds(args);
  const first = pageSize(args.first ?? DEFAULT_PAGE);
  const filters: FilterQuery<Vacancy>[] = [];
  // An employer's accounts see their own vacancies only, whatever they ask for.
  if (viewer.role === Role.EMPLOYER) filters.push({ employer: viewer.organisationId });
  if (args.employerId) filters.push({ employer: args.employerId });
  if (args.municipalityId) filters.push({ municipality: args.municipalityId });
  if (args.open != null) {
    const today = todayInAmsterdam();
    filters.push(
      args.open ? { $or: [{ closedOn: null }, { closedOn: { $gt: today } }] } : { closedOn: { $lte: today } },
    );
  }
  const scope: FilterQuery<Vacancy> = filters.length ? { $and: filters } : {};
  const cursor = await cursorRow(ctx.em, Vacancy, args.after, scope);
  const rows = await ctx.em.find(Vacancy, { $and: [...filters, ...after(cursor)] } as FilterQuery<Vacancy>, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: first + 1,
  });
  return toConnection(
    VacancyConnection,
    rows,
    first,
    Boolean(args.after),
    (row) => row.id,
    () => ctx.em.count(Vacancy, scope),
  );
}

export async function listPlacements(
  ctx: Context,
  args: {
    vacancyId?: string | null;
    participantId?: string | null;
    stage?: PlacementStage | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<PlacementConnection> {
  const viewer = requireViewer(ctx);
  checkIds(args);
  const first = pageSize(args.first ?? DEFAULT_PAGE);
  const filters: FilterQuery<Placement>[] = [];
  if (viewer.role === Role.ORG_STAFF) filters.push({ organisation: viewer.organisationId });
  if (args.vacancyId) filters.push({ vacancy: args.vacancyId });
  if (args.participantId) filters.push({ participant: args.participantId });
  if (args.stage) filters.push({ stage: args.stage });
  const scope: FilterQuery<Placement> = filters.length ? { $and: filters } : {};
  const cursor = await cursorRow(ctx.em, Placement, args.after, scope);
  const rows = await ctx.em.find(
    Placement,
    { $and: [...filters, ...after(cursor)] } as FilterQuery<Placement>,
    {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: first + 1,
    },
  );
  return toConnection(
    PlacementConnection,
    rows,
    first,
    Boolean(args.after),
    (row) => row.id,
    () => ctx.em.count(Placement, scope),
  );
}
