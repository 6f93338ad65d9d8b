import { getSchema } from '../../src/schema';
import {
  type AccessTenant,
  type Call,
  callerFor,
  type GraphQLBody,
  makeAccessTenant,
  TODAY,
} from '../access/fixtures';
import { EXPORT_MATRIX } from '../access/exports';
import { type Actor, ACTORS, employerOutcomes, LAST, MATRIX, type MatrixEntry } from '../access/matrix';
import { REPORT_EXPORTS } from '../../src/reports';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = TODAY;

/** Top-level codes that mean the access checks passed and the operation itself refused (a business answer). */
const BUSINESS_CODES = new Set(['NO_VALID_RULE', 'NOT_ELIGIBLE', 'BEFORE_BENEFIT_START']);

let server: TestServer;
let call: Call;
/** The callers' own tenant, and another one whose private rows must never reach them. */
let own: AccessTenant;
let other: AccessTenant;

beforeAll(async () => {
  server = await startTestServer();
  call = callerFor(server);
  [own, other] = await Promise.all([makeAccessTenant(server, call), makeAccessTenant(server, call)]);
}, 60_000);
afterAll(() => server.stop());

function tokenOf(actor: Actor | 'EMPLOYER'): string | null {
  switch (actor) {
    case 'EMPLOYER':
      return server.token(Role.EMPLOYER, own.skills.employer);
    case 'ADMIN':
      return server.token(Role.ADMIN);
    case 'ORG_STAFF':
      return server.token(Role.ORG_STAFF, own.operator);
    case 'FUNDER':
      return server.token(Role.FUNDER, own.funder);
    case 'COOP_STAFF':
      return server.token(Role.COOP_STAFF, own.cooperative);
    case 'MEMBER':
      return server.token(Role.MEMBER, null, own.member);
    case 'ANONYMOUS':
      return null;
  }
}

/** What a response means for access: see the outcomes in tests/access/matrix.ts. */
function classify(root: string, body: GraphQLBody): string {
  const rootErrors = (body.errors ?? []).filter(
    (e) => !e.path || (e.path.length === 1 && e.path[0] === root),
  );
  const codes = rootErrors.map((e) => e.extensions?.code ?? 'NONE');
  for (const [code, outcome] of [
    ['UNAUTHENTICATED', 'U'],
    ['FORBIDDEN', 'F'],
    ['NOT_FOUND', 'N'],
  ]) {
    if (codes.includes(code)) return outcome;
  }
  if (codes.length > 0) return codes.every((code) => BUSINESS_CODES.has(code)) ? 'ok' : `?${codes.join(',')}`;
  const value = body.data?.[root];
  if (value === null || value === undefined) return 'N';
  if (Array.isArray(value)) return value.length > 0 ? 'ok' : 'N';
  const payloadErrors = (value as { errors?: { code: string }[] }).errors ?? [];
  if (payloadErrors.some((e) => e.code === 'FORBIDDEN')) return 'F';
  if (payloadErrors.some((e) => e.code === 'NOT_FOUND')) return 'N';
  return 'ok';
}

/** Strings the actor must never receive: the other tenant's private rows and people, and personal data it may not see. */
function forbiddenStrings(actor: Actor | 'EMPLOYER'): string[] {
  if (actor === 'ADMIN') return [];
  // An employer sees no id, name or contact of anyone's people; consented shortlists show references only.
  if (actor === 'EMPLOYER') return [...other.privateStrings, ...own.privateStrings, ...own.memberPersonal];
  const strings = [...other.privateStrings];
  if (actor !== 'ORG_STAFF') strings.push(...own.participantPersonal);
  if (actor === 'MEMBER') strings.push(...own.memberPersonal.slice(1));
  else if (actor !== 'COOP_STAFF') strings.push(...own.memberPersonal);
  return strings;
}

/** Runs one operation as every actor, with own and other ids; returns the mismatches as readable lines. */
async function check(kind: string, name: string, entry: MatrixEntry, parallel: boolean): Promise<string[]> {
  const problems: string[] = [];
  const employer = employerOutcomes(name, entry);
  const runs = (['own', 'other'] as const).flatMap((tenant, t) => [
    ...ACTORS.map((actor, i) => ({
      tenant,
      actor: actor as Actor | 'EMPLOYER',
      expected: entry[tenant].split(' ')[i],
    })),
    { tenant, actor: 'EMPLOYER' as const, expected: employer[t] },
  ]);
  const runOne = async ({ tenant, actor, expected }: (typeof runs)[number]) => {
    const body = await call(tokenOf(actor), entry.document, entry.variables(tenant === 'own' ? own : other));
    const outcome = classify(name, body);
    if (outcome !== expected) {
      problems.push(
        `${kind}.${name} as ${actor} on ${tenant}: expected ${expected}, got ${outcome} ${JSON.stringify(body).slice(0, 300)}`,
      );
    }
    const text = JSON.stringify(body);
    const leaked = forbiddenStrings(actor).filter((s) => text.includes(s));
    if (leaked.length > 0)
      problems.push(`${kind}.${name} as ${actor} on ${tenant}: leaked ${leaked.join(', ')}`);
  };
  if (parallel) await Promise.all(runs.map(runOne));
  else for (const run of runs) await runOne(run);
  return problems;
}

