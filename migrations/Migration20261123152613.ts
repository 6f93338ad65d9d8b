import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152613 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "issuer" varchar(500) not null, "subject" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER')) not null, "organisation_id" uuid null, "member_id" uuid null, "display_name" varchar(200) null, "disabled" boolean not null default false, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`create index "user_account_organisation_id_index" on "user_account" ("organisation_id");`);
    this.addSql(`create index "user_account_member_id_index" on "user_account" ("member_id");`);
    this.addSql(`alter table "user_account" add constraint "user_account_issuer_subject_unique" unique ("issuer", "subject");`);

    this.addSql(`alter table "user_account" add constraint "user_account_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_account" cascade;`);
  }

}
