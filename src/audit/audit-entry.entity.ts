import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../shared/node';
import { Role } from '../auth';

/**
 * One change made by a mutation, written in the mutation's own transaction so that a rolled-back change leaves
 * no entry. Entries are never updated or deleted by the API. `before` and `after` hold business fields and ids
 * only, never names, contact data or birth dates (see `recordAudit`).
 */
@ObjectType({
  implements: Node,
  description: 'A change made through the API: who, when, what, and the values before and after.',
})
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['organisationId', 'at', 'id'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry implements Node {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({
    description: 'When the mutation made the change (server clock, UTC); it is stored only if committed.',
  })
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field({ description: "The acting token's subject." })
  @Property({ length: 255 })
  @Index()
  actorSubject!: string;

  @Field(() => Role, { description: 'The role the actor used.' })
  @Enum({ items: () => Role })
  actorRole!: Role;

  @Field(() => ID, { nullable: true, description: "The actor's organisation; null for ADMIN and MEMBER." })
  @Property({ type: 'uuid', nullable: true })
  actorOrganisationId?: string | null;

  @Field({ description: 'The mutation that made the change, e.g. "recordAttendance".' })
  @Property({ length: 100 })
  action!: string;

  @Field({ description: 'Kind of record changed, e.g. "Enrolment", "Attendance", "Norm".' })
  @Property({ length: 100 })
  entityType!: string;

  @Field(() => ID, { description: 'The changed record.' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Business fields before the change; null for a new record. Ids and statuses only for people.',
  })
  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Business fields after the change; null for a removed record.',
  })
  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  /** Tenant of the changed record (operator, cooperative or funder); null for national rules and accounts. */
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation whose data changed; null for national rules and user accounts.',
  })
  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;
}
