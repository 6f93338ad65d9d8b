/** The GraphQL documents the benchmark sends; the baseline returns the same `data` for Q2, Q3 and Q4. */

export const Q1_OCCURRENCE = `query Q1($id: ID!) {
  occurrence(id: $id) { id date startTime capacity bookedCount freePlaces workshop { id name } place { id name } }
}`;

export const Q2_PLACE_WEEK = `query Q2($placeId: ID!, $weekStart: Date!) {
  placeWeek(placeId: $placeId, weekStart: $weekStart) {
    workshops {
      workshop { name }
      capacity bookedCount freePlaces
      occurrences { id date startTime endTime dayparts capacity bookedCount waitlistCount freePlaces cancelled }
    }
  }
}`;

const CONTRIBUTION = `agreement { id } stream { id name } kind funder { id name } basis units amountCents shareOfFunding limitedBy`;

export const Q3_PLACE_FINANCING = `query Q3PlaceFinancing($placeId: ID!, $from: String!, $to: String!) {
  placeFinancing(placeId: $placeId, from: $from, to: $to) {
    place { id name }
    from to costsCents fundingCents balanceCents coverage attendedDayparts fundedDayparts occupancy
    costPerAttendedDaypartCents
    streams { ${CONTRIBUTION} }
    months { month costsCents fundingCents balanceCents attendedDayparts fundedDayparts streams { ${CONTRIBUTION} } }
  }
}`;

export const Q3_FUNDER_OVERVIEW = `query Q3FunderOverview($funderId: ID!, $from: String!, $to: String!) {
  funderOverview(funderId: $funderId, from: $from, to: $to) {
    funder { id name }
    from to totalCents
    places { place { id name } amountCents costsCents fundingCents coverage occupancy attendedDayparts fundedDayparts }
    kinds { kind amountCents }
  }
}`;

export const M1_BOOK = `mutation M1($enrolmentId: ID!, $occurrenceId: ID!) {
  book(input: { enrolmentId: $enrolmentId, occurrenceId: $occurrenceId }) {
    status errors { code message } booking { id }
  }
}`;

export const Q4_OUTCOMES = `query Q4Outcomes($municipalityId: ID!, $from: Date!, $to: Date!) {
  outcomes(scope: { municipalityId: $municipalityId }, from: $from, to: $to) {
    placeCount active started left movedOnToWork movedOnPositive
    byOutflowReason { code label positive count suppressed }
    byRouteIn { code count suppressed }
    byBackground { code count suppressed }
    ladder { up stayed down }
    months { month active started left movedOnToWork }
    suppressionThreshold
  }
}`;
