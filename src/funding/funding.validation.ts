import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isMonth } from '../shared/months';
import { isCalendarDate } from '../shared/scalars';

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

/** A calendar date written `YYYY-MM-DD` (the Date scalar checks it too; this covers direct service calls). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => '$property must be a date written YYYY-MM-DD',
      },
    },
    options,
  );
}
