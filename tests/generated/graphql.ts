/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A proposed funding agreement to accept. */
export type AcceptFundingAgreementInput = {
  /** The PROPOSED agreement. */
  agreementId: string | number;
};

/** An extra date for a workshop, outside its weekly slots. */
export type AddOccurrenceInput = {
  /** Places, 1-500; the workshop's default capacity when omitted. */
  capacity?: number | null | undefined;
  /** The date. */
  date: string;
  /** Length in day parts (1-3); computed from the times by default. */
  dayparts?: number | null | undefined;
  /** End time, HH:MM, Europe/Amsterdam, after the start time. */
  endTime: string;
  /** Start time, HH:MM, Europe/Amsterdam. */
  startTime: string;
  /** The workshop. */
  workshopId: string | number;
};

/** Age band of a norm, by age on the first day of the month. */
export enum AgeBand {
  /** Aged 18 to 20 (for couples: the younger partner is). */
  Age_18_20 = 'AGE_18_20',
  /** Aged 21 up to state-pension age (for couples: both partners). */
  Age_21ToPension = 'AGE_21_TO_PENSION'
}

/** From which month a housemate who reaches the age limit counts as a cost-sharer. */
export enum AgeCountsFrom {
  /** From the month on whose first day they have reached the age limit (birthday on the 1st: that month). */
  FirstDayOfMonth = 'FIRST_DAY_OF_MONTH',
  /** From the month after the month of the birthday. */
  MonthAfterBirthday = 'MONTH_AFTER_BIRTHDAY'
}

/** An application for a training grant, by staff of the participant’s organisation. */
export type ApplyForTrainingInput = {
  /** Cost of the course in euro cents, at least 1. */
  costCents: number;
  /** Course name (at most 200 characters). */
  course: string;
  /** Planned last day of the course, not before start. */
  end: string;
  /** The fund. */
  fundId: string | number;
  /** Level, e.g. "MBO-2" (at most 50 characters). */
  level: string;
  /** The participant the course is for. */
  participantId: string | number;
  /** Training provider (at most 200 characters). */
  provider: string;
  /** First day of the course. */
  start: string;
};

/** Archive a workshop (or bring it back). */
export type ArchiveWorkshopInput = {
  /** true archives, false brings an archived workshop back. */
  archived?: boolean;
  /** The workshop. */
  id: string | number;
};

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
export enum AttendanceStatus {
  /** Was not there, without notice. */
  Absent = 'ABSENT',
  /** Was not there, with notice. */
  Excused = 'EXCUSED',
  /** Was there. */
  Present = 'PRESENT'
}

/** A self-declared background; optional, any number. */
export enum Background {
  /** Homeless. */
  Homeless = 'HOMELESS',
  /** Long-term care (Wlz). */
  LongTermCare = 'LONG_TERM_CARE',
  /** Newcomer or refugee (statushouder). */
  Newcomer = 'NEWCOMER',
  /** Something else. */
  Other = 'OTHER',
  /** Professional bringing their trade. */
  Professional = 'PROFESSIONAL',
  /** Retired. */
  Retired = 'RETIRED',
  /** Social assistance (bijstand). */
  SocialAssistance = 'SOCIAL_ASSISTANCE',
  /** Student or intern. */
  Student = 'STUDENT',
  /** Came via or receives a benefit from UWV (employee insurance). */
  Uwv = 'UWV',
  /** Volunteer, time to spare. */
  Volunteer = 'VOLUNTEER',
  /** Wajong (young disabled people). */
  Wajong = 'WAJONG'
}

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
export enum BookingStatus {
  /** Has a place in the occurrence. */
  Booked = 'BOOKED',
  /** Cancelled; kept for history. */
  Cancelled = 'CANCELLED',
  /** Waiting for a place, first come first served. */
  Waitlisted = 'WAITLISTED'
}

/** Cancels a booking; a freed place goes to the first person on the waitlist. */
export type CancelBookingInput = {
  /** The booking to cancel. */
  bookingId: string | number;
};

/** Cancels one date (a holiday); its bookings stay for history. */
export type CancelOccurrenceInput = {
  /** The occurrence to cancel. */
  occurrenceId: string | number;
  /** Why, e.g. "Koningsdag"; at most 300 characters. */
  reason?: string | null | undefined;
};

/** Changes one date: its capacity, its times or both. */
export type ChangeOccurrenceInput = {
  /** Places per occurrence, 1-500. More places move the waitlist up in order; fewer cancel no booking (see Occurrence.overbooked). */
  capacity?: number | null | undefined;
  /** New end time, HH:MM, after the start time. */
  endTime?: string | null | undefined;
  /** The occurrence. */
  occurrenceId: string | number;
  /** New start time, HH:MM. */
  startTime?: string | null | undefined;
};

/** Changes a weekly slot from a date on: capacity, times or weekday. Earlier dates keep what they had. */
export type ChangeSessionSlotInput = {
  /** Places per occurrence, 1-500. More places move the waitlist up in order; fewer cancel no booking (see Occurrence.overbooked). */
  capacity?: number | null | undefined;
  /** New end time, HH:MM, after the start time. */
  endTime?: string | null | undefined;
  /** First date the change applies to; today or later. */
  from: string;
  /** The slot. */
  slotId: string | number;
  /** New start time, HH:MM. */
  startTime?: string | null | undefined;
  /** New weekday: every occurrence from `from` moves, with its bookings, to this day of its week. */
  weekday?: Weekday | null | undefined;
};

/** How and when a course ended. */
export type CompleteTrainingInput = {
  /** Day the course was completed or stopped, not before its start. */
  date: string;
  /** The grant. */
  grantId: string | number;
  /** COMPLETED or STOPPED. */
  outcome: TrainingOutcome;
};

/** The coordinator confirms a placement. */
export type ConfirmPlacementInput = {
  /** The placement (stage PLACED). */
  placementId: string | number;
};

/** Corrects the recorded end of an enrolment: end date, outflow reason or both. Staff within ENROLMENT_CORRECTION_DAYS (90) after the recorded end, ADMIN always. */
export type CorrectEnrolmentEndInput = {
  /** The right last day; omitted: unchanged. */
  endDate?: string | null | undefined;
  /** The ended enrolment. */
  enrolmentId: string | number;
  /** The right outflow reason code; omitted: unchanged. */
  outflowCode?: string | null | undefined;
};

/** What a cost of a place is for. */
export enum CostCategory {
  /** Materials and ingredients. */
  Materials = 'MATERIALS',
  /** Anything else. */
  Other = 'OTHER',
  /** Premises: rent, energy, maintenance. */
  Premises = 'PREMISES',
  /** Staff: coordinators, leermeesters, trajectory coaches. */
  Staff = 'STAFF'
}

/** A new version of an earnings disregard rule. */
export type CreateDisregardRuleInput = {
  /** Code, e.g. GENERAL; capitals, digits and underscores. */
  code: string;
  /** Condition the member must meet. */
  condition: DisregardCondition;
  /** Most months per person (1-600); null: no limit. */
  maxMonths?: number | null | undefined;
  /** Minimum age (0-120); null: none. */
  minAge?: number | null | undefined;
  /** Most that is disregarded per month, in euro cents. */
  monthlyCapCents: number;
  /** Municipality it applies to; null: national. */
  municipalityId?: string | number | null | undefined;
  /** Part of earnings disregarded as a fraction (0.25 is 25%), to 0.01%. */
  percentage: number;
  /** Code of a national rule this one replaces while valid. */
  replacesCode?: string | null | undefined;
  /** Code whose months must be used up first. */
  startsAfterCode?: string | null | undefined;
  /** First day it is valid. */
  validFrom: string;
  /** Last day it is valid; null: open-ended. */
  validUntil?: string | null | undefined;
};

/** A new enterprise in a cooperative. */
export type CreateEnterpriseInput = {
  /** The cooperative. */
  cooperativeId: string | number;
  /** OWN (one member, 100%) or JOINT (two or more members). */
  kind: EnterpriseKind;
  /** Name, unique within the cooperative, at most 200 characters. */
  name: string;
  /** The members' shares; they add up to 100%. */
  shares: Array<EnterpriseShareInput>;
};

/** A rule of a fund from a date on. It applies to applications and hires from that date; existing schedules keep their rule. */
export type CreateFundRuleInput = {
  /** What is still owed when the employment ends early. */
  earlyEnd: EarlyEndRule;
  /** Levels the fund pays for, e.g. ["MBO-1", "MBO-2"]; empty or left out means any level (≤ 20). */
  eligibleLevels?: Array<string> | null | undefined;
  /** The fund. */
  fundId: string | number;
  /** Months between instalments, 1 to 24. */
  instalmentIntervalMonths: number;
  /** Number of instalments, 1 to 120. */
  instalments: number;
  /** Most the fund pays for one person’s trainings, in euro cents (≥ 0). */
  maxPerPersonCents: number;
  /** Share of the paid-out cost the employer repays, 0 to 1 (0.5 = 50%). */
  repaymentShare: number;
  /** Months employed before the first instalment is due, 0 to 120. */
  retentionMonths: number;
  /** First day the rule applies; one rule per fund and day. */
  validFrom: string;
};

/** A new agreement by which a stream pays a place (or one workshop) for whole months. */
export type CreateFundingAgreementInput = {
  /** PER_PARTICIPANT_MONTH (required): cents per participant per month. */
  amountPerParticipantMonthCents?: number | null | undefined;
  /** PER_PLACE (required): cents per place per year. */
  amountPerPlacePerYearCents?: number | null | undefined;
  /** How the monthly amount is counted. */
  basis: FundingBasis;
  /** Optional: most the agreement pays over its whole life, in cents. */
  ceilingCents?: number | null | undefined;
  /** PER_PLACE: available day parts a week per funded place, 1-14; 10 when omitted. */
  daypartsPerWeek?: number | null | undefined;
  /** First month paid, YYYY-MM. */
  from: string;
  /** PER_PLACE (required): number of funded places, 1 or more. */
  fundedPlaces?: number | null | undefined;
  /** Optional: most the agreement pays of each month's costs, as a fraction 0-1 (0.4 = 40%). */
  maxShareOfCosts?: number | null | undefined;
  /** The place paid for. The funder's offer waits for the place's acceptance; the place's staff may propose too. */
  placeId: string | number;
  /** The stream that pays. */
  streamId: string | number;
  /** PER_ATTENDED_DAYPART (required): cents per day part. */
  tariffCents?: number | null | undefined;
  /** LUMP_SUM (required): total over all months, in cents. */
  totalCents?: number | null | undefined;
  /** Last month paid, YYYY-MM (inclusive); not before `from`. */
  until: string;
  /** Only this workshop of the place; null for the whole place. */
  workshopId?: string | number | null | undefined;
};

/** A new funding stream of a funder organisation. */
export type CreateFundingStreamInput = {
  /** The funder organisation (municipality, care office, fund, ...). */
  funderId: string | number;
  /** Kind of stream. */
  kind: FundingKind;
  /** Name, unique within the funder, at most 200 characters. */
  name: string;
};

/** A new member of a cooperative. */
export type CreateMemberInput = {
  /** First day of the benefit. */
  benefitStart: string;
  /** Birth date; the member must be 18 or older at benefit start. */
  birthDate: string;
  /** The cooperative (an organisation of kind COOPERATIVE). */
  cooperativeId: string | number;
  /** Name shown in the cooperative, at most 200 characters. */
  displayName: string;
  /** Household composition. */
  household: Household;
  /** Medically limited working hours or part-time work with a wage-cost subsidy; false if omitted. */
  medicalLimitation?: boolean | null | undefined;
  /** First day of the membership. */
  membershipStart?: string | null | undefined;
  /** The municipality paying the benefit. */
  municipalityId: string | number;
  /** The partner's birth date; required for couples. */
  partnerBirthDate?: string | null | undefined;
  /** Last day of the trial period, if any. */
  trialPeriodEnd?: string | null | undefined;
  /** Birth date of the youngest child; single parents only. */
  youngestChildBirthDate?: string | null | undefined;
};

/** A new municipality. */
export type CreateMunicipalityInput = {
  /** CBS code: GM and four digits, e.g. GM0935. */
  code: string;
  /** Name, at most 100 characters. */
  name: string;
};

/** A new version of a norm. An open-ended earlier version is closed the day before. */
export type CreateNormInput = {
  /** Age band. */
  ageBand: AgeBand;
  /** Net amount per month in euro cents, holiday allowance included. */
  amountCents: number;
  /** A published per-person cost-sharers' norm for this many cost-sharers (2-20; the household is then not used); null or omitted for an ordinary norm. */
  costSharers?: number | null | undefined;
  /** Household composition. */
  household: Household;
  /** Municipality it overrides the national norm for; null: national. */
  municipalityId?: string | number | null | undefined;
  /** First day it is valid. */
  validFrom: string;
  /** Last day it is valid; null: open-ended. */
  validUntil?: string | null | undefined;
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** Kind of organisation. */
  kind: OrganisationKind;
  /** Home municipality, if the organisation has one. */
  municipalityId?: string | number | null | undefined;
  /** Name, unique, at most 200 characters. */
  name: string;
};

/** A new place. */
export type CreatePlaceInput = {
  /** Street address, at most 300 characters. */
  address?: string | null | undefined;
  /** Description, at most 4000 characters. */
  description?: string | null | undefined;
  /** Municipality the place is in. */
  municipalityId: string | number;
  /** Name, unique within the organisation, at most 200 characters. */
  name: string;
  /** Organisation that runs the place. */
  organisationId: string | number;
};

/** A new weekly session of a workshop; its occurrences are written at once. */
export type CreateSessionSlotInput = {
  /** Places per occurrence, 1-500. */
  capacity: number;
  /** Length in day parts (1-3); by default the length rounded to 4-hour blocks, at least 1. */
  dayparts?: number | null | undefined;
  /** End time, HH:MM, Europe/Amsterdam, after the start time on the same day. */
  endTime: string;
  /** Start time, HH:MM, Europe/Amsterdam, e.g. "09:00". */
  startTime: string;
  /** First date the slot runs. */
  validFrom: string;
  /** Last date it runs; omit for open-ended. */
  validUntil?: string | null | undefined;
  /** Day of the week. */
  weekday: Weekday;
  /** The workshop. */
  workshopId: string | number;
};

/** A new training fund owned by a funder organisation. */
export type CreateTrainingFundInput = {
  /** Name, unique within the owner (at most 200 characters). */
  name: string;
  /** The owner: the region’s or municipality’s organisation (FUNDER). */
  ownerId: string | number;
};

/** A new mapping of an identity-provider user to a role. */
export type CreateUserAccountInput = {
  /** Create the mapping disabled. */
  disabled?: boolean;
  /** Name to show to administrators, at most 200 characters. */
  displayName?: string | null | undefined;
  /** The identity provider, exactly as its tokens write `iss` (OIDC_ISSUER). */
  issuer: string;
  /** The member a MEMBER user is; must be empty for other roles. */
  memberId?: string | number | null | undefined;
  /** The organisation of an ORG_STAFF, FUNDER or COOP_STAFF user; must be empty for other roles. */
  organisationId?: string | number | null | undefined;
  /** What the user may do. */
  role: Role;
  /** The user id at the identity provider (`sub`), at most 255 characters. */
  subject: string;
};

/** A vacancy of an employer. */
export type CreateVacancyInput = {
  /** The shifts: day parts of the week. */
  dayparts: Array<Daypart>;
  /** The employer: an organisation of kind EMPLOYER. */
  employerId: string | number;
  /** Hours per week, 1-60. */
  hoursPerWeek: number;
  /** True when the employer offers a learning path (leerwerkplek). */
  learningPath?: boolean | null | undefined;
  /** Place of work. */
  municipalityId: string | number;
  /** Skills that count in favour, with a level. */
  niceToHaveSkills?: Array<SkillLevelInput> | null | undefined;
  /** Required skills with their minimum level, at most 30. */
  requiredSkills: Array<SkillLevelInput>;
  /** First working day; null: as soon as possible. */
  startDate?: string | null | undefined;
  /** Title, at most 200 characters. */
  title: string;
};

