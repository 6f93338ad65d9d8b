import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import { databaseUrlFor } from '../../src/db/embedded';
import { DEMO_COOPERATIVE } from '../../src/demo/cooperatives.demo';
import { DEMO } from '../../src/demo/foundation.demo';
import { seedDemo } from '../../src/demo/seed';
import { TRAINING_FUND_DEMO } from '../../src/demo/training-fund.demo';
import { ormOptions } from '../../src/mikro-orm.config';
import { Organisation } from '../../src/organisations/organisation.entity';
import { Place } from '../../src/places/place.entity';
import { euros } from '../../src/reports';
import { TrainingFund } from '../../src/training-fund/training-fund.entity';
import {
  AttendanceSummaryWithTotalDocument,
  CooperativeOverviewForExportDocument,
  FunderOverviewByMonthDocument,
  FundOverviewForExportDocument,
  OutcomesByMonthDocument,
  PlaceFinancingByMonthDocument,
} from '../generated/graphql';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2026-12-01';

// The exports are checked against the demo data (fixed names), so it gets a database of its own.
const url = databaseUrlFor(process.env.DATABASE_URL!, `meedoen_exports_${randomBytes(4).toString('hex')}`);
let server: TestServer;
let ids: {
  funder: string;
  place: string;
  operator: string;
  cooperative: string;
  fund: string;
  fundOwner: string;
};

beforeAll(async () => {
  const orm = await MikroORM.init(ormOptions(url));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close();
  server = await startTestServer({ env: { DATABASE_URL: url } });
  const em = server.orm.em.fork();
  const [funder, cooperative] = await Promise.all([
    em.findOneOrFail(Organisation, { name: DEMO.maastrichtMunicipality }),
    em.findOneOrFail(Organisation, { name: DEMO_COOPERATIVE }),
  ]);
  const place = await em.findOneOrFail(Place, { name: 'De Brug' });
  const fund = await em.findOneOrFail(TrainingFund, { name: TRAINING_FUND_DEMO.fund });
  ids = {
    funder: funder.id,
    place: place.id,
    operator: place.organisation.id,
    cooperative: cooperative.id,
    fund: fund.id,
    fundOwner: fund.owner.id,
  };
}, 60_000);

afterAll(async () => {
  await server.stop();
  const client = new Client({ connectionString: databaseUrlFor(url, 'postgres') });
  await client.connect();
  await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  await client.end();
});

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

