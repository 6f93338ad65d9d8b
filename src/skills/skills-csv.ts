/**
 * The skills import format: a CSV file (UTF-8, comma-separated, RFC 4180 quoting with double quotes) whose first
 * line names the columns. Columns, in any order:
 *
 * | column        | required | content                                                                  |
 * |---------------|----------|--------------------------------------------------------------------------|
 * | code          | yes      | stable code, 1-100 characters: letters, digits and `. _ - : /`            |
 * | label_nl      | yes      | Dutch label, at most 200 characters                                      |
 * | label_en      | yes      | English label, at most 200 characters                                    |
 * | group         | yes      | group, at most 50 characters (e.g. `kitchen`, or the taxonomy's own)      |
 * | external_code | no       | code or URI in CompetentNL or ESCO, at most 300 characters               |
 * | valid_from    | no       | first day the skill is valid, `YYYY-MM-DD`; empty means the import date   |
 *
 * Pure: the parser reports every bad row by its line number and never returns half a file. Whether anything is
 * written is the caller's choice; the import service writes all rows or none.
 */
import { isCalendarDate } from '../shared/scalars';

export const CSV_COLUMNS = ['code', 'label_nl', 'label_en', 'group', 'external_code', 'valid_from'] as const;
const REQUIRED_COLUMNS = ['code', 'label_nl', 'label_en', 'group'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Largest number of skills one import accepts (ESCO has about 14,000). */
export const MAX_IMPORT_ROWS = 30_000;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

export interface SkillCsvRow {
  line: number;
  code: string;
  labelNl: string;
  labelEn: string;
  group: string;
  externalCode: string | null;
  validFrom: string;
}

/** One problem in the file: the line it is on (1 is the header), the column when it is about one, and why. */
export interface SkillCsvError {
  line: number;
  column: string | null;
  message: string;
}

export type SkillCsvResult = { ok: true; rows: SkillCsvRow[] } | { ok: false; errors: SkillCsvError[] };

interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits CSV text into records with the line each starts on; quoted fields may hold commas and newlines. */
export function splitCsv(text: string): { records: CsvRecord[]; error: SkillCsvError | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let atFieldStart = true;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === '')) records.push({ line: startLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted)
    return { records, error: { line: startLine, column: null, message: 'A quoted field is not closed.' } };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, error: null };
}

function check(
  value: string,
  column: Column,
  line: number,
  errors: SkillCsvError[],
  rule: { required: boolean; max: number },
): void {
  if (rule.required && value === '') errors.push({ line, column, message: `${column} is empty.` });
  else if (value.length > rule.max) {
    errors.push({ line, column, message: `${column} is longer than ${rule.max} characters.` });
  }
}

/**
 * Parses and validates a skills CSV. `importDate` (`YYYY-MM-DD`) is the valid-from of rows that leave it empty.
 * Either every row is valid (and codes are unique in the file), or the result lists every problem by line.
 */
export function parseSkillsCsv(text: string, importDate: string): SkillCsvResult {
  const { records, error } = splitCsv(text);
  if (error) return { ok: false, errors: [error] };
  if (records.length === 0) {
    return { ok: false, errors: [{ line: 1, column: null, message: 'The file is empty: no header line.' }] };
  }
  const [header, ...data] = records;
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const headerErrors: SkillCsvError[] = [];
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      headerErrors.push({ line: 1, column: name, message: `Unknown column "${name}".` });
    } else if (names.indexOf(name) !== names.lastIndexOf(name)) {
      headerErrors.push({ line: 1, column: name, message: `Column "${name}" appears twice.` });
    }
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!names.includes(name))
      headerErrors.push({ line: 1, column: name, message: `Column "${name}" is missing.` });
  }
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (data.length === 0)
    return { ok: false, errors: [{ line: 2, column: null, message: 'The file has no skills.' }] };
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: null,
          message: `At most ${MAX_IMPORT_ROWS} skills per import (got ${data.length}).`,
        },
      ],
    };
  }

  const errors: SkillCsvError[] = [];
  const rows: SkillCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, fields } of data) {
    if (fields.length !== names.length) {
      errors.push({
        line,
        column: null,
        message: `Expected ${names.length} fields, found ${fields.length}.`,
      });
      continue;
    }
    const get = (column: Column) => {
      const index = names.indexOf(column);
      return index < 0 ? '' : fields[index].trim();
    };
    const before = errors.length;
    const code = get('code');
    check(code, 'code', line, errors, { required: true, max: 100 });
    if (code !== '' && code.length <= 100 && !CODE.test(code)) {
      errors.push({ line, column: 'code', message: 'code may hold only letters, digits and . _ - : /' });
    }
    check(get('label_nl'), 'label_nl', line, errors, { required: true, max: 200 });
    check(get('label_en'), 'label_en', line, errors, { required: true, max: 200 });
    check(get('group'), 'group', line, errors, { required: true, max: 50 });
    check(get('external_code'), 'external_code', line, errors, { required: false, max: 300 });
    const validFrom = get('valid_from');
    if (validFrom !== '' && !isCalendarDate(validFrom)) {
      errors.push({ line, column: 'valid_from', message: 'valid_from is not a date written YYYY-MM-DD.' });
    }
    const first = firstLineOf.get(code);
    if (code !== '' && first !== undefined) {
      errors.push({ line, column: 'code', message: `Code "${code}" is already on line ${first}.` });
    } else if (code !== '') firstLineOf.set(code, line);
    if (errors.length > before) continue;
    rows.push({
      line,
      code,
      labelNl: get('label_nl'),
      labelEn: get('label_en'),
      group: get('group'),
      externalCode: get('external_code') || null,
      validFrom: validFrom || importDate,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
