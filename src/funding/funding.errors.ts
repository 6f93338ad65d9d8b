import { declareErrorCodes } from '../shared/errors';

/** Payload error codes the funding feature raises. */
export const FundingErrorCode = declareErrorCodes({
  NOT_ACCEPTED: 'The funding agreement is not accepted by both sides (yet).',
});
