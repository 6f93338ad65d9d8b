import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151622 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outflow_reason" ("code" varchar(40) not null, "label" varchar(200) not null, "positive" boolean not null, "sort_order" smallint not null, "active" boolean not null, constraint "outflow_reason_pkey" primary key ("code"));`);

    this.addSql(`create table "participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "display_name" varchar(200) not null, "email" varchar(320) null, "phone" varchar(50) null, "birth_date" date null, "languages" text[] not null, "backgrounds" text[] not null, "route_in" text check ("route_in" in ('WALK_IN', 'UWV', 'REFUGEE_SUPPORT', 'SOCIAL_SERVICES', 'CARE_PROVIDER', 'OTHER')) null, "comes_to" text check ("comes_to" in ('BRING', 'FETCH', 'BOTH')) null, constraint "participant_pkey" primary key ("id"));`);
    this.addSql(`create index "participant_organisation_id_index" on "participant" ("organisation_id");`);

    this.addSql(`create table "session_slot" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "workshop_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "weekday" text check ("weekday" in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')) not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "dayparts" smallint not null, "capacity" int not null, "valid_from" date not null, "valid_until" date null, constraint "session_slot_pkey" primary key ("id"));`);
    this.addSql(`create index "session_slot_workshop_id_index" on "session_slot" ("workshop_id");`);
    this.addSql(`create index "session_slot_place_id_index" on "session_slot" ("place_id");`);
    this.addSql(`create index "session_slot_organisation_id_index" on "session_slot" ("organisation_id");`);
    this.addSql(`create index "session_slot_municipality_id_index" on "session_slot" ("municipality_id");`);

    this.addSql(`create table "occurrence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slot_id" uuid null, "workshop_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "date" date not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "dayparts" smallint not null, "capacity" int not null, "booked_count" int not null default 0, "cancelled" boolean not null default false, "cancel_reason" varchar(300) null, constraint "occurrence_pkey" primary key ("id"));`);
    this.addSql(`create index "occurrence_organisation_id_index" on "occurrence" ("organisation_id");`);
    this.addSql(`create index "occurrence_municipality_id_index" on "occurrence" ("municipality_id");`);
    this.addSql(`create index "occurrence_workshop_id_date_index" on "occurrence" ("workshop_id", "date");`);
    this.addSql(`create index "occurrence_place_id_date_index" on "occurrence" ("place_id", "date");`);
    this.addSql(`alter table "occurrence" add constraint "occurrence_slot_id_date_unique" unique ("slot_id", "date");`);

    this.addSql(`create table "enrolment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "workshop_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "start_date" date not null, "end_date" date null, "status" text check ("status" in ('ACTIVE', 'PAUSED', 'ENDED')) not null default 'ACTIVE', "outflow_code" varchar(40) null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_workshop_id_index" on "enrolment" ("workshop_id");`);
    this.addSql(`create index "enrolment_organisation_id_index" on "enrolment" ("organisation_id");`);
    this.addSql(`create index "enrolment_municipality_id_index" on "enrolment" ("municipality_id");`);
    this.addSql(`create index "enrolment_place_id_start_date_index" on "enrolment" ("place_id", "start_date");`);
    this.addSql(`create index "enrolment_participant_id_workshop_id_index" on "enrolment" ("participant_id", "workshop_id");`);

    this.addSql(`create table "booking" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "occurrence_id" uuid not null, "enrolment_id" uuid not null, "participant_id" uuid not null, "slot_id" uuid null, "organisation_id" uuid not null, "status" text check ("status" in ('BOOKED', 'WAITLISTED', 'CANCELLED')) not null, "waitlisted_at" timestamptz null, constraint "booking_pkey" primary key ("id"));`);
    this.addSql(`create index "booking_enrolment_id_index" on "booking" ("enrolment_id");`);
    this.addSql(`create index "booking_organisation_id_index" on "booking" ("organisation_id");`);
    this.addSql(`create index "booking_participant_id_index" on "booking" ("participant_id");`);
    this.addSql(`create index "booking_occurrence_id_status_index" on "booking" ("occurrence_id", "status");`);
    this.addSql(`create unique index "booking_live_unique" on "booking" ("occurrence_id", "participant_id") where "status" <> 'CANCELLED';`);

    this.addSql(`create table "attendance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "occurrence_id" uuid not null, "participant_id" uuid not null, "status" text check ("status" in ('PRESENT', 'ABSENT', 'EXCUSED')) not null, "note" varchar(500) null, "date" date not null, "dayparts" smallint not null, "workshop_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, constraint "attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_workshop_id_index" on "attendance" ("workshop_id");`);
    this.addSql(`create index "attendance_organisation_id_index" on "attendance" ("organisation_id");`);
    this.addSql(`create index "attendance_municipality_id_index" on "attendance" ("municipality_id");`);
    this.addSql(`create index "attendance_participant_id_date_index" on "attendance" ("participant_id", "date");`);
    this.addSql(`create index "attendance_place_id_date_index" on "attendance" ("place_id", "date");`);
    this.addSql(`alter table "attendance" add constraint "attendance_occurrence_id_participant_id_unique" unique ("occurrence_id", "participant_id");`);

    this.addSql(`alter table "participant" add constraint "participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "session_slot" add constraint "session_slot_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "session_slot" add constraint "session_slot_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "session_slot" add constraint "session_slot_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "session_slot" add constraint "session_slot_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "occurrence" add constraint "occurrence_slot_id_foreign" foreign key ("slot_id") references "session_slot" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "occurrence" add constraint "occurrence_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "occurrence" add constraint "occurrence_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "occurrence" add constraint "occurrence_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "occurrence" add constraint "occurrence_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_outflow_code_foreign" foreign key ("outflow_code") references "outflow_reason" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "booking" add constraint "booking_occurrence_id_foreign" foreign key ("occurrence_id") references "occurrence" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_slot_id_foreign" foreign key ("slot_id") references "session_slot" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "booking" add constraint "booking_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "attendance" add constraint "attendance_occurrence_id_foreign" foreign key ("occurrence_id") references "occurrence" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    // Reference data: outflow reasons (uitstroom). No national list exists; administrators may add more.
    this.addSql(`insert into "outflow_reason" ("code", "label", "positive", "sort_order", "active") values
      ('PAID_WORK', 'Paid work', true, 1, true),
      ('EDUCATION', 'Education or course', true, 2, true),
      ('CIVIC_INTEGRATION', 'Civic integration (inburgering)', true, 3, true),
      ('VOLUNTEER_WORK', 'Volunteer work', true, 4, true),
      ('OTHER_PLACE', 'Another place', false, 5, true),
      ('MOVED', 'Moved away', false, 6, true),
      ('STOPPED', 'Stopped', false, 7, true),
      ('UNKNOWN', 'Unknown', false, 8, true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrolment" drop constraint "enrolment_outflow_code_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_participant_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_participant_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_participant_id_foreign";`);

    this.addSql(`alter table "occurrence" drop constraint "occurrence_slot_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_slot_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_occurrence_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_occurrence_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_enrolment_id_foreign";`);

    this.addSql(`drop table if exists "outflow_reason" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "session_slot" cascade;`);

    this.addSql(`drop table if exists "occurrence" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "booking" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);
  }

}
