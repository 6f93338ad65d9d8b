/** The public surface of the enrolments feature: the only file other features import. */
export { Enrolment, EnrolmentStatus } from './enrolment.entity';
export type { EnrolmentEnded } from './enrolment.events';
export type { EnrolmentDatesChanged } from './enrolment.events';
export { onEnrolmentDatesChanged, onEnrolmentEnded } from './enrolment.events';
export { EnrolmentPause } from './enrolment-pause.entity';
export { currentStatus } from './enrolment-lifecycle.service';
export { OutflowReason } from './outflow-reason.entity';
export { closeEnrolment } from './enrolment.service';
export { EnrolmentErrorCode } from './enrolment.errors';
