/**
 * The spreadsheet exports (`GET /export/{name}.csv`). Each export is the answer of one GraphQL query, run with the
 * caller's own token through the same schema, so its access rules, validation and figures are exactly those of
 * the query: nothing here reads the database or decides who may see what. An export only says which query to run
 * (once for the period, or once per month so that a long period streams month by month), and how the answer
 * becomes rows and columns.
 */
import type { CellKind } from './csv-cells';
import { firstDay, lastDay } from '../shared/months';

/** A column: its key in a row, its header in Dutch and English, and how its values are written. */
export interface ExportColumn {
  key: string;
  nl: string;
  en: string;
  kind: CellKind;
}

/** One GraphQL query to run for an export. */
export interface ExportQuery {
  document: string;
  variables: Record<string, unknown>;
}

/** A row: values by column key. */
export type ExportRow = Record<string, unknown>;

export interface ReportExport {
  /** The name in the URL: `/export/{name}.csv`. */
  name: string;
  /** The id parameters the URL must carry (besides `from` and `to`, months written YYYY-MM). */
  ids: readonly string[];
  /** Id parameters of which the URL must carry exactly one (a scope); the one given is passed on. */
  oneOf?: readonly string[];
  columns: readonly ExportColumn[];
  /** Months one export may span; the query's own limit applies too. */
  maxMonths: number;
  /**
   * The queries to run, in order: one for the whole period, or one per month. Called with the validated ids,
   * the period and its months.
   */
  queries(ids: Record<string, string>, period: { from: string; to: string; months: string[] }): ExportQuery[];
  /** The rows of one query's answer (`data`), in order. */
  rows(data: unknown, query: ExportQuery): ExportRow[];
}

const column = (key: string, nl: string, en: string, kind: CellKind): ExportColumn => ({ key, nl, en, kind });
const MONTH = column('month', 'Maand', 'Month', 'month');

interface Named {
  id: string;
  name: string;
}

const funderOverview: ReportExport = {
  name: 'funder-overview',
  ids: ['funderId'],
  maxMonths: 120,
  columns: [
    MONTH,
    column('placeId', 'Plek-id', 'Place id', 'id'),
    column('place', 'Plek', 'Place', 'text'),
    column('amount', 'Bedrag (€)', 'Amount (€)', 'cents'),
    column('attendedDayparts', 'Bezochte dagdelen', 'Attended day parts', 'int'),
  ],
  queries: ({ funderId }, { from, to }) => [
    {
      document: `query ExportFunderOverview($funderId: ID!, $from: String!, $to: String!) {
        funderOverview(funderId: $funderId, from: $from, to: $to) {
          places { place { id name } months { month amountCents attendedDayparts } }
        }
      }`,
      variables: { funderId, from, to },
    },
  ],
  rows(data) {
    type Answer = {
      funderOverview: {
        places: {
          place: Named;
          months: { month: string; amountCents: number; attendedDayparts: number }[];
        }[];
      };
    };
    const { places } = (data as Answer).funderOverview;
    const months = places[0]?.months.map((m) => m.month) ?? [];
    return months.flatMap((month, index) =>
      places.map(({ place, months: own }) => ({
        month,
        placeId: place.id,
        place: place.name,
        amount: own[index].amountCents,
        attendedDayparts: own[index].attendedDayparts,
      })),
    );
  },
};

const placeFinancing: ReportExport = {
  name: 'place-financing',
  ids: ['placeId'],
  maxMonths: 120,
  columns: [
    MONTH,
    column('streamId', 'Stroom-id', 'Stream id', 'id'),
    column('stream', 'Financieringsstroom', 'Funding stream', 'text'),
    column('kind', 'Soort', 'Kind', 'text'),
    column('funder', 'Financier', 'Funder', 'text'),
    column('basis', 'Grondslag', 'Basis', 'text'),
    column('units', 'Eenheden', 'Units', 'ratio'),
    column('amount', 'Bedrag (€)', 'Amount (€)', 'cents'),
  ],
  queries: ({ placeId }, { from, to }) => [
    {
      document: `query ExportPlaceFinancing($placeId: ID!, $from: String!, $to: String!) {
        placeFinancing(placeId: $placeId, from: $from, to: $to) {
          months {
            month
            streams { stream { id name } kind funder { name } basis units amountCents }
          }
        }
      }`,
      variables: { placeId, from, to },
    },
  ],
  rows(data) {
    type Answer = {
      placeFinancing: {
        months: {
          month: string;
          streams: {
            stream: Named;
            kind: string;
            funder: { name: string };
            basis: string;
            units: number;
            amountCents: number;
          }[];
        }[];
      };
    };
    return (data as Answer).placeFinancing.months.flatMap(({ month, streams }) =>
      streams.map((s) => ({
        month,
        streamId: s.stream.id,
        stream: s.stream.name,
        kind: s.kind,
        funder: s.funder.name,
        basis: s.basis,
        units: s.units,
        amount: s.amountCents,
      })),
    );
  },
};

