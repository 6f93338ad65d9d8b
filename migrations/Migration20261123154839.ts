import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_subject" varchar(255) not null, "actor_role" text check ("actor_role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER')) not null, "actor_organisation_id" uuid null, "action" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" uuid not null, "before" jsonb null, "after" jsonb null, "organisation_id" uuid null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_actor_subject_index" on "audit_entry" ("actor_subject");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_organisation_id_at_id_index" on "audit_entry" ("organisation_id", "at", "id");`);
    this.addSql(`create index "audit_entry_at_id_index" on "audit_entry" ("at", "id");`);

    this.addSql(`alter table "member" add column "erased_at" timestamptz null;`);

    this.addSql(`alter table "participant" add column "erased_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`alter table "member" drop column "erased_at";`);

    this.addSql(`alter table "participant" drop column "erased_at";`);
  }

}
