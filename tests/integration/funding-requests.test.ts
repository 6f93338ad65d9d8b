import {
  DecideParticipantFundingDocument,
  ErrorCode,
  FundingRequestStatus,
  ParticipantFundingRequestsDocument,
  RequestParticipantFundingDocument,
} from '../generated/graphql';
import { makeOrganisation, makeTenant } from '../factories/foundation';
import { makeAgreement, makeParticipant, makeStream } from '../factories/funding';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { FundingAgreementStatus, FundingBasis, FundingKind } from '../../src/funding/funding.enums';
import { ParticipantFundingLink } from '../../src/funding/participant-funding-link.entity';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import { Role, startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function setting(status = FundingAgreementStatus.ACCEPTED) {
  const tenant = await makeTenant(server.orm);
  const careOffice = await makeOrganisation(server.orm, { kind: OrganisationKind.CARE_OFFICE });
  const stream = await makeStream(server.orm, { funder: careOffice, kind: FundingKind.LONG_TERM_CARE });
  const agreement = await makeAgreement(server.orm, {
    stream,
    place: tenant.place,
    from: '2026-01',
    until: '2026-12',
    basis: FundingBasis.PER_ATTENDED_DAYPART,
    tariffCents: 6_000,
    status,
  });
  const participant = await makeParticipant(server.orm, tenant.organisation);
  return {
    ...tenant,
    agreement,
    participant,
    staff: server.client(server.token(Role.ORG_STAFF, tenant.organisation.id)),
    funder: server.client(server.token(Role.FUNDER, careOffice.id)),
    otherFunder: server.client(server.token(Role.FUNDER, (await makeOrganisation(server.orm)).id)),
  };
}

describe('person-bound funding links requested by the place', () => {
  it('staff request, the funder sees the name on the open request and approves: the participant is linked', async () => {
    const { agreement, participant, staff, funder, otherFunder } = await setting();

    const { requestParticipantFunding } = await staff.request(RequestParticipantFundingDocument, {
      input: { agreementId: agreement.id, participantId: participant.id, from: '2026-03-01' },
    });
    expect(requestParticipantFunding.errors).toEqual([]);
    expect(requestParticipantFunding.request).toMatchObject({
      status: FundingRequestStatus.Open,
      until: null,
    });
    const requestId = requestParticipantFunding.request!.id;

    const open = await funder.request(ParticipantFundingRequestsDocument, {});
    expect(open.participantFundingRequests).toEqual([
      expect.objectContaining({
        id: requestId,
        participantId: participant.id,
        participantName: participant.displayName,
        agreement: { id: agreement.id },
      }),
    ]);
    expect(
      (await otherFunder.request(ParticipantFundingRequestsDocument, {})).participantFundingRequests,
    ).toEqual([]);
    const stranger = await otherFunder.request(DecideParticipantFundingDocument, {
      input: { requestId, approve: true },
    });
    expect(stranger.decideParticipantFunding.errors[0].code).toBe(ErrorCode.NotFound);

    const { decideParticipantFunding } = await funder.request(DecideParticipantFundingDocument, {
      input: { requestId, approve: true, reason: 'Wlz-indicatie bekend' },
    });
    expect(decideParticipantFunding.errors).toEqual([]);
    expect(decideParticipantFunding.request).toMatchObject({ status: FundingRequestStatus.Approved });
    expect(decideParticipantFunding.link).toMatchObject({
      participantId: participant.id,
      from: '2026-03-01',
    });
    const links = await server.orm.em.fork().find(ParticipantFundingLink, { participant: participant.id });
    expect(links.map((l) => [l.fromDate, l.untilDate])).toEqual([['2026-03-01', null]]);

    // Decided: the funder no longer sees the name, and cannot decide twice.
    const all = await funder.request(ParticipantFundingRequestsDocument, { status: null });
    expect(all.participantFundingRequests).toEqual([
      expect.objectContaining({ status: FundingRequestStatus.Approved, participantName: null }),
    ]);
    const again = await funder.request(DecideParticipantFundingDocument, {
      input: { requestId, approve: false },
    });
    expect(again.decideParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Conflict, field: ['input', 'requestId'] }),
    ]);
    const audit = await server.orm.em
      .fork()
      .find(AuditEntry, { entityId: requestId }, { orderBy: { at: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.after?.status])).toEqual([
      ['requestParticipantFunding', 'OPEN'],
      ['decideParticipantFunding', 'APPROVED'],
    ]);
  });

  it('a rejection links nobody; overlapping open requests and unaccepted agreements are refused', async () => {
    const { agreement, participant, staff, funder } = await setting();
    const ask = (from: string, until?: string) =>
      staff.request(RequestParticipantFundingDocument, {
        input: { agreementId: agreement.id, participantId: participant.id, from, until },
      });
    const first = await ask('2026-02-01', '2026-04-30');
    expect(first.requestParticipantFunding.errors).toEqual([]);
    expect((await ask('2026-04-01')).requestParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OverlappingPeriod, field: ['input', 'from'] }),
    ]);
    expect((await ask('2027-01-01')).requestParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.OutsidePeriod, field: ['input', 'from'] }),
    ]);
    const rejected = await funder.request(DecideParticipantFundingDocument, {
      input: {
        requestId: first.requestParticipantFunding.request!.id,
        approve: false,
        reason: 'Geen indicatie',
      },
    });
    expect(rejected.decideParticipantFunding).toMatchObject({
      errors: [],
      link: null,
      request: { status: FundingRequestStatus.Rejected, reason: 'Geen indicatie' },
    });
    expect(await server.orm.em.fork().count(ParticipantFundingLink, { participant: participant.id })).toBe(0);

    const proposed = await setting(FundingAgreementStatus.PROPOSED);
    const early = await proposed.staff.request(RequestParticipantFundingDocument, {
      input: {
        agreementId: proposed.agreement.id,
        participantId: proposed.participant.id,
        from: '2026-02-01',
      },
    });
    expect(early.requestParticipantFunding.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotAccepted, field: ['input', 'agreementId'] }),
    ]);
    // Staff of another organisation do not see the agreement; a funder cannot ask itself.
    const foreign = await proposed.staff.request(RequestParticipantFundingDocument, {
      input: { agreementId: agreement.id, participantId: participant.id, from: '2026-06-01' },
    });
    expect(foreign.requestParticipantFunding.errors[0].code).toBe(ErrorCode.NotFound);
    expect(
      await topLevelErrors(funder, RequestParticipantFundingDocument, {
        input: { agreementId: agreement.id, participantId: participant.id, from: '2026-06-01' },
      }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });
});
