import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { MemberPersonalData } from './member.guard';
import { Municipality } from '../municipalities';
import { OrganisationOwnedEntity } from '../organisations';
import { DateScalar } from '../shared/scalars';
import { Household } from './cooperative.enums';

/**
 * lid van een sociale coöperatie: a person on social assistance who runs an enterprise in the cooperative
 * while keeping their benefit. Only what the benefit rules need: no BSN, no diagnosis.
 */
@ObjectType({ description: 'A member of a social cooperative, on a benefit while running an enterprise.' })
@Entity()
export class Member extends OrganisationOwnedEntity<'medicalLimitation'> {
  /** The municipality paying the benefit; its rule overrides apply. */
  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  municipality!: Ref<Municipality>;

  @UseMiddleware(MemberPersonalData)
  @Field({ description: 'Name shown in the cooperative, at most 200 characters.' })
  @Property({ length: 200 })
  displayName!: string;

  @UseMiddleware(MemberPersonalData)
  @Field(() => DateScalar, { description: 'Birth date; decides the age band and age limits of disregards.' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Household, { description: 'Household composition, which decides the norm.' })
  @Enum({ items: () => Household })
  household!: Household;

  @UseMiddleware(MemberPersonalData)
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Birth date of the youngest child (single parents), for the single-parent disregard.',
  })
  @Property({ type: 'date', nullable: true })
  youngestChildBirthDate?: string | null;

  @UseMiddleware(MemberPersonalData)
  @Field({
    description: 'Medically limited working hours, or part-time work with a wage-cost subsidy.',
  })
  @Property({ type: 'boolean' })
  medicalLimitation: boolean = false;

  @Field(() => DateScalar, { description: 'First day of the benefit; disregard months count from here.' })
  @Property({ type: 'date' })
  benefitStart!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the membership.' })
  @Property({ type: 'date', nullable: true })
  membershipStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the trial period, if any.' })
  @Property({ type: 'date', nullable: true })
  trialPeriodEnd?: string | null;

  @UseMiddleware(MemberPersonalData)
  @Field(() => DateScalar, { nullable: true, description: "The partner's birth date (couples)." })
  @Property({ type: 'date', nullable: true })
  partnerBirthDate?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the member's name was erased; null while it is kept.",
  })
  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;
}
