import { registerEnumType } from 'type-graphql';

/** The kind of money stream, after the streams places combine (DOMAIN §2). */
export enum FundingKind {
  /** Wmo algemene voorziening: the municipality pays for available places, no per-person declaration. */
  GENERAL_PROVISION = 'GENERAL_PROVISION',
  /** Wmo maatwerk: per person with a decision, per attended day part. */
  TAILORED_PROVISION = 'TAILORED_PROVISION',
  /** Wlz: the care office pays per attended day part of clients with a Wlz indication. */
  LONG_TERM_CARE = 'LONG_TERM_CARE',
  /** Participatiewet: re-integration, per participant per month or per trajectory. */
  REINTEGRATION = 'REINTEGRATION',
  /** Regio Deal: a project lump sum from state and region. */
  REGIONAL_DEAL = 'REGIONAL_DEAL',
  /** ESF+: European social fund, at most a share of eligible costs. */
  ESF = 'ESF',
  /** Revenue from selling products and services (restaurant meals, crafts). */
  SALES = 'SALES',
  /** Private funds and donations. */
  PRIVATE_FUND = 'PRIVATE_FUND',
  /** Participants paying for themselves. */
  SELF_PAYMENT = 'SELF_PAYMENT',
  OTHER = 'OTHER',
}

/** How an agreement's monthly amount is counted. */
export enum FundingBasis {
  PER_PLACE = 'PER_PLACE',
  PER_ATTENDED_DAYPART = 'PER_ATTENDED_DAYPART',
  PER_PARTICIPANT_MONTH = 'PER_PARTICIPANT_MONTH',
  LUMP_SUM = 'LUMP_SUM',
  REVENUE = 'REVENUE',
}

/** The limit that cut an agreement's amount. */
export enum FundingLimit {
  MAX_SHARE = 'MAX_SHARE',
  CEILING = 'CEILING',
}

/** What a place's monthly costs are for. */
export enum CostCategory {
  STAFF = 'STAFF',
  PREMISES = 'PREMISES',
  MATERIALS = 'MATERIALS',
  OTHER = 'OTHER',
}

registerEnumType(FundingKind, {
  name: 'FundingKind',
  description: 'The kind of money stream a funder pays through.',
  valuesConfig: {
    GENERAL_PROVISION: {
      description: 'Wmo general provision (algemene voorziening), paid by the municipality.',
    },
    TAILORED_PROVISION: { description: 'Wmo tailored provision (maatwerk), per person with a decision.' },
    LONG_TERM_CARE: { description: 'Long-term care (Wlz), paid by the care office (zorgkantoor).' },
    REINTEGRATION: { description: 'Re-integration under the Participatiewet.' },
    REGIONAL_DEAL: { description: 'Regional deal (Regio Deal) of state and region.' },
    ESF: { description: 'European social fund (ESF+).' },
    SALES: { description: 'Sales of products and services.' },
    PRIVATE_FUND: { description: 'Private funds and donations.' },
    SELF_PAYMENT: { description: 'Participants paying for themselves.' },
    OTHER: { description: 'Any other stream.' },
  },
});

registerEnumType(FundingBasis, {
  name: 'FundingBasis',
  description: 'How the monthly amount of a funding agreement is counted.',
  valuesConfig: {
    PER_PLACE: {
      description:
        'Funded places × amount per place per year, paid per month as 1/12 (largest remainder over the calendar months).',
    },
    PER_ATTENDED_DAYPART: {
      description: 'Tariff × day parts attended by the participants linked to the agreement.',
    },
    PER_PARTICIPANT_MONTH: {
      description: 'Amount × linked participants with an enrolment at the place in that month.',
    },
    LUMP_SUM: {
      description: "A total spread evenly over the agreement's months; odd cents go to the earliest months.",
    },
    REVENUE: { description: 'The sales recorded for the place (or its workshop) in that month.' },
  },
});

registerEnumType(FundingLimit, {
  name: 'FundingLimit',
  description: "The limit that cut an agreement's amount below what its basis gives.",
  valuesConfig: {
    MAX_SHARE: { description: "The agreement's maximum share of that month's costs." },
    CEILING: { description: "The agreement's ceiling over its whole life was reached." },
  },
});

registerEnumType(CostCategory, {
  name: 'CostCategory',
  description: 'What a cost of a place is for.',
  valuesConfig: {
    STAFF: { description: 'Staff: coordinators, leermeesters, trajectory coaches.' },
    PREMISES: { description: 'Premises: rent, energy, maintenance.' },
    MATERIALS: { description: 'Materials and ingredients.' },
    OTHER: { description: 'Anything else.' },
  },
});

/**
 * Where an agreement stands between its two sides (funder and the place's organisation). Only an ACCEPTED
 * agreement counts in financing and opens the place's figures to the funder.
 */
export enum FundingAgreementStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** The side that proposed an agreement (or its last change); the other side accepts or rejects it. */
export enum FundingAgreementSide {
  FUNDER = 'FUNDER',
  PLACE = 'PLACE',
}

registerEnumType(FundingAgreementStatus, {
  name: 'FundingAgreementStatus',
  description:
    'Where a funding agreement stands between the funder and the place (voorgesteld, akkoord, afgewezen).',
  valuesConfig: {
    PROPOSED: {
      description:
        'Proposed by one side, waiting for the other; counts nowhere and gives the funder no access to the place.',
    },
    ACCEPTED: {
      description:
        "Accepted by both sides: counts in financing and lets the funder read the place's figures.",
    },
    REJECTED: { description: 'Rejected by the other side; counts nowhere. Changing it proposes it again.' },
  },
});

registerEnumType(FundingAgreementSide, {
  name: 'FundingAgreementSide',
  description: 'A side of a funding agreement.',
  valuesConfig: {
    FUNDER: { description: "The funder (the stream's organisation)." },
    PLACE: { description: "The place's organisation (its staff)." },
  },
});
