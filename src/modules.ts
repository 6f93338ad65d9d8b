import type { NonEmptyArray } from 'type-graphql';
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
import { SessionSlot } from './scheduling/session-slot.entity';
import { FinancingResolver } from './funding/financing.resolver';
import { FundingAgreement } from './funding/funding-agreement.entity';
import {
  FundingAgreementResolver,
  FundingStreamResolver,
  ParticipantFundingLinkResolver,
} from './funding/funding.resolver';
import { FundingStream } from './funding/funding-stream.entity';
import { ParticipantFundingLink } from './funding/participant-funding-link.entity';
import { PlaceCost } from './funding/place-cost.entity';
import { PlaceCostResolver, SaleResolver } from './funding/place-finances.resolver';
import { Sale } from './funding/sale.entity';
import { BaseEntity } from './shared/base.entity';
import { WorkshopResolver } from './workshops/workshop.resolver';
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
  FundingStream,
  FundingAgreement,
  ParticipantFundingLink,
  PlaceCost,
  Sale,
];

/** Every GraphQL resolver; one line per feature's resolvers. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  MunicipalityResolver,
  OrganisationResolver,
  PlaceResolver,
  WorkshopResolver,
  FundingStreamResolver,
  FundingAgreementResolver,
  ParticipantFundingLinkResolver,
  PlaceCostResolver,
  SaleResolver,
  FinancingResolver,
];
