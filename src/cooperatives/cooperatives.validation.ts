import { ValidateBy, type ValidationOptions } from 'class-validator';
import { applyDecorators } from '../shared/decorators';
import { isMonth } from '../shared/months';
import { IsInt, Max } from 'class-validator';
import { IsNotNegative } from '../shared/validation';

/** Largest amount accepted for one month's revenue, costs or allowance: €10 million in cents. */
export const MAX_MONTHLY_CENTS = 1_000_000_000;

/** A month written `YYYY-MM`. */
export function IsMonth(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMonth',
      validator: {
        validate: (value) => typeof value === 'string' && isMonth(value),
        defaultMessage: () => '$property must be a month written YYYY-MM',
      },
    },
    options,
  );
}

/** A non-negative amount of cents up to `max`. */
export function IsCents(max = MAX_MONTHLY_CENTS): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: '$property must be a whole number of cents' }),
    IsNotNegative(),
    Max(max, { message: `$property must be at most ${max} cents` }),
  );
}