/** A new version of the volunteer allowance limits. */
export type CreateVolunteerLimitInput = {
  /** Minimum age (0-120); null: none. */
  minAge?: number | null | undefined;
  /** Most per month, in euro cents. */
  monthlyCents: number;
  /** Municipality it applies to; null: national. */
  municipalityId?: string | number | null | undefined;
  /** First day it is valid. */
  validFrom: string;
  /** Last day it is valid; null: open-ended. */
  validUntil?: string | null | undefined;
  /** Most per calendar year, in euro cents. */
  yearlyCents: number;
};

/** A new workshop in a place. */
export type CreateWorkshopInput = {
  /** Default capacity of its sessions, 1-500; 12 when omitted. */
  defaultCapacity?: number | null | undefined;
  /** Kind of work. */
  kind: WorkshopKind;
  /** Name of the leermeester, at most 200 characters. */
  leermeester?: string | null | undefined;
  /** Name, unique within the place, at most 100 characters. */
  name: string;
  /** The place the workshop belongs to. */
  placeId: string | number;
  /** Skills taught, at most 50, each at most 100 characters. */
  skills?: Array<string> | null | undefined;
};

/** A weekday and a part of it (dagdeel): MORNING starts before 12:00, AFTERNOON before 17:00, EVENING later. */
export enum Daypart {
  /** Friday afternoon (starts 12:00-16:59). */
  FridayAfternoon = 'FRIDAY_AFTERNOON',
  /** Friday evening (starts 17:00 or later). */
  FridayEvening = 'FRIDAY_EVENING',
  /** Friday morning (starts before 12:00). */
  FridayMorning = 'FRIDAY_MORNING',
  /** Monday afternoon (starts 12:00-16:59). */
  MondayAfternoon = 'MONDAY_AFTERNOON',
  /** Monday evening (starts 17:00 or later). */
  MondayEvening = 'MONDAY_EVENING',
  /** Monday morning (starts before 12:00). */
  MondayMorning = 'MONDAY_MORNING',
  /** Saturday afternoon (starts 12:00-16:59). */
  SaturdayAfternoon = 'SATURDAY_AFTERNOON',
  /** Saturday evening (starts 17:00 or later). */
  SaturdayEvening = 'SATURDAY_EVENING',
  /** Saturday morning (starts before 12:00). */
  SaturdayMorning = 'SATURDAY_MORNING',
  /** Sunday afternoon (starts 12:00-16:59). */
  SundayAfternoon = 'SUNDAY_AFTERNOON',
  /** Sunday evening (starts 17:00 or later). */
  SundayEvening = 'SUNDAY_EVENING',
  /** Sunday morning (starts before 12:00). */
  SundayMorning = 'SUNDAY_MORNING',
  /** Thursday afternoon (starts 12:00-16:59). */
  ThursdayAfternoon = 'THURSDAY_AFTERNOON',
  /** Thursday evening (starts 17:00 or later). */
  ThursdayEvening = 'THURSDAY_EVENING',
  /** Thursday morning (starts before 12:00). */
  ThursdayMorning = 'THURSDAY_MORNING',
  /** Tuesday afternoon (starts 12:00-16:59). */
  TuesdayAfternoon = 'TUESDAY_AFTERNOON',
  /** Tuesday evening (starts 17:00 or later). */
  TuesdayEvening = 'TUESDAY_EVENING',
  /** Tuesday morning (starts before 12:00). */
  TuesdayMorning = 'TUESDAY_MORNING',
  /** Wednesday afternoon (starts 12:00-16:59). */
  WednesdayAfternoon = 'WEDNESDAY_AFTERNOON',
  /** Wednesday evening (starts 17:00 or later). */
  WednesdayEvening = 'WEDNESDAY_EVENING',
  /** Wednesday morning (starts before 12:00). */
  WednesdayMorning = 'WEDNESDAY_MORNING'
}

/** The funder approves or rejects an open request; an approval links the participant. */
export type DecideParticipantFundingInput = {
  /** true: approve and link the participant; false: reject. */
  approve: boolean;
  /** Why, at most 500 characters; the place sees it. Write no personal details. */
  reason?: string | null | undefined;
  /** The open request. */
  requestId: string | number;
};

/** The fund’s decision on an application. */
export type DecideTrainingGrantInput = {
  /** true approves, false rejects. */
  approve: boolean;
  /** The grant. */
  grantId: string | number;
  /** Reason for the decision (at most 2000 characters); required when rejecting. */
  reason?: string | null | undefined;
};

/** A condition a member must meet for an earnings disregard. */
export enum DisregardCondition {
  /** Medically limited working hours, or part-time work with a wage-cost subsidy. */
  MedicalLimitation = 'MEDICAL_LIMITATION',
  /** No condition besides the age limit. */
  None = 'NONE',
  /** Single parent whose youngest child is under 12 on the first day of the month. */
  SingleParentChildUnder_12 = 'SINGLE_PARENT_CHILD_UNDER_12'
}

/** What an employer still owes when the employment behind a hire ends early. */
export enum EarlyEndRule {
  /** Niets verschuldigd: instalments due after the end date are cancelled; due ones stay owed. */
  NothingOwed = 'NOTHING_OWED',
  /** Naar rato: owed in proportion to the whole months worked of the commitment period (retention plus instalments). */
  ProRata = 'PRO_RATA'
}

/** Ends an enrolment with an outflow reason (uitstroom); bookings after the end are released. */
export type EndEnrolmentInput = {
  /** Last day of taking part; not before the start date. */
  endDate: string;
  /** The enrolment. */
  enrolmentId: string | number;
  /** Code of an active outflow reason (see outflowReasons), e.g. PAID_WORK. */
  outflowCode: string;
};

/** Stops a standing (weekly) booking after a date. */
export type EndRecurringBookingInput = {
  /** Its last date; bookings after it are released (their places go to the waitlist in order). */
  after: string;
  /** The standing booking. */
  recurringBookingId: string | number;
};

/** Ends a weekly slot: it runs for the last time on lastDate. */
export type EndSessionSlotInput = {
  /** Last date it runs; later dates are cancelled with their bookings. Not before yesterday. */
  lastDate: string;
  /** The slot. */
  slotId: string | number;
};

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

/** State of an enrolment. */
export enum EnrolmentStatus {
  /** Taking part. An enrolment whose end is recorded but still ahead stays ACTIVE, with endDate set, until that day has passed. */
  Active = 'ACTIVE',
  /** Its end date has come. */
  Ended = 'ENDED',
  /** A pause covers today (pauseEnrolment); bookings within the pause are released. */
  Paused = 'PAUSED'
}

/** Whether an enterprise belongs to one member or is shared. */
export enum EnterpriseKind {
  /** Joint enterprise of several members, each with a share in percent. */
  Joint = 'JOINT',
  /** Own enterprise of one member (100% share). */
  Own = 'OWN'
}

/** A member's share in an enterprise. */
export type EnterpriseShareInput = {
  /** The member, of the same cooperative. */
  memberId: string | number;
  /** Share in percent (0.01-100, at most two decimals); shares add up to 100. */
  percent: number;
};

/** Erases a cooperative member's name. */
export type EraseMemberInput = {
  /** The member. */
  memberId: string | number;
};

/** Erases a participant's personal data. */
export type EraseParticipantInput = {
  /** The participant. */
  participantId: string | number;
};

/** What went wrong, for clients to act on. */
export enum ErrorCode {
  /** The amount is above what the rules or the record allow. */
  AboveMaximum = 'ABOVE_MAXIMUM',
  /** The participant already has a live booking for this occurrence or slot. */
  AlreadyBooked = 'ALREADY_BOOKED',
  /** The participant already has an overlapping enrolment in this workshop. */
  AlreadyEnrolled = 'ALREADY_ENROLLED',
  /** No place is free in the occurrence; promoteFromWaitlist with addPlace: true adds one, changeOccurrence raises the capacity. */
  CapacityReached = 'CAPACITY_REACHED',
  /** The change conflicts with the current state or a concurrent change. */
  Conflict = 'CONFLICT',
  /** The correction window after the date has passed (ENROLMENT_CORRECTION_DAYS, ATTENDANCE_CORRECTION_DAYS); only an ADMIN may still change it. */
  CorrectionWindowClosed = 'CORRECTION_WINDOW_CLOSED',
  /** The code is already taken. */
  DuplicateCode = 'DUPLICATE_CODE',
  /** The name is already taken within its scope. */
  DuplicateName = 'DUPLICATE_NAME',
  /** The enrolment is paused on this date (pauseEnrolment); resume it first (resumeEnrolment). */
  EnrolmentPaused = 'ENROLMENT_PAUSED',
  /** You may not change this record. */
  Forbidden = 'FORBIDDEN',
  /** The period ends before it starts. */
  InvertedPeriod = 'INVERTED_PERIOD',
  /** The fund does not pay for trainings of this level. */
  LevelNotEligible = 'LEVEL_NOT_ELIGIBLE',
  /** An amount is below zero. */
  NegativeAmount = 'NEGATIVE_AMOUNT',
  /** The funding agreement is not accepted by both sides (yet). */
  NotAccepted = 'NOT_ACCEPTED',
  /** The enrolment has ended or is not in the occurrence's workshop. */
  NotEnrolled = 'NOT_ENROLLED',
  /** A referenced record does not exist or is outside your scope. */
  NotFound = 'NOT_FOUND',
  /** No rule of the training fund is in force on that date. */
  NoFundRule = 'NO_FUND_RULE',
  /** The occurrence is cancelled; it takes no bookings or attendance. */
  OccurrenceCancelled = 'OCCURRENCE_CANCELLED',
  /** Attendance can be registered from the day of the occurrence on. */
  OccurrenceInFuture = 'OCCURRENCE_IN_FUTURE',
  /** The occurrence is in the past and can no longer be booked. */
  OccurrenceInPast = 'OCCURRENCE_IN_PAST',
  /** The date lies outside the enrolment's start and end date. */
  OutsideEnrolment = 'OUTSIDE_ENROLMENT',
  /** The dates lie outside the period they must fall in. */
  OutsidePeriod = 'OUTSIDE_PERIOD',
  /** The period overlaps another one that it may not overlap. */
  OverlappingPeriod = 'OVERLAPPING_PERIOD',
  /** Someone changed the record since you read it (expectedVersion differs); nothing was written, the payload shows the current figures. */
  Stale = 'STALE',
  /** A value has the wrong shape or is out of range. */
  Validation = 'VALIDATION'
}

/** A side of a funding agreement. */
export enum FundingAgreementSide {
  /** The funder (the stream's organisation). */
  Funder = 'FUNDER',
  /** The place's organisation (its staff). */
  Place = 'PLACE'
}

/** Where a funding agreement stands between the funder and the place (voorgesteld, akkoord, afgewezen). */
export enum FundingAgreementStatus {
  /** Accepted by both sides: counts in financing and lets the funder read the place's figures. */
  Accepted = 'ACCEPTED',
  /** Proposed by one side, waiting for the other; counts nowhere and gives the funder no access to the place. */
  Proposed = 'PROPOSED',
  /** Rejected by the other side; counts nowhere. Changing it proposes it again. */
  Rejected = 'REJECTED'
}

/** How the monthly amount of a funding agreement is counted. */
export enum FundingBasis {
  /** A total spread evenly over the agreement's months; odd cents go to the earliest months. */
  LumpSum = 'LUMP_SUM',
  /** Tariff × day parts attended by the participants linked to the agreement. */
  PerAttendedDaypart = 'PER_ATTENDED_DAYPART',
  /** Amount × linked participants with an enrolment at the place in that month. */
  PerParticipantMonth = 'PER_PARTICIPANT_MONTH',
  /** Funded places × amount per place per year, paid per month as 1/12 (largest remainder over the calendar months). */
  PerPlace = 'PER_PLACE',
  /** The sales recorded for the place (or its workshop) in that month. */
  Revenue = 'REVENUE'
}

/** The kind of money stream a funder pays through. */
export enum FundingKind {
  /** European social fund (ESF+). */
  Esf = 'ESF',
  /** Wmo general provision (algemene voorziening), paid by the municipality. */
  GeneralProvision = 'GENERAL_PROVISION',
  /** Long-term care (Wlz), paid by the care office (zorgkantoor). */
  LongTermCare = 'LONG_TERM_CARE',
  /** Any other stream. */
  Other = 'OTHER',
  /** Private funds and donations. */
  PrivateFund = 'PRIVATE_FUND',
  /** Regional deal (Regio Deal) of state and region. */
  RegionalDeal = 'REGIONAL_DEAL',
  /** Re-integration under the Participatiewet. */
  Reintegration = 'REINTEGRATION',
  /** Sales of products and services. */
  Sales = 'SALES',
  /** Participants paying for themselves. */
  SelfPayment = 'SELF_PAYMENT',
  /** Wmo tailored provision (maatwerk), per person with a decision. */
  TailoredProvision = 'TAILORED_PROVISION'
}

/** The limit that cut an agreement's amount below what its basis gives. */
export enum FundingLimit {
  /** The agreement's ceiling over its whole life was reached. */
  Ceiling = 'CEILING',
  /** The agreement's maximum share of that month's costs. */
  MaxShare = 'MAX_SHARE'
}

/** Where a request to link a participant to a person-bound agreement stands. */
export enum FundingRequestStatus {
  /** The funder approved it; the participant is linked. */
  Approved = 'APPROVED',
  /** Waiting for the funder. */
  Open = 'OPEN',
  /** The funder rejected it; see reason. */
  Rejected = 'REJECTED'
}

/** Where an application for a training grant stands. */
export enum GrantStatus {
  /** Aangevraagd: waiting for the fund’s decision. */
  Applied = 'APPLIED',
  /** Toegekend. */
  Approved = 'APPROVED',
  /** Afgewezen, with a reason. */
  Rejected = 'REJECTED'
}

/** Household composition, which decides the norm. */
export enum Household {
  /** Married or living together (gehuwden); the partner has their own disregard. */
  Couple = 'COUPLE',
  /** A single person (alleenstaande). */
  Single = 'SINGLE',
  /** A single parent (alleenstaande ouder). */
  SingleParent = 'SINGLE_PARENT'
}

/** A housemate: birth date and two facts, no name. */
export type HousemateInput = {
  /** Birth date, on or before the record starts. */
  birthDate: string;
  /** Lodger or landlord on commercial terms, shown by a contract; false if omitted. */
  commercial?: boolean | null | undefined;
  /** Student with student finance, or BBL pupil; false if omitted. */
  student?: boolean | null | undefined;
};

/** A skills file to import (ADMIN): CSV with a header line; see the README for the columns. */
export type ImportSkillsInput = {
  /** The file's text, UTF-8, at most 5000000 characters. */
  csv: string;
};

/** Where a repayment instalment stands today. */
export enum InstalmentStatus {
  /** Nothing owed any more: the employment ended early. */
  Cancelled = 'CANCELLED',
  /** Not yet due; something left to pay. */
  Open = 'OPEN',
  /** Past its due date; something left to pay. */
  Overdue = 'OVERDUE',
  /** Fully repaid. */
  Paid = 'PAID',
  /** What was left was waived (kwijtgescholden); never counts as repaid. */
  Waived = 'WAIVED'
}

/** Issues a credential for a skill in the passport, at its latest level. */
export type IssueSkillCredentialInput = {
  /** The participant. */
  participantId: string | number;
  /** Skill code; the passport must hold it. */
  skillCode: string;
};

/** Whether someone comes to bring knowledge, fetch it, or both. */
export enum KnowledgeExchange {
  /** Both. */
  Both = 'BOTH',
  /** Comes to bring knowledge. */
  Bring = 'BRING',
  /** Comes to fetch knowledge. */
  Fetch = 'FETCH'
}

