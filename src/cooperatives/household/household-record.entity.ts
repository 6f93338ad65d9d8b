import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OrganisationOwnedEntity } from '../../organisations';
import { DateScalar } from '../../shared/scalars';
import { Member } from '../member.entity';
import type { HousemateData } from './cost-sharers.calc';

/** One person who lives in the member's home: no name, only what the cost-sharers' rule needs. */
@ObjectType({ description: 'A housemate (medebewoner) as the cost-sharers rule sees them: no name.' })
export class Housemate implements HousemateData {
  @Field(() => DateScalar, { description: 'Birth date; decides from which month they count (age limit).' })
  birthDate!: string;

  @Field({ description: 'Student with student finance, or BBL pupil: never counts.' })
  student!: boolean;

  @Field({
    description:
      'Lodger or landlord on commercial terms (normal rent or board, shown by a contract): never counts.',
  })
  commercial!: boolean;
}

/**
 * woonsituatie: who else lives in a member's home from `from` on, until the next record. Recording again for
 * the same date corrects that record; earlier records stay as history.
 */
@ObjectType({ description: "Who lives in a member's home from a date on (for the cost-sharers' norm)." })
@Entity()
@Unique({ properties: ['member', 'from'] })
export class HouseholdRecord extends OrganisationOwnedEntity {
  @ManyToOne(() => Member, { ref: true })
  @Index()
  member!: Ref<Member>;

  @Field(() => DateScalar, {
    description:
      'First day this composition holds; it counts from the first month that starts on or after it.',
  })
  @Property({ type: 'date', fieldName: 'valid_from' })
  from!: string;

  @Field(() => [Housemate], {
    description: 'Everyone else whose main residence is the home; empty when none.',
  })
  @Property({ type: 'jsonb' })
  housemates!: Housemate[];
}
