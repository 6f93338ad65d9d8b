import { declareErrorCodes } from '../shared/errors';

/** Payload error codes the enrolments feature raises (and later features reuse). */
export const EnrolmentErrorCode = declareErrorCodes({
  ALREADY_ENROLLED: 'The participant already has an overlapping enrolment in this workshop.',
  NOT_ENROLLED: "The enrolment has ended or is not in the occurrence's workshop.",
});
