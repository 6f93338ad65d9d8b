import { Migration } from '@mikro-orm/migrations';

/**
 * Names that must be unique (organisations; places and enterprises within their organisation; workshops within
 * their place; funding streams and training funds within their owner) are unique regardless of case: the unique
 * constraints on the name become unique indexes on lower(name). The text pipeline has already collapsed white
 * space and normalised the names to NFC. Rows that differ only in case must be renamed before this runs.
 */
export class Migration20261202020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" drop constraint "organisation_name_unique";`);

    this.addSql(`create unique index "organisation_name_lower_unique" on "organisation" (lower("name"));`);

    this.addSql(`alter table "funding_stream" drop constraint "funding_stream_funder_id_name_unique";`);

    this.addSql(`create unique index "funding_stream_name_lower_unique" on "funding_stream" ("funder_id", lower("name"));`);

    this.addSql(`alter table "enterprise" drop constraint "enterprise_organisation_id_name_unique";`);

    this.addSql(`create unique index "enterprise_name_lower_unique" on "enterprise" ("organisation_id", lower("name"));`);

    this.addSql(`alter table "place" drop constraint "place_organisation_id_name_unique";`);

    this.addSql(`create unique index "place_name_lower_unique" on "place" ("organisation_id", lower("name"));`);

    this.addSql(`alter table "training_fund" drop constraint "training_fund_owner_id_name_unique";`);

    this.addSql(`create unique index "training_fund_name_lower_unique" on "training_fund" ("owner_id", lower("name"));`);

    this.addSql(`alter table "workshop" drop constraint "workshop_place_id_name_unique";`);

    this.addSql(`create unique index "workshop_name_lower_unique" on "workshop" ("place_id", lower("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enterprise_name_lower_unique";`);

    this.addSql(`alter table "enterprise" add constraint "enterprise_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`drop index "funding_stream_name_lower_unique";`);

    this.addSql(`alter table "funding_stream" add constraint "funding_stream_funder_id_name_unique" unique ("funder_id", "name");`);

    this.addSql(`drop index "organisation_name_lower_unique";`);

    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`drop index "place_name_lower_unique";`);

    this.addSql(`alter table "place" add constraint "place_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`drop index "training_fund_name_lower_unique";`);

    this.addSql(`alter table "training_fund" add constraint "training_fund_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`drop index "workshop_name_lower_unique";`);

    this.addSql(`alter table "workshop" add constraint "workshop_place_id_name_unique" unique ("place_id", "name");`);
  }

}
