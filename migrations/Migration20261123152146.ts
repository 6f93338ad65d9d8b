import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152146 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "recurring_booking" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slot_id" uuid not null, "enrolment_id" uuid not null, "participant_id" uuid not null, "organisation_id" uuid not null, "from_date" date not null, "until_date" date null, "cancelled_at" timestamptz null, constraint "recurring_booking_pkey" primary key ("id"));`);
    this.addSql(`create index "recurring_booking_enrolment_id_index" on "recurring_booking" ("enrolment_id");`);
    this.addSql(`create index "recurring_booking_participant_id_index" on "recurring_booking" ("participant_id");`);
    this.addSql(`create index "recurring_booking_organisation_id_index" on "recurring_booking" ("organisation_id");`);
    this.addSql(`create index "recurring_booking_slot_id_from_date_index" on "recurring_booking" ("slot_id", "from_date");`);
    this.addSql(`create unique index "recurring_booking_live_unique" on "recurring_booking" ("enrolment_id", "slot_id") where "cancelled_at" is null;`);

    this.addSql(`alter table "recurring_booking" add constraint "recurring_booking_slot_id_foreign" foreign key ("slot_id") references "session_slot" ("id") on update cascade;`);
    this.addSql(`alter table "recurring_booking" add constraint "recurring_booking_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "recurring_booking" add constraint "recurring_booking_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "recurring_booking" add constraint "recurring_booking_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "occurrence" add constraint occurrence_booked_count_check check(booked_count >= 0 and booked_count <= capacity);`);

    this.addSql(`alter table "booking" add column "recurring_booking_id" uuid null;`);
    this.addSql(`alter table "booking" add constraint "booking_recurring_booking_id_foreign" foreign key ("recurring_booking_id") references "recurring_booking" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "booking_recurring_booking_id_index" on "booking" ("recurring_booking_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking" drop constraint "booking_recurring_booking_id_foreign";`);

    this.addSql(`drop table if exists "recurring_booking" cascade;`);

    this.addSql(`drop index "booking_recurring_booking_id_index";`);
    this.addSql(`alter table "booking" drop column "recurring_booking_id";`);

    this.addSql(`alter table "occurrence" drop constraint occurrence_booked_count_check;`);
  }

}
