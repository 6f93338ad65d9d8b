import { Field, Int, ObjectType } from 'type-graphql';
import { Place } from '../places';
import { DateScalar } from '../shared/scalars';
import { Workshop } from '../workshops';
import { Occurrence } from './occurrence.entity';
import type { OccurrenceView } from './occurrence.view';

@ObjectType({
  description: "One workshop's occurrences in a week, with totals over the dates not cancelled.",
})
export class WorkshopWeek {
  @Field(() => Workshop, { description: 'The workshop.' })
  workshop!: Workshop;

  @Field(() => [Occurrence], { description: 'Its occurrences in the week, by date and start time.' })
  occurrences!: OccurrenceView[];

  @Field(() => Int, { description: 'Places over the occurrences not cancelled.' })
  capacity!: number;

  @Field(() => Int, { description: 'Booked places over the occurrences not cancelled.' })
  bookedCount!: number;

  @Field(() => Int, { description: 'Free places over the occurrences not cancelled.' })
  freePlaces!: number;
}

@ObjectType({ description: "A place's week (Monday to Sunday): every workshop's occurrences and occupancy." })
export class PlaceWeek {
  @Field(() => Place, { description: 'The place.' })
  place!: Place;

  @Field(() => DateScalar, { description: 'Monday of the week.' })
  weekStart!: string;

  @Field(() => DateScalar, { description: 'Sunday of the week.' })
  weekEnd!: string;

  @Field(() => [WorkshopWeek], {
    description: 'Workshops by name: those not archived, and archived ones with occurrences this week.',
  })
  workshops!: WorkshopWeek[];
}

@ObjectType({ description: "A workshop's occurrences on one date, with bookings, waitlist and attendance." })
export class WorkshopRoster {
  @Field(() => Workshop, { description: 'The workshop.' })
  workshop!: Workshop;

  @Field(() => DateScalar, { description: 'The date.' })
  date!: string;

  @Field(() => [Occurrence], { description: 'Occurrences that day, by start time.' })
  occurrences!: OccurrenceView[];
}
