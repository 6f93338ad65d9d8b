/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Archive a workshop (or bring it back). */
export type ArchiveWorkshopInput = {
  /** true archives, false brings an archived workshop back. */
  archived?: boolean;
  /** The workshop. */
  id: string | number;
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
  /** The place paid for. */
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

/** A new municipality. */
export type CreateMunicipalityInput = {
  /** CBS code: GM and four digits, e.g. GM0935. */
  code: string;
  /** Name, at most 100 characters. */
  name: string;
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

/** What went wrong, for clients to act on. */
export enum ErrorCode {
  /** The change conflicts with the current state or a concurrent change. */
  Conflict = 'CONFLICT',
  /** The code is already taken. */
  DuplicateCode = 'DUPLICATE_CODE',
  /** The name is already taken within its scope. */
  DuplicateName = 'DUPLICATE_NAME',
  /** You may not change this record. */
  Forbidden = 'FORBIDDEN',
  /** The period ends before it starts. */
  InvertedPeriod = 'INVERTED_PERIOD',
  /** An amount is below zero. */
  NegativeAmount = 'NEGATIVE_AMOUNT',
  /** A referenced record does not exist or is outside your scope. */
  NotFound = 'NOT_FOUND',
  /** The dates lie outside the period they must fall in. */
  OutsidePeriod = 'OUTSIDE_PERIOD',
  /** The period overlaps another one that it may not overlap. */
  OverlappingPeriod = 'OVERLAPPING_PERIOD',
  /** A value has the wrong shape or is out of range. */
  Validation = 'VALIDATION'
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

/** What kind of organisation this is. */
export enum OrganisationKind {
  /** A care office (zorgkantoor) paying long-term care. */
  CareOffice = 'CARE_OFFICE',
  /** A social cooperative (sociale coöperatie). */
  Cooperative = 'COOPERATIVE',
  /** A private fund or charity. */
  Fund = 'FUND',
  /** A municipality, usually as funder. */
  Municipality = 'MUNICIPALITY',
  /** Any other organisation. */
  Other = 'OTHER',
  /** Runs participation places (social enterprise or foundation). */
  SocialEnterprise = 'SOCIAL_ENTERPRISE'
}

/** A yearly budget of a place in one category, spread evenly over the twelve months (odd cents to the earliest); replaces those months. */
export type RecordPlaceCostBudgetInput = {
  /** Amount for the whole year in cents, 0 or more. */
  amountCents: number;
  /** What the cost is for. */
  category: CostCategory;
  /** The place. */
  placeId: string | number;
  /** Calendar year, 1900-2999. */
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

/** Changes to an agreement; omitted fields stay as they are, null clears an optional term. Stream and place stay. */
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
  /** PER_ATTENDED_DAYPART (required): cents per day part. */
  tariffCents?: number | null | undefined;
  /** LUMP_SUM (required): total over all months, in cents. */
  totalCents?: number | null | undefined;
  /** New last month, YYYY-MM. */
  until?: string | null | undefined;
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

/** New dates of a participant link; omitted dates stay, a null `until` opens the end. */
export type UpdateParticipantFundingLinkInput = {
  /** New first day, within the agreement's months. */
  from?: string | null | undefined;
  /** The link to change. */
  id: string | number;
  /** New last day, within the agreement's months; null for until the agreement ends. */
  until?: string | null | undefined;
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

export type FundingAgreementFieldsFragment = { id: string, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null };

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


export type CreateFundingAgreementMutation = { createFundingAgreement: { agreement: { id: string, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateFundingAgreementMutationVariables = Exact<{
  input: UpdateFundingAgreementInput;
}>;


export type UpdateFundingAgreementMutation = { updateFundingAgreement: { agreement: { id: string, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type FundingAgreementsQueryVariables = Exact<{
  placeId: string | number;
}>;


export type FundingAgreementsQuery = { fundingAgreements: Array<{ id: string, from: string, until: string, basis: FundingBasis, fundedPlaces: number | null, daypartsPerWeek: number | null, amountPerPlacePerYearCents: number | null, tariffCents: number | null, amountPerParticipantMonthCents: number | null, totalCents: number | null, maxShareOfCosts: number | null, ceilingCents: number | null, participantLinks: Array<{ id: string, participantId: string, from: string, until: string | null }>, stream: { id: string, name: string }, place: { id: string }, workshop: { id: string } | null }> };

export type LinkParticipantFundingMutationVariables = Exact<{
  input: LinkParticipantFundingInput;
}>;


export type LinkParticipantFundingMutation = { linkParticipantFunding: { link: { id: string, participantId: string, from: string, until: string | null, agreement: { id: string } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateParticipantFundingLinkMutationVariables = Exact<{
  input: UpdateParticipantFundingLinkInput;
}>;


export type UpdateParticipantFundingLinkMutation = { updateParticipantFundingLink: { link: { id: string, from: string, until: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export const PlaceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceFieldsFragment, unknown>;
export const WorkshopFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leermeester"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkshopFieldsFragment, unknown>;
export const ContributionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamContribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfFunding"}},{"kind":"Field","name":{"kind":"Name","value":"limitedBy"}}]}}]} as unknown as DocumentNode<ContributionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const FundingStreamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingStreamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FundingStreamFieldsFragment, unknown>;
export const FundingAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingAgreementFieldsFragment, unknown>;
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
export const CreateFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateFundingAgreementMutation, CreateFundingAgreementMutationVariables>;
export const UpdateFundingAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFundingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFundingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFundingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateFundingAgreementMutation, UpdateFundingAgreementMutationVariables>;
export const FundingAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingAgreementFields"}},{"kind":"Field","name":{"kind":"Name","value":"participantLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"daypartsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerPlacePerYearCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountPerParticipantMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxShareOfCosts"}},{"kind":"Field","name":{"kind":"Name","value":"ceilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingAgreementsQuery, FundingAgreementsQueryVariables>;
export const LinkParticipantFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkParticipantFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkParticipantFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkParticipantFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<LinkParticipantFundingMutation, LinkParticipantFundingMutationVariables>;
export const UpdateParticipantFundingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipantFundingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantFundingLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipantFundingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateParticipantFundingLinkMutation, UpdateParticipantFundingLinkMutationVariables>;