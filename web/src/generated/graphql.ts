/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One participant's attendance. */
export type AttendanceEntryInput = {
  /** Optional note, at most 500 characters. */
  note?: string | null | undefined;
  /** The participant, enrolled in the workshop on that date. */
  participantId: string | number;
  /** PRESENT, ABSENT or EXCUSED. */
  status: AttendanceStatus;
};

/** Whether a participant was there. */
export type AttendanceStatus =
  /** Was not there, without notice. */
  | 'ABSENT'
  /** Was not there, with notice. */
  | 'EXCUSED'
  /** Was there. */
  | 'PRESENT';

/** A self-declared background; optional, any number. */
export type Background =
  /** Homeless. */
  | 'HOMELESS'
  /** Long-term care (Wlz). */
  | 'LONG_TERM_CARE'
  /** Newcomer or refugee (statushouder). */
  | 'NEWCOMER'
  /** Something else. */
  | 'OTHER'
  /** Professional bringing their trade. */
  | 'PROFESSIONAL'
  /** Retired. */
  | 'RETIRED'
  /** Social assistance (bijstand). */
  | 'SOCIAL_ASSISTANCE'
  /** Student or intern. */
  | 'STUDENT'
  /** Came via or receives a benefit from UWV (employee insurance). */
  | 'UWV'
  /** Volunteer, time to spare. */
  | 'VOLUNTEER'
  /** Wajong (young disabled people). */
  | 'WAJONG';

/** Books an enrolled participant: give exactly one of slotId (every week, a standing booking) or occurrenceId (one date). */
export type BookInput = {
  /** The enrolment (plaatsing) to book for. */
  enrolmentId: string | number;
  /** One occurrence (date) to book. */
  occurrenceId?: string | number | null | undefined;
  /** A weekly slot of the enrolment's workshop: book every week from today (or the start) on. */
  slotId?: string | number | null | undefined;
  /** With slotId only: the last date to book every week; omitted: until the enrolment ends. */
  until?: string | null | undefined;
};

/** State of a booking of an enrolled participant into an occurrence. */
export type BookingStatus =
  /** Has a place in the occurrence. */
  | 'BOOKED'
  /** Cancelled; kept for history. */
  | 'CANCELLED'
  /** Waiting for a place, first come first served. */
  | 'WAITLISTED';

/** Enrols (plaatst) a participant in a workshop of their organisation. */
export type EnrolInput = {
  /** Planned last day, optional; not before startDate. */
  endDate?: string | null | undefined;
  /** The participant. */
  participantId: string | number;
  /** First day of taking part. */
  startDate: string;
  /** The workshop. */
  workshopId: string | number;
};

/** Whether an enterprise belongs to one member or is shared. */
export type EnterpriseKind =
  /** Joint enterprise of several members, each with a share in percent. */
  | 'JOINT'
  /** Own enterprise of one member (100% share). */
  | 'OWN';

