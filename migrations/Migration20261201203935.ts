import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203935 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "member_income" add column "version" int not null default 1;`);

    this.addSql(`alter table "enterprise_earnings" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enterprise_earnings" drop column "version";`);

    this.addSql(`alter table "member_income" drop column "version";`);
  }

}
