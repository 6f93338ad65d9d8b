import { applyDecorators } from './decorators';
import { IsString, Matches, MaxLength } from 'class-validator';
import { isId } from './ids';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A required display text: a string with at least one visible character and at most `max` characters. */
export function IsName(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Matches(/\S/, { message: '$property must not be empty' }),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );
}

/** An id as this API hands them out. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isId', validator: { validate: (value) => isId(value), defaultMessage: () => '$property is not a valid id' } },
    options,
  );
}
