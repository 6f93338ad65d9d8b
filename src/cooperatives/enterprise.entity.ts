import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { OrganisationOwnedEntity } from '../organisations';
import { EnterpriseKind } from './cooperative.enums';
import { Member } from './member.entity';

/** onderneming: an own enterprise of one member, or a joint enterprise of several, inside a cooperative. */
@ObjectType({ description: 'An enterprise run inside a cooperative: own (one member) or joint.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'enterprise_name_lower_unique',
  expression: `create unique index "enterprise_name_lower_unique" on "enterprise" ("organisation_id", lower("name"))`,
})
export class Enterprise extends OrganisationOwnedEntity {
  /** The cooperative's home municipality, when it has one. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  municipality?: Ref<Municipality> | null;

  @Field({ description: 'Name, unique within the cooperative, at most 200 characters.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => EnterpriseKind, { description: 'Own or joint.' })
  @Enum({ items: () => EnterpriseKind })
  kind!: EnterpriseKind;
}

/** A member's share in an enterprise, in basis points (10000 = 100%); an enterprise's shares add up to 100%. */
@ObjectType({ description: "A member's share in an enterprise's net result." })
@Entity()
@Unique({ properties: ['enterprise', 'member'] })
export class EnterpriseShare extends OrganisationOwnedEntity<'percent'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => Member, { ref: true })
  @Index()
  member!: Ref<Member>;

  @Property({ type: 'integer' })
  basisPoints!: number;

  @Field(() => Float, { description: 'Share in percent (50 is half), up to two decimals.' })
  get percent(): number {
    return this.basisPoints / 100;
  }
}
