import { applyDecorators } from '../shared/decorators';
import { IsInt, Max } from 'class-validator';
import { IsNotNegative } from '../shared/validation';

/** Largest amount accepted for one month's revenue, costs or allowance: €10 million in cents. */
export const MAX_MONTHLY_CENTS = 1_000_000_000;

/** A non-negative amount of cents up to `max`. */
export function IsCents(max = MAX_MONTHLY_CENTS): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: '$property must be a whole number of cents' }),
    IsNotNegative(),
    Max(max, { message: `$property must be at most ${max} cents` }),
  );
}
