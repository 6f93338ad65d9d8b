/**
 * The skills passport as a person reads it, on a printable page and in a PDF: Dutch first, English second.
 * Pure rendering of plain values; the service gathers them.
 */
import { LEVEL_LABEL_EN, LEVEL_LABEL_NL, type SkillLevelName } from './skill-level';

export interface PassportLine {
  labelNl: string;
  labelEn: string;
  group: string;
  level: SkillLevelName;
  /** Date the level was seen, `YYYY-MM-DD`. */
  date: string;
  workshopName: string | null;
  placeName: string | null;
}

export interface PassportView {
  holderName: string;
  organisationName: string;
  /** Date printed, `YYYY-MM-DD`. */
  printedOn: string;
  lines: PassportLine[];
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2026-12-01` as "1 december 2026". */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS_NL[month - 1]} ${year}`;
}

export const PASSPORT_TEXT = {
  title: 'Vaardighedenpaspoort',
  titleEn: 'Skills passport',
  intro:
    'Dit kan deze persoon. De leermeester zag het in de werkplaats, bij echt werk. Het hoogste niveau is "leert het anderen".',
  introEn: 'What this person can do, as the master craftsman saw it at work.',
  empty: 'Er zijn nog geen vaardigheden vastgelegd.',
  columns: ['Vaardigheid', 'Niveau', 'Gezien op', 'Waar'],
} as const;

function whereOf(line: PassportLine): string {
  return [line.workshopName, line.placeName].filter(Boolean).join(', ') || '-';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The printable page: one self-contained HTML document, no scripts, print-friendly. */
export function renderPassportHtml(view: PassportView): string {
  const rows = view.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.labelNl)}<br><small lang="en">${escapeHtml(line.labelEn)}</small></td>` +
        `<td>${escapeHtml(LEVEL_LABEL_NL[line.level])}<br><small lang="en">${escapeHtml(LEVEL_LABEL_EN[line.level])}</small></td>` +
        `<td>${escapeHtml(dutchDate(line.date))}</td><td>${escapeHtml(whereOf(line))}</td></tr>`,
    )
    .join('\n');
  const table =
    view.lines.length === 0
      ? `<p>${PASSPORT_TEXT.empty}</p>`
      : `<table><thead><tr>${PASSPORT_TEXT.columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${PASSPORT_TEXT.title}: ${escapeHtml(view.holderName)}</title>
<style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto;color:#111}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}small{color:#555}
@media print{body{margin:0}}</style></head>
<body><h1>${PASSPORT_TEXT.title} <small lang="en">${PASSPORT_TEXT.titleEn}</small></h1>
<p><strong>${escapeHtml(view.holderName)}</strong> · ${escapeHtml(view.organisationName)} · ${escapeHtml(dutchDate(view.printedOn))}</p>
<p>${PASSPORT_TEXT.intro}<br><small lang="en">${PASSPORT_TEXT.introEn}</small></p>
${table}
</body></html>
`;
}