/** What went wrong, for clients to act on. */
export type ErrorCode =
  /** The amount is above what the rules or the record allow. */
  | 'ABOVE_MAXIMUM'
  /** The participant already has a live booking for this occurrence or slot. */
  | 'ALREADY_BOOKED'
  /** The participant already has an overlapping enrolment in this workshop. */
  | 'ALREADY_ENROLLED'
  /** No place is free in the occurrence; promoteFromWaitlist with addPlace: true adds one, changeOccurrence raises the capacity. */
  | 'CAPACITY_REACHED'
  /** The change conflicts with the current state or a concurrent change. */
  | 'CONFLICT'
  /** The correction window after the date has passed (ENROLMENT_CORRECTION_DAYS, ATTENDANCE_CORRECTION_DAYS); only an ADMIN may still change it. */
  | 'CORRECTION_WINDOW_CLOSED'
  /** The code is already taken. */
  | 'DUPLICATE_CODE'
  /** The name is already taken within its scope. */
  | 'DUPLICATE_NAME'
  /** The enrolment is paused on this date (pauseEnrolment); resume it first (resumeEnrolment). */
  | 'ENROLMENT_PAUSED'
  /** You may not change this record. */
  | 'FORBIDDEN'
  /** The period ends before it starts. */
  | 'INVERTED_PERIOD'
  /** The fund does not pay for trainings of this level. */
  | 'LEVEL_NOT_ELIGIBLE'
  /** An amount is below zero. */
  | 'NEGATIVE_AMOUNT'
  /** The funding agreement is not accepted by both sides (yet). */
  | 'NOT_ACCEPTED'
  /** The enrolment has ended or is not in the occurrence's workshop. */
  | 'NOT_ENROLLED'
  /** A referenced record does not exist or is outside your scope. */
  | 'NOT_FOUND'
  /** No rule of the training fund is in force on that date. */
  | 'NO_FUND_RULE'
  /** The occurrence is cancelled; it takes no bookings or attendance. */
  | 'OCCURRENCE_CANCELLED'
  /** Attendance can be registered from the day of the occurrence on. */
  | 'OCCURRENCE_IN_FUTURE'
  /** The occurrence is in the past and can no longer be booked. */
  | 'OCCURRENCE_IN_PAST'
  /** The date lies outside the enrolment's start and end date. */
  | 'OUTSIDE_ENROLMENT'
  /** The dates lie outside the period they must fall in. */
  | 'OUTSIDE_PERIOD'
  /** The period overlaps another one that it may not overlap. */
  | 'OVERLAPPING_PERIOD'
  /** Someone changed the record since you read it (expectedVersion differs); nothing was written, the payload shows the current figures. */
  | 'STALE'
  /** A value has the wrong shape or is out of range. */
  | 'VALIDATION';

/** The kind of money stream a funder pays through. */
export type FundingKind =
  /** European social fund (ESF+). */
  | 'ESF'
  /** Wmo general provision (algemene voorziening), paid by the municipality. */
  | 'GENERAL_PROVISION'
  /** Long-term care (Wlz), paid by the care office (zorgkantoor). */
  | 'LONG_TERM_CARE'
  /** Any other stream. */
  | 'OTHER'
  /** Private funds and donations. */
  | 'PRIVATE_FUND'
  /** Regional deal (Regio Deal) of state and region. */
  | 'REGIONAL_DEAL'
  /** Re-integration under the Participatiewet. */
  | 'REINTEGRATION'
  /** Sales of products and services. */
  | 'SALES'
  /** Participants paying for themselves. */
  | 'SELF_PAYMENT'
  /** Wmo tailored provision (maatwerk), per person with a decision. */
  | 'TAILORED_PROVISION';

/** Household composition, which decides the norm. */
export type Household =
  /** Married or living together (gehuwden); the partner has their own disregard. */
  | 'COUPLE'
  /** A single person (alleenstaande). */
  | 'SINGLE'
  /** A single parent (alleenstaande ouder). */
  | 'SINGLE_PARENT';

/** Whether someone comes to bring knowledge, fetch it, or both. */
export type KnowledgeExchange =
  /** Both. */
  | 'BOTH'
  /** Comes to bring knowledge. */
  | 'BRING'
  /** Comes to fetch knowledge. */
  | 'FETCH';

/** Which norm a statement applied. */
export type NormBasisKind =
  /** The cost-sharers' norm (kostendelersnorm, art. 22a): ((40% + A × 30%) / A) × the couple norm. */
  | 'COST_SHARERS'
  /** The couple norm (gehuwden): the partner and nobody else who counts. */
  | 'COUPLE'
  /** The single norm (alleenstaande): nobody else who counts lives in the home. */
  | 'SINGLE'
  /** The single-parent norm (alleenstaande ouder). */
  | 'SINGLE_PARENT';

/** Registers attendance for a whole roster at once; all or nothing. */
export type RecordAttendanceBulkInput = {
  /** One entry per participant, at most 500; a participant at most once. */
  entries: Array<AttendanceEntryInput>;
  /** The occurrence: not cancelled and not in the future. */
  occurrenceId: string | number;
};

