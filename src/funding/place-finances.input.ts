import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { CentsScalar } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { CostCategory } from './funding.enums';
import { PlaceCost } from './place-cost.entity';
import { Sale } from './sale.entity';
import { IsMonth } from '../shared/validation';

@InputType({
  description: 'The costs of a place in one month and category; recording again replaces the amount.',
})
export class RecordPlaceCostInput {
  @Field(() => ID, { description: 'The place.' })
  @IsId()
  placeId!: string;

  @Field({ description: 'Month, YYYY-MM.' })
  @IsMonth()
  month!: string;

  @Field(() => CostCategory, { description: 'What the cost is for.' })
  @IsEnum(CostCategory)
  category!: CostCategory;

  @Field(() => CentsScalar, { description: 'Amount in cents, 0 or more.' })
  amountCents!: number;
}

@InputType({
  description:
    'A yearly budget of a place in one category, spread evenly over the twelve months (odd cents to the earliest); replaces those months.',
})
export class RecordPlaceCostBudgetInput {
  @Field(() => ID, { description: 'The place.' })
  @IsId()
  placeId!: string;

  @Field(() => Int, { description: 'Calendar year, 1900-2199.' })
  @IsInt()
  @Min(1900, { message: 'year must be between 1900 and 2199' })
  @Max(2199, { message: 'year must be between 1900 and 2199' })
  year!: number;

  @Field(() => CostCategory, { description: 'What the cost is for.' })
  @IsEnum(CostCategory)
  category!: CostCategory;

  @Field(() => CentsScalar, { description: 'Amount for the whole year in cents, 0 or more.' })
  amountCents!: number;
}

@InputType({ description: 'The sales of a workshop in one month; recording again replaces the month.' })
export class RecordSalesInput {
  @Field(() => ID, { description: 'The workshop that sold.' })
  @IsId()
  workshopId!: string;

  @Field({ description: 'Month, YYYY-MM.' })
  @IsMonth()
  month!: string;

  @Field(() => CentsScalar, { description: 'Revenue of the month in cents, 0 or more.' })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'What was sold, at most 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  description?: string | null;
}

@ObjectType({ description: 'Result of recordPlaceCost.' })
export class RecordPlaceCostPayload extends MutationPayload {
  @Field(() => PlaceCost, { nullable: true, description: 'The month’s cost; null when errors is not empty.' })
  cost!: PlaceCost | null;
}

@ObjectType({ description: 'Result of recordPlaceCostBudget.' })
export class RecordPlaceCostBudgetPayload extends MutationPayload {
  @Field(() => [PlaceCost], {
    nullable: true,
    description: 'The twelve months; null when errors is not empty.',
  })
  costs!: PlaceCost[] | null;
}

@ObjectType({ description: 'Result of recordSales.' })
export class RecordSalesPayload extends MutationPayload {
  @Field(() => Sale, { nullable: true, description: 'The month’s sales; null when errors is not empty.' })
  sale!: Sale | null;
}
