import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212426 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cost_sharer_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "housemate_min_age" smallint not null, "base_basis_points" int not null, "per_sharer_basis_points" int not null, "age_counts_from" text check ("age_counts_from" in ('FIRST_DAY_OF_MONTH', 'MONTH_AFTER_BIRTHDAY')) not null, "valid_from" date not null, "valid_until" date null, constraint "cost_sharer_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "cost_sharer_rule_valid_from_index" on "cost_sharer_rule" ("valid_from");`);

    this.addSql(`create table "household_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "organisation_id" uuid not null, "valid_from" date not null, "housemates" jsonb not null, constraint "household_record_pkey" primary key ("id"));`);
    this.addSql(`create index "household_record_member_id_index" on "household_record" ("member_id");`);
    this.addSql(`create index "household_record_organisation_id_index" on "household_record" ("organisation_id");`);
    this.addSql(`alter table "household_record" add constraint "household_record_member_id_valid_from_unique" unique ("member_id", "valid_from");`);

    this.addSql(`alter table "household_record" add constraint "household_record_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "household_record" add constraint "household_record_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "norm" add column "cost_sharers" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cost_sharer_rule" cascade;`);

    this.addSql(`drop table if exists "household_record" cascade;`);

    this.addSql(`alter table "norm" drop column "cost_sharers";`);
  }

}