const attendance: ReportExport = {
  name: 'attendance',
  ids: ['placeId'],
  // One query per month, each well inside the summary's limit of 366 days.
  maxMonths: 36,
  columns: [
    MONTH,
    column('workshopId', 'Werkplaats-id', 'Workshop id', 'id'),
    column('workshop', 'Werkplaats', 'Workshop', 'text'),
    column('occurrences', 'Bijeenkomsten', 'Occurrences', 'int'),
    column('cancelledOccurrences', 'Vervallen bijeenkomsten', 'Cancelled occurrences', 'int'),
    column('attendedDayparts', 'Bezochte dagdelen', 'Attended day parts', 'int'),
    column('present', 'Aanwezig', 'Present', 'int'),
    column('absent', 'Afwezig', 'Absent', 'int'),
    column('excused', 'Afgemeld', 'Excused', 'int'),
    column('attendanceRate', 'Opkomst', 'Attendance rate', 'ratio'),
    column('missingRegistrations', 'Ontbrekende registraties', 'Missing registrations', 'int'),
  ],
  queries: ({ placeId }, { months }) =>
    months.map((month) => ({
      document: `query ExportAttendance($placeId: ID!, $from: Date!, $to: Date!) {
        attendanceSummary(placeId: $placeId, from: $from, to: $to) {
          workshops {
            workshop { id name }
            occurrences cancelledOccurrences attendedDayparts present absent excused attendanceRate
            missingRegistrations
          }
        }
      }`,
      variables: { placeId, from: firstDay(month), to: lastDay(month) },
    })),
  rows(data, query) {
    type Answer = {
      attendanceSummary: { workshops: ({ workshop: Named } & Record<string, unknown>)[] };
    };
    const month = String(query.variables.from).slice(0, 7);
    return (data as Answer).attendanceSummary.workshops.map(({ workshop, ...figures }) => ({
      month,
      workshopId: workshop.id,
      workshop: workshop.name,
      ...figures,
    }));
  },
};

const cooperativeOverview: ReportExport = {
  name: 'cooperative-overview',
  ids: ['cooperativeId'],
  maxMonths: 36,
  columns: [
    MONTH,
    column('memberId', 'Lid-id', 'Member id', 'id'),
    column('member', 'Lid', 'Member', 'text'),
    column('earnings', 'Netto-inkomsten (€)', 'Net earnings (€)', 'cents'),
    column('norm', 'Norm (€)', 'Norm (€)', 'cents'),
    column('benefit', 'Uitkering (€)', 'Benefit (€)', 'cents'),
    column('earnedBack', 'Zelf verdiend (€)', 'Earned back (€)', 'cents'),
    column('earnedShare', 'Zelf verdiend deel', 'Earned share', 'ratio'),
    column('problem', 'Probleem', 'Problem', 'text'),
  ],
  queries: ({ cooperativeId }, { months }) =>
    months.map((month) => ({
      document: `query ExportCooperativeOverview($cooperativeId: ID!, $month: String!) {
        cooperativeOverview(cooperativeId: $cooperativeId, month: $month) {
          month
          members {
            member { id displayName }
            earningsCents normCents benefitCents earnedBackCents earnedShare problem
          }
        }
      }`,
      variables: { cooperativeId, month },
    })),
  rows(data) {
    type Answer = {
      cooperativeOverview: {
        month: string;
        members: {
          member: { id: string; displayName: string };
          earningsCents: number | null;
          normCents: number | null;
          benefitCents: number | null;
          earnedBackCents: number | null;
          earnedShare: number | null;
          problem: string | null;
        }[];
      };
    };
    const { month, members } = (data as Answer).cooperativeOverview;
    return members.map((line) => ({
      month,
      memberId: line.member.id,
      member: line.member.displayName,
      earnings: line.earningsCents,
      norm: line.normCents,
      benefit: line.benefitCents,
      earnedBack: line.earnedBackCents,
      earnedShare: line.earnedShare,
      problem: line.problem,
    }));
  },
};