/** Counts a participant for a person-bound agreement from a date, optionally until a date. */
export type LinkParticipantFundingInput = {
  /** A PER_ATTENDED_DAYPART or PER_PARTICIPANT_MONTH agreement. */
  agreementId: string | number;
  /** First day counted; within the agreement's months. */
  from: string;
  /** The participant. */
  participantId: string | number;
  /** Last day counted, within the agreement's months; null for until the agreement ends. */
  until?: string | null | undefined;
};

/** What an employer sees of a participant who agreed to be shown for vacancies. */
export enum MatchConsentScope {
  /** Skills passport, available day parts and municipality; no name (a reference instead). */
  Skills = 'SKILLS',
  /** As SKILLS, plus the display name. */
  SkillsAndName = 'SKILLS_AND_NAME',
  /** As SKILLS_AND_NAME, plus e-mail address and phone number. */
  SkillsNameAndContact = 'SKILLS_NAME_AND_CONTACT'
}

/** Where a line of a member's month comes from. */
export enum MemberEarningsLineKind {
  /** The member's share of one enterprise's net earnings (revenue − costs) as recorded. */
  EnterpriseShare = 'ENTERPRISE_SHARE',
  /** The partner's earnings recorded as member income (couples). */
  PartnerEarnings = 'PARTNER_EARNINGS',
  /** The volunteer allowance recorded as member income. */
  VolunteerAllowance = 'VOLUNTEER_ALLOWANCE'
}

/** Two municipalities that neighbour each other (buurgemeenten), for travel in matching. */
export type NeighbourMunicipalitiesInput = {
  /** One municipality. */
  municipalityId: string | number;
  /** The other municipality. */
  neighbourId: string | number;
};

/** Which norm a statement applied. */
export enum NormBasisKind {
  /** The cost-sharers' norm (kostendelersnorm, art. 22a): ((40% + A × 30%) / A) × the couple norm. */
  CostSharers = 'COST_SHARERS',
  /** The couple norm (gehuwden): the partner and nobody else who counts. */
  Couple = 'COUPLE',
  /** The single norm (alleenstaande): nobody else who counts lives in the home. */
  Single = 'SINGLE',
  /** The single-parent norm (alleenstaande ouder). */
  SingleParent = 'SINGLE_PARENT'
}

/** What kind of organisation this is. */
export enum OrganisationKind {
  /** A care office (zorgkantoor) paying long-term care. */
  CareOffice = 'CARE_OFFICE',
  /** A social cooperative (sociale coöperatie). */
  Cooperative = 'COOPERATIVE',
  /** An employer (werkgever) with vacancies. */
  Employer = 'EMPLOYER',
  /** A private fund or charity. */
  Fund = 'FUND',
  /** A municipality, usually as funder. */
  Municipality = 'MUNICIPALITY',
  /** Any other organisation. */
  Other = 'OTHER',
  /** Runs participation places (social enterprise or foundation). */
  SocialEnterprise = 'SOCIAL_ENTERPRISE'
}

/** Whose figures: exactly one of a place, an organisation (its places) or a municipality (its places). */
export type OutcomeScope = {
  /** Every place in a municipality. */
  municipalityId?: string | number | null | undefined;
  /** Every place of an operator (organisation). */
  organisationId?: string | number | null | undefined;
  /** One place. */
  placeId?: string | number | null | undefined;
};

/** Pauses an enrolment (hospital, holiday): bookings in the pause are released. */
export type PauseEnrolmentInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** First day of the pause, within the enrolment. */
  from: string;
  /** Last day of the pause; null: until resumeEnrolment. */
  until?: string | null | undefined;
};

/** How far a match got: proposed, interview, placed, or not placed. */
export enum PlacementStage {
  /** Gesprek: an interview is planned or held. */
  Interview = 'INTERVIEW',
  /** Niet geplaatst: it did not lead to a placement. */
  NotPlaced = 'NOT_PLACED',
  /** Geplaatst: the person starts or works there. */
  Placed = 'PLACED',
  /** Voorgesteld: proposed to the employer. */
  Proposed = 'PROPOSED'
}

/** Moves one waitlisted booking up by hand, out of turn if need be. */
export type PromoteFromWaitlistInput = {
  /** When the occurrence is full: add one place to its capacity instead of answering CAPACITY_REACHED. */
  addPlace?: boolean;
  /** The waitlisted booking. */
  bookingId: string | number;
};

/** Proposes a participant for a vacancy; needs their active consent for that employer. */
export type ProposePlacementInput = {
  /** The participant. */
  participantId: string | number;
  /** The vacancy. */
  vacancyId: string | number;
};

/** Registers attendance for a whole roster at once; all or nothing. */
export type RecordAttendanceBulkInput = {
  /** One entry per participant, at most 500; a participant at most once. */
  entries: Array<AttendanceEntryInput>;
  /** The occurrence: not cancelled and not in the future. */
  occurrenceId: string | number;
};

/** Registers (or corrects) one participant's attendance at an occurrence. */
export type RecordAttendanceInput = {
  /** Optional note, at most 500 characters. */
  note?: string | null | undefined;
  /** The occurrence: not cancelled and not in the future. */
  occurrenceId: string | number;
  /** The participant, enrolled in the workshop on that date. */
  participantId: string | number;
  /** PRESENT, ABSENT or EXCUSED. */
  status: AttendanceStatus;
};

/** An enterprise's revenue and costs in one month; recording again corrects it. */
export type RecordEarningsInput = {
  /** Declared business costs in euro cents, 0 or more. */
  costsCents: number;
  /** The enterprise. */
  enterpriseId: string | number;
  /** The version of the figure you read (0: you expect none yet). When it has changed since, nothing is written and the answer is STALE with the current figures. Omit to write regardless. */
  expectedVersion?: number | null | undefined;
  /** The month, YYYY-MM. */
  month: string;
  /** Revenue in euro cents, 0 or more. */
  revenueCents: number;
};

/** The job behind a hire ended early; recalculates what remains owed under its rule. */
export type RecordEmploymentEndInput = {
  /** Last day of the job, not before its start. */
  date: string;
  /** The grant. */
  grantId: string | number;
};

/** Money put into a fund. */
export type RecordFundContributionInput = {
  /** Amount in euro cents, at least 1. */
  amountCents: number;
  /** The organisation that put the money in. */
  contributorId: string | number;
  /** Day the money came in, YYYY-MM-DD. */
  date: string;
  /** The fund. */
  fundId: string | number;
};

/** A paid job after the training: creates the repayment schedule from the fund rule in force on the start date. */
export type RecordHireInput = {
  /** The employer organisation. */
  employerId: string | number;
  /** The grant. */
  grantId: string | number;
  /** First day of the job. */
  start: string;
};

/** Who lives in a member's home from a date on. */
export type RecordHouseholdInput = {
  /** First day of this composition; the same date again corrects it. */
  from: string;
  /** Everyone else whose main residence is the home (at most 20); empty when the member lives alone or only with their partner and children under the age limit. */
  housemates: Array<HousemateInput>;
  /** The member. */
  memberId: string | number;
};

/** A participant's position on the participation ladder on a date. */
export type RecordLadderPositionInput = {
  /** The day the position was judged; not in the future. */
  date: string;
  /** Optional note, at most 500 characters. */
  note?: string | null | undefined;
  /** The participant. */
  participantId: string | number;
  /** The rung, 1 (isolated) to 6 (paid work without support). */
  rung: number;
};

/** A consent to be shown to employers, as the participant gave it. */
export type RecordMatchConsentInput = {
  /** Only this employer; leave out for any employer with a vacancy. */
  employerId?: string | number | null | undefined;
  /** First day it holds. */
  from: string;
  /** The participant. */
  participantId: string | number;
  /** What employers may see. */
  scope: MatchConsentScope;
};

/** A member's other income in one month; recording again corrects it (omitted fields stay). */
export type RecordMemberIncomeInput = {
  /** The version of the figure you read (0: you expect none yet). When it has changed since, nothing is written and the answer is STALE with the current figures. Omit to write regardless. */
  expectedVersion?: number | null | undefined;
  /** The member. */
  memberId: string | number;
  /** The month, YYYY-MM. */
  month: string;
  /** The partner's net earnings from work, in euro cents; couples only. */
  partnerEarningsCents?: number | null | undefined;
  /** Volunteer allowance received, in euro cents. */
  volunteerAllowanceCents?: number | null | undefined;
};

/** What recording a month's figure did: created it, or replaced the one that was there. */
export enum RecordOutcome {
  /** There was no figure for the month; it is now version 1. */
  Created = 'CREATED',
  /** A figure was there and is replaced; `previous` shows it. */
  Replaced = 'REPLACED'
}

/** A yearly budget of a place in one category, spread evenly over the twelve months (odd cents to the earliest); replaces those months. */
export type RecordPlaceCostBudgetInput = {
  /** Amount for the whole year in cents, 0 or more. */
  amountCents: number;
  /** What the cost is for. */
  category: CostCategory;
  /** The place. */
  placeId: string | number;
  /** Calendar year, 1900-2199. */
  year: number;
};

/** The costs of a place in one month and category; recording again replaces the amount. */
export type RecordPlaceCostInput = {
  /** Amount in cents, 0 or more. */
  amountCents: number;
  /** What the cost is for. */
  category: CostCategory;
  /** Month, YYYY-MM. */
  month: string;
  /** The place. */
  placeId: string | number;
};

/** Money an employer paid back against an instalment. */
export type RecordRepaymentInput = {
  /** Amount in euro cents, at least 1 and at most what is still open. */
  amountCents: number;
  /** Day the money came in, not before the hire. */
  date: string;
  /** The instalment. */
  instalmentId: string | number;
};

/** The sales of a workshop in one month; recording again replaces the month. */
export type RecordSalesInput = {
  /** Revenue of the month in cents, 0 or more. */
  amountCents: number;
  /** What was sold, at most 300 characters. */
  description?: string | null | undefined;
  /** Month, YYYY-MM. */
  month: string;
  /** The workshop that sold. */
  workshopId: string | number;
};

/** A skill the leermeester saw a participant show. */
export type RecordSkillObservationInput = {
  /** The day it was seen; not in the future. */
  date: string;
  /** The level seen. */
  level: SkillLevel;
  /** The participant. */
  participantId: string | number;
  /** Skill code of the vocabulary. */
  skillCode: string;
  /** Where it was seen: a workshop of the participant's organisation. */
  workshopId?: string | number | null | undefined;
};

/** A payment from the fund to the provider for an approved grant. */
export type RecordTrainingPaymentInput = {
  /** Amount in euro cents, at least 1; all payments together at most the grant’s cost. */
  amountCents: number;
  /** Day of payment. */
  date: string;
  /** The grant. */
  grantId: string | number;
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

/** A proposed funding agreement to reject, with the reason. */
export type RejectFundingAgreementInput = {
  /** The PROPOSED agreement. */
  agreementId: string | number;
  /** Why it is rejected, for the other side; 1 to 1000 characters. */
  reason: string;
};

/** Removes a wrong attendance registration. Staff within ATTENDANCE_CORRECTION_DAYS (31) after the date, ADMIN always. */
export type RemoveAttendanceInput = {
  /** The attendance registration. */
  attendanceId: string | number;
};

/** Undoes the end of an enrolment: it runs again, open-ended, and its standing bookings book again. Staff within ENROLMENT_CORRECTION_DAYS after the end, ADMIN always. */
export type ReopenEnrolmentInput = {
  /** The ended enrolment. */
  enrolmentId: string | number;
};

/** Asks the funder to count a participant for a person-bound agreement (Wlz, Wmo maatwerk) from a date. The place's staff. */
export type RequestParticipantFundingInput = {
  /** An ACCEPTED PER_ATTENDED_DAYPART or PER_PARTICIPANT_MONTH agreement on your place. */
  agreementId: string | number;
  /** First day to count; within the agreement's months. */
  from: string;
  /** A participant of the place's organisation. */
  participantId: string | number;
  /** Last day to count, within the agreement's months; null: until the agreement ends. */
  until?: string | null | undefined;
};

/** How a participant's latest level compares with what a vacancy asks. */
export enum RequirementStatus {
  /** One level short. */
  Close = 'CLOSE',
  /** At or above the asked level. */
  Met = 'MET',
  /** Two or more levels short, or never seen. */
  Missing = 'MISSING'
}

/** Undoes the cancellation of one date. */
export type RestoreOccurrenceInput = {
  /** The cancelled occurrence. */
  occurrenceId: string | number;
  /** false: the date starts empty (its old bookings are cancelled). true: its bookings come back and the weekly bookings book in while places are free; the rest wait in order. */
  rebook?: boolean;
};

/** Ends the pause of an enrolment: the participant comes again from `on`. */
export type ResumeEnrolmentInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** First day back; a pause covering the day before (or this day) ends. */
  on: string;
};

/** Revokes an issued credential: its bit in the status list is set. */
export type RevokeSkillCredentialInput = {
  /** The credential. */
  credentialId: string | number;
};

/** The role a token grants. */
export enum Role {
  /** Platform administrator: everything, including rule data. */
  Admin = 'ADMIN',
  /** Staff of one social cooperative: its members, enterprises and statements. */
  CoopStaff = 'COOP_STAFF',
  /** An employer: its own vacancies, and only the people who consented to be shown to it. */
  Employer = 'EMPLOYER',
  /** A funder: the places it funds, and only aggregates about the people there. */
  Funder = 'FUNDER',
  /** A participant or cooperative member: only their own data. */
  Member = 'MEMBER',
  /** Staff of one organisation that runs places: that organisation's data. */
  OrgStaff = 'ORG_STAFF'
}

/** Replaces the key that signs credentials; the old key stays published, so what it signed verifies. */
export type RotateCredentialSigningKeyInput = {
  /** Why, for the audit log (e.g. "yearly rotation", "key may have leaked"); at most 200 characters. */
  reason?: string | null | undefined;
};

/** How the participant came in; a category, not a referral. */
export enum RouteIn {
  /** Via a care provider. */
  CareProvider = 'CARE_PROVIDER',
  /** Another route. */
  Other = 'OTHER',
  /** Via refugee support or COA. */
  RefugeeSupport = 'REFUGEE_SUPPORT',
  /** Via municipal social services. */
  SocialServices = 'SOCIAL_SERVICES',
  /** Via UWV. */
  Uwv = 'UWV',
  /** Walked in. */
  WalkIn = 'WALK_IN'
}

/** The day parts a participant says they can work in (besides their schedule's). */
export type SetParticipantAvailabilityInput = {
  /** Day parts; replaces the earlier statement. */
  dayparts: Array<Daypart>;
  /** The participant. */
  participantId: string | number;
};

/** The skills a workshop practises; replaces the whole list. */
export type SetWorkshopSkillsInput = {
  /** Skills with the highest level reached there, at most 30. */
  skills: Array<SkillLevelInput>;
  /** The workshop. */
  workshopId: string | number;
};

/** The level at which a skill was seen, lowest first. */
export enum SkillLevel {
  /** Zelfstandig: does it without help. */
  Independent = 'INDEPENDENT',
  /** Leert het anderen: teaches it to others. */
  TeachesOthers = 'TEACHES_OTHERS',
  /** Onder tijdsdruk: also under time pressure or in varying conditions. */
  UnderPressure = 'UNDER_PRESSURE',
  /** Met hulp: does it with help. */
  WithHelp = 'WITH_HELP'
}

/** A skill code with a level. */
export type SkillLevelInput = {
  /** The level. */
  level: SkillLevel;
  /** Skill code of the vocabulary. */
  skillCode: string;
};

/** How a training ended. */
export enum TrainingOutcome {
  /** Afgerond: the course was finished. */
  Completed = 'COMPLETED',
  /** Gestopt: the course was stopped before the end. */
  Stopped = 'STOPPED'
}

