import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data for the cost-sharers' norm (kostendelersnorm, art. 22a Participatiewet):
 * - the national rule: 40% + A × 30%; housemates count from 21 until 2022-12-31 and from 27 since 2023-01-01;
 *   the situation on the first day of the month decides;
 * - the 2022 and 2023 norms for people from 21 to state-pension age (net per month, 5% holiday allowance
 *   included), so that statements of those years can be computed: the half-yearly figures of the SZW norm letters
 *   as municipalities publish them (couple 1,559.58 / single 1,091.71 from 2022-01-01; 1,574.03 / 1,101.82 from
 *   2022-07-01; 1,708.08 / 1,195.66 from 2023-01-01; 1,738.02 / 1,216.62 from 2023-07-01). The single norm is
 *   70% of the unrounded couple norm, so it can differ by a cent from 70% of the rounded one (July 2023).
 * Administrators correct or extend them through the API; the fixed ids let `down` remove exactly these rows.
 */
const RULES: [id: string, minAge: number, from: string, until: string | null][] = [
  ['5d0a0004-0000-4000-8000-000000000001', 21, '2015-01-01', '2022-12-31'],
  ['5d0a0004-0000-4000-8000-000000000002', 27, '2023-01-01', null],
];

const PERIODS: [from: string, until: string, single: number, couple: number][] = [
  ['2022-01-01', '2022-06-30', 109171, 155958],
  ['2022-07-01', '2022-12-31', 110182, 157403],
  ['2023-01-01', '2023-06-30', 119566, 170808],
  ['2023-07-01', '2023-12-31', 121662, 173802],
];

const NORMS = PERIODS.flatMap(([from, until, single, couple], period) =>
  (
    [
      ['SINGLE', single],
      ['SINGLE_PARENT', single],
      ['COUPLE', couple],
    ] as const
  ).map(([household, cents], index) => ({
    id: `5d0a0005-0000-4000-8000-0000000000${String(period * 3 + index + 1).padStart(2, '0')}`,
    household,
    age_band: 'AGE_21_TO_PENSION',
    amount_cents: cents,
    valid_from: from,
    valid_until: until,
  })),
);

export class Migration20261201212426_cost_sharers extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const stamps = { created_at: knex.fn.now(), updated_at: knex.fn.now() };
    this.addSql(
      knex('cost_sharer_rule').insert(
        RULES.map(([id, minAge, from, until]) => ({
          id,
          ...stamps,
          housemate_min_age: minAge,
          base_basis_points: 4000,
          per_sharer_basis_points: 3000,
          age_counts_from: 'FIRST_DAY_OF_MONTH',
          valid_from: from,
          valid_until: until,
        })),
      ),
    );
    this.addSql(
      knex('norm').insert(NORMS.map((norm) => ({ ...norm, ...stamps, municipality_id: null, cost_sharers: null }))),
    );
  }

  override async down(): Promise<void> {
    const knex = this.getKnex();
    this.addSql(knex('norm').whereIn('id', NORMS.map((norm) => norm.id)).delete());
    this.addSql(knex('cost_sharer_rule').whereIn('id', RULES.map((rule) => rule[0])).delete());
  }
}
