import { declareErrorCodes } from '../shared/errors';

/** Payload error codes the attendance feature raises. */
export const AttendanceErrorCode = declareErrorCodes({
  OCCURRENCE_IN_FUTURE: 'Attendance can be registered from the day of the occurrence on.',
});
