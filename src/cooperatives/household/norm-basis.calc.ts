/**
 * Which norm applies in a month and why: the household's own norm (single, single parent, couple) or the
 * cost-sharers' norm for A people, with a plain-words reason in Dutch (B1) and English. Pure.
 */
import { type CostSharerCount, costSharerNormCents, sharePercent } from './cost-sharers.calc';

export type HouseholdKind = 'SINGLE' | 'SINGLE_PARENT' | 'COUPLE';
export type NormBasisKind = HouseholdKind | 'COST_SHARERS';

export interface NormBasisResult {
  kind: NormBasisKind;
  /** A: the member, the partner (couples) and the housemates who count. */
  costSharers: number;
  /** Housemates who count (A minus the member and partner). */
  countedHousemates: number;
  /** The couple norm B the cost-sharers' norm was taken from; null for the household's own norm. */
  coupleNormCents: number | null;
  /** Per-person share of B in percent with two decimals (43.33); null for the household's own norm. */
  sharePercent: number | null;
  /** True when a published amount for this A was used instead of the formula. */
  published: boolean;
  /** Why, in Dutch (B1). */
  explanation: string;
  /** Why, in English. */
  explanationEn: string;
}

export interface NormDecisionInput {
  household: HouseholdKind;
  count: CostSharerCount;
  /** True when the norm's age band is 18-20: art. 22a applies from 21 on, so the youth norm stays. */
  youthBand: boolean;
  /** The household's own norm in cents (looked up only when it applies). */
  ownNormCents: () => number;
  /** B: the couple norm of the member's age band in cents (looked up only when it applies). */
  coupleNormCents: () => number;
  /** A published per-person amount for this A, or null (looked up only when it applies). */
  publishedPerPersonCents: (costSharers: number) => number | null;
}

const OWN_NL: Record<HouseholdKind, string> = {
  SINGLE: 'je krijgt de norm voor een alleenstaande',
  SINGLE_PARENT: 'je krijgt de norm voor een alleenstaande ouder',
  COUPLE: 'jullie krijgen de norm voor gehuwden',
};
const OWN_EN: Record<HouseholdKind, string> = {
  SINGLE: 'you get the single norm',
  SINGLE_PARENT: 'you get the single-parent norm',
  COUPLE: 'you get the couple norm',
};

function adultsNl(n: number, minAge: number): string {
  return `${n} ${n === 1 ? 'volwassene' : 'volwassenen'} van ${minAge} jaar of ouder`;
}

function adultsEn(n: number, minAge: number): string {
  return `${n} ${n === 1 ? 'adult' : 'adults'} aged ${minAge} or older`;
}

function notCounted(count: CostSharerCount): { nl: string; en: string } | null {
  const minAge = count.rule?.housemateMinAge;
  const nl: string[] = [];
  const en: string[] = [];
  if (count.tooYoung) {
    nl.push(`${count.tooYoung} jonger dan ${minAge}`);
    en.push(`${count.tooYoung} under ${minAge}`);
  }
  if (count.students) {
    nl.push(`${count.students} ${count.students === 1 ? 'student' : 'studenten'}`);
    en.push(`${count.students} ${count.students === 1 ? 'student' : 'students'}`);
  }
  if (count.commercial) {
    nl.push(`${count.commercial} met een commerciële huur of kost`);
    en.push(`${count.commercial} on commercial terms`);
  }
  return nl.length ? { nl: nl.join(', '), en: en.join(', ') } : null;
}

function withPartner(household: HouseholdKind, nl: string, en: string) {
  return household === 'COUPLE'
    ? {
        nl: `Je woont met je partner en deelt je woning met ${nl}`,
        en: `You live with your partner and share your home with ${en}`,
      }
    : { nl: `Je deelt je woning met ${nl}`, en: `You share your home with ${en}` };
}

/** The norm in cents for the month and the basis it was computed on. */
export function decideNorm(input: NormDecisionInput): { normCents: number; basis: NormBasisResult } {
  const { household, count } = input;
  const minAge = count.rule?.housemateMinAge ?? 27;
  const base = {
    costSharers: count.costSharers,
    countedHousemates: count.countedHousemates,
  };
  if (count.countedHousemates === 0 || input.youthBand || !count.rule) {
    const skipped = notCounted(count);
    let nl: string;
    let en: string;
    if (count.countedHousemates > 0) {
      const shared = withPartner(
        household,
        adultsNl(count.countedHousemates, minAge),
        adultsEn(count.countedHousemates, minAge),
      );
      nl = `${shared.nl}, maar onder 21 jaar geldt de kostendelersnorm niet: ${OWN_NL[household]}.`;
      en = `${shared.en}, but the cost-sharers' norm does not apply under 21: ${OWN_EN[household]}.`;
    } else if (skipped) {
      nl = `Je huisgenoten tellen niet mee (${skipped.nl}): ${OWN_NL[household]}.`;
      en = `Your housemates do not count (${skipped.en}): ${OWN_EN[household]}.`;
    } else {
      nl = `Er wonen geen andere volwassenen bij je die meetellen: ${OWN_NL[household]}.`;
      en = `No other adults who count live with you: ${OWN_EN[household]}.`;
    }
    return {
      normCents: input.ownNormCents(),
      basis: {
        kind: household,
        ...base,
        coupleNormCents: null,
        sharePercent: null,
        published: false,
        explanation: nl,
        explanationEn: en,
      },
    };
  }
  const rule = count.rule;
  const coupleNormCents = input.coupleNormCents();
  const published = input.publishedPerPersonCents(count.costSharers);
  const persons = household === 'COUPLE' ? 2 : 1;
  const normCents = costSharerNormCents({
    costSharers: count.costSharers,
    coupleNormCents,
    rule,
    persons,
    publishedPerPersonCents: published,
  });
  const percent = sharePercent(count.costSharers, rule);
  const times = persons === 2 ? '2 × ' : '';
  const shared = withPartner(
    household,
    adultsNl(count.countedHousemates, minAge),
    adultsEn(count.countedHousemates, minAge),
  );
  const nlPercent = String(percent).replace('.', ',');
  const skipped = notCounted(count);
  const skippedNl = skipped ? ` Niet meegeteld: ${skipped.nl}.` : '';
  const skippedEn = skipped ? ` Not counted: ${skipped.en}.` : '';
  return {
    normCents,
    basis: {
      kind: 'COST_SHARERS',
      ...base,
      coupleNormCents,
      sharePercent: percent,
      published: published != null,
      explanation: `${shared.nl}: kostendelersnorm voor ${count.costSharers} personen, ${times}${nlPercent}% van de norm voor gehuwden.${skippedNl}`,
      explanationEn: `${shared.en}: the cost-sharers' norm for ${count.costSharers} people, ${times}${percent}% of the couple norm.${skippedEn}`,
    },
  };
}

/**
 * HOUSEHOLD_CHANGED for the month in which A differs from the month before (a new record, or a housemate who
 * reached the age limit), with the old and new A as data.
 */
export function householdChangedWarning(
  previousCostSharers: number,
  costSharers: number,
): {
  code: 'HOUSEHOLD_CHANGED';
  message: string;
  partner: false;
  previousCostSharers: number;
  costSharers: number;
} | null {
  if (previousCostSharers === costSharers) return null;
  return {
    code: 'HOUSEHOLD_CHANGED',
    message: `The number of cost-sharers in the home changed from ${previousCostSharers} to ${costSharers}; the norm changes from this month.`,
    partner: false,
    previousCostSharers,
    costSharers,
  };
}
