import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data of the social-assistance rules (DOMAIN.md §3), so that a fresh database can compute benefit
 * statements without demo data. Administrators add later versions and corrections through the API; the fixed
 * ids let `down` remove exactly these rows.
 */
const NORMS: [id: string, household: string, ageBand: string, cents: number, from: string, until: string | null][] = [
  ['5d0a0001-0000-4000-8000-000000000001', 'SINGLE', 'AGE_21_TO_PENSION', 134545, '2025-01-01', '2025-06-30'],
  ['5d0a0001-0000-4000-8000-000000000002', 'SINGLE', 'AGE_21_TO_PENSION', 136906, '2025-07-01', '2025-12-31'],
  ['5d0a0001-0000-4000-8000-000000000003', 'SINGLE', 'AGE_21_TO_PENSION', 140150, '2026-01-01', null],
  ['5d0a0001-0000-4000-8000-000000000004', 'SINGLE_PARENT', 'AGE_21_TO_PENSION', 134545, '2025-01-01', '2025-06-30'],
  ['5d0a0001-0000-4000-8000-000000000005', 'SINGLE_PARENT', 'AGE_21_TO_PENSION', 136906, '2025-07-01', '2025-12-31'],
  ['5d0a0001-0000-4000-8000-000000000006', 'SINGLE_PARENT', 'AGE_21_TO_PENSION', 140150, '2026-01-01', null],
  ['5d0a0001-0000-4000-8000-000000000007', 'COUPLE', 'AGE_21_TO_PENSION', 192207, '2025-01-01', '2025-06-30'],
  ['5d0a0001-0000-4000-8000-000000000008', 'COUPLE', 'AGE_21_TO_PENSION', 195580, '2025-07-01', '2025-12-31'],
  ['5d0a0001-0000-4000-8000-000000000009', 'COUPLE', 'AGE_21_TO_PENSION', 200213, '2026-01-01', null],
  ['5d0a0001-0000-4000-8000-00000000000a', 'SINGLE', 'AGE_18_20', 33217, '2025-01-01', '2025-06-30'],
  ['5d0a0001-0000-4000-8000-00000000000b', 'SINGLE', 'AGE_18_20', 33798, '2025-07-01', '2025-12-31'],
  ['5d0a0001-0000-4000-8000-00000000000c', 'SINGLE', 'AGE_18_20', 34599, '2026-01-01', null],
];

const DISREGARDS: [
  id: string,
  code: string,
  basisPoints: number,
  capCents: number,
  maxMonths: number | null,
  minAge: number | null,
  condition: string,
  startsAfterCode: string | null,
  from: string,
][] = [
  ['5d0a0002-0000-4000-8000-000000000001', 'GENERAL', 2500, 28500, 6, 27, 'NONE', null, '2026-01-01'],
  [
    '5d0a0002-0000-4000-8000-000000000002',
    'SINGLE_PARENT',
    1250,
    17766,
    30,
    null,
    'SINGLE_PARENT_CHILD_UNDER_12',
    'GENERAL',
    '2026-01-01',
  ],
  ['5d0a0002-0000-4000-8000-000000000003', 'MEDICAL', 1500, 18019, null, null, 'MEDICAL_LIMITATION', null, '2026-01-01'],
];

const VOLUNTEER_LIMITS: [id: string, monthly: number, yearly: number, minAge: number, from: string, until: string | null][] = [
  ['5d0a0003-0000-4000-8000-000000000001', 21000, 210000, 27, '2025-01-01', '2025-12-31'],
  ['5d0a0003-0000-4000-8000-000000000002', 22000, 220000, 27, '2026-01-01', null],
];

export class Migration20261123151907_cooperative_rules extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const stamps = { created_at: knex.fn.now(), updated_at: knex.fn.now(), municipality_id: null };
    this.addSql(
      knex('norm').insert(
        NORMS.map(([id, household, ageBand, cents, from, until]) => ({
          id,
          ...stamps,
          household,
          age_band: ageBand,
          amount_cents: cents,
          valid_from: from,
          valid_until: until,
        })),
      ),
    );
    this.addSql(
      knex('disregard_rule').insert(
        DISREGARDS.map(([id, code, basisPoints, cap, maxMonths, minAge, condition, after, from]) => ({
          id,
          ...stamps,
          code,
          percentage_basis_points: basisPoints,
          monthly_cap_cents: cap,
          max_months: maxMonths,
          min_age: minAge,
          condition,
          starts_after_code: after,
          replaces_code: null,
          valid_from: from,
          valid_until: null,
        })),
      ),
    );
    this.addSql(
      knex('volunteer_limit').insert(
        VOLUNTEER_LIMITS.map(([id, monthly, yearly, minAge, from, until]) => ({
          id,
          ...stamps,
          monthly_cents: monthly,
          yearly_cents: yearly,
          min_age: minAge,
          valid_from: from,
          valid_until: until,
        })),
      ),
    );
  }

  override async down(): Promise<void> {
    const knex = this.getKnex();
    this.addSql(knex('volunteer_limit').whereIn('id', VOLUNTEER_LIMITS.map((row) => row[0])).delete());
    this.addSql(knex('disregard_rule').whereIn('id', DISREGARDS.map((row) => row[0])).delete());
    this.addSql(knex('norm').whereIn('id', NORMS.map((row) => row[0])).delete());
  }
}
