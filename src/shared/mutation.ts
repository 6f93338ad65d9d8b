import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate, type ValidationError } from 'class-validator';
import { DomainError, ErrorCode, type UserError } from './errors';

/** What a mutation returns before the resolver wraps it into its payload type. */
export type MutationResult<T> = { value: T | null; errors: UserError[] };

/**
 * Every field's first broken constraint, for the whole input at once (nested inputs included), so that a client
 * sees all its mistakes in one reply. A decorator may name its own code through class-validator's `context`
 * (`{ context: { code: ErrorCode.NEGATIVE_AMOUNT } }`); otherwise the code is VALIDATION.
 */
function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      code: (error.contexts?.[constraint] as { code?: string } | undefined)?.code ?? ErrorCode.VALIDATION,
      field,
      message,
    }));
    return [...own.slice(0, 1), ...flatten(error.children ?? [], field)];
  });
}

/** Shape checks of an input object (class-validator decorators), as payload errors against `input.<field>`. */
export async function validateInput(input: object): Promise<UserError[]> {
  return flatten(await validate(input, { forbidUnknownValues: false }), ['input']);
}

/**
 * One unit of work per mutation: validates the input's shape, runs `work` in one transaction and maps errors
 * the user caused ({@link DomainError}) to payload errors, rolling back everything `work` wrote. Anything else
 * is a bug or an outage and is rethrown, to be logged and masked.
 */
export async function runMutation<T>(
  ctx: { em: EntityManager },
  input: object,
  work: (em: EntityManager) => Promise<T>,
): Promise<MutationResult<T>> {
  const shapeErrors = await validateInput(input);
  if (shapeErrors.length > 0) return { value: null, errors: shapeErrors };
  try {
    const value = await ctx.em.transactional((em) => work(em));
    return { value, errors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { value: null, errors: error.errors };
    if (error instanceof UniqueConstraintViolationException) {
      return {
        value: null,
        errors: [
          {
            code: ErrorCode.CONFLICT,
            field: null,
            message: 'A concurrent change created the same record; try again.',
          },
        ],
      };
    }
    throw error;
  }
}