const fundOverview: ReportExport = {
  name: 'fund-overview',
  ids: ['fundId'],
  maxMonths: 120,
  columns: [
    MONTH,
    column('contributions', 'Inleg (€)', 'Contributions (€)', 'cents'),
    column('repayments', 'Terugbetalingen (€)', 'Repayments (€)', 'cents'),
    column('payments', 'Betalingen aan opleiders (€)', 'Payments to providers (€)', 'cents'),
    column('waived', 'Kwijtgescholden (€)', 'Waived (€)', 'cents'),
    column('balance', 'Saldo (€)', 'Balance (€)', 'cents'),
    column('receivables', 'Te ontvangen (€)', 'Receivables (€)', 'cents'),
  ],
  queries: ({ fundId }, { from, to }) => [
    {
      document: `query ExportFundOverview($fundId: ID!, $from: Month!, $to: Month!) {
        fundOverview(fundId: $fundId, from: $from, to: $to) {
          months {
            month contributionsCents repaymentsCents paymentsCents waivedCents balanceCents receivablesCents
          }
        }
      }`,
      variables: { fundId, from, to },
    },
  ],
  rows(data) {
    type Answer = { fundOverview: { months: Record<string, number | string>[] } };
    return (data as Answer).fundOverview.months.map((m) => ({
      month: m.month,
      contributions: m.contributionsCents,
      repayments: m.repaymentsCents,
      payments: m.paymentsCents,
      waived: m.waivedCents,
      balance: m.balanceCents,
      receivables: m.receivablesCents,
    }));
  },
};

const outcomes: ReportExport = {
  name: 'outcomes',
  ids: [],
  oneOf: ['placeId', 'organisationId', 'municipalityId'],
  maxMonths: 120,
  columns: [
    MONTH,
    column('placeId', 'Plek-id', 'Place id', 'id'),
    column('place', 'Plek', 'Place', 'text'),
    column('active', 'Actief', 'Active', 'int'),
    column('started', 'Gestart', 'Started', 'int'),
    column('left', 'Uitgestroomd', 'Left', 'int'),
    column('movedOnToWork', 'Naar betaald werk', 'Moved on to paid work', 'int'),
  ],
  queries: (scope, { from, to }) => [
    {
      document: `query ExportOutcomes($scope: OutcomeScope!, $from: Date!, $to: Date!) {
        outcomes(scope: $scope, from: $from, to: $to) {
          months { month active started left movedOnToWork }
          byPlace { place { id name } months { month active started left movedOnToWork } }
        }
      }`,
      variables: { scope, from: firstDay(from), to: lastDay(to) },
    },
  ],
  rows(data) {
    type Month = Record<string, string | number | null> & { month: string };
    type Answer = {
      outcomes: { months: Month[]; byPlace: { place: Named; months: Month[] }[] };
    };
    const { months, byPlace } = (data as Answer).outcomes;
    // Per month the scope as a whole (no place), then each place: "from which places, month by month" in one
    // file. A count hidden from a funder (null) stays an empty cell.
    return months.flatMap((month, m) => [
      { ...month, placeId: '', place: '' },
      ...byPlace.map((row) => ({ ...row.months[m], placeId: row.place.id, place: row.place.name })),
    ]);
  },
};

/** Every export by its name in the URL. */
export const REPORT_EXPORTS: ReadonlyMap<string, ReportExport> = new Map(
  [funderOverview, placeFinancing, attendance, cooperativeOverview, fundOverview, outcomes].map((e) => [
    e.name,
    e,
  ]),
);
