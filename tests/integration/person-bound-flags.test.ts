import { FundingBasis, FundingKind } from '../../src/funding/funding.enums';
import { OrganisationKind } from '../../src/organisations';
import { Background } from '../../src/participants/participant.entity';
import {
  AttendanceStatus,
  BookDocument,
  PersonBoundMissingDocument,
  PersonBoundWeekDocument,
  RecordAttendanceDocument,
} from '../generated/graphql';
import { makeOrganisation, makeTenant, makeWorkshop } from '../factories/foundation';
import { makeAgreement, makeLink, makeStream } from '../factories/funding';
import { makeEnrolment, makeParticipant, makeSessionSlot, occurrenceOn } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// A Monday.
process.env.MEEDOEN_TODAY = '2031-06-02';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('person-bound participants without a funding link', () => {
  it('are flagged on the week and on missing registrations until a link covers the date', async () => {
    const { organisation, place, municipality } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place });
    const slot = await makeSessionSlot(server.orm, {
      workshop,
      validFrom: '2031-05-19',
      until: '2031-06-30',
    });
    const marja = await makeParticipant(server.orm, {
      organisation,
      backgrounds: [Background.LONG_TERM_CARE],
    });
    const noor = await makeParticipant(server.orm, { organisation, backgrounds: [Background.NEWCOMER] });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const may26 = await occurrenceOn(server.orm, slot, '2031-05-26');
    for (const participant of [marja, noor]) {
      const enrolment = await makeEnrolment(server.orm, {
        participantId: participant.id,
        workshop,
        startDate: '2031-05-01',
      });
      await staff.request(BookDocument, { input: { enrolmentId: enrolment.id, slotId: slot.id } });
      await staff.request(RecordAttendanceDocument, {
        input: { occurrenceId: may26.id, participantId: participant.id, status: AttendanceStatus.Present },
      });
    }

    const week = async () =>
      (await staff.request(PersonBoundWeekDocument, { placeId: place.id, weekStart: '2031-05-26' })).placeWeek
        .workshops[0].occurrences[0].unlinkedPersonBound;
    // Marja attended a day part that no agreement pays; Noor's background is not person-bound.
    expect(await week()).toEqual({ participants: 1, attendedDayparts: 1 });
    // 19 May has no registration and nobody booked (the weekly bookings start today): nothing to flag there.
    const missing = await staff.request(PersonBoundMissingDocument, {
      placeId: place.id,
      from: '2031-05-19',
      to: '2031-05-31',
    });
    expect(missing.missingRegistrations).toEqual([
      {
        id: expect.any(String),
        date: '2031-05-19',
        unlinkedPersonBound: { participants: 0, attendedDayparts: 0 },
      },
    ]);
    // A coming date warns before any money is lost: Marja is booked there without a link.
    const upcoming = (
      await staff.request(PersonBoundWeekDocument, { placeId: place.id, weekStart: '2031-06-09' })
    ).placeWeek.workshops[0].occurrences[0].unlinkedPersonBound;
    expect(upcoming).toEqual({ participants: 1, attendedDayparts: 0 });

    // With an approved link from 1 May, nothing is flagged any more.
    const careOffice = await makeOrganisation(server.orm, {
      kind: OrganisationKind.CARE_OFFICE,
      municipality,
    });
    const stream = await makeStream(server.orm, { funder: careOffice, kind: FundingKind.LONG_TERM_CARE });
    const agreement = await makeAgreement(server.orm, {
      stream,
      place,
      from: '2031-01',
      until: '2031-12',
      basis: FundingBasis.PER_ATTENDED_DAYPART,
      tariffCents: 4500,
    });
    await makeLink(server.orm, { agreement, participant: marja, from: '2031-05-01' });
    expect(await week()).toEqual({ participants: 0, attendedDayparts: 0 });
  });
});
