import { Migration } from '@mikro-orm/migrations';

/**
 * Funding agreements take both sides: a status (PROPOSED, ACCEPTED, REJECTED), the side that proposed, and a
 * rejection reason. Agreements that exist already were in force, so they become ACCEPTED (offered by the funder);
 * the defaults are dropped afterwards so that every new agreement states its status.
 */
export class Migration20261201200421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "funding_agreement" add column "status" text check ("status" in ('PROPOSED', 'ACCEPTED', 'REJECTED')) not null default 'ACCEPTED', add column "proposed_by" text check ("proposed_by" in ('FUNDER', 'PLACE')) not null default 'FUNDER', add column "rejection_reason" text null;`);
    this.addSql(`alter table "funding_agreement" alter column "status" drop default, alter column "proposed_by" drop default;`);
    this.addSql(`create index "funding_agreement_place_id_funder_id_status_index" on "funding_agreement" ("place_id", "funder_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "funding_agreement_place_id_funder_id_status_index";`);
    this.addSql(`alter table "funding_agreement" drop column "status", drop column "proposed_by", drop column "rejection_reason";`);
  }

}
