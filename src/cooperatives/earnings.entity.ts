import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { OrganisationOwnedEntity, TenantEntity } from '../organisations';
import { CENTS } from '../shared/cents.column';
import { CentsScalar } from '../shared/scalars';
import { Enterprise } from './enterprise.entity';
import { netEarnings } from './earnings.calc';
import { Member } from './member.entity';

/** Revenue and declared business costs of one enterprise in one month; recording again corrects the month. */
@ObjectType({ description: 'Revenue and business costs of an enterprise in one month.' })
@Entity()
@Unique({ properties: ['enterprise', 'month'] })
export class EnterpriseEarnings extends OrganisationOwnedEntity<'netCents' | 'version'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field({ description: 'The month, YYYY-MM.' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => CentsScalar, { description: 'Revenue (omzet) in euro cents.' })
  @Property({ type: CENTS() })
  revenueCents!: number;

  @Field(() => CentsScalar, { description: 'Declared business costs in euro cents.' })
  @Property({ type: CENTS() })
  costsCents!: number;

  /** 1 when first recorded, one more on every correction: what `expectedVersion` is compared with. */
  @Field(() => Int, {
    description:
      'Version of the figure: 1 when first recorded, +1 on every correction. Send it as expectedVersion.',
  })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => CentsScalar, {
    description: 'Net earnings: revenue minus costs, never below 0, in euro cents.',
  })
  get netCents(): number {
    return netEarnings(this.revenueCents, this.costsCents);
  }
}

/** Income of a member in one month besides their enterprises: volunteer allowance, the partner's earnings. */
@ObjectType({ description: "A member's other income in one month." })
@Entity()
@Unique({ properties: ['member', 'month'] })
export class MemberIncome extends TenantEntity<'version'> {
  @ManyToOne(() => Member, { ref: true })
  member!: Ref<Member>;

  @Field({ description: 'The month, YYYY-MM.' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => CentsScalar, {
    description: 'Volunteer allowance (vrijwilligersvergoeding) received, in cents.',
  })
  @Property({ type: CENTS() })
  volunteerAllowanceCents!: number;

  @Field(() => CentsScalar, { description: "The partner's net earnings from work (couples), in cents." })
  @Property({ type: CENTS() })
  partnerEarningsCents!: number;

  /** 1 when first recorded, one more on every correction: what `expectedVersion` is compared with. */
  @Field(() => Int, {
    description:
      'Version of the figures: 1 when first recorded, +1 on every correction. Send it as expectedVersion.',
  })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
