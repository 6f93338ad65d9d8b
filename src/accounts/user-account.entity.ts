import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { Role } from '../auth';

/**
 * Maps a subject of the external OpenID Connect issuer to what it may do here. The issuer proves who someone
 * is; this row says their role and, as tenant, the organisation (ORG_STAFF, FUNDER, COOP_STAFF) or the member
 * (MEMBER) they act for. Local tokens carry these claims themselves and need no row.
 */
@ObjectType({
  description: 'A user of the external identity provider, mapped to a role and an organisation or member.',
})
@Entity({ tableName: 'user_account' })
@Unique({ properties: ['issuer', 'subject'] })
export class UserAccount extends BaseEntity<'disabled'> {
  @Field({ description: 'The identity provider (`iss` claim), as configured in OIDC_ISSUER.' })
  @Property({ length: 500 })
  issuer!: string;

  @Field({ description: "The user's id at the identity provider (`sub` claim)." })
  @Property({ length: 255 })
  subject!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Enum({ items: () => Role })
  role!: Role;

  /** Tenant of ORG_STAFF, FUNDER and COOP_STAFF users. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  @Index()
  organisation?: Ref<Organisation> | null;

  /** The person a MEMBER user is; no foreign key yet, as members live in another module. */
  @Field(() => ID, { nullable: true, description: 'The member a MEMBER user is; null for other roles.' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name to show to administrators; optional.' })
  @Property({ length: 200, nullable: true })
  displayName?: string | null;

  @Field({ description: 'A disabled user is refused as if unknown, without deleting the mapping.' })
  @Property({ default: false })
  disabled: boolean = false;
}
