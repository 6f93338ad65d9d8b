import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { ParticipantPersonalData } from './participant.guard';
import { DateScalar } from '../shared/scalars';
import { OrganisationOwnedEntity } from '../organisations';

/** Self-declared backgrounds (zero or more); never a diagnosis, care category or case file. */
export enum Background {
  UWV = 'UWV',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  WAJONG = 'WAJONG',
  NEWCOMER = 'NEWCOMER',
  LONG_TERM_CARE = 'LONG_TERM_CARE',
  HOMELESS = 'HOMELESS',
  RETIRED = 'RETIRED',
  STUDENT = 'STUDENT',
  PROFESSIONAL = 'PROFESSIONAL',
  VOLUNTEER = 'VOLUNTEER',
  OTHER = 'OTHER',
}

/** How someone found the place: a category, not a referral. */
export enum RouteIn {
  WALK_IN = 'WALK_IN',
  UWV = 'UWV',
  REFUGEE_SUPPORT = 'REFUGEE_SUPPORT',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  CARE_PROVIDER = 'CARE_PROVIDER',
  OTHER = 'OTHER',
}

/** Whether someone comes to bring knowledge, fetch it, or both. */
export enum KnowledgeExchange {
  BRING = 'BRING',
  FETCH = 'FETCH',
  BOTH = 'BOTH',
}

registerEnumType(Background, {
  name: 'Background',
  description: 'A self-declared background; optional, any number.',
  valuesConfig: {
    UWV: { description: 'Came via or receives a benefit from UWV (employee insurance).' },
    SOCIAL_ASSISTANCE: { description: 'Social assistance (bijstand).' },
    WAJONG: { description: 'Wajong (young disabled people).' },
    NEWCOMER: { description: 'Newcomer or refugee (statushouder).' },
    LONG_TERM_CARE: { description: 'Long-term care (Wlz).' },
    HOMELESS: { description: 'Homeless.' },
    RETIRED: { description: 'Retired.' },
    STUDENT: { description: 'Student or intern.' },
    PROFESSIONAL: { description: 'Professional bringing their trade.' },
    VOLUNTEER: { description: 'Volunteer, time to spare.' },
    OTHER: { description: 'Something else.' },
  },
});
registerEnumType(RouteIn, {
  name: 'RouteIn',
  description: 'How the participant came in; a category, not a referral.',
  valuesConfig: {
    WALK_IN: { description: 'Walked in.' },
    UWV: { description: 'Via UWV.' },
    REFUGEE_SUPPORT: { description: 'Via refugee support or COA.' },
    SOCIAL_SERVICES: { description: 'Via municipal social services.' },
    CARE_PROVIDER: { description: 'Via a care provider.' },
    OTHER: { description: 'Another route.' },
  },
});
registerEnumType(KnowledgeExchange, {
  name: 'KnowledgeExchange',
  description: 'Whether someone comes to bring knowledge, fetch it, or both.',
  valuesConfig: {
    BRING: { description: 'Comes to bring knowledge.' },
    FETCH: { description: 'Comes to fetch knowledge.' },
    BOTH: { description: 'Both.' },
  },
});

/**
 * A person taking part at an organisation's places. Indication-free by design: a display name is all that is
 * required; there is no field for an indication, diagnosis, care category or citizen service number.
 */
@ObjectType({
  description:
    'A person taking part at an organisation (deelnemer). Indication-free: only a display name is required.',
})
@Entity()
export class Participant extends OrganisationOwnedEntity<'languages' | 'backgrounds'> {
  @UseMiddleware(ParticipantPersonalData)
  @Field({ description: 'Name to show, as the person wants to be called (at most 200 characters).' })
  @Property({ length: 200 })
  displayName!: string;

  @UseMiddleware(ParticipantPersonalData)
  @Field(() => String, { nullable: true, description: 'E-mail address, optional.' })
  @Property({ length: 320, nullable: true })
  email?: string | null;

  @UseMiddleware(ParticipantPersonalData)
  @Field(() => String, { nullable: true, description: 'Phone number, optional.' })
  @Property({ length: 50, nullable: true })
  phone?: string | null;

  /** Only when a rule needs the age (16+ for day activities). */
  @UseMiddleware(ParticipantPersonalData)
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Birth date, optional; only when a rule needs the age.',
  })
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @UseMiddleware(ParticipantPersonalData)
  @Field(() => [String], { description: 'Languages the person speaks, e.g. "nl", "ar", "Tigrinya".' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Field(() => [Background], { description: 'Self-declared backgrounds; zero or more.' })
  @Enum({ items: () => Background, array: true })
  backgrounds: Background[] = [];

  @Field(() => RouteIn, {
    nullable: true,
    description: 'How the person came in; a category, not a referral.',
  })
  @Enum({ items: () => RouteIn, nullable: true })
  routeIn?: RouteIn | null;

  @Field(() => KnowledgeExchange, {
    nullable: true,
    description: 'Whether they come to bring knowledge, fetch it, or both.',
  })
  @Enum({ items: () => KnowledgeExchange, nullable: true })
  comesTo?: KnowledgeExchange | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the person's name, contact data and birth date were erased; null while they are kept.",
  })
  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;
}