/** A new participant. Only a display name is required (indication-free intake). */
export type RegisterParticipantInput = {
  /** Self-declared backgrounds, any number. */
  backgrounds?: Array<Background> | null | undefined;
  /** Birth date, optional; not in the future. */
  birthDate?: string | null | undefined;
  /** Comes to bring knowledge, fetch it, or both. */
  comesTo?: KnowledgeExchange | null | undefined;
  /** Name to show, at most 200 characters. */
  displayName: string;
  /** E-mail address, optional. */
  email?: string | null | undefined;
  /** Languages spoken, at most 20, each at most 50 characters. */
  languages?: Array<string> | null | undefined;
  /** The organisation the person takes part at. */
  organisationId: string | number;
  /** Phone number, optional: digits, spaces, +, -, (). */
  phone?: string | null | undefined;
  /** How the person came in. */
  routeIn?: RouteIn | null | undefined;
};

/** The role a token grants. */
export type Role =
  /** Platform administrator: everything, including rule data. */
  | 'ADMIN'
  /** Staff of one social cooperative: its members, enterprises and statements. */
  | 'COOP_STAFF'
  /** An employer: its own vacancies, and only the people who consented to be shown to it. */
  | 'EMPLOYER'
  /** A funder: the places it funds, and only aggregates about the people there. */
  | 'FUNDER'
  /** A participant or cooperative member: only their own data. */
  | 'MEMBER'
  /** Staff of one organisation that runs places: that organisation's data. */
  | 'ORG_STAFF';

/** How the participant came in; a category, not a referral. */
export type RouteIn =
  /** Via a care provider. */
  | 'CARE_PROVIDER'
  /** Another route. */
  | 'OTHER'
  /** Via refugee support or COA. */
  | 'REFUGEE_SUPPORT'
  /** Via municipal social services. */
  | 'SOCIAL_SERVICES'
  /** Via UWV. */
  | 'UWV'
  /** Walked in. */
  | 'WALK_IN';

/** The period of a limit named in a warning. */
export type WarningLimitPeriod =
  /** The limit per month. */
  | 'MONTH'
  /** The limit per calendar year. */
  | 'YEAR';

/** Day of the week (ISO order, Monday first). */
export type Weekday =
  /** Friday (vrijdag). */
  | 'FRIDAY'
  /** Monday (maandag). */
  | 'MONDAY'
  /** Saturday (zaterdag). */
  | 'SATURDAY'
  /** Sunday (zondag). */
  | 'SUNDAY'
  /** Thursday (donderdag). */
  | 'THURSDAY'
  /** Tuesday (dinsdag). */
  | 'TUESDAY'
  /** Wednesday (woensdag). */
  | 'WEDNESDAY';

export type CooperativeOverviewQueryVariables = Exact<{
  cooperativeId: string | number;
  month: string;
}>;


export type CooperativeOverviewQuery = { cooperativeOverview: { month: string, totalEarningsCents: number, totalBenefitCents: number, totalEarnedBackCents: number, members: Array<{ earningsCents: number | null, benefitCents: number | null, earnedShare: number | null, member: { id: string, displayName: string }, warnings: Array<{ code: string }> }> } };

export type OrganisationPlacesQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type OrganisationPlacesQuery = { places: { edges: Array<{ node: { id: string, name: string, organisation: { id: string }, workshops: Array<{ id: string, name: string, archived: boolean }> } }> } };

export type PlaceWeekQueryVariables = Exact<{
  placeId: string | number;
  weekStart: string;
}>;


export type PlaceWeekQuery = { placeWeek: { weekStart: string, weekEnd: string, place: { id: string, name: string }, workshops: Array<{ bookedCount: number, capacity: number, workshop: { id: string, name: string }, occurrences: Array<{ id: string, date: string, startTime: string, endTime: string, cancelled: boolean, capacity: number, bookedCount: number, waitlistCount: number }> }> } };

export type RosterQueryVariables = Exact<{
  workshopId: string | number;
  date: string;
}>;


