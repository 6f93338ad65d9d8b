import { wrap } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { forbidden } from '../shared/errors';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import { AuditEntry } from './audit-entry.entity';
import { auditScope } from './audit.policy';
import { AuditEntryConnection } from './audit.types';

/** A JSON-safe copy of business fields; `undefined` becomes null so that the key is kept. */
export type AuditValues = Record<string, unknown>;

/** What a mutation changed, for {@link recordAudit}. */
export interface AuditChange {
  /** The mutation's name, e.g. "endEnrolment". */
  action: string;
  entityType: string;
  entityId: string;
  /** Business fields before the change; null for a new record. Never names, contact data or birth dates. */
  before: AuditValues | null;
  /** Business fields after the change; null for a removed record. */
  after: AuditValues | null;
  /** The organisation whose data changed; null for national rules and accounts. */
  organisationId: string | null;
}

/** Picks `fields` of a record as plain JSON values: references become their id, dates ISO strings. */
export function auditFields<T extends object>(record: T, fields: readonly (keyof T & string)[]): AuditValues {
  const values: AuditValues = {};
  for (const field of fields) {
    const value: unknown = record[field];
    if (value instanceof Date) values[field] = value.toISOString();
    else if (value && typeof value === 'object' && 'id' in value)
      values[field] = (value as { id: unknown }).id;
    else values[field] = value ?? null;
  }
  return values;
}

/**
 * Writes one audit entry through the mutation's EntityManager, so that it is committed (or rolled back) with the
 * change itself. Call it inside `runMutation`'s work, before its flush or followed by one.
 */
export function recordAudit(em: EntityManager, ctx: Context, change: AuditChange): AuditEntry {
  const viewer = requireViewer(ctx);
  return em.create(AuditEntry, {
    at: new Date(),
    actorSubject: viewer.subject,
    actorRole: viewer.role,
    actorOrganisationId: viewer.organisationId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before,
    after: change.after,
    organisationId: change.organisationId,
  });
}

export interface AuditFilter {
  first: number;
  after?: string | null;
  entity?: string | null;
  actor?: string | null;
}

/** A page of audit entries, newest first, within what the viewer may read ({@link auditScope}). */
export async function listAuditEntries(ctx: Context, filter: AuditFilter): Promise<AuditEntryConnection> {
  const first = pageSize(filter.first);
  const scope = auditScope(requireViewer(ctx));
  if (!scope) throw forbidden('Only ADMIN and staff may read the audit log of their own organisation.');
  const where: FilterQuery<AuditEntry> = {};
  if (scope.kind === 'organisation') where.organisationId = scope.id;
  if (filter.entity) where.entityType = filter.entity;
  if (filter.actor) where.actorSubject = filter.actor;
  const page: FilterQuery<AuditEntry> = { ...where };
  const after = await cursorRow(ctx.em, AuditEntry, filter.after, where);
  if (after) page.$or = [{ at: { $lt: after.at } }, { at: after.at, id: { $lt: after.id } }];
  const rows = await ctx.em.find(AuditEntry, page, { orderBy: { at: 'desc', id: 'desc' }, limit: first + 1 });
  return toConnection(
    AuditEntryConnection,
    rows,
    first,
    Boolean(filter.after),
    (entry) => entry.id,
    () => ctx.em.count(AuditEntry, where),
  );
}

/**
 * All own fields of a record as JSON, references as ids: for records without personal data (rules, agreements,
 * streams, costs, sales). People-related records use {@link auditFields} with ids, dates and statuses only.
 */
export function auditSnapshot(record: object): AuditValues {
  return JSON.parse(JSON.stringify(wrap(record).toObject())) as AuditValues;
}
