import { randomBytes } from 'node:crypto';
import { signToken } from '../../src/auth/tokens';
import { Booking } from '../../src/scheduling/booking.entity';
import { makeCrowd, occurrenceOn, reloadOccurrence } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';
import { postGraphQL, startServerProcess, stopServerProcess, type ServerProcess } from '../setup/processes';

// Both processes and this file agree on the day (bookings in the past are refused).
process.env.MEEDOEN_TODAY = '2031-06-02';

/**
 * Two API processes on one database, as two replicas behind a load balancer: every limit and invariant must hold
 * across them. This file's own test server only writes the set-up rows.
 */
let setup: TestServer;
let replicas: ServerProcess[] = [];

const BOOK = `mutation ($input: BookInput!) {
  book(input: $input) { status waitlistPosition booking { id } errors { code } }
}`;

beforeAll(async () => {
  setup = await startTestServer();
  // One namespace for both: they count rate limits together, apart from other test files' servers.
  const env = {
    NODE_ENV: 'test',
    MEEDOEN_TODAY: '2031-06-02',
    RATE_LIMIT_NAMESPACE: `replicas-${randomBytes(6).toString('hex')}`,
    RATE_LIMIT_PER_MINUTE: '3',
    RATE_LIMIT_PER_IP_PER_MINUTE: '0',
  };
  replicas = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 240_000);

afterAll(async () => {
  await Promise.all(
    replicas.filter((r) => r.child.exitCode === null).map((r) => stopServerProcess(r, 'SIGKILL')),
  );
  await setup.stop();
});

/** A token of its own subject, so that each booking below has a rate-limit bucket to itself. */
function staffToken(organisationId: string, subject: string): string {
  return signToken(process.env.JWT_SECRET!, {
    subject,
    role: Role.ORG_STAFF,
    organisationId,
    memberId: null,
  });
}

describe('two replicas on one database', () => {
  it('both answer /healthz', async () => {
    for (const replica of replicas) expect((await fetch(replica.health)).status).toBe(200);
  });

  it('50 bookings split over both into 12 places: exactly 12 booked and 38 waitlisted in order', async () => {
    const { organisation, slot, enrolmentIds } = await makeCrowd(setup, {
      people: 50,
      capacity: 12,
      validFrom: '2031-06-02',
      until: '2031-06-30',
      enrolFrom: '2031-06-01',
    });
    const occurrence = await occurrenceOn(setup.orm, slot, '2031-06-09');
    const answers = await Promise.all(
      enrolmentIds.map((enrolmentId, i) =>
        postGraphQL(
          replicas[i % 2].url,
          BOOK,
          { input: { enrolmentId, occurrenceId: occurrence.id } },
          staffToken(organisation.id, `replica-booker-${i}-${randomBytes(3).toString('hex')}`),
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const payloads = answers.map(
      (answer) =>
        (
          answer.body.data as {
            book: {
              status: string;
              waitlistPosition: number | null;
              booking: { id: string };
              errors: unknown[];
            };
          }
        ).book,
    );
    expect(payloads.flatMap((payload) => payload.errors)).toEqual([]);
    const booked = payloads.filter((payload) => payload.status === 'BOOKED');
    const waitlisted = payloads.filter((payload) => payload.status === 'WAITLISTED');
    expect(booked).toHaveLength(12);
    expect(waitlisted).toHaveLength(38);
    expect(waitlisted.map((payload) => payload.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 38 }, (_, i) => i + 1),
    );
    expect((await reloadOccurrence(setup.orm, occurrence.id)).bookedCount).toBe(12);
    // The waitlist order is the order in which the bookings were written, whichever replica wrote them.
    const rows = await setup.orm.em.fork().find(Booking, { occurrence: occurrence.id });
    expect(rows).toHaveLength(50);
    const order = rows
      .filter((row) => (row.status as string) === 'WAITLISTED')
      .sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime() || a.id.localeCompare(b.id))
      .map((row) => row.id);
    const byPosition = [...waitlisted]
      .sort((a, b) => a.waitlistPosition! - b.waitlistPosition!)
      .map((payload) => payload.booking.id);
    expect(order).toEqual(byPosition);
  });

  it('a client switching between them hits one shared limit', async () => {
    const token = staffToken(
      '00000000-0000-4000-8000-000000000001',
      `switcher-${randomBytes(4).toString('hex')}`,
    );
    const input = { enrolmentId: '00000000-0000-4000-8000-000000000002', occurrenceId: null };
    const answers = [];
    // The limit is 3 counted requests a minute; each replica on its own would allow 3 (6 in all).
    for (let i = 0; i < 4; i += 1)
      answers.push(await postGraphQL(replicas[i % 2].url, BOOK, { input }, token));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3].body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(Number(answers[3].retryAfter)).toBeGreaterThanOrEqual(1);
    // The other replica refuses the same client too.
    const other = await postGraphQL(replicas[0].url, BOOK, { input }, token);
    expect(other.status).toBe(429);
    // Another client is not affected.
    const fresh = staffToken(
      '00000000-0000-4000-8000-000000000001',
      `fresh-${randomBytes(4).toString('hex')}`,
    );
    expect((await postGraphQL(replicas[1].url, BOOK, { input }, fresh)).status).toBe(200);
  });

  it('one replica stops with exit code 0 while the other keeps serving, then that one stops too', async () => {
    const [first, second] = replicas;
    expect(await stopServerProcess(first, 'SIGTERM')).toMatchObject({ code: 0, signal: null });
    expect((await fetch(second.health)).status).toBe(200);
    const answer = await postGraphQL(second.url, '{ municipalities { code } }');
    expect(answer.status).toBe(200);
    await expect(fetch(first.health)).rejects.toThrow();
    expect(await stopServerProcess(second, 'SIGTERM')).toMatchObject({ code: 0, signal: null });
  }, 60_000);
});
