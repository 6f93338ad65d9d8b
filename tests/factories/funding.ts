import type { MikroORM } from '@mikro-orm/postgresql';
import { Attendance, AttendanceStatus } from '../../src/attendance/attendance.entity';
import { keepAttendanceTotals } from '../../src/attendance/attendance-totals';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { FundingAgreement } from '../../src/funding/funding-agreement.entity';
import {
  FundingAgreementSide,
  FundingAgreementStatus,
  FundingBasis,
  FundingKind,
} from '../../src/funding/funding.enums';
import { FundingStream } from '../../src/funding/funding-stream.entity';
import { ParticipantFundingLink } from '../../src/funding/participant-funding-link.entity';
import type { Organisation } from '../../src/organisations/organisation.entity';
import { Participant } from '../../src/participants/participant.entity';
import type { Place } from '../../src/places/place.entity';
import { Occurrence } from '../../src/scheduling/occurrence.entity';
import type { Workshop } from '../../src/workshops/workshop.entity';
import { unique } from '../setup/harness';

/**
 * Rows of other features (participants, occurrences, enrolments, attendance) and funding rows written straight
 * to the database, for tests whose subject is the financing read side.
 */
export async function makeParticipant(orm: MikroORM, organisation: Organisation): Promise<Participant> {
  const em = orm.em.fork();
  const participant = em.create(Participant, {
    organisation: organisation.id,
    displayName: unique('Deelnemer'),
  });
  await em.flush();
  return participant;
}

/** Attendance of participants at one occurrence of a workshop on a date (one row each). */
export async function makeAttendance(
  orm: MikroORM,
  fields: {
    workshop: Workshop;
    date: string;
    dayparts?: number;
    present?: Participant[];
    absent?: Participant[];
  },
): Promise<void> {
  const em = orm.em.fork();
  const { workshop } = fields;
  const tenant = {
    workshop: workshop.id,
    place: workshop.place.id,
    organisation: workshop.organisation.id,
    municipality: workshop.municipality.id,
  };
  const dayparts = fields.dayparts ?? 1;
  const occurrence = em.create(Occurrence, {
    ...tenant,
    date: fields.date,
    startTime: '09:00',
    endTime: dayparts > 1 ? '17:00' : '13:00',
    dayparts,
    capacity: 20,
  });
  const mark = (participant: Participant, status: AttendanceStatus) =>
    em.create(Attendance, { ...tenant, occurrence, participant, status, date: fields.date, dayparts });
  (fields.present ?? []).forEach((p) => mark(p, AttendanceStatus.PRESENT));
  (fields.absent ?? []).forEach((p) => mark(p, AttendanceStatus.ABSENT));
  await em.flush();
  // Written past the service, so the kept monthly totals are kept here the way the service keeps them.
  const fact = (participant: Participant, status: AttendanceStatus) => ({
    participant_id: participant.id,
    place_id: workshop.place.id,
    workshop_id: workshop.id,
    organisation_id: workshop.organisation.id,
    municipality_id: workshop.municipality.id,
    date: fields.date,
    status,
    dayparts,
  });
  await keepAttendanceTotals(em, {
    before: [],
    after: [
      ...(fields.present ?? []).map((p) => fact(p, AttendanceStatus.PRESENT)),
      ...(fields.absent ?? []).map((p) => fact(p, AttendanceStatus.ABSENT)),
    ],
  });
}

export async function makeEnrolment(
  orm: MikroORM,
  fields: { participant: Participant; workshop: Workshop; startDate: string; endDate?: string | null },
): Promise<Enrolment> {
  const em = orm.em.fork();
  const enrolment = em.create(Enrolment, {
    participant: fields.participant.id,
    workshop: fields.workshop.id,
    place: fields.workshop.place.id,
    organisation: fields.workshop.organisation.id,
    municipality: fields.workshop.municipality.id,
    startDate: fields.startDate,
    endDate: fields.endDate ?? null,
  });
  await em.flush();
  return enrolment;
}

export async function makeStream(
  orm: MikroORM,
  fields: { funder: Organisation; kind?: FundingKind; name?: string },
): Promise<FundingStream> {
  const em = orm.em.fork();
  const stream = em.create(FundingStream, {
    funder: fields.funder.id,
    kind: fields.kind ?? FundingKind.GENERAL_PROVISION,
    name: fields.name ?? unique('Stream'),
  });
  await em.flush();
  return stream;
}

/** An agreement written directly (no checks; ACCEPTED unless told): for read-side tests. */
export async function makeAgreement(
  orm: MikroORM,
  fields: { stream: FundingStream; place: Place; from: string; until: string; basis: FundingBasis } & Partial<
    Pick<
      FundingAgreement,
      | 'fundedPlaces'
      | 'daypartsPerWeek'
      | 'amountPerPlacePerYearCents'
      | 'tariffCents'
      | 'amountPerParticipantMonthCents'
      | 'totalCents'
      | 'maxShareBasisPoints'
      | 'ceilingCents'
    >
  > & { workshop?: Workshop; status?: FundingAgreementStatus },
): Promise<FundingAgreement> {
  const em = orm.em.fork();
  const { stream, place, from, until, workshop, status, ...terms } = fields;
  const agreement = em.create(FundingAgreement, {
    ...terms,
    stream: stream.id,
    funder: stream.funder.id,
    place: place.id,
    workshop: workshop?.id ?? null,
    organisation: place.organisation.id,
    municipality: place.municipality.id,
    fromMonth: from,
    untilMonth: until,
    status: status ?? FundingAgreementStatus.ACCEPTED,
    proposedBy: FundingAgreementSide.FUNDER,
  });
  await em.flush();
  return agreement;
}

export async function makeLink(
  orm: MikroORM,
  fields: {
    agreement: FundingAgreement | string;
    participant: Participant;
    from: string;
    until?: string | null;
  },
): Promise<ParticipantFundingLink> {
  const em = orm.em.fork();
  const agreementId = typeof fields.agreement === 'string' ? fields.agreement : fields.agreement.id;
  const agreement = await em.findOneOrFail(FundingAgreement, agreementId);
  const link = em.create(ParticipantFundingLink, {
    agreement,
    participant: fields.participant.id,
    place: agreement.place,
    organisation: agreement.organisation,
    municipality: agreement.municipality,
    fromDate: fields.from,
    untilDate: fields.until ?? null,
  });
  await em.flush();
  return link;
}
