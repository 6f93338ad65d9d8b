import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training_fund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" uuid not null, "municipality_id" uuid null, "name" varchar(200) not null, constraint "training_fund_pkey" primary key ("id"));`);
    this.addSql(`create index "training_fund_municipality_id_index" on "training_fund" ("municipality_id");`);
    this.addSql(`alter table "training_fund" add constraint "training_fund_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`create table "fund_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" uuid not null, "owner_id" uuid not null, "valid_from" date not null, "max_per_person_cents" bigint not null, "repayment_share_basis_points" int not null, "retention_months" int not null, "instalments" int not null, "instalment_interval_months" int not null, "early_end" text check ("early_end" in ('PRO_RATA', 'NOTHING_OWED')) not null, "eligible_levels" text[] not null, constraint "fund_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "fund_rule" add constraint "fund_rule_fund_id_valid_from_unique" unique ("fund_id", "valid_from");`);

    this.addSql(`create table "fund_contribution" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" uuid not null, "owner_id" uuid not null, "contributor_id" uuid not null, "date" date not null, "amount_cents" bigint not null, constraint "fund_contribution_pkey" primary key ("id"));`);
    this.addSql(`create index "fund_contribution_fund_id_index" on "fund_contribution" ("fund_id");`);
    this.addSql(`create index "fund_contribution_owner_id_index" on "fund_contribution" ("owner_id");`);
    this.addSql(`create index "fund_contribution_contributor_id_index" on "fund_contribution" ("contributor_id");`);

    this.addSql(`create table "training_grant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" uuid not null, "owner_id" uuid not null, "participant_id" uuid not null, "organisation_id" uuid not null, "course" varchar(200) not null, "provider" varchar(200) not null, "level" varchar(50) not null, "cost_cents" bigint not null, "start_date" date not null, "end_date" date not null, "status" text check ("status" in ('APPLIED', 'APPROVED', 'REJECTED')) not null default 'APPLIED', "decision_reason" text null, "decided_on" date null, "paid_cents" bigint not null default 0, "outcome" text check ("outcome" in ('COMPLETED', 'STOPPED')) null, "completed_on" date null, "employer_id" uuid null, "hire_start" date null, "employment_end" date null, "rule_id" uuid null, constraint "training_grant_pkey" primary key ("id"), constraint training_grant_paid_check check (paid_cents >= 0 and paid_cents <= cost_cents));`);
    this.addSql(`create index "training_grant_owner_id_index" on "training_grant" ("owner_id");`);
    this.addSql(`create index "training_grant_participant_id_index" on "training_grant" ("participant_id");`);
    this.addSql(`create index "training_grant_organisation_id_index" on "training_grant" ("organisation_id");`);
    this.addSql(`create index "training_grant_employer_id_index" on "training_grant" ("employer_id");`);
    this.addSql(`create index "training_grant_fund_id_status_index" on "training_grant" ("fund_id", "status");`);

    this.addSql(`create table "repayment_instalment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "grant_id" uuid not null, "fund_id" uuid not null, "owner_id" uuid not null, "employer_id" uuid not null, "sequence" int not null, "due_date" date not null, "scheduled_on" date not null, "original_amount_cents" bigint not null, "amount_cents" bigint not null, "recalculated_on" date null, "repaid_cents" bigint not null default 0, "waived_cents" bigint not null default 0, "waived_on" date null, "waive_reason" text null, constraint "repayment_instalment_pkey" primary key ("id"), constraint repayment_instalment_settled_check check (repaid_cents >= 0 and waived_cents >= 0 and repaid_cents + waived_cents <= amount_cents));`);
    this.addSql(`create index "repayment_instalment_owner_id_index" on "repayment_instalment" ("owner_id");`);
    this.addSql(`create index "repayment_instalment_employer_id_index" on "repayment_instalment" ("employer_id");`);
    this.addSql(`create index "repayment_instalment_fund_id_due_date_index" on "repayment_instalment" ("fund_id", "due_date");`);
    this.addSql(`alter table "repayment_instalment" add constraint "repayment_instalment_grant_id_sequence_unique" unique ("grant_id", "sequence");`);

    this.addSql(`create table "instalment_repayment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "instalment_id" uuid not null, "fund_id" uuid not null, "owner_id" uuid not null, "date" date not null, "amount_cents" bigint not null, constraint "instalment_repayment_pkey" primary key ("id"));`);
    this.addSql(`create index "instalment_repayment_instalment_id_index" on "instalment_repayment" ("instalment_id");`);
    this.addSql(`create index "instalment_repayment_fund_id_index" on "instalment_repayment" ("fund_id");`);

    this.addSql(`create table "training_payment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "grant_id" uuid not null, "fund_id" uuid not null, "owner_id" uuid not null, "date" date not null, "amount_cents" bigint not null, constraint "training_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "training_payment_grant_id_index" on "training_payment" ("grant_id");`);
    this.addSql(`create index "training_payment_fund_id_index" on "training_payment" ("fund_id");`);

    this.addSql(`alter table "training_fund" add constraint "training_fund_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "training_fund" add constraint "training_fund_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "fund_rule" add constraint "fund_rule_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "fund_rule" add constraint "fund_rule_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "fund_contribution" add constraint "fund_contribution_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "fund_contribution" add constraint "fund_contribution_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "fund_contribution" add constraint "fund_contribution_contributor_id_foreign" foreign key ("contributor_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "training_grant" add constraint "training_grant_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "training_grant" add constraint "training_grant_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "training_grant" add constraint "training_grant_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "training_grant" add constraint "training_grant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "training_grant" add constraint "training_grant_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_grant" add constraint "training_grant_rule_id_foreign" foreign key ("rule_id") references "fund_rule" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "repayment_instalment" add constraint "repayment_instalment_grant_id_foreign" foreign key ("grant_id") references "training_grant" ("id") on update cascade;`);
    this.addSql(`alter table "repayment_instalment" add constraint "repayment_instalment_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "repayment_instalment" add constraint "repayment_instalment_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "repayment_instalment" add constraint "repayment_instalment_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "instalment_repayment" add constraint "instalment_repayment_instalment_id_foreign" foreign key ("instalment_id") references "repayment_instalment" ("id") on update cascade;`);
    this.addSql(`alter table "instalment_repayment" add constraint "instalment_repayment_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "instalment_repayment" add constraint "instalment_repayment_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "training_payment" add constraint "training_payment_grant_id_foreign" foreign key ("grant_id") references "training_grant" ("id") on update cascade;`);
    this.addSql(`alter table "training_payment" add constraint "training_payment_fund_id_foreign" foreign key ("fund_id") references "training_fund" ("id") on update cascade;`);
    this.addSql(`alter table "training_payment" add constraint "training_payment_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "fund_rule" drop constraint "fund_rule_fund_id_foreign";`);

    this.addSql(`alter table "fund_contribution" drop constraint "fund_contribution_fund_id_foreign";`);

    this.addSql(`alter table "training_grant" drop constraint "training_grant_fund_id_foreign";`);

    this.addSql(`alter table "repayment_instalment" drop constraint "repayment_instalment_fund_id_foreign";`);

    this.addSql(`alter table "instalment_repayment" drop constraint "instalment_repayment_fund_id_foreign";`);

    this.addSql(`alter table "training_payment" drop constraint "training_payment_fund_id_foreign";`);

    this.addSql(`alter table "training_grant" drop constraint "training_grant_rule_id_foreign";`);

    this.addSql(`alter table "repayment_instalment" drop constraint "repayment_instalment_grant_id_foreign";`);

    this.addSql(`alter table "training_payment" drop constraint "training_payment_grant_id_foreign";`);

    this.addSql(`alter table "instalment_repayment" drop constraint "instalment_repayment_instalment_id_foreign";`);

    this.addSql(`drop table if exists "training_fund" cascade;`);

    this.addSql(`drop table if exists "fund_rule" cascade;`);

    this.addSql(`drop table if exists "fund_contribution" cascade;`);

    this.addSql(`drop table if exists "training_grant" cascade;`);

    this.addSql(`drop table if exists "repayment_instalment" cascade;`);

    this.addSql(`drop table if exists "instalment_repayment" cascade;`);

    this.addSql(`drop table if exists "training_payment" cascade;`);
  }

}