export type RosterQuery = { workshopRoster: { date: string, workshop: { id: string, name: string, place: { id: string, name: string } }, occurrences: Array<{ id: string, startTime: string, endTime: string, cancelled: boolean, capacity: number, bookedCount: number, waitlistCount: number, bookings: Array<{ id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string, displayName: string } }>, attendance: Array<{ id: string, status: AttendanceStatus, participant: { id: string } }> }> } };

export type RecordAttendanceBulkMutationVariables = Exact<{
  input: RecordAttendanceBulkInput;
}>;


export type RecordAttendanceBulkMutation = { recordAttendanceBulk: { attendance: Array<{ id: string, status: AttendanceStatus, participant: { id: string } }>, errors: Array<{ code: ErrorCode, field: Array<string> | null }> } };

export type MissingRegistrationsQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type MissingRegistrationsQuery = { missingRegistrations: Array<{ id: string, date: string, startTime: string, endTime: string, bookedCount: number, workshop: { id: string, name: string } }> };

export type WorkshopSlotsQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type WorkshopSlotsQuery = { workshop: { id: string, name: string, sessionSlots: Array<{ id: string, weekday: Weekday, startTime: string, endTime: string }> } | null };

export type RegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type RegisterParticipantMutation = { registerParticipant: { participant: { id: string, displayName: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null }> } };

export type EnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolMutation = { enrol: { enrolment: { id: string, startDate: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null }> } };

export type BookMutationVariables = Exact<{
  input: BookInput;
}>;


export type BookMutation = { book: { errors: Array<{ code: ErrorCode, field: Array<string> | null }> } };

export type FunderOverviewQueryVariables = Exact<{
  funderId: string | number;
  from: string;
  to: string;
}>;


export type FunderOverviewQuery = { funderOverview: { from: string, to: string, totalCents: number, funder: { id: string, name: string }, kinds: Array<{ kind: FundingKind, amountCents: number }>, places: Array<{ amountCents: number, fundingCents: number, costsCents: number, attendedDayparts: number, fundedDayparts: number, occupancy: number | null, coverage: number | null, place: { id: string, name: string } }> } };

export type PlaceFinancingQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceFinancingQuery = { placeFinancing: { fundingCents: number, costsCents: number, balanceCents: number, place: { id: string, name: string }, months: Array<{ month: string, fundingCents: number, costsCents: number, balanceCents: number, streams: Array<{ amountCents: number, kind: FundingKind, funder: { id: string, name: string }, stream: { id: string, name: string } }> }> } };

export type PlaceOutcomesQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceOutcomesQuery = { outcomes: { active: number | null, started: number | null, left: number | null, movedOnToWork: number | null, movedOnPositive: number | null, suppressionThreshold: number, months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }> } };

export type StatementLinesFragment = { month: string, normCents: number, earningsCents: number, memberEarningsCents: number, partnerEarningsCents: number, disregardCents: number, volunteerAllowanceCents: number, volunteerAllowanceCountedCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, earningsSources: Array<{ enterpriseId: string, enterpriseName: string, enterpriseKind: EnterpriseKind, shareBasisPoints: number, memberCents: number }>, normBasis: { kind: NormBasisKind, costSharers: number, explanation: string, explanationEn: string }, warnings: Array<{ code: string, costSharers: number | null, previousCostSharers: number | null, partner: boolean, ruleCode: string | null, maxMonths: number | null, minAge: number | null, amountCents: number | null, limitCents: number | null, limitPeriod: WarningLimitPeriod | null, month: string | null }> };

export type MemberMonthQueryVariables = Exact<{
  memberId: string | number;
  month: string;
}>;


export type MemberMonthQuery = { member: { id: string, displayName: string, household: Household } | null, benefitStatement: { month: string, normCents: number, earningsCents: number, memberEarningsCents: number, partnerEarningsCents: number, disregardCents: number, volunteerAllowanceCents: number, volunteerAllowanceCountedCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, earningsSources: Array<{ enterpriseId: string, enterpriseName: string, enterpriseKind: EnterpriseKind, shareBasisPoints: number, memberCents: number }>, normBasis: { kind: NormBasisKind, costSharers: number, explanation: string, explanationEn: string }, warnings: Array<{ code: string, costSharers: number | null, previousCostSharers: number | null, partner: boolean, ruleCode: string | null, maxMonths: number | null, minAge: number | null, amountCents: number | null, limitCents: number | null, limitPeriod: WarningLimitPeriod | null, month: string | null }> } };