/** Where the participant takes part, seen from the vacancy's place of work. */
export enum Travel {
  /** Farther away, or unknown. */
  Farther = 'FARTHER',
  /** A neighbouring municipality. */
  NeighbouringMunicipality = 'NEIGHBOURING_MUNICIPALITY',
  /** The same municipality. */
  SameMunicipality = 'SAME_MUNICIPALITY'
}

/** A correction of a disregard rule; code and municipality stay. Omitted fields stay, null clears. */
export type UpdateDisregardRuleInput = {
  /** Corrected condition. */
  condition?: DisregardCondition | null | undefined;
  /** The rule version to correct. */
  id: string | number;
  /** Corrected month limit; null: no limit. */
  maxMonths?: number | null | undefined;
  /** Corrected minimum age; null: none. */
  minAge?: number | null | undefined;
  /** Corrected monthly cap in euro cents. */
  monthlyCapCents?: number | null | undefined;
  /** Corrected fraction (0.25 is 25%). */
  percentage?: number | null | undefined;
  /** Corrected replaced code; null: none. */
  replacesCode?: string | null | undefined;
  /** Corrected predecessor code; null: none. */
  startsAfterCode?: string | null | undefined;
  /** Corrected first day; omitted: it stays. */
  validFrom?: string | null | undefined;
  /** Corrected last day; null: open-ended. */
  validUntil?: string | null | undefined;
};

/** Changes to an agreement; omitted fields stay as they are, null clears an optional term. The stream stays. A change by the funder makes the agreement PROPOSED again, to be accepted by the place. */
export type UpdateFundingAgreementInput = {
  /** PER_PARTICIPANT_MONTH (required): cents per participant per month. */
  amountPerParticipantMonthCents?: number | null | undefined;
  /** PER_PLACE (required): cents per place per year. */
  amountPerPlacePerYearCents?: number | null | undefined;
  /** New basis; its required terms must then be set. */
  basis?: FundingBasis | null | undefined;
  /** Optional: most the agreement pays over its whole life, in cents. */
  ceilingCents?: number | null | undefined;
  /** PER_PLACE: available day parts a week per funded place, 1-14; 10 when omitted. */
  daypartsPerWeek?: number | null | undefined;
  /** New first month, YYYY-MM. */
  from?: string | null | undefined;
  /** PER_PLACE (required): number of funded places, 1 or more. */
  fundedPlaces?: number | null | undefined;
  /** The agreement to change. */
  id: string | number;
  /** Optional: most the agreement pays of each month's costs, as a fraction 0-1 (0.4 = 40%). */
  maxShareOfCosts?: number | null | undefined;
  /** Move the agreement to this place (its workshop is cleared unless workshopId is given). */
  placeId?: string | number | null | undefined;
  /** PER_ATTENDED_DAYPART (required): cents per day part. */
  tariffCents?: number | null | undefined;
  /** LUMP_SUM (required): total over all months, in cents. */
  totalCents?: number | null | undefined;
  /** New last month, YYYY-MM. */
  until?: string | null | undefined;
  /** Only this workshop of the (new) place; null for the whole place; omitted to keep it. */
  workshopId?: string | number | null | undefined;
};

/** Changes to a funding stream; omitted fields stay as they are. */
export type UpdateFundingStreamInput = {
  /** The stream to change. */
  id: string | number;
  /** New kind. */
  kind?: FundingKind | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** A correction of a norm; omitted fields stay, validUntil null makes it open-ended. */
export type UpdateNormInput = {
  /** Corrected amount per month in euro cents. */
  amountCents?: number | null | undefined;
  /** The rule version to correct. */
  id: string | number;
  /** Corrected first day; omitted: it stays. */
  validFrom?: string | null | undefined;
  /** Corrected last day; null: open-ended. */
  validUntil?: string | null | undefined;
};

/** New dates of a participant link; omitted dates stay, a null `until` opens the end. */
export type UpdateParticipantFundingLinkInput = {
  /** New first day, within the agreement's months. */
  from?: string | null | undefined;
  /** The link to change. */
  id: string | number;
  /** New last day, within the agreement's months; null for until the agreement ends. */
  until?: string | null | undefined;
};

/** Changes to a participant; omitted fields stay as they are, null clears an optional one. */
export type UpdateParticipantInput = {
  /** New list of backgrounds (replaces the old one). */
  backgrounds?: Array<Background> | null | undefined;
  /** New birth date; null clears it. */
  birthDate?: string | null | undefined;
  /** New bring/fetch answer; null clears it. */
  comesTo?: KnowledgeExchange | null | undefined;
  /** New display name. */
  displayName?: string | null | undefined;
  /** New e-mail address; null clears it. */
  email?: string | null | undefined;
  /** The participant to change. */
  id: string | number;
  /** New list of languages (replaces the old one). */
  languages?: Array<string> | null | undefined;
  /** New phone number; null clears it. */
  phone?: string | null | undefined;
  /** New route in; null clears it. */
  routeIn?: RouteIn | null | undefined;
};

/** Changes to a place; omitted fields stay as they are, null clears an optional one. */
export type UpdatePlaceInput = {
  /** New address; null clears it. */
  address?: string | null | undefined;
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** The place to change. */
  id: string | number;
  /** New municipality. */
  municipalityId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** Moves a placement on: interview, placed or not placed, with dates and outcome. */
export type UpdatePlacementInput = {
  /** Day of the interview. */
  interviewOn?: string | null | undefined;
  /** How it went, at most 500 characters. */
  outcome?: string | null | undefined;
  /** True when it is paid work. */
  paidWork?: boolean | null | undefined;
  /** The placement. */
  placementId: string | number;
  /** The new stage. */
  stage: PlacementStage;
  /** First working day. */
  startDate?: string | null | undefined;
};

/** Changes to a user mapping; omitted fields stay as they are, null clears an optional one. */
export type UpdateUserAccountInput = {
  /** Disable (true) or enable (false) the user. */
  disabled?: boolean | null | undefined;
  /** New display name; null clears it. */
  displayName?: string | null | undefined;
  /** The user account to change. */
  id: string | number;
  /** New member; null clears it. */
  memberId?: string | number | null | undefined;
  /** New organisation; null clears it. */
  organisationId?: string | number | null | undefined;
  /** New role. */
  role?: Role | null | undefined;
};

/** Changes to a workshop; omitted fields stay as they are, null clears an optional one. */
export type UpdateWorkshopInput = {
  /** New default capacity, 1-500. */
  defaultCapacity?: number | null | undefined;
  /** The workshop to change. */
  id: string | number;
  /** New kind. */
  kind?: WorkshopKind | null | undefined;
  /** New leermeester; null clears it. */
  leermeester?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New list of skills (replaces the old one). */
  skills?: Array<string> | null | undefined;
};

/** Waives what is still open on an instalment; the waived part never counts as repaid. */
export type WaiveInstalmentInput = {
  /** The instalment. */
  instalmentId: string | number;
  /** Why (at most 2000 characters). */
  reason: string;
};

/** Day of the week (ISO order, Monday first). */
export enum Weekday {
  /** Friday (vrijdag). */
  Friday = 'FRIDAY',
  /** Monday (maandag). */
  Monday = 'MONDAY',
  /** Saturday (zaterdag). */
  Saturday = 'SATURDAY',
  /** Sunday (zondag). */
  Sunday = 'SUNDAY',
  /** Thursday (donderdag). */
  Thursday = 'THURSDAY',
  /** Tuesday (dinsdag). */
  Tuesday = 'TUESDAY',
  /** Wednesday (woensdag). */
  Wednesday = 'WEDNESDAY'
}

/** Withdraws a consent. */
export type WithdrawMatchConsentInput = {
  /** The consent. */
  consentId: string | number;
  /** From which day it no longer holds; default today. */
  on?: string | null | undefined;
};

/** The kind of work in a workshop. */
export enum WorkshopKind {
  /** Crafts and making (Maakt). */
  Crafts = 'CRAFTS',
  /** Kitchen and catering (Eet). */
  Kitchen = 'KITCHEN',
  /** Learning: a trade, a language, a course. */
  Learning = 'LEARNING',
  /** Anything else. */
  Other = 'OTHER',
  /** Services and odd jobs (Doet). */
  Services = 'SERVICES'
}

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, role: Role, organisationId: string | null, memberId: string | null } | null };

export type CreateUserAccountMutationVariables = Exact<{
  input: CreateUserAccountInput;
}>;


