import { declareErrorCodes } from '../shared/errors';

/** Payload error codes the training fund raises. */
export const TrainingFundErrorCode = declareErrorCodes({
  NO_FUND_RULE: 'No rule of the training fund is in force on that date.',
  ABOVE_MAXIMUM: 'The amount is above what the rules or the record allow.',
  LEVEL_NOT_ELIGIBLE: 'The fund does not pay for trainings of this level.',
});