async function download(
  path: string,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<Download> {
  const response = await fetch(new URL(path, server.url), {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

/** The file read back with a CSV parser: the header row and the records, each as an object by header. */
function readCsv(file: Download, delimiter = ','): { header: string[]; rows: Record<string, string>[] } {
  const records: string[][] = parse(file.text, { bom: true, delimiter });
  const [header, ...data] = records;
  return { header, rows: data.map((record) => Object.fromEntries(header.map((h, i) => [h, record[i]]))) };
}

const staff = () => server.token(Role.ORG_STAFF, ids.operator);
const asFunder = () => server.token(Role.FUNDER, ids.funder);

describe('spreadsheet exports', () => {
  it('funder-overview: a row per place per month equal to funderOverview, UTF-8 with BOM and CRLF', async () => {
    const { funderOverview } = await server
      .client(asFunder())
      .request(FunderOverviewByMonthDocument, { funderId: ids.funder, from: '2026-01', to: '2026-12' });
    const file = await download(
      `/export/funder-overview.csv?funderId=${ids.funder}&from=2026-01&to=2026-12`,
      asFunder(),
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.text).toContain('\r\n');
    const { header, rows } = readCsv(file);
    expect(header).toEqual(['Maand', 'Plek-id', 'Plek', 'Bedrag (€)', 'Bezochte dagdelen']);
    const expected = funderOverview.months.flatMap(({ month }, index) =>
      funderOverview.places.map((p) => ({
        Maand: month,
        'Plek-id': p.place.id,
        Plek: p.place.name,
        'Bedrag (€)': euros(p.months[index].amountCents),
        'Bezochte dagdelen': String(p.months[index].attendedDayparts),
      })),
    );
    expect(rows).toEqual(expected);
    expect(rows.length).toBe(12 * funderOverview.places.length);
    expect(rows.length).toBeGreaterThan(0);
    // The months add up to the period's totals, per place and for the funder.
    for (const p of funderOverview.places) {
      expect(p.months.reduce((s, m) => s + m.amountCents, 0)).toBe(p.amountCents);
      expect(p.months.reduce((s, m) => s + m.attendedDayparts, 0)).toBe(p.attendedDayparts);
    }
    expect(funderOverview.months.reduce((s, m) => s + m.amountCents, 0)).toBe(funderOverview.totalCents);
    // Euros with two decimals, written from whole cents.
    const total = rows.reduce((s, r) => s + Math.round(Number(r['Bedrag (€)']) * 100), 0);
    expect(total).toBe(funderOverview.totalCents);
    expect(rows.every((r) => /^-?\d+\.\d{2}$/.test(r['Bedrag (€)']))).toBe(true);
  });

  it('place-financing: a row per month per stream equal to placeFinancing, English headers on request', async () => {
    const { placeFinancing } = await server
      .client(asFunder())
      .request(PlaceFinancingByMonthDocument, { placeId: ids.place, from: '2026-01', to: '2026-06' });
    const file = await download(
      `/export/place-financing.csv?placeId=${ids.place}&from=2026-01&to=2026-06`,
      asFunder(),
      { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' },
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-language')).toBe('en');
    const { header, rows } = readCsv(file);
    expect(header).toEqual([
      'Month',
      'Stream id',
      'Funding stream',
      'Kind',
      'Funder',
      'Basis',
      'Units',
      'Amount (€)',
    ]);
    const expected = placeFinancing.months.flatMap(({ month, streams }) =>
      streams.map((s) => ({
        Month: month,
        'Stream id': s.stream.id,
        'Funding stream': s.stream.name,
        Kind: s.kind,
        Funder: s.funder.name,
        Basis: s.basis,
        Units: String(s.units),
        'Amount (€)': euros(s.amountCents),
      })),
    );
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThanOrEqual(6);
  });

  it('attendance: a row per workshop per month equal to attendanceSummary of that month, whose total adds up', async () => {
    const file = await download(
      `/export/attendance.csv?placeId=${ids.place}&from=2026-10&to=2026-11`,
      server.token(Role.ADMIN),
    );
    expect(file.status).toBe(200);
    const { rows } = readCsv(file);
    const expected: Record<string, string>[] = [];
    for (const [month, from, to] of [
      ['2026-10', '2026-10-01', '2026-10-31'],
      ['2026-11', '2026-11-01', '2026-11-30'],
    ]) {
      const { attendanceSummary } = await server.admin.request(AttendanceSummaryWithTotalDocument, {
        placeId: ids.place,
        from,
        to,
      });
      const { workshops, total } = attendanceSummary;
      const sum = (pick: (w: (typeof workshops)[number]) => number) =>
        workshops.reduce((s, w) => s + pick(w), 0);
      expect(total).toMatchObject({
        occurrences: sum((w) => w.occurrences),
        attendedDayparts: sum((w) => w.attendedDayparts),
        present: sum((w) => w.present),
        missingRegistrations: sum((w) => w.missingRegistrations),
      });
      for (const w of workshops) {
        expected.push({
          Maand: month,
          'Werkplaats-id': w.workshop.id,
          Werkplaats: w.workshop.name,
          Bijeenkomsten: String(w.occurrences),
          'Vervallen bijeenkomsten': String(w.cancelledOccurrences),
          'Bezochte dagdelen': String(w.attendedDayparts),
          Aanwezig: String(w.present),
          Afwezig: String(w.absent),
          Afgemeld: String(w.excused),
          Opkomst: w.attendanceRate === null ? '' : String(w.attendanceRate),
          'Ontbrekende registraties': String(w.missingRegistrations),
        });
      }
    }
    expect(rows).toEqual(expected);
    expect(rows.some((r) => Number(r.Aanwezig) > 0)).toBe(true);
  });

  it('cooperative-overview: a row per member per month equal to cooperativeOverview, for its staff only', async () => {
    const coopStaff = server.token(Role.COOP_STAFF, ids.cooperative);
    const file = await download(
      `/export/cooperative-overview.csv?cooperativeId=${ids.cooperative}&from=2026-01&to=2026-03&separator=semicolon`,
      coopStaff,
    );
    expect(file.status).toBe(200);
    const { header, rows } = readCsv(file, ';');
    expect(header[0]).toBe('Maand');
    const expected: Record<string, string>[] = [];
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      const { cooperativeOverview } = await server
        .client(coopStaff)
        .request(CooperativeOverviewForExportDocument, { cooperativeId: ids.cooperative, month });
      for (const line of cooperativeOverview.members) {
        const money = (cents: number | null) => (cents === null ? '' : euros(cents, ';'));
        expected.push({
          Maand: month,
          'Lid-id': line.member.id,
          Lid: line.member.displayName,
          'Netto-inkomsten (€)': money(line.earningsCents),
          'Norm (€)': money(line.normCents),
          'Uitkering (€)': money(line.benefitCents),
          'Zelf verdiend (€)': money(line.earnedBackCents),
          'Zelf verdiend deel': line.earnedShare === null ? '' : String(line.earnedShare).replace('.', ','),
          Probleem: line.problem ?? '',
        });
      }
    }
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
    // Semicolon files are for Dutch Excel: the decimal sign is a comma.
    expect(rows.every((r) => r['Norm (€)'] === '' || /^-?\d+,\d{2}$/.test(r['Norm (€)']))).toBe(true);
    // Nobody else: not the organisation's staff, not the funder, not a member.
    for (const token of [staff(), asFunder(), server.token(Role.MEMBER, null, rows[0]['Lid-id'])]) {
      const refused = await download(
        `/export/cooperative-overview.csv?cooperativeId=${ids.cooperative}&from=2026-01&to=2026-03`,
        token,
      );
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      expect(refused.text).not.toContain(rows[0].Lid);
    }
  });

  it('fund-overview: a row per month equal to fundOverview of issue 17, for the fund owner', async () => {
    const owner = server.token(Role.FUNDER, ids.fundOwner);
    const { fundOverview } = await server
      .client(owner)
      .request(FundOverviewForExportDocument, { fundId: ids.fund, from: '2026-01', to: '2026-12' });
    const file = await download(
      `/export/fund-overview.csv?fundId=${ids.fund}&from=2026-01&to=2026-12`,
      owner,
    );
    expect(file.status).toBe(200);
    const { rows } = readCsv(file);
    expect(rows).toEqual(
      fundOverview.months.map((m) => ({
        Maand: m.month,
        'Inleg (€)': euros(m.contributionsCents),
        'Terugbetalingen (€)': euros(m.repaymentsCents),
        'Betalingen aan opleiders (€)': euros(m.paymentsCents),
        'Kwijtgescholden (€)': euros(m.waivedCents),
        'Saldo (€)': euros(m.balanceCents),
        'Te ontvangen (€)': euros(m.receivablesCents),
      })),
    );
    expect(rows).toHaveLength(12);
  });

  it('outcomes: a row per month equal to outcomes, exact for ADMIN, hidden counts empty for a funder', async () => {
    const em = server.orm.em.fork();
    const municipality = (await em.findOneOrFail(Place, ids.place, { populate: ['municipality'] }))
      .municipality.id;
    for (const token of [server.token(Role.ADMIN), asFunder()]) {
      const { outcomes } = await server.client(token).request(OutcomesByMonthDocument, {
        scope: { municipalityId: municipality },
        from: '2026-01-01',
        to: '2026-12-31',
      });
      const file = await download(
        `/export/outcomes.csv?municipalityId=${municipality}&from=2026-01&to=2026-12`,
        token,
        { 'accept-language': 'en' },
      );
      expect(file.status).toBe(200);
      const count = (value: number | null | undefined) => (value == null ? '' : String(value));
      const row = (
        m: {
          month: string;
          active?: number | null;
          started?: number | null;
          left?: number | null;
          movedOnToWork?: number | null;
        },
        place: { id: string; name: string } | null,
      ) => ({
        Month: m.month,
        'Place id': place?.id ?? '',
        Place: place?.name ?? '',
        Active: count(m.active),
        Started: count(m.started),
        Left: count(m.left),
        'Moved on to paid work': count(m.movedOnToWork),
      });
      // Per month the municipality as a whole, then each place in it.
      expect(readCsv(file).rows).toEqual(
        outcomes.months.flatMap((m, i) => [
          row(m, null),
          ...outcomes.byPlace.map((p) => row(p.months[i], p.place)),
        ]),
      );
      expect(outcomes.byPlace.length).toBeGreaterThan(0);
      expect(outcomes.months).toHaveLength(12);
    }
  });

  it('answers 401 without a token or with a bad one, before anything else', async () => {
    const path = `/export/funder-overview.csv?funderId=${ids.funder}&from=2026-01&to=2026-12`;
    for (const token of [null, 'not-a-token']) {
      const file = await download(path, token);
      expect(file.status).toBe(401);
      expect(file.headers.get('www-authenticate')).toBe('Bearer');
      expect(file.text).not.toContain('Maand');
    }
  });

  it('answers 403 with no rows for a role or organisation without access to the query', async () => {
    const path = `/export/funder-overview.csv?funderId=${ids.funder}&from=2026-01&to=2026-12`;
    const otherFunder = server.token(Role.FUNDER, ids.cooperative);
    for (const token of [staff(), otherFunder, server.token(Role.COOP_STAFF, ids.cooperative)]) {
      const file = await download(path, token);
      expect(file.status).toBe(403);
      expect(JSON.parse(file.text)).toEqual({ error: expect.any(String) });
    }
  });

  it('answers 400 with a clear message for a bad period or bad parameters', async () => {
    const base = `/export/place-financing.csv?placeId=${ids.place}`;
    const cases: [string, RegExp][] = [
      [`${base}&from=2026-13&to=2026-12`, /from must be a month written YYYY-MM/],
      [`${base}&from=2026-06&to=2026-01`, /to must not be before from/],
      [`${base}&from=2026-01`, /to must be a month/],
      [`${base}&from=2000-01&to=2026-12`, /at most 120 months/],
      [`/export/place-financing.csv?from=2026-01&to=2026-02`, /placeId is required/],
      [`${base}&from=2026-01&to=2026-02&separator=tab`, /separator must be comma or semicolon/],
      [`${base}&from=2026-01&to=2026-02&funderId=x`, /Unknown parameter funderId/],
      [
        '/export/outcomes.csv?from=2026-01&to=2026-02',
        /exactly one of placeId, organisationId, municipalityId/,
      ],
      [
        `/export/outcomes.csv?placeId=${ids.place}&organisationId=${ids.operator}&from=2026-01&to=2026-02`,
        /exactly one of placeId, organisationId, municipalityId/,
      ],
    ];
    for (const [path, message] of cases) {
      const file = await download(path, server.token(Role.ADMIN));
      expect({ path, status: file.status }).toEqual({ path, status: 400 });
      expect(JSON.parse(file.text).error).toMatch(message);
    }
  });

  it('answers 404 for an unknown export and 405 for anything but GET', async () => {
    expect((await download('/export/everything.csv', server.token(Role.ADMIN))).status).toBe(404);
    const post = await fetch(new URL('/export/attendance.csv', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token(Role.ADMIN)}` },
    });
    expect(post.status).toBe(405);
  });
});
