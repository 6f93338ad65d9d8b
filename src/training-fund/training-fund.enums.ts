/**
 * Plain enums of the training fund (scholingsfonds). Registered as GraphQL enums next to the resolvers; kept
 * here without GraphQL so that the calculations stay free of framework code.
 */

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