export type MemberYearQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type MemberYearQuery = { benefitYear: { year: number, statements: Array<{ month: string, earningsCents: number, benefitCents: number, totalIncomeCents: number, appliedRules: Array<{ code: string, monthsUsed: number | null, monthsLeft: number | null }> }>, totals: { earningsCents: number, benefitCents: number, totalIncomeCents: number } } };

export type MemberForecastQueryVariables = Exact<{
  memberId: string | number;
  month: string;
  earningsCents: number;
}>;


export type MemberForecastQuery = { benefitForecast: { month: string, normCents: number, earningsCents: number, memberEarningsCents: number, partnerEarningsCents: number, disregardCents: number, volunteerAllowanceCents: number, volunteerAllowanceCountedCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, limits: Array<{ code: string, ruleCode: string | null, monthsLeft: number | null, maxMonths: number | null, amountCents: number | null }> | null, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, earningsSources: Array<{ enterpriseId: string, enterpriseName: string, enterpriseKind: EnterpriseKind, shareBasisPoints: number, memberCents: number }>, normBasis: { kind: NormBasisKind, costSharers: number, explanation: string, explanationEn: string }, warnings: Array<{ code: string, costSharers: number | null, previousCostSharers: number | null, partner: boolean, ruleCode: string | null, maxMonths: number | null, minAge: number | null, amountCents: number | null, limitCents: number | null, limitPeriod: WarningLimitPeriod | null, month: string | null }> } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { demoAccounts: Array<{ key: string, role: Role, organisationName: string | null, memberName: string | null, token: string }>, oidc: { issuer: string, clientId: string, scope: string } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, role: Role, organisationId: string | null, memberId: string | null } | null };

export const StatementLinesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementLines"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"memberEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseKind"}},{"kind":"Field","name":{"kind":"Name","value":"shareBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"memberCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<StatementLinesFragment, unknown>;
export const CooperativeOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativeOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarnedBackCents"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeOverviewQuery, CooperativeOverviewQueryVariables>;
export const OrganisationPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationPlacesQuery, OrganisationPlacesQueryVariables>;
export const PlaceWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceWeekQuery, PlaceWeekQueryVariables>;
export const RosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const RecordAttendanceBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendanceBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceBulkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendanceBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceBulkMutation, RecordAttendanceBulkMutationVariables>;
export const MissingRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissingRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MissingRegistrationsQuery, MissingRegistrationsQueryVariables>;
export const WorkshopSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessionSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSlotsQuery, WorkshopSlotsQueryVariables>;
export const RegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterParticipantMutation, RegisterParticipantMutationVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const BookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Book"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BookMutation, BookMutationVariables>;
export const FunderOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"funderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"fundedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunderOverviewQuery, FunderOverviewQueryVariables>;
export const PlaceFinancingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceFinancing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeFinancing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceFinancingQuery, PlaceFinancingQueryVariables>;
export const PlaceOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnPositive"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOutcomesQuery, PlaceOutcomesQueryVariables>;
export const MemberMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"household"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementLines"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementLines"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"memberEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseKind"}},{"kind":"Field","name":{"kind":"Name","value":"shareBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"memberCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<MemberMonthQuery, MemberMonthQueryVariables>;
export const MemberYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}}]}}]}}]}}]} as unknown as DocumentNode<MemberYearQuery, MemberYearQueryVariables>;
export const MemberForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"earningsCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementLines"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementLines"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"memberEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseKind"}},{"kind":"Field","name":{"kind":"Name","value":"shareBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"memberCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitCents"}},{"kind":"Field","name":{"kind":"Name","value":"limitPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<MemberForecastQuery, MemberForecastQueryVariables>;
export const SignInOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;