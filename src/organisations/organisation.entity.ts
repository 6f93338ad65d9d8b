import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { BaseEntity } from '../shared/base.entity';

export enum OrganisationKind {
  /** Runs places: a social enterprise or foundation. */
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  /** A municipality acting as funder. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** zorgkantoor: pays long-term care (Wlz). */
  CARE_OFFICE = 'CARE_OFFICE',
  /** sociale coöperatie: members run enterprises while keeping their benefit. */
  COOPERATIVE = 'COOPERATIVE',
  /** A private fund or charity. */
  FUND = 'FUND',
  /** werkgever: an employer with vacancies for people moving on to work. */
  EMPLOYER = 'EMPLOYER',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation this is.',
  valuesConfig: {
    SOCIAL_ENTERPRISE: { description: 'Runs participation places (social enterprise or foundation).' },
    MUNICIPALITY: { description: 'A municipality, usually as funder.' },
    CARE_OFFICE: { description: 'A care office (zorgkantoor) paying long-term care.' },
    COOPERATIVE: { description: 'A social cooperative (sociale coöperatie).' },
    FUND: { description: 'A private fund or charity.' },
    EMPLOYER: { description: 'An employer (werkgever) with vacancies.' },
    OTHER: { description: 'Any other organisation.' },
  },
});

/** A tenant: the organisation rows belong to, and through its home municipality, a region. */
@ObjectType({ description: 'An organisation: operator of places, funder or cooperative.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'organisation_name_lower_unique',
  expression: `create unique index "organisation_name_lower_unique" on "organisation" (lower("name"))`,
})
export class Organisation extends BaseEntity {
  @Field({ description: 'Name, unique across the platform.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  /** Home municipality; optional for organisations that work across regions (care offices, funds). */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;
}
