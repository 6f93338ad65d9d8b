import { Migration } from '@mikro-orm/migrations';

/**
 * Live enrolments of one participant in one workshop may not overlap: an exclusion constraint over the date range
 * of every enrolment that has not ENDED. btree_gist lets a GiST index compare the uuid columns with `=`.
 */
export class Migration20261201212000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_no_overlap" exclude using gist ("participant_id" with =, "workshop_id" with =, daterange("start_date", "end_date", '[]') with &&) where ("status" <> 'ENDED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrolment" drop constraint "enrolment_no_overlap";`);
  }

}
