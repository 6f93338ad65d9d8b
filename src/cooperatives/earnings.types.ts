import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CentsScalar } from '../shared/scalars';

/** What recording a month's figure did. */
export enum RecordOutcome {
  CREATED = 'CREATED',
  REPLACED = 'REPLACED',
}

registerEnumType(RecordOutcome, {
  name: 'RecordOutcome',
  description: "What recording a month's figure did: created it, or replaced the one that was there.",
  valuesConfig: {
    CREATED: { description: 'There was no figure for the month; it is now version 1.' },
    REPLACED: { description: 'A figure was there and is replaced; `previous` shows it.' },
  },
});

@ObjectType({ description: "An enterprise's figures for a month as they were before a correction." })
export class EarningsFigures {
  @Field(() => CentsScalar, { description: 'Revenue in euro cents.' })
  revenueCents!: number;

  @Field(() => CentsScalar, { description: 'Business costs in euro cents.' })
  costsCents!: number;

  @Field(() => Int, { description: 'The version these figures had.' })
  version!: number;
}

@ObjectType({ description: "A member's other income for a month as it was before a correction." })
export class MemberIncomeFigures {
  @Field(() => CentsScalar, { description: 'Volunteer allowance in euro cents.' })
  volunteerAllowanceCents!: number;

  @Field(() => CentsScalar, { description: "The partner's earnings in euro cents." })
  partnerEarningsCents!: number;

  @Field(() => Int, { description: 'The version these figures had.' })
  version!: number;
}

/**
 * The optimistic guard of a recorded figure: null when the caller did not ask for one or it holds, otherwise the
 * message of a STALE error. `expectedVersion` 0 means "I expect no figure yet".
 */
export function staleMessage(
  expectedVersion: number | null | undefined,
  storedVersion: number | null,
  current: string,
): string | null {
  if (expectedVersion == null) return null;
  const stored = storedVersion ?? 0;
  if (expectedVersion === stored) return null;
  return stored === 0
    ? `Er is nog geen bedrag voor deze maand; stuur expectedVersion 0 of laat het weg. / No figure is recorded for this month yet; send expectedVersion 0 or leave it out.`
    : `Iemand heeft dit bedrag intussen gewijzigd (versie ${stored}: ${current}); controleer het en stuur expectedVersion ${stored} om het te vervangen. / The figure changed since you read it (version ${stored}: ${current}); check it and send expectedVersion ${stored} to replace it.`;
}
