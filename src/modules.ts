import type { NonEmptyArray } from 'type-graphql';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { ErasureResolver } from './privacy/erasure.resolver';
import { UserAccount } from './auth/user-account.entity';
import { UserAccountResolver } from './auth/user-account.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { MunicipalityResolver } from './municipalities/municipality.resolver';
import { Municipality } from './municipalities/municipality.entity';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { Organisation } from './organisations/organisation.entity';
import { PlaceResolver } from './places/place.resolver';
import { Place } from './places/place.entity';
import { Attendance } from './attendance/attendance.entity';
import { Enrolment } from './enrolments/enrolment.entity';
import { OutflowReason } from './enrolments/outflow-reason.entity';
import { Participant } from './participants/participant.entity';
import { Booking } from './scheduling/booking.entity';
import { Occurrence } from './scheduling/occurrence.entity';
import { RecurringBooking } from './scheduling/recurring-booking.entity';
import { SessionSlot } from './scheduling/session-slot.entity';
import { BenefitResolver } from './cooperatives/benefit.resolver';
import {
  EnterpriseEarningsResolver,
  EnterpriseResolver,
  EnterpriseShareResolver,
  MemberIncomeResolver,
  MemberResolver,
} from './cooperatives/cooperatives.resolver';
import { Member } from './cooperatives/member.entity';
import { RulesResolver } from './cooperatives/rules/rules.resolver';
import { Enterprise, EnterpriseShare } from './cooperatives/enterprise.entity';
import { EnterpriseEarnings, MemberIncome } from './cooperatives/earnings.entity';
import { DisregardRule } from './cooperatives/rules/disregard-rule.entity';
import { Norm } from './cooperatives/rules/norm.entity';
import { VolunteerLimit } from './cooperatives/rules/volunteer-limit.entity';
import { FinancingResolver } from './funding/financing.resolver';
import { FundingAgreement } from './funding/funding-agreement.entity';
import {
  FundingAgreementResolver,
  FundingStreamResolver,
  ParticipantFundingLinkResolver,
} from './funding/funding.resolver';
import { FundingStream } from './funding/funding-stream.entity';
import { ParticipantFundingLink } from './funding/participant-funding-link.entity';
import { ParticipantFundingRequest } from './funding/funding-request.entity';
import { ParticipantFundingRequestResolver } from './funding/funding-request.resolver';
import { PlaceCost } from './funding/place-cost.entity';
import { PlaceCostResolver, SaleResolver } from './funding/place-finances.resolver';
import { Sale } from './funding/sale.entity';
import { BaseEntity } from './shared/base.entity';
import { WorkshopResolver } from './workshops/workshop.resolver';
import { ParticipantResolver } from './participants/participant.resolver';
import { EnrolmentResolver } from './enrolments/enrolment.resolver';
import { BookingResolver, RecurringBookingResolver } from './scheduling/booking.resolver';
import { OccurrenceResolver } from './scheduling/occurrence.resolver';
import { SessionSlotResolver, WorkshopSessionsResolver } from './scheduling/session-slot.resolver';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { Workshop } from './workshops/workshop.entity';

/** Every entity the ORM maps; one line per feature's entities. */
export const ENTITIES = [
  BaseEntity,
  Municipality,
  Organisation,
  Place,
  Workshop,
  Participant,
  SessionSlot,
  Occurrence,
  OutflowReason,
  Enrolment,
  Booking,
  Attendance,
  Member,
  Enterprise,
  EnterpriseShare,
  EnterpriseEarnings,
  MemberIncome,
  Norm,
  DisregardRule,
  VolunteerLimit,
  UserAccount,
  RecurringBooking,
  FundingStream,
  FundingAgreement,
  ParticipantFundingLink,
  ParticipantFundingRequest,
  PlaceCost,
  Sale,
  AuditEntry,
];

/** Every GraphQL resolver; one line per feature's resolvers. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  MunicipalityResolver,
  OrganisationResolver,
  PlaceResolver,
  WorkshopResolver,
  MemberResolver,
  EnterpriseResolver,
  EnterpriseShareResolver,
  EnterpriseEarningsResolver,
  MemberIncomeResolver,
  BenefitResolver,
  RulesResolver,
  ViewerResolver,
  UserAccountResolver,
  ParticipantResolver,
  EnrolmentResolver,
  SessionSlotResolver,
  WorkshopSessionsResolver,
  OccurrenceResolver,
  BookingResolver,
  RecurringBookingResolver,
  AttendanceResolver,
  FundingStreamResolver,
  FundingAgreementResolver,
  ParticipantFundingLinkResolver,
  ParticipantFundingRequestResolver,
  PlaceCostResolver,
  SaleResolver,
  FinancingResolver,
  AuditResolver,
  ErasureResolver,
];
