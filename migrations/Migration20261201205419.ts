import { Migration } from '@mikro-orm/migrations';

export class Migration20261201205419 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participant_funding_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "agreement_id" uuid not null, "participant_id" uuid not null, "funder_id" uuid not null, "place_id" uuid not null, "organisation_id" uuid not null, "municipality_id" uuid not null, "from_date" date not null, "until_date" date null, "status" text check ("status" in ('OPEN', 'APPROVED', 'REJECTED')) not null default 'OPEN', "reason" varchar(500) null, "decided_at" timestamptz null, "link_id" uuid null, constraint "participant_funding_request_pkey" primary key ("id"));`);
    this.addSql(`create index "participant_funding_request_participant_id_index" on "participant_funding_request" ("participant_id");`);
    this.addSql(`create index "participant_funding_request_place_id_index" on "participant_funding_request" ("place_id");`);
    this.addSql(`create index "participant_funding_request_organisation_id_index" on "participant_funding_request" ("organisation_id");`);
    this.addSql(`create index "participant_funding_request_municipality_id_index" on "participant_funding_request" ("municipality_id");`);
    this.addSql(`create index "participant_funding_request_agreement_id_participant_id_index" on "participant_funding_request" ("agreement_id", "participant_id");`);
    this.addSql(`create index "participant_funding_request_funder_id_status_index" on "participant_funding_request" ("funder_id", "status");`);

    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_agreement_id_foreign" foreign key ("agreement_id") references "funding_agreement" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "participant_funding_request" add constraint "participant_funding_request_link_id_foreign" foreign key ("link_id") references "participant_funding_link" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participant_funding_request" cascade;`);
  }

}
