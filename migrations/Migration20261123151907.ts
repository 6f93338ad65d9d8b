import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151907 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "disregard_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(50) not null, "percentage_basis_points" int not null, "monthly_cap_cents" int not null, "max_months" int null, "min_age" int null, "condition" text check ("condition" in ('NONE', 'SINGLE_PARENT_CHILD_UNDER_12', 'MEDICAL_LIMITATION')) not null, "starts_after_code" varchar(50) null, "replaces_code" varchar(50) null, "municipality_id" uuid null, "valid_from" date not null, "valid_until" date null, constraint "disregard_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "disregard_rule_municipality_id_index" on "disregard_rule" ("municipality_id");`);
    this.addSql(`create index "disregard_rule_code_valid_from_index" on "disregard_rule" ("code", "valid_from");`);

    this.addSql(`create table "norm" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "household" text check ("household" in ('SINGLE', 'SINGLE_PARENT', 'COUPLE')) not null, "age_band" text check ("age_band" in ('AGE_18_20', 'AGE_21_TO_PENSION')) not null, "amount_cents" int not null, "municipality_id" uuid null, "valid_from" date not null, "valid_until" date null, constraint "norm_pkey" primary key ("id"));`);
    this.addSql(`create index "norm_municipality_id_index" on "norm" ("municipality_id");`);
    this.addSql(`create index "norm_household_age_band_valid_from_index" on "norm" ("household", "age_band", "valid_from");`);

    this.addSql(`create table "member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "display_name" varchar(200) not null, "birth_date" date not null, "household" text check ("household" in ('SINGLE', 'SINGLE_PARENT', 'COUPLE')) not null, "youngest_child_birth_date" date null, "medical_limitation" boolean not null default false, "benefit_start" date not null, "membership_start" date null, "trial_period_end" date null, "partner_birth_date" date null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`create index "member_organisation_id_index" on "member" ("organisation_id");`);
    this.addSql(`create index "member_municipality_id_index" on "member" ("municipality_id");`);

    this.addSql(`create table "member_income" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "month" varchar(7) not null, "volunteer_allowance_cents" int not null, "partner_earnings_cents" int not null, constraint "member_income_pkey" primary key ("id"));`);
    this.addSql(`create index "member_income_organisation_id_index" on "member_income" ("organisation_id");`);
    this.addSql(`create index "member_income_municipality_id_index" on "member_income" ("municipality_id");`);
    this.addSql(`alter table "member_income" add constraint "member_income_member_id_month_unique" unique ("member_id", "month");`);

    this.addSql(`create table "enterprise" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "municipality_id" uuid null, "name" varchar(200) not null, "kind" text check ("kind" in ('OWN', 'JOINT')) not null, constraint "enterprise_pkey" primary key ("id"));`);
    this.addSql(`create index "enterprise_organisation_id_index" on "enterprise" ("organisation_id");`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`create table "enterprise_share" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "member_id" uuid not null, "organisation_id" uuid not null, "basis_points" int not null, constraint "enterprise_share_pkey" primary key ("id"));`);
    this.addSql(`create index "enterprise_share_member_id_index" on "enterprise_share" ("member_id");`);
    this.addSql(`create index "enterprise_share_organisation_id_index" on "enterprise_share" ("organisation_id");`);
    this.addSql(`alter table "enterprise_share" add constraint "enterprise_share_enterprise_id_member_id_unique" unique ("enterprise_id", "member_id");`);

    this.addSql(`create table "enterprise_earnings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "organisation_id" uuid not null, "month" varchar(7) not null, "revenue_cents" int not null, "costs_cents" int not null, constraint "enterprise_earnings_pkey" primary key ("id"));`);
    this.addSql(`create index "enterprise_earnings_organisation_id_index" on "enterprise_earnings" ("organisation_id");`);
    this.addSql(`alter table "enterprise_earnings" add constraint "enterprise_earnings_enterprise_id_month_unique" unique ("enterprise_id", "month");`);

    this.addSql(`create table "volunteer_limit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "monthly_cents" int not null, "yearly_cents" int not null, "min_age" int null, "municipality_id" uuid null, "valid_from" date not null, "valid_until" date null, constraint "volunteer_limit_pkey" primary key ("id"));`);
    this.addSql(`create index "volunteer_limit_municipality_id_index" on "volunteer_limit" ("municipality_id");`);
    this.addSql(`create index "volunteer_limit_valid_from_index" on "volunteer_limit" ("valid_from");`);

    this.addSql(`alter table "disregard_rule" add constraint "disregard_rule_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "norm" add constraint "norm_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "member" add constraint "member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "member" add constraint "member_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "member_income" add constraint "member_income_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "member_income" add constraint "member_income_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "member_income" add constraint "member_income_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "enterprise" add constraint "enterprise_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enterprise_share" add constraint "enterprise_share_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise_share" add constraint "enterprise_share_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise_share" add constraint "enterprise_share_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "enterprise_earnings" add constraint "enterprise_earnings_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise_earnings" add constraint "enterprise_earnings_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "volunteer_limit" add constraint "volunteer_limit_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "member_income" drop constraint "member_income_member_id_foreign";`);

    this.addSql(`alter table "enterprise_share" drop constraint "enterprise_share_member_id_foreign";`);

    this.addSql(`alter table "enterprise_share" drop constraint "enterprise_share_enterprise_id_foreign";`);

    this.addSql(`alter table "enterprise_earnings" drop constraint "enterprise_earnings_enterprise_id_foreign";`);

    this.addSql(`drop table if exists "disregard_rule" cascade;`);

    this.addSql(`drop table if exists "norm" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "member_income" cascade;`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "enterprise_share" cascade;`);

    this.addSql(`drop table if exists "enterprise_earnings" cascade;`);

    this.addSql(`drop table if exists "volunteer_limit" cascade;`);
  }

}
