import { applyDecorators } from './decorators';
import { IsString, Matches, MaxLength } from 'class-validator';
import { isId } from './ids';
import { isMonth } from './months';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A required display text: a string with at least one visible character and at most `max` characters. */
export function IsName(max: number, options: { each?: boolean } = {}): PropertyDecorator {
  const each = options.each ?? false;
  const what = each ? 'each of $property' : '$property';
  return applyDecorators(
    IsString({ each, message: `${what} must be a string` }),
    Matches(/\S/, { each, message: `${what} must not be empty` }),
    MaxLength(max, { each, message: `${what} must be at most ${max} characters` }),
  );
}

/** An id as this API hands them out. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isId',
      validator: { validate: (value) => isId(value), defaultMessage: () => '$property is not a valid id' },
    },
    options,
  );
}

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
