import { registerEnumType } from 'type-graphql';

/** Household composition that decides the norm (leefvorm). */
export enum Household {
  /** alleenstaande */
  SINGLE = 'SINGLE',
  /** alleenstaande ouder */
  SINGLE_PARENT = 'SINGLE_PARENT',
  /** gehuwden / samenwonenden */
  COUPLE = 'COUPLE',
}

registerEnumType(Household, {
  name: 'Household',
  description: 'Household composition, which decides the norm.',
  valuesConfig: {
    SINGLE: { description: 'A single person (alleenstaande).' },
    SINGLE_PARENT: { description: 'A single parent (alleenstaande ouder).' },
    COUPLE: { description: 'Married or living together (gehuwden); the partner has their own disregard.' },
  },
});

/** Age band of a norm. State-pension age is out of scope: every adult from 21 falls in the second band. */
export enum AgeBand {
  AGE_18_20 = 'AGE_18_20',
  AGE_21_TO_PENSION = 'AGE_21_TO_PENSION',
}

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band of a norm, by age on the first day of the month.',
  valuesConfig: {
    AGE_18_20: { description: 'Aged 18 to 20 (for couples: the younger partner is).' },
    AGE_21_TO_PENSION: { description: 'Aged 21 up to state-pension age (for couples: both partners).' },
  },
});

/** Who may use a disregard beyond its age limit. */
export enum DisregardCondition {
  NONE = 'NONE',
  /** alleenstaande ouder met een kind jonger dan 12 (art. 31 lid 2 sub r) */
  SINGLE_PARENT_CHILD_UNDER_12 = 'SINGLE_PARENT_CHILD_UNDER_12',
  /** medisch urenbeperkt of deeltijd met loonkostensubsidie (art. 31 lid 2 sub y) */
  MEDICAL_LIMITATION = 'MEDICAL_LIMITATION',
}

registerEnumType(DisregardCondition, {
  name: 'DisregardCondition',
  description: 'A condition a member must meet for an earnings disregard.',
  valuesConfig: {
    NONE: { description: 'No condition besides the age limit.' },
    SINGLE_PARENT_CHILD_UNDER_12: {
      description: 'Single parent whose youngest child is under 12 on the first day of the month.',
    },
    MEDICAL_LIMITATION: {
      description: 'Medically limited working hours, or part-time work with a wage-cost subsidy.',
    },
  },
});

/** Own enterprise of one member, or a joint enterprise of several. */
export enum EnterpriseKind {
  OWN = 'OWN',
  JOINT = 'JOINT',
}

registerEnumType(EnterpriseKind, {
  name: 'EnterpriseKind',
  description: 'Whether an enterprise belongs to one member or is shared.',
  valuesConfig: {
    OWN: { description: 'Own enterprise of one member (100% share).' },
    JOINT: { description: 'Joint enterprise of several members, each with a share in percent.' },
  },
});
