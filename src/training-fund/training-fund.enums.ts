/** Enums of the training fund (scholingsfonds), registered as GraphQL enums. */
import { registerEnumType } from 'type-graphql';

/** What an employer still owes when the employment behind a hire ends early. */
export enum EarlyEndRule {
  /** Owed in proportion to the months worked of the commitment period (retention plus instalment period). */
  PRO_RATA = 'PRO_RATA',
  /** Instalments that fall due after the end date are cancelled; those already due stay owed. */
  NOTHING_OWED = 'NOTHING_OWED',
}

/** How a training ended. */
export enum TrainingOutcome {
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}

/** Where an instalment stands on a given day. */
export enum InstalmentStatus {
  /** Not yet due, something left to pay. */
  OPEN = 'OPEN',
  /** Due date passed, something left to pay. */
  OVERDUE = 'OVERDUE',
  /** Fully repaid. */
  PAID = 'PAID',
  /** What was left was waived (kwijtgescholden); the waived part never counts as repaid. */
  WAIVED = 'WAIVED',
  /** Nothing owed any more because the employment ended early. */
  CANCELLED = 'CANCELLED',
}

/** Where an application for a training grant stands. */
export enum GrantStatus {
  /** Applied for, waiting for the fund's decision. */
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(EarlyEndRule, {
  name: 'EarlyEndRule',
  description: 'What an employer still owes when the employment behind a hire ends early.',
  valuesConfig: {
    PRO_RATA: {
      description:
        'Naar rato: owed in proportion to the whole months worked of the commitment period (retention plus instalments).',
    },
    NOTHING_OWED: {
      description:
        'Niets verschuldigd: instalments due after the end date are cancelled; due ones stay owed.',
    },
  },
});
registerEnumType(TrainingOutcome, {
  name: 'TrainingOutcome',
  description: 'How a training ended.',
  valuesConfig: {
    COMPLETED: { description: 'Afgerond: the course was finished.' },
    STOPPED: { description: 'Gestopt: the course was stopped before the end.' },
  },
});
registerEnumType(InstalmentStatus, {
  name: 'InstalmentStatus',
  description: 'Where a repayment instalment stands today.',
  valuesConfig: {
    OPEN: { description: 'Not yet due; something left to pay.' },
    OVERDUE: { description: 'Past its due date; something left to pay.' },
    PAID: { description: 'Fully repaid.' },
    WAIVED: { description: 'What was left was waived (kwijtgescholden); never counts as repaid.' },
    CANCELLED: { description: 'Nothing owed any more: the employment ended early.' },
  },
});
registerEnumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'Where an application for a training grant stands.',
  valuesConfig: {
    APPLIED: { description: 'Aangevraagd: waiting for the fund’s decision.' },
    APPROVED: { description: 'Toegekend.' },
    REJECTED: { description: 'Afgewezen, with a reason.' },
  },
});
