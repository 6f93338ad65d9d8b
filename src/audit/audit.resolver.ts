import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../auth';
import { AuditEntry } from './audit-entry.entity';
import { listAuditEntries } from './audit.service';
import { AuditEntryConnection } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEntryConnection, {
    description:
      "Changes made through the API, newest first. ADMIN: all; ORG_STAFF and COOP_STAFF: their own organisation's data; others FORBIDDEN.",
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
    @Arg('entity', () => String, {
      nullable: true,
      description: 'Only changes to this kind of record, e.g. "Enrolment".',
    })
    entity?: string | null,
    @Arg('actor', () => ID, {
      nullable: true,
      description: "Only changes by this actor (the token's subject).",
    })
    actor?: string | null,
  ): Promise<AuditEntryConnection> {
    return listAuditEntries(ctx, { first, after, entity, actor });
  }
}
