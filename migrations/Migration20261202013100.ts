import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "occurrence" drop constraint occurrence_booked_count_check;`);

    this.addSql(`alter table "occurrence" add constraint occurrence_booked_count_check check(booked_count >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "occurrence" drop constraint occurrence_booked_count_check;`);

    this.addSql(`alter table "occurrence" add constraint occurrence_booked_count_check check((booked_count >= 0) AND (booked_count <= capacity));`);
  }

}
