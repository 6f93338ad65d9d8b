import type { AccessTenant } from './fixtures';

/**
 * The access rows of the spreadsheet exports (`GET /export/{name}.csv`): per export the URL for a tenant's ids,
 * the query it mirrors, and the outcome per actor (see ACTORS in matrix.ts) for the own and another tenant, then
 * the EMPLOYER's. Outcomes: `ok` (200 with a file), `F` (403, no rows), `U` (401). An export has the access rules
 * of its query: the test also checks these rows against that query's row of the GraphQL matrix (a query's
 * NOT_FOUND for a record outside the viewer's scope is a 403 here).
 */
export interface ExportAccessEntry {
  path: (t: AccessTenant) => string;
  query: string;
  own: string;
  other: string;
  employer: string;
}

export const EXPORT_MATRIX: Record<string, ExportAccessEntry> = {
  'funder-overview': {
    path: (t) => `/export/funder-overview.csv?funderId=${t.funder}&from=2030-01&to=2030-03`,
    query: 'funderOverview',
    own: 'ok F ok F F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
  'place-financing': {
    path: (t) => `/export/place-financing.csv?placeId=${t.place}&from=2030-01&to=2030-03`,
    query: 'placeFinancing',
    own: 'ok ok ok F F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
  attendance: {
    path: (t) => `/export/attendance.csv?placeId=${t.place}&from=2030-02&to=2030-03`,
    query: 'attendanceSummary',
    own: 'ok ok ok F F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
  'cooperative-overview': {
    path: (t) => `/export/cooperative-overview.csv?cooperativeId=${t.cooperative}&from=2026-01&to=2026-02`,
    query: 'cooperativeOverview',
    own: 'ok F F ok F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
  'fund-overview': {
    path: (t) => `/export/fund-overview.csv?fundId=${t.fund}&from=2029-01&to=2030-03`,
    query: 'fundOverview',
    own: 'ok F ok F F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
  outcomes: {
    path: (t) => `/export/outcomes.csv?placeId=${t.place}&from=2030-01&to=2030-03`,
    query: 'outcomes',
    own: 'ok ok ok F F U',
    other: 'ok F F F F U',
    employer: 'F F',
  },
};
