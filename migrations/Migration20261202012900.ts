import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ladder_position" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "date" date not null, "rung" smallint not null, "note" text null, "organisation_id" uuid not null, "municipality_id" uuid null, constraint "ladder_position_pkey" primary key ("id"), constraint ladder_position_rung_check check (rung >= 1 and rung <= 6));`);
    this.addSql(`create index "ladder_position_organisation_id_index" on "ladder_position" ("organisation_id");`);
    this.addSql(`create index "ladder_position_municipality_id_index" on "ladder_position" ("municipality_id");`);
    this.addSql(`create index "ladder_position_participant_id_date_index" on "ladder_position" ("participant_id", "date");`);

    this.addSql(`alter table "ladder_position" add constraint "ladder_position_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "ladder_position" add constraint "ladder_position_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "ladder_position" add constraint "ladder_position_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ladder_position" cascade;`);
  }

}
