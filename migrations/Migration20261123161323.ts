import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index attendance_present_participant_date_index on attendance (participant_id, date) include (place_id, workshop_id, dayparts) where status = 'PRESENT';`);
    this.addSql(`create index attendance_present_place_date_index on attendance (place_id, date) include (dayparts) where status = 'PRESENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "attendance_present_participant_date_index";`);
    this.addSql(`drop index "attendance_present_place_date_index";`);
  }

}
