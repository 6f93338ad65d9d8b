/** The public surface of the attendance feature: the only file other features import. */
export { Attendance } from './attendance.entity';
export { answerFunderAccessWith } from './funder-access';
export type { FunderAccessCheck } from './funder-access';
