import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151053 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "municipality" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "code" varchar(6) not null, constraint "municipality_pkey" primary key ("id"));`);
    this.addSql(`alter table "municipality" add constraint "municipality_code_unique" unique ("code");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "kind" text check ("kind" in ('SOCIAL_ENTERPRISE', 'MUNICIPALITY', 'CARE_OFFICE', 'COOPERATIVE', 'FUND', 'OTHER')) not null, "municipality_id" uuid null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);
    this.addSql(`create index "organisation_municipality_id_index" on "organisation" ("municipality_id");`);

    this.addSql(`create table "place" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "address" varchar(300) null, "description" text null, "municipality_id" uuid not null, "organisation_id" uuid not null, constraint "place_pkey" primary key ("id"));`);
    this.addSql(`create index "place_municipality_id_name_index" on "place" ("municipality_id", "name");`);
    this.addSql(`alter table "place" add constraint "place_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`create table "workshop" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "name" varchar(100) not null, "kind" text check ("kind" in ('KITCHEN', 'CRAFTS', 'SERVICES', 'LEARNING', 'OTHER')) not null, "leermeester" varchar(200) null, "skills" text[] not null, "default_capacity" int not null default 12, "archived" boolean not null default false, constraint "workshop_pkey" primary key ("id"));`);
    this.addSql(`create index "workshop_place_id_index" on "workshop" ("place_id");`);
    this.addSql(`create index "workshop_organisation_id_index" on "workshop" ("organisation_id");`);
    this.addSql(`create index "workshop_municipality_id_index" on "workshop" ("municipality_id");`);
    this.addSql(`alter table "workshop" add constraint "workshop_place_id_name_unique" unique ("place_id", "name");`);

    this.addSql(`alter table "organisation" add constraint "organisation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "place" add constraint "place_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "place" add constraint "place_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "workshop" add constraint "workshop_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "workshop" add constraint "workshop_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "workshop" add constraint "workshop_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation" drop constraint "organisation_municipality_id_foreign";`);

    this.addSql(`alter table "place" drop constraint "place_municipality_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_municipality_id_foreign";`);

    this.addSql(`alter table "place" drop constraint "place_organisation_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_organisation_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_place_id_foreign";`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "place" cascade;`);

    this.addSql(`drop table if exists "workshop" cascade;`);
  }

}
