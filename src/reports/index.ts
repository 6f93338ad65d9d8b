/** The public surface of the reports feature: the spreadsheet exports and how their cells are written. */
export { type CellKind, cell, euros, safeText, type Separator } from './csv-cells';
export {
  type ExportColumn,
  type ExportQuery,
  type ExportRow,
  REPORT_EXPORTS,
  type ReportExport,
} from './report-exports';