export type CreateUserAccountMutation = { createUserAccount: { userAccount: { id: string, issuer: string, subject: string, role: Role, memberId: string | null, displayName: string | null, disabled: boolean, organisation: { id: string, name: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateUserAccountMutationVariables = Exact<{
  input: UpdateUserAccountInput;
}>;


export type UpdateUserAccountMutation = { updateUserAccount: { userAccount: { id: string, role: Role, memberId: string | null, displayName: string | null, disabled: boolean, organisation: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UserAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  role?: Role | null | undefined;
}>;


export type UserAccountsQuery = { userAccounts: { totalCount: number, edges: Array<{ node: { id: string, subject: string, role: Role } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  entity?: string | null | undefined;
  actor?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, actorSubject: string, actorRole: Role, actorOrganisationId: string | null, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, organisationId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EraseParticipantMutationVariables = Exact<{
  input: EraseParticipantInput;
}>;


export type EraseParticipantMutation = { eraseParticipant: { participant: { id: string, displayName: string, email: string | null, phone: string | null, birthDate: string | null, languages: Array<string>, backgrounds: Array<Background>, erasedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EraseMemberMutationVariables = Exact<{
  input: EraseMemberInput;
}>;


export type EraseMemberMutation = { eraseMember: { member: { id: string, displayName: string, erasedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Attendance', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Booking', id: string }
    | { __typename: 'CostSharerRule', id: string }
    | { __typename: 'DisregardRule', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'EnrolmentPause', id: string }
    | { __typename: 'Enterprise', id: string }
    | { __typename: 'EnterpriseEarnings', id: string }
    | { __typename: 'EnterpriseShare', id: string }
    | { __typename: 'FundContribution', id: string }
    | { __typename: 'FundRule', id: string }
    | { __typename: 'FundingAgreement', id: string }
    | { __typename: 'FundingStream', id: string }
    | { __typename: 'HouseholdRecord', id: string }
    | { __typename: 'InstalmentRepayment', id: string }
    | { __typename: 'LadderPosition', id: string }
    | { __typename: 'MatchConsent', id: string }
    | { __typename: 'Member', displayName: string, id: string }
    | { __typename: 'MemberIncome', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Norm', id: string }
    | { __typename: 'Occurrence', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Participant', displayName: string, id: string }
    | { __typename: 'ParticipantFundingLink', id: string }
    | { __typename: 'ParticipantFundingRequest', id: string }
    | { __typename: 'Place', name: string, id: string }
    | { __typename: 'PlaceCost', id: string }
    | { __typename: 'Placement', id: string }
    | { __typename: 'RecurringBooking', id: string }
    | { __typename: 'RepaymentInstalment', id: string }
    | { __typename: 'Sale', id: string }
    | { __typename: 'SessionSlot', id: string }
    | { __typename: 'Skill', id: string }
    | { __typename: 'SkillObservation', id: string }
    | { __typename: 'TrainingFund', id: string }
    | { __typename: 'TrainingGrant', id: string }
    | { __typename: 'TrainingPayment', id: string }
    | { __typename: 'UserAccount', id: string }
    | { __typename: 'Vacancy', id: string }
    | { __typename: 'VolunteerLimit', id: string }
    | { __typename: 'Workshop', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Attendance', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Booking', id: string }
    | { __typename: 'CostSharerRule', id: string }
    | { __typename: 'DisregardRule', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'EnrolmentPause', id: string }
    | { __typename: 'Enterprise', id: string }
    | { __typename: 'EnterpriseEarnings', id: string }
    | { __typename: 'EnterpriseShare', id: string }
    | { __typename: 'FundContribution', id: string }
    | { __typename: 'FundRule', id: string }
    | { __typename: 'FundingAgreement', id: string }
    | { __typename: 'FundingStream', id: string }
    | { __typename: 'HouseholdRecord', id: string }
    | { __typename: 'InstalmentRepayment', id: string }
    | { __typename: 'LadderPosition', id: string }
    | { __typename: 'MatchConsent', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberIncome', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Norm', id: string }
    | { __typename: 'Occurrence', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Participant', id: string }
    | { __typename: 'ParticipantFundingLink', id: string }
    | { __typename: 'ParticipantFundingRequest', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'PlaceCost', id: string }
    | { __typename: 'Placement', id: string }
    | { __typename: 'RecurringBooking', id: string }
    | { __typename: 'RepaymentInstalment', id: string }
    | { __typename: 'Sale', id: string }
    | { __typename: 'SessionSlot', id: string }
    | { __typename: 'Skill', id: string }
    | { __typename: 'SkillObservation', id: string }
    | { __typename: 'TrainingFund', id: string }
    | { __typename: 'TrainingGrant', id: string }
    | { __typename: 'TrainingPayment', id: string }
    | { __typename: 'UserAccount', id: string }
    | { __typename: 'Vacancy', id: string }
    | { __typename: 'VolunteerLimit', id: string }
    | { __typename: 'Workshop', id: string }
   | null> };

export type MeInFullQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInFullQuery = { me: { role: Role, subject: string, displayName: string | null, organisation: { id: string, name: string, kind: OrganisationKind } | null, member: { id: string, displayName: string } | null, can: { administer: boolean, managePlaces: boolean, manageParticipants: boolean, registerAttendance: boolean, readFinancing: boolean, manageFunding: boolean, recordPlaceFinances: boolean, manageCooperative: boolean, readStatements: boolean, readAuditLog: boolean, manageRules: boolean } } | null };

export type OrganisationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationByIdQuery = { organisation: { id: string, name: string, kind: OrganisationKind } | null };

export type MembersPageQueryVariables = Exact<{
  cooperativeId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type MembersPageQuery = { membersConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string } }> } };

export type RecordHouseholdMutationVariables = Exact<{
  input: RecordHouseholdInput;
}>;


export type RecordHouseholdMutation = { recordHousehold: { householdRecord: { id: string, from: string, housemates: Array<{ birthDate: string, student: boolean, commercial: boolean }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type HouseholdHistoryQueryVariables = Exact<{
  memberId: string | number;
}>;


export type HouseholdHistoryQuery = { householdHistory: Array<{ id: string, from: string, housemates: Array<{ birthDate: string, student: boolean, commercial: boolean }> }> };

export type HouseholdStatementFieldsFragment = { month: string, normCents: number, disregardCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, costSharers: number, normBasis: { kind: NormBasisKind, costSharers: number, coupleNormCents: number | null, sharePercent: number | null, published: boolean, explanation: string, explanationEn: string }, warnings: Array<{ code: string, message: string, previousCostSharers: number | null, costSharers: number | null }> };

export type HouseholdStatementQueryVariables = Exact<{
  memberId: string | number;
  month: string;
}>;


export type HouseholdStatementQuery = { benefitStatement: { month: string, normCents: number, disregardCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, costSharers: number, normBasis: { kind: NormBasisKind, costSharers: number, coupleNormCents: number | null, sharePercent: number | null, published: boolean, explanation: string, explanationEn: string }, warnings: Array<{ code: string, message: string, previousCostSharers: number | null, costSharers: number | null }> } };

export type HouseholdYearQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type HouseholdYearQuery = { benefitYear: { statements: Array<{ month: string, normCents: number, disregardCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, costSharers: number, normBasis: { kind: NormBasisKind, costSharers: number, coupleNormCents: number | null, sharePercent: number | null, published: boolean, explanation: string, explanationEn: string }, warnings: Array<{ code: string, message: string, previousCostSharers: number | null, costSharers: number | null }> }>, totals: { normCents: number, benefitCents: number } } };

export type HouseholdOverviewQueryVariables = Exact<{
  cooperativeId: string | number;
  month: string;
}>;


export type HouseholdOverviewQuery = { cooperativeOverview: { members: Array<{ normCents: number | null, costSharers: number | null, member: { id: string }, normBasis: { kind: NormBasisKind, costSharers: number } | null, warnings: Array<{ code: string, previousCostSharers: number | null, costSharers: number | null }> }> } };

export type CostSharerRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CostSharerRulesQuery = { costSharerRules: Array<{ id: string, validFrom: string, validUntil: string | null, housemateMinAge: number, basePercentage: number, perSharerPercentage: number, ageCountsFrom: AgeCountsFrom }> };

export type HouseholdForecastQueryVariables = Exact<{
  memberId: string | number;
  month: string;
  earningsCents: number;
}>;


export type HouseholdForecastQuery = { benefitForecast: { month: string, normCents: number, disregardCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, costSharers: number, normBasis: { kind: NormBasisKind, costSharers: number, coupleNormCents: number | null, sharePercent: number | null, published: boolean, explanation: string, explanationEn: string }, warnings: Array<{ code: string, message: string, previousCostSharers: number | null, costSharers: number | null }> } };

export type MemberEarningsQueryVariables = Exact<{
  memberId: string | number;
  from: string;
  to: string;
}>;


export type MemberEarningsQuery = { memberEarnings: Array<{ month: string, earningsCents: number, lines: Array<{ kind: MemberEarningsLineKind, enterpriseId: string | null, enterpriseName: string | null, enterpriseKind: EnterpriseKind | null, revenueCents: number | null, costsCents: number | null, netCents: number | null, shareBasisPoints: number | null, share: number | null, amountCents: number }> }> };

export type EnterpriseEarningsOfCooperativeQueryVariables = Exact<{
  cooperativeId: string | number;
  from: string;
  to: string;
}>;


export type EnterpriseEarningsOfCooperativeQuery = { enterprisesConnection: { edges: Array<{ node: { id: string, name: string, earnings: Array<{ month: string, revenueCents: number, costsCents: number, version: number }> } }> } };

export type BenefitForecastQueryVariables = Exact<{
  memberId: string | number;
  month: string;
  earningsCents: number;
  volunteerAllowanceCents?: number | null | undefined;
}>;


export type BenefitForecastQuery = { benefitForecast: { memberEarningsCents: number, costSharers: number, month: string, normCents: number, earningsCents: number, disregardCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, volunteerAllowanceCountedCents: number, limits: Array<{ code: string, textNl: string, textEn: string, ruleCode: string | null, monthsLeft: number | null, maxMonths: number | null, amountCents: number | null }> | null, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, warnings: Array<{ code: string, message: string }> } };

export type BenefitStatementForForecastQueryVariables = Exact<{
  memberId: string | number;
  month: string;
}>;


export type BenefitStatementForForecastQuery = { benefitStatement: { memberEarningsCents: number, costSharers: number, month: string, normCents: number, earningsCents: number, disregardCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, volunteerAllowanceCountedCents: number, limits: Array<{ code: string }> | null, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, warnings: Array<{ code: string, message: string }> } };

export type WaitlistQueryVariables = Exact<{
  occurrenceId: string | number;
}>;


export type WaitlistQuery = { waitlist: Array<{ id: string, status: BookingStatus, waitlistPosition: number | null, waitlistedAt: string | null }> };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type CreateMemberMutation = { createMember: { member: { id: string, displayName: string, household: Household, birthDate: string, benefitStart: string, medicalLimitation: boolean, cooperative: { id: string }, municipality: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MemberQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberQuery = { member: { id: string, displayName: string } | null };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { enterprise: { id: string, name: string, kind: EnterpriseKind, shares: Array<{ percent: number, member: { id: string } }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordEarningsMutationVariables = Exact<{
  input: RecordEarningsInput;
}>;


export type RecordEarningsMutation = { recordEarnings: { outcome: RecordOutcome | null, earnings: { id: string, month: string, revenueCents: number, costsCents: number, netCents: number, version: number } | null, previous: { revenueCents: number, costsCents: number, version: number } | null, current: { revenueCents: number, costsCents: number, version: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordMemberIncomeMutationVariables = Exact<{
  input: RecordMemberIncomeInput;
}>;


export type RecordMemberIncomeMutation = { recordMemberIncome: { outcome: RecordOutcome | null, income: { id: string, month: string, volunteerAllowanceCents: number, partnerEarningsCents: number, version: number } | null, previous: { volunteerAllowanceCents: number, partnerEarningsCents: number, version: number } | null, current: { volunteerAllowanceCents: number, partnerEarningsCents: number, version: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CreateDisregardRuleMutationVariables = Exact<{
  input: CreateDisregardRuleInput;
}>;


export type CreateDisregardRuleMutation = { createDisregardRule: { disregardRule: { id: string, code: string, percentage: number, monthlyCapCents: number, maxMonths: number | null, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateDisregardRuleMutationVariables = Exact<{
  input: UpdateDisregardRuleInput;
}>;


export type UpdateDisregardRuleMutation = { updateDisregardRule: { disregardRule: { id: string, code: string, percentage: number, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CreateNormMutationVariables = Exact<{
  input: CreateNormInput;
}>;


export type CreateNormMutation = { createNorm: { norm: { id: string, household: Household, ageBand: AgeBand, amountCents: number, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateNormMutationVariables = Exact<{
  input: UpdateNormInput;
}>;


export type UpdateNormMutation = { updateNorm: { norm: { id: string, amountCents: number, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CreateVolunteerLimitMutationVariables = Exact<{
  input: CreateVolunteerLimitInput;
}>;


export type CreateVolunteerLimitMutation = { createVolunteerLimit: { volunteerLimit: { id: string, monthlyCents: number, yearlyCents: number, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DisregardRulesQueryVariables = Exact<{
  municipalityId?: string | number | null | undefined;
}>;


export type DisregardRulesQuery = { disregardRules: Array<{ id: string, code: string, percentage: number, validFrom: string, validUntil: string | null }> };

export type StatementFieldsFragment = { month: string, normCents: number, earningsCents: number, disregardCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, volunteerAllowanceCountedCents: number, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, warnings: Array<{ code: string, message: string }> };

export type BenefitStatementQueryVariables = Exact<{
  memberId: string | number;
  month: string;
}>;


export type BenefitStatementQuery = { benefitStatement: { month: string, normCents: number, earningsCents: number, disregardCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, volunteerAllowanceCountedCents: number, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, warnings: Array<{ code: string, message: string }> } };

export type BenefitYearQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type BenefitYearQuery = { benefitYear: { year: number, statements: Array<{ month: string, normCents: number, earningsCents: number, disregardCents: number, countedIncomeCents: number, benefitCents: number, holidayAllowanceReservedCents: number, paidOutCents: number, totalIncomeCents: number, earnedShare: number, volunteerAllowanceCountedCents: number, appliedRules: Array<{ code: string, percentage: number, capCents: number, amountCents: number, monthsUsed: number | null, monthsLeft: number | null, partner: boolean }>, warnings: Array<{ code: string, message: string }> }>, totals: { normCents: number, benefitCents: number, earningsCents: number, totalIncomeCents: number, earnedShare: number } } };

export type CooperativeOverviewQueryVariables = Exact<{
  cooperativeId: string | number;
  month: string;
}>;


export type CooperativeOverviewQuery = { cooperativeOverview: { month: string, totalEarningsCents: number, totalBenefitCents: number, totalEarnedBackCents: number, members: Array<{ earningsCents: number | null, benefitCents: number | null, earnedBackCents: number | null, earnedShare: number | null, problem: string | null, member: { id: string, displayName: string, municipality: { id: string } }, warnings: Array<{ code: string }> }> } };

export type RemoveAttendanceMutationVariables = Exact<{
  input: RemoveAttendanceInput;
}>;


export type RemoveAttendanceMutation = { removeAttendance: { removedAttendanceId: string | null, occurrence: { id: string, date: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PersonBoundWeekQueryVariables = Exact<{
  placeId: string | number;
  weekStart: string;
}>;


export type PersonBoundWeekQuery = { placeWeek: { workshops: Array<{ occurrences: Array<{ id: string, date: string, unlinkedPersonBound: { participants: number, attendedDayparts: number } }> }> } };

export type PersonBoundMissingQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PersonBoundMissingQuery = { missingRegistrations: Array<{ id: string, date: string, unlinkedPersonBound: { participants: number, attendedDayparts: number } }> };

export type RequestParticipantFundingMutationVariables = Exact<{
  input: RequestParticipantFundingInput;
}>;


export type RequestParticipantFundingMutation = { requestParticipantFunding: { request: { id: string, status: FundingRequestStatus, from: string, until: string | null, participantId: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DecideParticipantFundingMutationVariables = Exact<{
  input: DecideParticipantFundingInput;
}>;


export type DecideParticipantFundingMutation = { decideParticipantFunding: { request: { id: string, status: FundingRequestStatus, reason: string | null, decidedAt: string | null } | null, link: { id: string, participantId: string, from: string, until: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ParticipantFundingRequestsQueryVariables = Exact<{
  status?: FundingRequestStatus | null | undefined;
}>;


export type ParticipantFundingRequestsQuery = { participantFundingRequests: Array<{ id: string, status: FundingRequestStatus, from: string, until: string | null, participantId: string, participantName: string | null, agreement: { id: string } }> };

export type PauseEnrolmentMutationVariables = Exact<{
  input: PauseEnrolmentInput;
}>;


export type PauseEnrolmentMutation = { pauseEnrolment: { enrolment: { id: string, status: EnrolmentStatus, pauses: Array<{ id: string, fromDate: string, untilDate: string | null }> } | null, pause: { id: string, fromDate: string, untilDate: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ResumeEnrolmentMutationVariables = Exact<{
  input: ResumeEnrolmentInput;
}>;


export type ResumeEnrolmentMutation = { resumeEnrolment: { enrolment: { id: string, status: EnrolmentStatus } | null, pause: { id: string, fromDate: string, untilDate: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CorrectEnrolmentEndMutationVariables = Exact<{
  input: CorrectEnrolmentEndInput;
}>;


export type CorrectEnrolmentEndMutation = { correctEnrolmentEnd: { enrolment: { id: string, status: EnrolmentStatus, endDate: string | null, outflow: { code: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ReopenEnrolmentMutationVariables = Exact<{
  input: ReopenEnrolmentInput;
}>;


export type ReopenEnrolmentMutation = { reopenEnrolment: { enrolment: { id: string, status: EnrolmentStatus, endDate: string | null, outflow: { code: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RestoreOccurrenceMutationVariables = Exact<{
  input: RestoreOccurrenceInput;
}>;


export type RestoreOccurrenceMutation = { restoreOccurrence: { kept: number | null, released: number | null, rebooked: number | null, occurrence: { id: string, cancelled: boolean, bookedCount: number, waitlistCount: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ChangeOccurrenceMutationVariables = Exact<{
  input: ChangeOccurrenceInput;
}>;


export type ChangeOccurrenceMutation = { changeOccurrence: { promoted: number | null, occurrence: { id: string, capacity: number, startTime: string, endTime: string, dayparts: number, bookedCount: number, overbooked: number, waitlistCount: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ChangeSessionSlotMutationVariables = Exact<{
  input: ChangeSessionSlotInput;
}>;


export type ChangeSessionSlotMutation = { changeSessionSlot: { occurrences: number | null, promoted: number | null, released: number | null, slot: { id: string, weekday: Weekday, startTime: string, endTime: string, dayparts: number, capacity: number, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EndSessionSlotMutationVariables = Exact<{
  input: EndSessionSlotInput;
}>;


export type EndSessionSlotMutation = { endSessionSlot: { occurrences: number | null, slot: { id: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type OccurrenceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type OccurrenceStateQuery = { occurrence: { id: string, date: string, startTime: string, endTime: string, capacity: number, bookedCount: number, overbooked: number, freePlaces: number, waitlistCount: number, cancelled: boolean } | null };

export type BookWeeklyMutationVariables = Exact<{
  input: BookInput;
}>;


export type BookWeeklyMutation = { book: { status: BookingStatus | null, weeksBooked: number | null, weeksWaitlisted: number | null, firstBookedDate: string | null, firstWaitlistedDate: string | null, recurringBooking: { id: string, fromDate: string, untilDate: string | null, cancelled: boolean } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EndRecurringBookingMutationVariables = Exact<{
  input: EndRecurringBookingInput;
}>;


export type EndRecurringBookingMutation = { endRecurringBooking: { released: number | null, recurringBooking: { id: string, untilDate: string | null, cancelled: boolean } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type StandingBookingsQueryVariables = Exact<{
  id: string | number;
}>;


export type StandingBookingsQuery = { participant: { id: string, standingBookings: Array<{ id: string, fromDate: string, untilDate: string | null, slot: { id: string, weekday: Weekday } }> } | null };

export type CreateMunicipalityMutationVariables = Exact<{
  input: CreateMunicipalityInput;
}>;


export type CreateMunicipalityMutation = { createMunicipality: { municipality: { id: string, name: string, code: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ id: string, name: string, code: string }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { organisation: { id: string, name: string, kind: OrganisationKind, municipality: { code: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type OrganisationsQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
}>;


export type OrganisationsQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type PlaceFieldsFragment = { id: string, name: string, address: string | null, description: string | null, municipality: { id: string, code: string }, organisation: { id: string, name: string } };

export type CreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
}>;


export type CreatePlaceMutation = { createPlace: { place: { id: string, name: string, address: string | null, description: string | null, municipality: { id: string, code: string }, organisation: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdatePlaceMutationVariables = Exact<{
  input: UpdatePlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace: { place: { id: string, name: string, address: string | null, description: string | null, municipality: { id: string, code: string }, organisation: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { id: string, name: string, address: string | null, description: string | null, workshops: Array<{ id: string, name: string }>, allWorkshops: Array<{ id: string, name: string, archived: boolean }>, municipality: { id: string, code: string }, organisation: { id: string, name: string } } | null };

export type PlacesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  municipalityCode?: string | null | undefined;
  organisationId?: string | number | null | undefined;
}>;


export type PlacesQuery = { places: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string } }> } };

export type PlacesWithWorkshopsQueryVariables = Exact<{
  first: number;
  organisationId?: string | number | null | undefined;
}>;


export type PlacesWithWorkshopsQuery = { places: { edges: Array<{ node: { id: string, workshops: Array<{ name: string }> } }> } };

export type WorkshopFieldsFragment = { id: string, name: string, kind: WorkshopKind, leermeester: string | null, skills: Array<string>, defaultCapacity: number, archived: boolean, place: { id: string, name: string } };

export type CreateWorkshopMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type CreateWorkshopMutation = { createWorkshop: { workshop: { id: string, name: string, kind: WorkshopKind, leermeester: string | null, skills: Array<string>, defaultCapacity: number, archived: boolean, place: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateWorkshopMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type UpdateWorkshopMutation = { updateWorkshop: { workshop: { id: string, name: string, kind: WorkshopKind, leermeester: string | null, skills: Array<string>, defaultCapacity: number, archived: boolean, place: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ArchiveWorkshopMutationVariables = Exact<{
  input: ArchiveWorkshopInput;
}>;


export type ArchiveWorkshopMutation = { archiveWorkshop: { workshop: { id: string, name: string, kind: WorkshopKind, leermeester: string | null, skills: Array<string>, defaultCapacity: number, archived: boolean, place: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type WorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopQuery = { workshop: { id: string, name: string, kind: WorkshopKind, leermeester: string | null, skills: Array<string>, defaultCapacity: number, archived: boolean, place: { id: string, name: string } } | null };

export type RecordPlaceCostMutationVariables = Exact<{
  input: RecordPlaceCostInput;
}>;


export type RecordPlaceCostMutation = { recordPlaceCost: { cost: { id: string, month: string, category: CostCategory, amountCents: number, place: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordPlaceCostBudgetMutationVariables = Exact<{
  input: RecordPlaceCostBudgetInput;
}>;


export type RecordPlaceCostBudgetMutation = { recordPlaceCostBudget: { costs: Array<{ month: string, category: CostCategory, amountCents: number }> | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordSalesMutationVariables = Exact<{
  input: RecordSalesInput;
}>;


export type RecordSalesMutation = { recordSales: { sale: { id: string, month: string, amountCents: number, description: string | null, workshop: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlaceCostsQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceCostsQuery = { placeCosts: Array<{ month: string, category: CostCategory, amountCents: number }> };

export type PlaceSalesQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceSalesQuery = { placeSales: Array<{ month: string, amountCents: number, description: string | null, workshop: { id: string } }> };

export type ContributionFieldsFragment = { kind: FundingKind, basis: FundingBasis, units: number, amountCents: number, shareOfFunding: number | null, limitedBy: FundingLimit | null, agreement: { id: string }, stream: { id: string, name: string }, funder: { id: string, name: string } };

export type PlaceFinancingQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceFinancingQuery = { placeFinancing: { from: string, to: string, costsCents: number, fundingCents: number, balanceCents: number, coverage: number | null, attendedDayparts: number, fundedDayparts: number, occupancy: number | null, costPerAttendedDaypartCents: number | null, place: { id: string, name: string }, streams: Array<{ kind: FundingKind, basis: FundingBasis, units: number, amountCents: number, shareOfFunding: number | null, limitedBy: FundingLimit | null, agreement: { id: string }, stream: { id: string, name: string }, funder: { id: string, name: string } }>, months: Array<{ month: string, costsCents: number, fundingCents: number, balanceCents: number, attendedDayparts: number, fundedDayparts: number, streams: Array<{ kind: FundingKind, basis: FundingBasis, units: number, amountCents: number, shareOfFunding: number | null, limitedBy: FundingLimit | null, agreement: { id: string }, stream: { id: string, name: string }, funder: { id: string, name: string } }> }> } };

export type FunderOverviewQueryVariables = Exact<{
  funderId: string | number;
  from: string;
  to: string;
}>;


export type FunderOverviewQuery = { funderOverview: { from: string, to: string, totalCents: number, funder: { id: string, name: string }, places: Array<{ amountCents: number, costsCents: number, fundingCents: number, coverage: number | null, occupancy: number | null, attendedDayparts: number, fundedDayparts: number, place: { id: string, name: string } }>, kinds: Array<{ kind: FundingKind, amountCents: number }> } };

export type UserErrorFieldsFragment = { code: ErrorCode, field: Array<string> | null, message: string };

export type FundingStreamFieldsFragment = { id: string, name: string, kind: FundingKind, funder: { id: string, name: string } };

export type FundingAgreementFieldsFragment = { id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null };

export type CreateFundingStreamMutationVariables = Exact<{
  input: CreateFundingStreamInput;
}>;


export type CreateFundingStreamMutation = { createFundingStream: { stream: { id: string, name: string, kind: FundingKind, funder: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateFundingStreamMutationVariables = Exact<{
  input: UpdateFundingStreamInput;
}>;


export type UpdateFundingStreamMutation = { updateFundingStream: { stream: { id: string, name: string, kind: FundingKind, funder: { id: string, name: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type FundingStreamsQueryVariables = Exact<{
  funderId: string | number;
}>;


export type FundingStreamsQuery = { fundingStreams: Array<{ id: string, name: string, kind: FundingKind, funder: { id: string, name: string } }> };

export type CreateFundingAgreementMutationVariables = Exact<{
  input: CreateFundingAgreementInput;
}>;


export type CreateFundingAgreementMutation = { createFundingAgreement: { agreement: { id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateFundingAgreementMutationVariables = Exact<{
  input: UpdateFundingAgreementInput;
}>;


export type UpdateFundingAgreementMutation = { updateFundingAgreement: { agreement: { id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AcceptFundingAgreementMutationVariables = Exact<{
  input: AcceptFundingAgreementInput;
}>;


export type AcceptFundingAgreementMutation = { acceptFundingAgreement: { agreement: { id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RejectFundingAgreementMutationVariables = Exact<{
  input: RejectFundingAgreementInput;
}>;


export type RejectFundingAgreementMutation = { rejectFundingAgreement: { agreement: { id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type FundingAgreementsQueryVariables = Exact<{
  placeId: string | number;
}>;


export type FundingAgreementsQuery = { fundingAgreements: Array<{ id: string, status: FundingAgreementStatus, proposedBy: FundingAgreementSide, rejectionReason: string | null, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, participantLinks: Array<{ id: string, participantId: string, from: string, until: string | null }>, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null }> };

export type LinkParticipantFundingMutationVariables = Exact<{
  input: LinkParticipantFundingInput;
}>;


export type LinkParticipantFundingMutation = { linkParticipantFunding: { link: { id: string, participantId: string, from: string, until: string | null, agreement: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateParticipantFundingLinkMutationVariables = Exact<{
  input: UpdateParticipantFundingLinkInput;
}>;


export type UpdateParticipantFundingLinkMutation = { updateParticipantFundingLink: { link: { id: string, from: string, until: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type OutcomesQueryVariables = Exact<{
  scope: OutcomeScope;
  from: string;
  to: string;
}>;


export type OutcomesQuery = { outcomes: { from: string, to: string, placeCount: number, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null, movedOnPositive: number | null, suppressionThreshold: number, byOutflowReason: Array<{ code: string, label: string, positive: boolean, count: number | null, suppressed: boolean }>, byRouteIn: Array<{ code: string, count: number | null, suppressed: boolean }>, byBackground: Array<{ code: string, count: number | null, suppressed: boolean }>, ladder: { up: number | null, stayed: number | null, down: number | null }, months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }> } };

export type RecordLadderPositionMutationVariables = Exact<{
  input: RecordLadderPositionInput;
}>;


export type RecordLadderPositionMutation = { recordLadderPosition: { ladderPosition: { id: string, date: string, rung: number, note: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ParticipantLadderQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantLadderQuery = { participant: { id: string, ladderPositions: Array<{ id: string, date: string, rung: number, note: string | null }> } | null };

export type OutcomesStepsToWorkQueryVariables = Exact<{
  scope: OutcomeScope;
  from: string;
  to: string;
}>;


export type OutcomesStepsToWorkQuery = { outcomes: { stepsToWork: { learnedSkills: number | null, proposed: number | null, interviewed: number | null, placed: number | null, placedInPaidWork: number | null } } };

export type OutcomesByPlaceQueryVariables = Exact<{
  scope: OutcomeScope;
  from: string;
  to: string;
}>;


export type OutcomesByPlaceQuery = { outcomes: { active: number | null, started: number | null, left: number | null, movedOnToWork: number | null, movedOnPositive: number | null, months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }>, byPlace: Array<{ active: number | null, started: number | null, left: number | null, movedOnToWork: number | null, movedOnPositive: number | null, place: { id: string }, months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }> }> } };

export type FunderOverviewByMonthQueryVariables = Exact<{
  funderId: string | number;
  from: string;
  to: string;
}>;


export type FunderOverviewByMonthQuery = { funderOverview: { totalCents: number, places: Array<{ amountCents: number, attendedDayparts: number, place: { id: string, name: string }, months: Array<{ month: string, amountCents: number, attendedDayparts: number }> }>, months: Array<{ month: string, amountCents: number, attendedDayparts: number }> } };

export type PlaceFinancingByMonthQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type PlaceFinancingByMonthQuery = { placeFinancing: { months: Array<{ month: string, streams: Array<{ kind: FundingKind, basis: FundingBasis, units: number, amountCents: number, stream: { id: string, name: string }, funder: { name: string } }> }> } };

export type AttendanceSummaryWithTotalQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type AttendanceSummaryWithTotalQuery = { attendanceSummary: { workshops: Array<{ occurrences: number, cancelledOccurrences: number, attendedDayparts: number, present: number, absent: number, excused: number, attendanceRate: number | null, missingRegistrations: number, workshop: { id: string, name: string } }>, total: { occurrences: number, cancelledOccurrences: number, attendedDayparts: number, present: number, absent: number, excused: number, attendanceRate: number | null, missingRegistrations: number } } };

export type CooperativeOverviewForExportQueryVariables = Exact<{
  cooperativeId: string | number;
  month: string;
}>;


export type CooperativeOverviewForExportQuery = { cooperativeOverview: { month: string, members: Array<{ earningsCents: number | null, normCents: number | null, benefitCents: number | null, earnedBackCents: number | null, earnedShare: number | null, problem: string | null, member: { id: string, displayName: string } }> } };

export type FundOverviewForExportQueryVariables = Exact<{
  fundId: string | number;
  from: string;
  to: string;
}>;


export type FundOverviewForExportQuery = { fundOverview: { months: Array<{ month: string, contributionsCents: number, repaymentsCents: number, paymentsCents: number, waivedCents: number, balanceCents: number, receivablesCents: number }> } };

export type OutcomesByMonthQueryVariables = Exact<{
  scope: OutcomeScope;
  from: string;
  to: string;
}>;


export type OutcomesByMonthQuery = { outcomes: { months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }>, byPlace: Array<{ place: { id: string, name: string }, months: Array<{ month: string, active: number | null, started: number | null, left: number | null, movedOnToWork: number | null }> }> } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { attendance: { id: string, status: AttendanceStatus, note: string | null, date: string, dayparts: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordAttendanceBulkMutationVariables = Exact<{
  input: RecordAttendanceBulkInput;
}>;


export type RecordAttendanceBulkMutation = { recordAttendanceBulk: { attendance: Array<{ id: string, status: AttendanceStatus, note: string | null, date: string, dayparts: number, participant: { id: string } }>, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AttendanceSummaryQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type AttendanceSummaryQuery = { attendanceSummary: { from: string, to: string, workshops: Array<{ occurrences: number, cancelledOccurrences: number, attendedDayparts: number, present: number, absent: number, excused: number, attendanceRate: number | null, missingRegistrations: number, workshop: { id: string, name: string } }> } };

export type MissingRegistrationsQueryVariables = Exact<{
  placeId: string | number;
  from: string;
  to: string;
}>;


export type MissingRegistrationsQuery = { missingRegistrations: Array<{ id: string, date: string }> };

export type BookingFieldsFragment = { id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string }, occurrence: { id: string, date: string, bookedCount: number, waitlistCount: number } | null };

export type BookMutationVariables = Exact<{
  input: BookInput;
}>;


export type BookMutation = { book: { status: BookingStatus | null, waitlistPosition: number | null, booking: { id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string }, occurrence: { id: string, date: string, bookedCount: number, waitlistCount: number } | null } | null, recurringBooking: { id: string, fromDate: string, untilDate: string | null, cancelled: boolean, slot: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelBookingMutation = { cancelBooking: { booking: { id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string }, occurrence: { id: string, date: string, bookedCount: number, waitlistCount: number } | null } | null, promoted: { id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string }, occurrence: { id: string, date: string, bookedCount: number, waitlistCount: number } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PromoteFromWaitlistMutationVariables = Exact<{
  input: PromoteFromWaitlistInput;
}>;


export type PromoteFromWaitlistMutation = { promoteFromWaitlist: { booking: { id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string }, occurrence: { id: string, date: string, bookedCount: number, waitlistCount: number } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolMutation = { enrol: { enrolment: { id: string, status: EnrolmentStatus, startDate: string, endDate: string | null, participant: { id: string }, workshop: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EndEnrolmentMutationVariables = Exact<{
  input: EndEnrolmentInput;
}>;


export type EndEnrolmentMutation = { endEnrolment: { enrolment: { id: string, status: EnrolmentStatus, endDate: string | null, outflow: { code: string, label: string, positive: boolean } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type OutflowReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutflowReasonsQuery = { outflowReasons: Array<{ code: string, label: string, positive: boolean }> };

export type OccurrenceQueryVariables = Exact<{
  id: string | number;
}>;


export type OccurrenceQuery = { occurrence: { id: string, date: string, startTime: string, capacity: number, bookedCount: number, freePlaces: number, workshop: { id: string, name: string }, place: { id: string, name: string } } | null };

export type ParticipantFieldsFragment = { id: string, displayName: string, email: string | null, phone: string | null, birthDate: string | null, languages: Array<string>, backgrounds: Array<Background>, routeIn: RouteIn | null, comesTo: KnowledgeExchange | null };

export type RegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type RegisterParticipantMutation = { registerParticipant: { participant: { id: string, displayName: string, email: string | null, phone: string | null, birthDate: string | null, languages: Array<string>, backgrounds: Array<Background>, routeIn: RouteIn | null, comesTo: KnowledgeExchange | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant: { participant: { id: string, displayName: string, email: string | null, phone: string | null, birthDate: string | null, languages: Array<string>, backgrounds: Array<Background>, routeIn: RouteIn | null, comesTo: KnowledgeExchange | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ParticipantQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantQuery = { participant: { id: string, displayName: string, email: string | null, phone: string | null, birthDate: string | null, languages: Array<string>, backgrounds: Array<Background>, routeIn: RouteIn | null, comesTo: KnowledgeExchange | null, organisation: { id: string } } | null };

export type ParticipantsQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ParticipantsQuery = { participants: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, displayName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ParticipantScheduleQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ParticipantScheduleQuery = { participant: { id: string, enrolments: Array<{ id: string, status: EnrolmentStatus, startDate: string, endDate: string | null, workshop: { id: string, name: string }, outflow: { code: string, positive: boolean } | null }>, schedule: Array<{ id: string, status: BookingStatus, waitlistPosition: number | null, occurrence: { id: string, date: string, startTime: string, endTime: string, workshop: { id: string, name: string }, place: { id: string, name: string } } | null }> } | null };

export type CreateSessionSlotMutationVariables = Exact<{
  input: CreateSessionSlotInput;
}>;


export type CreateSessionSlotMutation = { createSessionSlot: { slot: { id: string, weekday: Weekday, startTime: string, endTime: string, dayparts: number, capacity: number, validFrom: string, validUntil: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CancelOccurrenceMutationVariables = Exact<{
  input: CancelOccurrenceInput;
}>;


export type CancelOccurrenceMutation = { cancelOccurrence: { occurrence: { id: string, date: string, cancelled: boolean, cancelReason: string | null, freePlaces: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AddOccurrenceMutationVariables = Exact<{
  input: AddOccurrenceInput;
}>;


export type AddOccurrenceMutation = { addOccurrence: { occurrence: { id: string, date: string, startTime: string, endTime: string, dayparts: number, capacity: number, slot: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type WorkshopSlotsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopSlotsQuery = { workshop: { id: string, sessionSlots: Array<{ id: string, weekday: Weekday, startTime: string, dayparts: number, workshop: { id: string } }> } | null };

export type PlaceWeekQueryVariables = Exact<{
  placeId: string | number;
  weekStart: string;
}>;


export type PlaceWeekQuery = { placeWeek: { weekStart: string, weekEnd: string, workshops: Array<{ capacity: number, bookedCount: number, freePlaces: number, workshop: { id: string, name: string }, occurrences: Array<{ id: string, date: string, startTime: string, endTime: string, dayparts: number, capacity: number, bookedCount: number, waitlistCount: number, freePlaces: number, cancelled: boolean, bookings: Array<{ id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string, displayName: string } }> }> }> } };

export type WorkshopRosterQueryVariables = Exact<{
  workshopId: string | number;
  date: string;
}>;


export type WorkshopRosterQuery = { workshopRoster: { date: string, occurrences: Array<{ id: string, startTime: string, bookedCount: number, waitlistCount: number, bookings: Array<{ id: string, status: BookingStatus, waitlistPosition: number | null, participant: { id: string, displayName: string } }>, attendance: Array<{ id: string, status: AttendanceStatus, note: string | null, dayparts: number, participant: { id: string } }> }> } };

export type IssueSkillCredentialMutationVariables = Exact<{
  input: IssueSkillCredentialInput;
}>;


export type IssueSkillCredentialMutation = { issueSkillCredential: { credential: string | null, credentialId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeSkillCredentialMutationVariables = Exact<{
  input: RevokeSkillCredentialInput;
}>;


export type RevokeSkillCredentialMutation = { revokeSkillCredential: { revoked: boolean, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RotateCredentialSigningKeyMutationVariables = Exact<{
  input: RotateCredentialSigningKeyInput;
}>;


export type RotateCredentialSigningKeyMutation = { rotateCredentialSigningKey: { keyId: string | null, retiredKeyIds: Array<string>, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type VacanciesQueryVariables = Exact<{
  employerId?: string | number | null | undefined;
  municipalityId?: string | number | null | undefined;
  open?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VacanciesQuery = { vacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, closedOn: string | null, employer: { id: string } } }> } };

export type PlacementsQueryVariables = Exact<{
  vacancyId?: string | number | null | undefined;
  participantId?: string | number | null | undefined;
  stage?: PlacementStage | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacementsQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, stage: PlacementStage, participant: { id: string, displayName: string } | null, vacancy: { id: string } } }> } };

export type LinkNeighbourMunicipalitiesMutationVariables = Exact<{
  input: NeighbourMunicipalitiesInput;
}>;


export type LinkNeighbourMunicipalitiesMutation = { linkNeighbourMunicipalities: { changed: boolean, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UnlinkNeighbourMunicipalitiesMutationVariables = Exact<{
  input: NeighbourMunicipalitiesInput;
}>;


export type UnlinkNeighbourMunicipalitiesMutation = { unlinkNeighbourMunicipalities: { changed: boolean, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityNeighboursQueryVariables = Exact<{
  id: string | number;
}>;


export type MunicipalityNeighboursQuery = { node:
    | { id: string, neighbours: Array<{ id: string, name: string }> }
    | Record<PropertyKey, never>
   | null };

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type CreateVacancyMutation = { createVacancy: { vacancy: { id: string, title: string, hoursPerWeek: number, dayparts: Array<Daypart>, startDate: string | null, learningPath: boolean, employer: { id: string, name: string }, municipality: { id: string }, requiredSkills: Array<{ level: SkillLevel, skill: { code: string } }>, niceToHaveSkills: Array<{ level: SkillLevel, skill: { code: string } }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SetParticipantAvailabilityMutationVariables = Exact<{
  input: SetParticipantAvailabilityInput;
}>;


export type SetParticipantAvailabilityMutation = { setParticipantAvailability: { dayparts: Array<Daypart> | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MatchReasonFieldsFragment = { required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } };

export type VacancyMatchesQueryVariables = Exact<{
  vacancyId: string | number;
  first?: number | null | undefined;
}>;


export type VacancyMatchesQuery = { vacancyMatches: Array<{ score: number, travel: Travel, availableDayparts: Array<Daypart>, unavailableDayparts: Array<Daypart>, participant: { reference: string, displayName: string | null, email: string | null, phone: string | null, consentScope: MatchConsentScope | null, passport: Array<{ level: SkillLevel, date: string, skill: { code: string } }> }, met: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }>, close: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }>, missing: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }> }> };

export type ParticipantMatchesQueryVariables = Exact<{
  participantId: string | number;
}>;


export type ParticipantMatchesQuery = { participantMatches: Array<{ score: number, travel: Travel, vacancy: { id: string, title: string }, met: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }>, close: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }>, missing: Array<{ required: boolean, requiredLevel: SkillLevel, actualLevel: SkillLevel | null, status: RequirementStatus, gapNl: string | null, gapEn: string | null, skill: { code: string } }> }> };

export type RecordMatchConsentMutationVariables = Exact<{
  input: RecordMatchConsentInput;
}>;


export type RecordMatchConsentMutation = { recordMatchConsent: { consent: { id: string, scope: MatchConsentScope, from: string, withdrawnOn: string | null, employer: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type WithdrawMatchConsentMutationVariables = Exact<{
  input: WithdrawMatchConsentInput;
}>;


export type WithdrawMatchConsentMutation = { withdrawMatchConsent: { consent: { id: string, withdrawnOn: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProposePlacementMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;


export type ProposePlacementMutation = { proposePlacement: { placement: { id: string, stage: PlacementStage, proposedOn: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdatePlacementMutationVariables = Exact<{
  input: UpdatePlacementInput;
}>;


export type UpdatePlacementMutation = { updatePlacement: { placement: { id: string, stage: PlacementStage, interviewOn: string | null, startDate: string | null, paidWork: boolean, outcome: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ConfirmPlacementMutationVariables = Exact<{
  input: ConfirmPlacementInput;
}>;


export type ConfirmPlacementMutation = { confirmPlacement: { endedEnrolments: number, placement: { id: string, stage: PlacementStage, confirmedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SkillsQueryVariables = Exact<{
  group?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SkillsQuery = { skills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, labelNl: string, labelEn: string, group: string, externalCode: string | null, validFrom: string } }> } };

export type ImportSkillsMutationVariables = Exact<{
  input: ImportSkillsInput;
}>;


export type ImportSkillsMutation = { importSkills: { created: number, updated: number, rowErrors: Array<{ line: number, column: string | null, message: string }>, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SetWorkshopSkillsMutationVariables = Exact<{
  input: SetWorkshopSkillsInput;
}>;


export type SetWorkshopSkillsMutation = { setWorkshopSkills: { workshop: { id: string, practisedSkills: Array<{ level: SkillLevel, skill: { code: string } }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordSkillObservationMutationVariables = Exact<{
  input: RecordSkillObservationInput;
}>;


export type RecordSkillObservationMutation = { recordSkillObservation: { observation: { id: string, level: SkillLevel, date: string, skill: { code: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SkillsPassportQueryVariables = Exact<{
  id: string | number;
}>;


export type SkillsPassportQuery = { participant: { id: string, skillsPassport: Array<{ level: SkillLevel, date: string, skill: { code: string, labelNl: string }, workshop: { id: string, name: string } | null }>, skillObservations: Array<{ level: SkillLevel, date: string, skill: { code: string } }> } | null };

export type GrantFieldsFragment = { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> };

export type CreateTrainingFundMutationVariables = Exact<{
  input: CreateTrainingFundInput;
}>;


export type CreateTrainingFundMutation = { createTrainingFund: { fund: { id: string, name: string, owner: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordFundContributionMutationVariables = Exact<{
  input: RecordFundContributionInput;
}>;


export type RecordFundContributionMutation = { recordFundContribution: { contribution: { id: string, date: string, amountCents: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CreateFundRuleMutationVariables = Exact<{
  input: CreateFundRuleInput;
}>;


export type CreateFundRuleMutation = { createFundRule: { rule: { id: string, validFrom: string, maxPerPersonCents: number, repaymentShare: number, retentionMonths: number, instalments: number, instalmentIntervalMonths: number, earlyEnd: EarlyEndRule, eligibleLevels: Array<string> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ApplyForTrainingMutationVariables = Exact<{
  input: ApplyForTrainingInput;
}>;


export type ApplyForTrainingMutation = { applyForTraining: { grant: { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DecideTrainingGrantMutationVariables = Exact<{
  input: DecideTrainingGrantInput;
}>;


export type DecideTrainingGrantMutation = { decideTrainingGrant: { grant: { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordTrainingPaymentMutationVariables = Exact<{
  input: RecordTrainingPaymentInput;
}>;


export type RecordTrainingPaymentMutation = { recordTrainingPayment: { payment: { id: string, date: string, amountCents: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CompleteTrainingMutationVariables = Exact<{
  input: CompleteTrainingInput;
}>;


export type CompleteTrainingMutation = { completeTraining: { grant: { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordHireMutationVariables = Exact<{
  input: RecordHireInput;
}>;


export type RecordHireMutation = { recordHire: { grant: { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordEmploymentEndMutationVariables = Exact<{
  input: RecordEmploymentEndInput;
}>;


export type RecordEmploymentEndMutation = { recordEmploymentEnd: { grant: { id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RecordRepaymentMutationVariables = Exact<{
  input: RecordRepaymentInput;
}>;


export type RecordRepaymentMutation = { recordRepayment: { repayment: { id: string, date: string, amountCents: number } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type WaiveInstalmentMutationVariables = Exact<{
  input: WaiveInstalmentInput;
}>;


export type WaiveInstalmentMutation = { waiveInstalment: { instalment: { id: string, amountCents: number, repaidCents: number, waivedCents: number, waiveReason: string | null, status: InstalmentStatus } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingFundsQuery = { trainingFunds: Array<{ id: string, name: string, owner: { id: string }, rules: Array<{ validFrom: string, repaymentShare: number }> }> };

export type TrainingGrantsQueryVariables = Exact<{
  fundId: string | number;
}>;


export type TrainingGrantsQuery = { trainingGrants: Array<{ id: string, participantId: string, course: string, provider: string, level: string, costCents: number, startDate: string, endDate: string, status: GrantStatus, decisionReason: string | null, paidCents: number, outcome: TrainingOutcome | null, completedOn: string | null, hireStart: string | null, employmentEnd: string | null, employer: { id: string } | null, payments: Array<{ date: string, amountCents: number }>, instalments: Array<{ id: string, sequence: number, dueDate: string, originalAmountCents: number, amountCents: number, repaidCents: number, waivedCents: number, status: InstalmentStatus }> }> };

export type FundOverviewQueryVariables = Exact<{
  fundId: string | number;
  from: string;
  to: string;
}>;


export type FundOverviewQuery = { fundOverview: { fundId: string, openingBalanceCents: number, contributionsCents: number, repaymentsCents: number, paymentsCents: number, waivedCents: number, balanceCents: number, receivablesCents: number, revolveRate: number | null, peopleTrained: number, completionRate: number | null, hires: number, hiresWithin12Months: number, averageCostPerHireCents: number | null, months: Array<{ month: string, contributionsCents: number, repaymentsCents: number, paymentsCents: number, balanceCents: number, receivablesCents: number, waivedCents: number }> } };

export type FundProjectionQueryVariables = Exact<{
  fundId: string | number;
  months: number;
  assumedHireRate: number;
}>;


export type FundProjectionQuery = { fundProjection: { startBalanceCents: number, committedPaymentsCents: number, scheduledRepaymentsCents: number, expectedRepaymentsCents: number, endBalanceCents: number, averageTrainingCostCents: number | null, affordableTrainings: number, months: Array<{ month: string, scheduledRepaymentsCents: number, expectedRepaymentsCents: number, balanceCents: number }> } };

export const HouseholdStatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"coupleNormCents"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}}]}}]} as unknown as DocumentNode<HouseholdStatementFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StatementFieldsFragment, unknown>;
export const PlaceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceFieldsFragment, unknown>;
export const WorkshopFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkshopFieldsFragment, unknown>;
export const ContributionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamContribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfFunding"}},{"kind":"Field","name":{"kind":"Name","value":"limitedBy"}}]}}]} as unknown as DocumentNode<ContributionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const FundingStreamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingStreamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FundingStreamFieldsFragment, unknown>;
export const FundingAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingAgreementFieldsFragment, unknown>;
export const BookingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<BookingFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"routeIn"}},{"kind":"Field","name":{"kind":"Name","value":"comesTo"}}]}}]} as unknown as DocumentNode<ParticipantFieldsFragment, unknown>;
export const MatchReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"actualLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapNl"}},{"kind":"Field","name":{"kind":"Name","value":"gapEn"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MatchReasonFieldsFragment, unknown>;
export const GrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GrantFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserAccountMutation, CreateUserAccountMutationVariables>;
export const UpdateUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserAccountMutation, UpdateUserAccountMutationVariables>;
export const UserAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UserAccountsQuery, UserAccountsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const EraseParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EraseParticipantMutation, EraseParticipantMutationVariables>;
export const EraseMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EraseMemberMutation, EraseMemberMutationVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const MeInFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeInFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administer"}},{"kind":"Field","name":{"kind":"Name","value":"managePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"manageParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"registerAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"readFinancing"}},{"kind":"Field","name":{"kind":"Name","value":"manageFunding"}},{"kind":"Field","name":{"kind":"Name","value":"recordPlaceFinances"}},{"kind":"Field","name":{"kind":"Name","value":"manageCooperative"}},{"kind":"Field","name":{"kind":"Name","value":"readStatements"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"manageRules"}}]}}]}}]}}]} as unknown as DocumentNode<MeInFullQuery, MeInFullQueryVariables>;
export const OrganisationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganisationByIdQuery, OrganisationByIdQueryVariables>;
export const MembersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersPageQuery, MembersPageQueryVariables>;
export const RecordHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"housemates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"student"}},{"kind":"Field","name":{"kind":"Name","value":"commercial"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordHouseholdMutation, RecordHouseholdMutationVariables>;
export const HouseholdHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"housemates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"student"}},{"kind":"Field","name":{"kind":"Name","value":"commercial"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdHistoryQuery, HouseholdHistoryQueryVariables>;
export const HouseholdStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdStatementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"coupleNormCents"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}}]}}]} as unknown as DocumentNode<HouseholdStatementQuery, HouseholdStatementQueryVariables>;
export const HouseholdYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdStatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"coupleNormCents"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}}]}}]} as unknown as DocumentNode<HouseholdYearQuery, HouseholdYearQueryVariables>;
export const HouseholdOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativeOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdOverviewQuery, HouseholdOverviewQueryVariables>;
export const CostSharerRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostSharerRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSharerRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"housemateMinAge"}},{"kind":"Field","name":{"kind":"Name","value":"basePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"perSharerPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"ageCountsFrom"}}]}}]}}]} as unknown as DocumentNode<CostSharerRulesQuery, CostSharerRulesQueryVariables>;
export const HouseholdForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"earningsCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdStatementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"normBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"coupleNormCents"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"previousCostSharers"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}}]}}]}}]} as unknown as DocumentNode<HouseholdForecastQuery, HouseholdForecastQueryVariables>;
export const MemberEarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberEarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberEarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseKind"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<MemberEarningsQuery, MemberEarningsQueryVariables>;
export const EnterpriseEarningsOfCooperativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEarningsOfCooperative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprisesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"earnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEarningsOfCooperativeQuery, EnterpriseEarningsOfCooperativeQueryVariables>;
export const BenefitForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"volunteerAllowanceCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"earningsCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"earningsCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"volunteerAllowanceCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"volunteerAllowanceCents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BenefitForecastQuery, BenefitForecastQueryVariables>;
export const BenefitStatementForForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitStatementForForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"costSharers"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BenefitStatementForForecastQuery, BenefitStatementForForecastQueryVariables>;
export const WaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Waitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occurrenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occurrenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occurrenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedAt"}}]}}]}}]} as unknown as DocumentNode<WaitlistQuery, WaitlistQueryVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"household"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"benefitStart"}},{"kind":"Field","name":{"kind":"Name","value":"medicalLimitation"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const MemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Member"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MemberQuery, MemberQueryVariables>;
export const CreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const RecordEarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEarningsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEarningsMutation, RecordEarningsMutationVariables>;
export const RecordMemberIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMemberIncomeMutation, RecordMemberIncomeMutationVariables>;
export const CreateDisregardRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDisregardRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDisregardRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDisregardRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disregardRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDisregardRuleMutation, CreateDisregardRuleMutationVariables>;
export const UpdateDisregardRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDisregardRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDisregardRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDisregardRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disregardRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDisregardRuleMutation, UpdateDisregardRuleMutationVariables>;
export const CreateNormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNorm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNorm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNormMutation, CreateNormMutationVariables>;
export const UpdateNormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNorm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNorm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNormMutation, UpdateNormMutationVariables>;
export const CreateVolunteerLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVolunteerLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVolunteerLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVolunteerLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCents"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCents"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVolunteerLimitMutation, CreateVolunteerLimitMutationVariables>;
export const DisregardRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisregardRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disregardRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<DisregardRulesQuery, DisregardRulesQueryVariables>;
export const BenefitStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BenefitStatementQuery, BenefitStatementQueryVariables>;
export const BenefitYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"disregardCents"}},{"kind":"Field","name":{"kind":"Name","value":"countedIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"holidayAllowanceReservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomeCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerAllowanceCountedCents"}},{"kind":"Field","name":{"kind":"Name","value":"appliedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BenefitYearQuery, BenefitYearQueryVariables>;
export const CooperativeOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativeOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarnedBackCents"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedBackCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeOverviewQuery, CooperativeOverviewQueryVariables>;
export const RemoveAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedAttendanceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAttendanceMutation, RemoveAttendanceMutationVariables>;
export const PersonBoundWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonBoundWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"unlinkedPersonBound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonBoundWeekQuery, PersonBoundWeekQueryVariables>;
export const PersonBoundMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonBoundMissing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"unlinkedPersonBound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}}]}}]}}]}}]} as unknown as DocumentNode<PersonBoundMissingQuery, PersonBoundMissingQueryVariables>;
export const RequestParticipantFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestParticipantFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestParticipantFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestParticipantFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestParticipantFundingMutation, RequestParticipantFundingMutationVariables>;
export const DecideParticipantFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideParticipantFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideParticipantFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideParticipantFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideParticipantFundingMutation, DecideParticipantFundingMutationVariables>;
export const ParticipantFundingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantFundingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantFundingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantFundingRequestsQuery, ParticipantFundingRequestsQueryVariables>;
export const PauseEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseEnrolmentMutation, PauseEnrolmentMutationVariables>;
export const ResumeEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeEnrolmentMutation, ResumeEnrolmentMutationVariables>;
export const CorrectEnrolmentEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectEnrolmentEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectEnrolmentEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctEnrolmentEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectEnrolmentEndMutation, CorrectEnrolmentEndMutationVariables>;
export const ReopenEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenEnrolmentMutation, ReopenEnrolmentMutationVariables>;
export const RestoreOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"rebooked"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreOccurrenceMutation, RestoreOccurrenceMutationVariables>;
export const ChangeOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"overbooked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeOccurrenceMutation, ChangeOccurrenceMutationVariables>;
export const ChangeSessionSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSessionSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSessionSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSessionSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"promoted"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeSessionSlotMutation, ChangeSessionSlotMutationVariables>;
export const EndSessionSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSessionSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSessionSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSessionSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndSessionSlotMutation, EndSessionSlotMutationVariables>;
export const OccurrenceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccurrenceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"overbooked"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OccurrenceStateQuery, OccurrenceStateQueryVariables>;
export const BookWeeklyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookWeekly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurringBooking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeksBooked"}},{"kind":"Field","name":{"kind":"Name","value":"weeksWaitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"firstBookedDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstWaitlistedDate"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BookWeeklyMutation, BookWeeklyMutationVariables>;
export const EndRecurringBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRecurringBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRecurringBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRecurringBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringBooking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndRecurringBookingMutation, EndRecurringBookingMutationVariables>;
export const StandingBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandingBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standingBookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandingBookingsQuery, StandingBookingsQueryVariables>;
export const CreateMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMunicipalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMunicipalityMutation, CreateMunicipalityMutationVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const PlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Place"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allWorkshops"},"name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceQuery, PlaceQueryVariables>;
export const PlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Places"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacesQuery, PlacesQueryVariables>;
export const PlacesWithWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacesWithWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacesWithWorkshopsQuery, PlacesWithWorkshopsQueryVariables>;
export const CreateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const UpdateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopMutation, UpdateWorkshopMutationVariables>;
export const ArchiveWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArchiveWorkshopMutation, ArchiveWorkshopMutationVariables>;
export const WorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkshopQuery, WorkshopQueryVariables>;
export const RecordPlaceCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlaceCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlaceCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlaceCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlaceCostMutation, RecordPlaceCostMutationVariables>;
export const RecordPlaceCostBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlaceCostBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlaceCostBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlaceCostBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlaceCostBudgetMutation, RecordPlaceCostBudgetMutationVariables>;
export const RecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSalesMutation, RecordSalesMutationVariables>;
export const PlaceCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<PlaceCostsQuery, PlaceCostsQueryVariables>;
export const PlaceSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceSalesQuery, PlaceSalesQueryVariables>;
export const PlaceFinancingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceFinancing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeFinancing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"fundedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"costPerAttendedDaypartCents"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"fundedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamContribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfFunding"}},{"kind":"Field","name":{"kind":"Name","value":"limitedBy"}}]}}]} as unknown as DocumentNode<PlaceFinancingQuery, PlaceFinancingQueryVariables>;
export const FunderOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"funderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"costsCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingCents"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"fundedDayparts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<FunderOverviewQuery, FunderOverviewQueryVariables>;
export const CreateFundingStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFundingStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundingStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundingStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingStreamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingStreamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateFundingStreamMutation, CreateFundingStreamMutationVariables>;
export const UpdateFundingStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFundingStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFundingStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFundingStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingStreamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingStreamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateFundingStreamMutation, UpdateFundingStreamMutationVariables>;
export const FundingStreamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingStreams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingStreams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"funderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingStreamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingStreamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FundingStreamsQuery, FundingStreamsQueryVariables>;
export const CreateFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateFundingAgreementMutation, CreateFundingAgreementMutationVariables>;
export const UpdateFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateFundingAgreementMutation, UpdateFundingAgreementMutationVariables>;
export const AcceptFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcceptFundingAgreementMutation, AcceptFundingAgreementMutationVariables>;
export const RejectFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RejectFundingAgreementMutation, RejectFundingAgreementMutationVariables>;
export const FundingAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}},{"kind":"Field","name":{"kind":"Name","value":"participantLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingAgreementsQuery, FundingAgreementsQueryVariables>;
export const LinkParticipantFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkParticipantFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkParticipantFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkParticipantFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<LinkParticipantFundingMutation, LinkParticipantFundingMutationVariables>;
export const UpdateParticipantFundingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipantFundingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantFundingLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipantFundingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateParticipantFundingLinkMutation, UpdateParticipantFundingLinkMutationVariables>;
export const OutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"placeCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnPositive"}},{"kind":"Field","name":{"kind":"Name","value":"byOutflowReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRouteIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"stayed"}},{"kind":"Field","name":{"kind":"Name","value":"down"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}}]}}]}}]} as unknown as DocumentNode<OutcomesQuery, OutcomesQueryVariables>;
export const RecordLadderPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLadderPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLadderPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLadderPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladderPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLadderPositionMutation, RecordLadderPositionMutationVariables>;
export const ParticipantLadderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantLadder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ladderPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantLadderQuery, ParticipantLadderQueryVariables>;
export const OutcomesStepsToWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesStepsToWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepsToWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learnedSkills"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"interviewed"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"placedInPaidWork"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesStepsToWorkQuery, OutcomesStepsToWorkQueryVariables>;
export const OutcomesByPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesByPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnPositive"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnPositive"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesByPlaceQuery, OutcomesByPlaceQueryVariables>;
export const FunderOverviewByMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderOverviewByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"funderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}}]}}]}}]}}]} as unknown as DocumentNode<FunderOverviewByMonthQuery, FunderOverviewByMonthQueryVariables>;
export const PlaceFinancingByMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceFinancingByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeFinancing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceFinancingByMonthQuery, PlaceFinancingByMonthQueryVariables>;
export const AttendanceSummaryWithTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceSummaryWithTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOccurrences"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOccurrences"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceSummaryWithTotalQuery, AttendanceSummaryWithTotalQueryVariables>;
export const CooperativeOverviewForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeOverviewForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativeOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earningsCents"}},{"kind":"Field","name":{"kind":"Name","value":"normCents"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedBackCents"}},{"kind":"Field","name":{"kind":"Name","value":"earnedShare"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeOverviewForExportQuery, CooperativeOverviewForExportQueryVariables>;
export const FundOverviewForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundOverviewForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"receivablesCents"}}]}}]}}]}}]} as unknown as DocumentNode<FundOverviewForExportQuery, FundOverviewForExportQueryVariables>;
export const OutcomesByMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"movedOnToWork"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesByMonthQuery, OutcomesByMonthQueryVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordAttendanceBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendanceBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceBulkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendanceBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceBulkMutation, RecordAttendanceBulkMutationVariables>;
export const AttendanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOccurrences"}},{"kind":"Field","name":{"kind":"Name","value":"attendedDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceSummaryQuery, AttendanceSummaryQueryVariables>;
export const MissingRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissingRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<MissingRegistrationsQuery, MissingRegistrationsQueryVariables>;
export const BookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Book"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringBooking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<BookMutation, BookMutationVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const PromoteFromWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromoteFromWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteFromWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoteFromWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<PromoteFromWaitlistMutation, PromoteFromWaitlistMutationVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const EndEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndEnrolmentMutation, EndEnrolmentMutationVariables>;
export const OutflowReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutflowReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outflowReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}}]}}]}}]} as unknown as DocumentNode<OutflowReasonsQuery, OutflowReasonsQueryVariables>;
export const OccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Occurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OccurrenceQuery, OccurrenceQueryVariables>;
export const RegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"routeIn"}},{"kind":"Field","name":{"kind":"Name","value":"comesTo"}}]}}]} as unknown as DocumentNode<RegisterParticipantMutation, RegisterParticipantMutationVariables>;
export const UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"routeIn"}},{"kind":"Field","name":{"kind":"Name","value":"comesTo"}}]}}]} as unknown as DocumentNode<UpdateParticipantMutation, UpdateParticipantMutationVariables>;
export const ParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Participant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"routeIn"}},{"kind":"Field","name":{"kind":"Name","value":"comesTo"}}]}}]} as unknown as DocumentNode<ParticipantQuery, ParticipantQueryVariables>;
export const ParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Participants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ParticipantsQuery, ParticipantsQueryVariables>;
export const ParticipantScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantScheduleQuery, ParticipantScheduleQueryVariables>;
export const CreateSessionSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSessionSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSessionSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSessionSlotMutation, CreateSessionSlotMutationVariables>;
export const CancelOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOccurrenceMutation, CancelOccurrenceMutationVariables>;
export const AddOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddOccurrenceMutation, AddOccurrenceMutationVariables>;
export const WorkshopSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSlotsQuery, WorkshopSlotsQueryVariables>;
export const PlaceWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceWeekQuery, PlaceWeekQueryVariables>;
export const WorkshopRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopRosterQuery, WorkshopRosterQueryVariables>;
export const IssueSkillCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueSkillCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSkillCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSkillCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueSkillCredentialMutation, IssueSkillCredentialMutationVariables>;
export const RevokeSkillCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSkillCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSkillCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSkillCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeSkillCredentialMutation, RevokeSkillCredentialMutationVariables>;
export const RotateCredentialSigningKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCredentialSigningKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCredentialSigningKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCredentialSigningKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"retiredKeyIds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateCredentialSigningKeyMutation, RotateCredentialSigningKeyMutationVariables>;
export const VacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vacancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesQuery, VacanciesQueryVariables>;
export const PlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Placements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsQuery, PlacementsQueryVariables>;
export const LinkNeighbourMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkNeighbourMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourMunicipalitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkNeighbourMunicipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LinkNeighbourMunicipalitiesMutation, LinkNeighbourMunicipalitiesMutationVariables>;
export const UnlinkNeighbourMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkNeighbourMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourMunicipalitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkNeighbourMunicipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkNeighbourMunicipalitiesMutation, UnlinkNeighbourMunicipalitiesMutationVariables>;
export const MunicipalityNeighboursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityNeighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityNeighboursQuery, MunicipalityNeighboursQueryVariables>;
export const CreateVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"learningPath"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVacancyMutation, CreateVacancyMutationVariables>;
export const SetParticipantAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParticipantAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParticipantAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParticipantAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayparts"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetParticipantAvailabilityMutation, SetParticipantAvailabilityMutationVariables>;
export const VacancyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"travel"}},{"kind":"Field","name":{"kind":"Name","value":"availableDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableDayparts"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"close"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"actualLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapNl"}},{"kind":"Field","name":{"kind":"Name","value":"gapEn"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<VacancyMatchesQuery, VacancyMatchesQueryVariables>;
export const ParticipantMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"travel"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"close"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"actualLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapNl"}},{"kind":"Field","name":{"kind":"Name","value":"gapEn"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ParticipantMatchesQuery, ParticipantMatchesQueryVariables>;
export const RecordMatchConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMatchConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMatchConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMatchConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMatchConsentMutation, RecordMatchConsentMutationVariables>;
export const WithdrawMatchConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMatchConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawMatchConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMatchConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawMatchConsentMutation, WithdrawMatchConsentMutationVariables>;
export const ProposePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposePlacementMutation, ProposePlacementMutationVariables>;
export const UpdatePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"interviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"paidWork"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlacementMutation, UpdatePlacementMutationVariables>;
export const ConfirmPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPlacementMutation, ConfirmPlacementMutationVariables>;
export const SkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Skills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"externalCode"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsQuery, SkillsQueryVariables>;
export const ImportSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSkillsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSkillsMutation, ImportSkillsMutationVariables>;
export const SetWorkshopSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkshopSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkshopSkillsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkshopSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practisedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetWorkshopSkillsMutation, SetWorkshopSkillsMutationVariables>;
export const RecordSkillObservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSkillObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSkillObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSkillObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSkillObservationMutation, RecordSkillObservationMutationVariables>;
export const SkillsPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skillsPassport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillObservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsPassportQuery, SkillsPassportQueryVariables>;
export const CreateTrainingFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingFundMutation, CreateTrainingFundMutationVariables>;
export const RecordFundContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFundContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFundContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFundContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFundContributionMutation, RecordFundContributionMutationVariables>;
export const CreateFundRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFundRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerPersonCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentShare"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earlyEnd"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleLevels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFundRuleMutation, CreateFundRuleMutationVariables>;
export const ApplyForTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyForTrainingMutation, ApplyForTrainingMutationVariables>;
export const DecideTrainingGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTrainingGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTrainingGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTrainingGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideTrainingGrantMutation, DecideTrainingGrantMutationVariables>;
export const RecordTrainingPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingPaymentMutation, RecordTrainingPaymentMutationVariables>;
export const CompleteTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteTrainingMutation, CompleteTrainingMutationVariables>;
export const RecordHireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordHireMutation, RecordHireMutationVariables>;
export const RecordEmploymentEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmploymentEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmploymentEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmploymentEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordEmploymentEndMutation, RecordEmploymentEndMutationVariables>;
export const RecordRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRepaymentMutation, RecordRepaymentMutationVariables>;
export const WaiveInstalmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WaiveInstalment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaiveInstalmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiveInstalment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"waiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WaiveInstalmentMutation, WaiveInstalmentMutationVariables>;
export const TrainingFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentShare"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingFundsQuery, TrainingFundsQueryVariables>;
export const TrainingGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hireStart"}},{"kind":"Field","name":{"kind":"Name","value":"employmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingGrantsQuery, TrainingGrantsQueryVariables>;
export const FundOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"receivablesCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributionsCents"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"waivedCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"receivablesCents"}},{"kind":"Field","name":{"kind":"Name","value":"revolveRate"}},{"kind":"Field","name":{"kind":"Name","value":"peopleTrained"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"hiresWithin12Months"}},{"kind":"Field","name":{"kind":"Name","value":"averageCostPerHireCents"}}]}}]}}]} as unknown as DocumentNode<FundOverviewQuery, FundOverviewQueryVariables>;
export const FundProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assumedHireRate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundProjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"assumedHireRate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assumedHireRate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBalanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedPaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledRepaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRepaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledRepaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRepaymentsCents"}},{"kind":"Field","name":{"kind":"Name","value":"endBalanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageTrainingCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"affordableTrainings"}}]}}]}}]} as unknown as DocumentNode<FundProjectionQuery, FundProjectionQueryVariables>;