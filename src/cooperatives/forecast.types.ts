import { Field, Int, ObjectType } from 'type-graphql';
import { CentsScalar } from '../shared/scalars';

@ObjectType({
  description:
    'A limit a forecast reaches next, as data and as a sentence: disregard months left, or the earnings from which the benefit of the month is 0.',
})
export class ForecastLimit {
  @Field({
    description:
      'DISREGARD_MONTHS_LEFT (ruleCode, monthsLeft, maxMonths) or BENEFIT_ZERO_FROM (amountCents: the net earnings from which the benefit of the month is 0).',
  })
  code!: string;

  @Field({ description: 'The limit in plain Dutch, for the member.' })
  textNl!: string;

  @Field({ description: 'The limit in plain English.' })
  textEn!: string;

  @Field(() => String, { nullable: true, description: 'The disregard it is about (DISREGARD_MONTHS_LEFT).' })
  ruleCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Months of the disregard left after this one.' })
  monthsLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'Months the disregard lasts in all.' })
  maxMonths!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Net earnings in cents from which the benefit of the month is 0 (BENEFIT_ZERO_FROM).',
  })
  amountCents!: number | null;
}
