import { Migration } from '@mikro-orm/migrations';

export class Migration20261202015413_participant_totals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attendance_participant_month_total" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "participant_id" uuid not null, "place_id" uuid not null, "month" varchar(7) not null, "workshop_id" uuid not null, "present_dayparts" int not null default 0, constraint "attendance_participant_month_total_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_participant_month_total_organisation_id_index" on "attendance_participant_month_total" ("organisation_id");`);
    this.addSql(`create index "attendance_participant_month_total_municipality_id_index" on "attendance_participant_month_total" ("municipality_id");`);
    this.addSql(`create index "attendance_participant_month_total_place_id_index" on "attendance_participant_month_total" ("place_id");`);
    this.addSql(`create index "attendance_participant_month_total_workshop_id_index" on "attendance_participant_month_total" ("workshop_id");`);
    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_participant_id_def1a_unique" unique ("participant_id", "place_id", "month", "workshop_id");`);

    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_participant_month_total" add constraint "attendance_participant_month_total_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);

    // The totals of the attendance already registered (what npm run totals:rebuild computes).
    this.addSql(`insert into "attendance_participant_month_total" ("id", "created_at", "updated_at", "participant_id", "place_id", "month", "workshop_id", "organisation_id", "municipality_id", "present_dayparts")
      select gen_random_uuid(), now(), now(), participant_id, place_id, to_char(date, 'YYYY-MM'), workshop_id, min(organisation_id::text)::uuid, min(municipality_id::text)::uuid, sum(dayparts)
        from "attendance" where status = 'PRESENT' group by participant_id, place_id, to_char(date, 'YYYY-MM'), workshop_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attendance_participant_month_total" cascade;`);
  }

}
