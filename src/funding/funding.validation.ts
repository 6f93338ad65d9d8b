import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../shared/scalars';

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
