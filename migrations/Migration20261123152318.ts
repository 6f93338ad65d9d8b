import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding_stream" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "funder_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('GENERAL_PROVISION', 'TAILORED_PROVISION', 'LONG_TERM_CARE', 'REINTEGRATION', 'REGIONAL_DEAL', 'ESF', 'SALES', 'PRIVATE_FUND', 'SELF_PAYMENT', 'OTHER')) not null, constraint "funding_stream_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_stream_kind_index" on "funding_stream" ("kind");`);
    this.addSql(`alter table "funding_stream" add constraint "funding_stream_funder_id_name_unique" unique ("funder_id", "name");`);

    this.addSql(`create table "place_cost" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "month" varchar(7) not null, "category" text check ("category" in ('STAFF', 'PREMISES', 'MATERIALS', 'OTHER')) not null, "amount_cents" bigint not null, constraint "place_cost_pkey" primary key ("id"));`);
    this.addSql(`create index "place_cost_organisation_id_index" on "place_cost" ("organisation_id");`);
    this.addSql(`create index "place_cost_municipality_id_index" on "place_cost" ("municipality_id");`);
    this.addSql(`alter table "place_cost" add constraint "place_cost_place_id_month_category_unique" unique ("place_id", "month", "category");`);

    this.addSql(`create table "sale" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "workshop_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "month" varchar(7) not null, "amount_cents" bigint not null, "description" varchar(300) null, constraint "sale_pkey" primary key ("id"));`);
    this.addSql(`create index "sale_organisation_id_index" on "sale" ("organisation_id");`);
    this.addSql(`create index "sale_municipality_id_index" on "sale" ("municipality_id");`);
    this.addSql(`create index "sale_place_id_month_index" on "sale" ("place_id", "month");`);
    this.addSql(`alter table "sale" add constraint "sale_workshop_id_month_unique" unique ("workshop_id", "month");`);

    this.addSql(`create table "funding_agreement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stream_id" uuid not null, "funder_id" uuid not null, "place_id" uuid not null, "workshop_id" uuid null, "organisation_id" uuid not null, "municipality_id" uuid not null, "from_month" varchar(7) not null, "until_month" varchar(7) not null, "basis" text check ("basis" in ('PER_PLACE', 'PER_ATTENDED_DAYPART', 'PER_PARTICIPANT_MONTH', 'LUMP_SUM', 'REVENUE')) not null, "funded_places" int null, "dayparts_per_week" smallint null, "amount_per_place_per_year_cents" bigint null, "tariff_cents" bigint null, "amount_per_participant_month_cents" bigint null, "total_cents" bigint null, "max_share_basis_points" int null, "ceiling_cents" bigint null, constraint "funding_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_agreement_funder_id_index" on "funding_agreement" ("funder_id");`);
    this.addSql(`create index "funding_agreement_organisation_id_index" on "funding_agreement" ("organisation_id");`);
    this.addSql(`create index "funding_agreement_municipality_id_index" on "funding_agreement" ("municipality_id");`);
    this.addSql(`create index "funding_agreement_stream_id_place_id_index" on "funding_agreement" ("stream_id", "place_id");`);
    this.addSql(`create index "funding_agreement_place_id_until_month_index" on "funding_agreement" ("place_id", "until_month");`);

    this.addSql(`create table "participant_funding_link" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "agreement_id" uuid not null, "participant_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "from_date" date not null, "until_date" date null, constraint "participant_funding_link_pkey" primary key ("id"));`);
    this.addSql(`create index "participant_funding_link_place_id_index" on "participant_funding_link" ("place_id");`);
    this.addSql(`create index "participant_funding_link_organisation_id_index" on "participant_funding_link" ("organisation_id");`);
    this.addSql(`create index "participant_funding_link_municipality_id_index" on "participant_funding_link" ("municipality_id");`);
    this.addSql(`create index "participant_funding_link_participant_id_from_date_index" on "participant_funding_link" ("participant_id", "from_date");`);
    this.addSql(`create index "participant_funding_link_agreement_id_participant_id_index" on "participant_funding_link" ("agreement_id", "participant_id");`);

    this.addSql(`alter table "funding_stream" add constraint "funding_stream_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "place_cost" add constraint "place_cost_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "place_cost" add constraint "place_cost_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "place_cost" add constraint "place_cost_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "sale" add constraint "sale_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "sale" add constraint "sale_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "sale" add constraint "sale_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "sale" add constraint "sale_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_stream_id_foreign" foreign key ("stream_id") references "funding_stream" ("id") on update cascade;`);
    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "funding_agreement" add constraint "funding_agreement_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "participant_funding_link" add constraint "participant_funding_link_agreement_id_foreign" foreign key ("agreement_id") references "funding_agreement" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_link" add constraint "participant_funding_link_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_link" add constraint "participant_funding_link_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_link" add constraint "participant_funding_link_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_link" add constraint "participant_funding_link_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "funding_agreement" drop constraint "funding_agreement_stream_id_foreign";`);

    this.addSql(`alter table "participant_funding_link" drop constraint "participant_funding_link_agreement_id_foreign";`);

    this.addSql(`drop table if exists "funding_stream" cascade;`);

    this.addSql(`drop table if exists "place_cost" cascade;`);

    this.addSql(`drop table if exists "sale" cascade;`);

    this.addSql(`drop table if exists "funding_agreement" cascade;`);

    this.addSql(`drop table if exists "participant_funding_link" cascade;`);
  }

}