/** Each sweep makes some 400 requests; on a loaded CI machine that takes longer than Jest's default. */
const MATRIX_TIMEOUT_MS = 180_000;

describe('access matrix', () => {
  it('has a rule for every query and mutation of the schema, and none for operations that are gone', async () => {
    const schema = await getSchema();
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(MATRIX.Query).sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(MATRIX.Mutation).sort(),
    );
  });

  it(
    'answers every query per role and tenant as the matrix says, and never with a foreign row',
    async () => {
      const problems: string[] = [];
      for (const [name, entry] of Object.entries(MATRIX.Query)) {
        problems.push(...(await check('Query', name, entry, true)));
      }
      expect(problems).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  it('opens nothing of a place to a funder whose agreement on it is only proposed', async () => {
    // The 1-cent offer of the fixtures: an unrelated funder proposed an agreement on the own place.
    const asProposer = server.token(Role.FUNDER, own.proposingFunder);
    const expected: Record<string, string> = {
      attendanceSummary: 'F',
      placeCosts: 'N',
      placeSales: 'N',
      placeFinancing: 'F',
    };
    const outcomes: Record<string, string> = {};
    for (const name of Object.keys(expected)) {
      const body = await call(asProposer, MATRIX.Query[name].document, MATRIX.Query[name].variables(own));
      outcomes[name] = classify(name, body);
    }
    expect(outcomes).toEqual(expected);
    // It sees its own offer, and the place's figures appear nowhere in its overview.
    const agreements = await call(asProposer, MATRIX.Query.fundingAgreements.document, { p: own.place });
    expect(agreements.data?.fundingAgreements).toEqual([{ id: own.proposedAgreement, participantLinks: [] }]);
    const overview = await call(asProposer, MATRIX.Query.funderOverview.document, { f: own.proposingFunder });
    expect(overview.data?.funderOverview).toEqual({ totalCents: 0, places: [] });
    // And the offer is not counted in the place's own financing.
    const staffView = await call(
      server.token(Role.ORG_STAFF, own.operator),
      MATRIX.Query.placeFinancing.document,
      { p: own.place },
    );
    const streams = (staffView.data?.placeFinancing as { streams: { stream: { id: string } }[] }).streams;
    expect(streams.map((s) => s.stream.id)).toEqual([own.stream]);
  });

  it(
    'answers every mutation per role and tenant as the matrix says, and never with a foreign row',
    async () => {
      const names = Object.keys(MATRIX.Mutation);
      const ordered = [...names.filter((n) => !LAST.includes(n)), ...LAST];
      const problems: string[] = [];
      for (const name of ordered)
        problems.push(...(await check('Mutation', name, MATRIX.Mutation[name], false)));
      expect(problems).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  describe('spreadsheet exports', () => {
    it('has a row for every export', () => {
      expect(Object.keys(EXPORT_MATRIX).sort()).toEqual([...REPORT_EXPORTS.keys()].sort());
    });

    it('gives every export the access of the query behind it', () => {
      const asExport = (outcomes: string) => outcomes.replace(/\bN\b/g, 'F');
      for (const [name, entry] of Object.entries(EXPORT_MATRIX)) {
        const query = MATRIX.Query[entry.query];
        expect({ name, own: entry.own, other: entry.other }).toEqual({
          name,
          own: asExport(query.own),
          other: asExport(query.other),
        });
        expect({ name, employer: entry.employer }).toEqual({
          name,
          employer: asExport(employerOutcomes(entry.query, query).join(' ')),
        });
      }
    });

    it(
      'answers every export per role and tenant as its row says, and never with a foreign row',
      async () => {
        const problems: string[] = [];
        const statusOutcome: Record<number, string> = { 200: 'ok', 403: 'F', 401: 'U' };
        for (const [name, entry] of Object.entries(EXPORT_MATRIX)) {
          for (const tenant of ['own', 'other'] as const) {
            const actors: (Actor | 'EMPLOYER')[] = [...ACTORS, 'EMPLOYER'];
            const expected = [
              ...entry[tenant].split(' '),
              entry.employer.split(' ')[tenant === 'own' ? 0 : 1],
            ];
            await Promise.all(
              actors.map(async (actor, i) => {
                const token = tokenOf(actor);
                const response = await fetch(
                  new URL(entry.path(tenant === 'own' ? own : other), server.url),
                  {
                    headers: token ? { authorization: `Bearer ${token}` } : {},
                  },
                );
                const text = await response.text();
                const outcome = statusOutcome[response.status] ?? `?${response.status}`;
                if (outcome !== expected[i]) {
                  problems.push(
                    `${name} as ${actor} on ${tenant}: expected ${expected[i]}, got ${outcome} ${text.slice(0, 200)}`,
                  );
                }
                const leaked = forbiddenStrings(actor).filter((s) => text.includes(s));
                if (leaked.length > 0)
                  problems.push(`${name} as ${actor} on ${tenant}: leaked ${leaked.join(', ')}`);
              }),
            );
          }
        }
        expect(problems).toEqual([]);
      },
      MATRIX_TIMEOUT_MS,
    );
  });
});
