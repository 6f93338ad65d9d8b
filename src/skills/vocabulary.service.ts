import type { Context } from '../auth';
import { todayInAmsterdam } from '../shared/clock';
import { ErrorCode, inputField, type UserError } from '../shared/errors';
import { runMutation, validateInput } from '../shared/mutation';
import { cursorRow, pageSize, toConnection } from '../shared/pagination';
import type { ImportSkillsInput } from './skills.input';
import { parseSkillsCsv, type SkillCsvError } from './skills-csv';
import { Skill } from './skill.entity';
import { SkillConnection } from './skills.types';

const DEFAULT_PAGE = 50;

/**
 * The vocabulary valid today, by group and code, a page at a time: public reference data. `search` matches the
 * code or either label (any case); `group` is exact.
 */
export async function listSkills(
  ctx: Context,
  args: { group?: string | null; search?: string | null; first?: number | null; after?: string | null },
): Promise<SkillConnection> {
  const first = pageSize(args.first ?? DEFAULT_PAGE);
  const today = todayInAmsterdam();
  const where: Record<string, unknown> = {
    validFrom: { $lte: today },
    $or: [{ validUntil: null }, { validUntil: { $gte: today } }],
  };
  if (args.group) where.group = args.group;
  const filters: Record<string, unknown>[] = [where];
  if (args.search?.trim()) {
    const like = `%${args.search.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    filters.push({
      $or: [{ code: { $ilike: like } }, { labelNl: { $ilike: like } }, { labelEn: { $ilike: like } }],
    });
  }
  const base = { $and: filters };
  const after = await cursorRow(ctx.em, Skill, args.after);
  const page = after
    ? {
        $and: [
          ...filters,
          { $or: [{ group: { $gt: after.group } }, { group: after.group, code: { $gt: after.code } }] },
        ],
      }
    : base;
  const rows = await ctx.em.find(Skill, page as never, {
    orderBy: { group: 'asc', code: 'asc' },
    limit: first + 1,
  });
  return toConnection(
    SkillConnection,
    rows,
    first,
    Boolean(args.after),
    (skill) => skill.id,
    () => ctx.em.count(Skill, base as never),
  );
}

export interface ImportResult {
  created: number;
  updated: number;
  rowErrors: SkillCsvError[];
  errors: UserError[];
}

/**
 * Imports a taxonomy from CSV (ADMIN): new codes are added, known codes get the file's labels, group and external
 * code (their valid-from stays). All rows or none: any bad line and nothing is written, every bad line reported.
 */
export async function importSkills(ctx: Context, input: ImportSkillsInput): Promise<ImportResult> {
  const shape = await validateInput(input);
  if (shape.length > 0) return { created: 0, updated: 0, rowErrors: [], errors: shape };
  const parsed = parseSkillsCsv(input.csv, todayInAmsterdam());
  if (!parsed.ok) {
    return {
      created: 0,
      updated: 0,
      rowErrors: parsed.errors,
      errors: [
        {
          code: ErrorCode.VALIDATION,
          field: inputField('csv'),
          message: `${parsed.errors.length} problem(s) in the file; nothing was imported. See rowErrors.`,
        },
      ],
    };
  }
  const result = await runMutation(ctx, {}, async (em) => {
    const rows: { inserted: boolean }[] = await em.execute(
      `insert into skill (id, created_at, updated_at, code, label_nl, label_en, "group", external_code, valid_from)
       select gen_random_uuid(), now(), now(), r.code, r.label_nl, r.label_en, r.grp, r.external_code, r.valid_from
         from jsonb_to_recordset(?::jsonb)
           as r(code text, label_nl text, label_en text, grp text, external_code text, valid_from date)
       on conflict (code) do update
          set label_nl = excluded.label_nl, label_en = excluded.label_en, "group" = excluded."group",
              external_code = excluded.external_code, updated_at = now()
        where (skill.label_nl, skill.label_en, skill."group", skill.external_code)
              is distinct from (excluded.label_nl, excluded.label_en, excluded."group", excluded.external_code)
       returning (xmax = 0) as inserted`,
      [
        JSON.stringify(
          parsed.rows.map((row) => ({
            code: row.code,
            label_nl: row.labelNl,
            label_en: row.labelEn,
            grp: row.group,
            external_code: row.externalCode,
            valid_from: row.validFrom,
          })),
        ),
      ],
    );
    const created = rows.filter((row) => row.inserted).length;
    return { created, updated: rows.length - created };
  });
  return {
    created: result.value?.created ?? 0,
    updated: result.value?.updated ?? 0,
    rowErrors: [],
    errors: result.errors,
  };
}
