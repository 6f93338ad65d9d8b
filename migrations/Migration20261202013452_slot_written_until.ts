import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013452_slot_written_until extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "session_slot" add column "written_until" date null;`);
    // Marks of the slots written so far: the day before each slot's first date without its occurrence, or its
    // last written (or last valid) date when none is missing.
    this.addSql(`update "session_slot" s set "written_until" = m.written_until
      from (
        select s.id, coalesce(
                 (select min(d)::date - 1
                    from generate_series(s.valid_from::timestamp, coalesce(s.valid_until, last.date)::timestamp, interval '1 day') d
                   where extract(isodow from d) = array_position(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'], s.weekday)
                     and not exists (select 1 from "occurrence" o where o.slot_id = s.id and o.date = d::date)),
                 coalesce(s.valid_until, last.date)) as written_until
          from "session_slot" s
          cross join lateral (select max(o.date) as date from "occurrence" o where o.slot_id = s.id) last
      ) m
      where m.id = s.id and m.written_until is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session_slot" drop column "written_until";`);
  }

}
