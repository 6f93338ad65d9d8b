import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "disregard_rule" alter column "monthly_cap_cents" type bigint using ("monthly_cap_cents"::bigint);`);

    this.addSql(`alter table "norm" alter column "amount_cents" type bigint using ("amount_cents"::bigint);`);

    this.addSql(`alter table "member_income" alter column "volunteer_allowance_cents" type bigint using ("volunteer_allowance_cents"::bigint);`);
    this.addSql(`alter table "member_income" alter column "partner_earnings_cents" type bigint using ("partner_earnings_cents"::bigint);`);

    this.addSql(`alter table "enterprise_earnings" alter column "revenue_cents" type bigint using ("revenue_cents"::bigint);`);
    this.addSql(`alter table "enterprise_earnings" alter column "costs_cents" type bigint using ("costs_cents"::bigint);`);

    this.addSql(`alter table "volunteer_limit" alter column "monthly_cents" type bigint using ("monthly_cents"::bigint);`);
    this.addSql(`alter table "volunteer_limit" alter column "yearly_cents" type bigint using ("yearly_cents"::bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "disregard_rule" alter column "monthly_cap_cents" type int4 using ("monthly_cap_cents"::int4);`);

    this.addSql(`alter table "enterprise_earnings" alter column "revenue_cents" type int4 using ("revenue_cents"::int4);`);
    this.addSql(`alter table "enterprise_earnings" alter column "costs_cents" type int4 using ("costs_cents"::int4);`);

    this.addSql(`alter table "member_income" alter column "volunteer_allowance_cents" type int4 using ("volunteer_allowance_cents"::int4);`);
    this.addSql(`alter table "member_income" alter column "partner_earnings_cents" type int4 using ("partner_earnings_cents"::int4);`);

    this.addSql(`alter table "norm" alter column "amount_cents" type int4 using ("amount_cents"::int4);`);

    this.addSql(`alter table "volunteer_limit" alter column "monthly_cents" type int4 using ("monthly_cents"::int4);`);
    this.addSql(`alter table "volunteer_limit" alter column "yearly_cents" type int4 using ("yearly_cents"::int4);`);
  }

}
