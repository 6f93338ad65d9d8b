import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CentsScalar } from '../../shared/scalars';

/** Which norm a statement applied. */
export enum NormBasisKind {
  SINGLE = 'SINGLE',
  SINGLE_PARENT = 'SINGLE_PARENT',
  COUPLE = 'COUPLE',
  COST_SHARERS = 'COST_SHARERS',
}

registerEnumType(NormBasisKind, {
  name: 'NormBasisKind',
  description: 'Which norm a statement applied.',
  valuesConfig: {
    SINGLE: { description: 'The single norm (alleenstaande): nobody else who counts lives in the home.' },
    SINGLE_PARENT: { description: 'The single-parent norm (alleenstaande ouder).' },
    COUPLE: { description: 'The couple norm (gehuwden): the partner and nobody else who counts.' },
    COST_SHARERS: {
      description:
        "The cost-sharers' norm (kostendelersnorm, art. 22a): ((40% + A × 30%) / A) × the couple norm.",
    },
  },
});

@ObjectType({ description: 'Which norm applied in a month and why, in plain words.' })
export class NormBasis {
  @Field(() => NormBasisKind, { description: 'The norm applied.' })
  kind!: `${NormBasisKind}`;

  @Field(() => Int, {
    description:
      'A: the member, the partner (couples) and the housemates who count as cost-sharers (1 or more).',
  })
  costSharers!: number;

  @Field(() => CentsScalar, {
    nullable: true,
    description:
      "B: the couple norm the cost-sharers' norm was taken from, in euro cents; null for other norms.",
  })
  coupleNormCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Per-person share of B in percent, two decimals (43.33 for A = 3); null for other norms.',
  })
  sharePercent!: number | null;

  @Field({ description: 'True when a published amount for this A was used instead of the formula.' })
  published!: boolean;

  @Field({
    description:
      'Why this norm, in Dutch (B1): "je deelt je woning met 2 volwassenen van 27 jaar of ouder…".',
  })
  explanation!: string;

  @Field({ description: 'Why this norm, in English.' })
  explanationEn!: string;
}
