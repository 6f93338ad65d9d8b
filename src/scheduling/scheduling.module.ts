import type { FeatureModule } from '../shared/module';
import { foundNode, guardedNode, publicNode, staffOfOwnOrganisation } from '../auth';
import { findOccurrence } from './week.service';
import { SchedulingErrorCode } from './scheduling.errors';
import { onEnrolmentDatesChanged, onEnrolmentEnded } from '../enrolments';
import { followEnrolmentDates, releaseAfterOutflow } from './booking.store';
import { SessionSlot } from './session-slot.entity';
import { Occurrence } from './occurrence.entity';
import { Booking } from './booking.entity';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlotResolver, WorkshopSessionsResolver } from './session-slot.resolver';
import { OccurrenceResolver } from './occurrence.resolver';
import { BookingResolver, RecurringBookingResolver } from './booking.resolver';
import { ParticipantScheduleResolver } from './participant-schedule.resolver';
import { createSchedulingLoaders } from './scheduling.loaders';

/** The scheduling feature as the application sees it: see src/modules.ts. */
export const schedulingModule: FeatureModule = {
  name: 'scheduling',
  entities: [SessionSlot, Occurrence, Booking, RecurringBooking],
  errorCodes: SchedulingErrorCode,
  resolvers: [
    SessionSlotResolver,
    WorkshopSessionsResolver,
    OccurrenceResolver,
    BookingResolver,
    RecurringBookingResolver,
    ParticipantScheduleResolver,
  ],
  loaders: createSchedulingLoaders,
  subscribe: () => {
    onEnrolmentEnded(releaseAfterOutflow);
    onEnrolmentDatesChanged(followEnrolmentDates);
  },
  nodes: [
    publicNode(SessionSlot),
    foundNode(Occurrence, findOccurrence),
    guardedNode(Booking, staffOfOwnOrganisation),
    guardedNode(RecurringBooking, staffOfOwnOrganisation),
  ],
};
