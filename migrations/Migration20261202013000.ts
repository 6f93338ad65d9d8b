import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "enrolment_pause" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "enrolment_id" uuid not null, "from_date" date not null, "until_date" date null, constraint "enrolment_pause_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_pause_organisation_id_index" on "enrolment_pause" ("organisation_id");`);
    this.addSql(`create index "enrolment_pause_municipality_id_index" on "enrolment_pause" ("municipality_id");`);
    this.addSql(`create index "enrolment_pause_enrolment_id_index" on "enrolment_pause" ("enrolment_id");`);

    this.addSql(`alter table "enrolment_pause" add constraint "enrolment_pause_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment_pause" add constraint "enrolment_pause_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment_pause" add constraint "enrolment_pause_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);

    this.addSql(`alter table "recurring_booking" add column "ended_with_enrolment" boolean not null default false, add column "until_before_end" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enrolment_pause" cascade;`);

    this.addSql(`alter table "recurring_booking" drop column "ended_with_enrolment", drop column "until_before_end";`);
  }

}
