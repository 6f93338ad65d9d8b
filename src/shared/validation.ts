import { applyDecorators } from './decorators';
import { IsString, MaxLength, Min } from 'class-validator';
import { hasVisibleCharacter, isSingleLine } from './text';
import { isId } from './ids';
import { isMonth } from './months';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A required display text, after the text pipeline (`shared/text.ts`) trimmed and collapsed it: one line, at
 * least one visible character (zero-width marks alone do not count) and at most `max` characters.
 */
export function IsName(max: number, options: { each?: boolean } = {}): PropertyDecorator {
  const each = options.each ?? false;
  const what = each ? 'each of $property' : '$property';
  return applyDecorators(
    IsString({ each, message: `${what} must be a string` }),
    ValidateBy(
      {
        name: 'isVisibleText',
        validator: {
          validate: (value) => typeof value === 'string' && hasVisibleCharacter(value),
          defaultMessage: () => `${what} must not be empty or only invisible characters`,
        },
      },
      { each },
    ),
    ValidateBy(
      {
        name: 'isSingleLine',
        validator: {
          validate: (value) => typeof value === 'string' && isSingleLine(value),
          defaultMessage: () => `${what} must be one line`,
        },
      },
      { each },
    ),
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

/**
 * Zero or more: a negative amount answers `NEGATIVE_AMOUNT` (one code for that meaning in every mutation), not
 * the general `VALIDATION`.
 */
export function IsNotNegative(): PropertyDecorator {
  return Min(0, { message: '$property must not be negative', context: { code: 'NEGATIVE_AMOUNT' } });
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
