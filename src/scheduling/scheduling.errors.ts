import { declareErrorCodes } from '../shared/errors';

/** Payload error codes the scheduling feature raises (and later features reuse). */
export const SchedulingErrorCode = declareErrorCodes({
  ALREADY_BOOKED: 'The participant already has a live booking for this occurrence or slot.',
  OUTSIDE_ENROLMENT: "The date lies outside the enrolment's start and end date.",
  OCCURRENCE_CANCELLED: 'The occurrence is cancelled; it takes no bookings or attendance.',
  OCCURRENCE_IN_PAST: 'The occurrence is in the past and can no longer be booked.',
  CAPACITY_REACHED:
    'No place is free in the occurrence; promoteFromWaitlist with addPlace: true adds one, changeOccurrence raises the capacity.',
  ENROLMENT_PAUSED:
    'The enrolment is paused on this date (pauseEnrolment); resume it first (resumeEnrolment).',
});
