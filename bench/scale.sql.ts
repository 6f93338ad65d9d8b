/**
 * SQL that generates one municipality's worth of scale data, deterministically: every id is an md5 of a
 * readable key and every "random" choice is a hash of such a key, so two runs produce identical rows.
 * Parameters are inlined as integers (validated by the caller); ids derive from the municipality number `m`.
 */
export interface ScaleShape {
  /** Municipality number, 1-based; its code is GM9 followed by three digits. */
  m: number;
  places: number;
  workshopsPerPlace: number;
  slotsPerWorkshop: number;
  weeks: number;
  /** Weeks of the span that lie in the past (attendance is recorded for those). */
  pastWeeks: number;
  participants: number;
  operators: number;
  members: number;
  /** Monday of the first week, YYYY-MM-DD. */
  firstMonday: string;
}

/** Deterministic uuid for a key. */
const id = (key: string) => `md5(${key})::uuid`;
/** Deterministic integer in 0..n-1 for a key. */
const pick = (key: string, n: number) => `(('x' || substr(md5(${key}), 1, 7))::bit(28)::int % ${n})`;

export function municipalitySql(s: ScaleShape): string[] {
  const m = `'${s.m}'`;
  const mid = id(`'m' || ${m}`);
  const org = (k: string) => id(`'o' || ${m} || ':' || ${k}`);
  return [
    `insert into municipality (id, created_at, updated_at, name, code)
     values (${mid}, now(), now(), 'Schaalstad ${s.m}', 'GM9${String(s.m).padStart(3, '0')}')`,
    // Operators of places, the municipality as funder, a care office, a fund, a cooperative.
    `insert into organisation (id, created_at, updated_at, name, kind, municipality_id)
     select ${org('o')}, now(), now(), 'Schaal operator ${s.m}-' || o, 'SOCIAL_ENTERPRISE', ${mid}
     from generate_series(1, ${s.operators}) o
     union all select ${org("'gemeente'")}, now(), now(), 'Gemeente Schaalstad ${s.m}', 'MUNICIPALITY', ${mid}
     union all select ${org("'zorgkantoor'")}, now(), now(), 'Zorgkantoor Schaalstad ${s.m}', 'CARE_OFFICE', ${mid}
     union all select ${org("'fonds'")}, now(), now(), 'Fonds Schaalstad ${s.m}', 'FUND', ${mid}
     union all select ${org("'coop'")}, now(), now(), 'Coöperatie Schaalstad ${s.m}', 'COOPERATIVE', ${mid}`,
    `insert into place (id, created_at, updated_at, name, address, description, municipality_id, organisation_id)
     select ${id(`'p' || ${m} || ':' || p`)}, now(), now(), 'Plek ' || p, 'Straat ' || p, null, ${mid},
            ${org(`(1 + (p - 1) % ${s.operators})::text`)}
     from generate_series(1, ${s.places}) p`,
    `insert into workshop (id, created_at, updated_at, place_id, organisation_id, municipality_id, name, kind,
                           leermeester, skills, default_capacity, archived)
     select ${id(`'w' || ${m} || ':' || p || ':' || w`)}, now(), now(), ${id(`'p' || ${m} || ':' || p`)},
            ${org(`(1 + (p - 1) % ${s.operators})::text`)}, ${mid}, 'Werkplaats ' || w,
            (array['KITCHEN','CRAFTS','SERVICES','LEARNING','OTHER'])[1 + (w - 1) % 5], 'Leermeester ' || w,
            array['vaardigheid ' || w], 12, false
     from generate_series(1, ${s.places}) p, generate_series(1, ${s.workshopsPerPlace}) w`,
    `insert into session_slot (id, created_at, updated_at, workshop_id, place_id, organisation_id, municipality_id,
                               weekday, start_time, end_time, dayparts, capacity, valid_from, valid_until)
     select ${id(`'s' || w.id || ':' || k`)}, now(), now(), w.id, w.place_id, w.organisation_id, w.municipality_id,
            (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'])[1 + ${pick(`w.id::text || k`, 5)}],
            case when k % 2 = 1 then '09:00' else '13:00' end, case when k % 2 = 1 then '13:00' else '17:00' end,
            1, 8 + ${pick(`'cap' || w.id::text || k`, 13)}, date '${s.firstMonday}', null
     from workshop w, generate_series(1, ${s.slotsPerWorkshop}) k where w.municipality_id = ${mid}`,
    `insert into occurrence (id, created_at, updated_at, slot_id, workshop_id, place_id, organisation_id,
                             municipality_id, date, start_time, end_time, dayparts, capacity, booked_count, cancelled)
     select ${id(`'oc' || s.id || ':' || wk`)}, now(), now(), s.id, s.workshop_id, s.place_id, s.organisation_id,
            s.municipality_id,
            date '${s.firstMonday}' + wk * 7 + (array_position(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'], s.weekday) - 1),
            s.start_time, s.end_time, s.dayparts, s.capacity, 0, false
     from session_slot s, generate_series(0, ${s.weeks - 1}) wk where s.municipality_id = ${mid}`,
    `insert into participant (id, created_at, updated_at, organisation_id, display_name, email, phone, birth_date,
                              languages, backgrounds, route_in, comes_to)
     select ${id(`'pa' || ${m} || ':' || i`)}, now(), now(), ${org(`(1 + (i - 1) % ${s.operators})::text`)},
            'Deelnemer ' || i, null, null, null, array['nl'],
            array[(array['UWV','SOCIAL_ASSISTANCE','WAJONG','NEWCOMER','LONG_TERM_CARE','HOMELESS','RETIRED','STUDENT','PROFESSIONAL','VOLUNTEER','OTHER'])[1 + ${pick(`'bg' || ${m} || i`, 11)}]],
            (array['WALK_IN','UWV','REFUGEE_SUPPORT','SOCIAL_SERVICES','CARE_PROVIDER','OTHER'])[1 + ${pick(`'ri' || ${m} || i`, 6)}],
            (array['BRING','FETCH','BOTH'])[1 + ${pick(`'ke' || ${m} || i`, 3)}]
     from generate_series(1, ${s.participants}) i`,
    // Two enrolments per participant, in workshops of places their operator runs.
    `insert into enrolment (id, created_at, updated_at, participant_id, workshop_id, place_id, organisation_id,
                            municipality_id, start_date, end_date, status, outflow_code)
     select ${id(`'e' || pa.id || ':' || n`)}, now(), now(), pa.id, w.id, w.place_id, w.organisation_id, w.municipality_id,
            date '${s.firstMonday}', null, 'ACTIVE', null
     from participant pa
     cross join generate_series(1, 2) n
     join lateral (
       select w.* from workshop w
       where w.organisation_id = pa.organisation_id
       order by md5(pa.id::text || n || w.id::text) limit 1
     ) w on true
     where pa.organisation_id in (select id from organisation where municipality_id = ${mid})
     on conflict do nothing`,
    // Every enrolled participant books every slot of the workshop; places fill in enrolment order, the rest waits.
    `insert into booking (id, created_at, updated_at, occurrence_id, enrolment_id, participant_id, slot_id,
                          organisation_id, status, waitlisted_at)
     select ${id(`'b' || e.id || ':' || oc.id`)}, now(), now(), oc.id, e.id, e.participant_id, oc.slot_id,
            oc.organisation_id,
            case when row_number() over (partition by oc.id order by e.id) <= oc.capacity then 'BOOKED' else 'WAITLISTED' end,
            case when row_number() over (partition by oc.id order by e.id) <= oc.capacity then null else now() end
     from enrolment e join occurrence oc on oc.workshop_id = e.workshop_id
     where e.municipality_id = ${mid}
     on conflict do nothing`,
    `update occurrence oc set booked_count = b.n
     from (select occurrence_id, count(*) n from booking
           where status = 'BOOKED' and occurrence_id in (select id from occurrence where municipality_id = ${mid})
           group by occurrence_id) b
     where b.occurrence_id = oc.id`,
    `insert into attendance (id, created_at, updated_at, occurrence_id, participant_id, status, note, date, dayparts,
                             workshop_id, place_id, organisation_id, municipality_id)
     select ${id(`'a' || b.id`)}, now(), now(), oc.id, b.participant_id,
            case when ${pick(`'st' || b.id::text`, 100)} < 80 then 'PRESENT'
                 when ${pick(`'st' || b.id::text`, 100)} < 92 then 'ABSENT' else 'EXCUSED' end,
            null, oc.date, oc.dayparts, oc.workshop_id, oc.place_id, oc.organisation_id, oc.municipality_id
     from booking b join occurrence oc on oc.id = b.occurrence_id
     where b.status = 'BOOKED' and oc.municipality_id = ${mid}
       and oc.date < date '${s.firstMonday}' + ${s.pastWeeks * 7}`,
    // A cooperative whose members each run an own enterprise, with twelve months of earnings.
    `insert into member (id, created_at, updated_at, organisation_id, municipality_id, display_name, birth_date,
                         household, youngest_child_birth_date, medical_limitation, benefit_start, membership_start,
                         trial_period_end, partner_birth_date)
     select ${id(`'mb' || ${m} || ':' || i`)}, now(), now(), ${org("'coop'")}, ${mid}, 'Lid ' || i,
            date '1960-01-01' + ${pick(`'bd' || ${m} || i`, 14000)},
            (array['SINGLE','SINGLE_PARENT','COUPLE'])[1 + ${pick(`'hh' || ${m} || i`, 3)}],
            date '2016-01-01' + ${pick(`'ch' || ${m} || i`, 3000)}, false, date '2025-01-01', date '2025-01-01',
            null, date '1965-01-01' + ${pick(`'pb' || ${m} || i`, 10000)}
     from generate_series(1, ${s.members}) i`,
    `insert into enterprise (id, created_at, updated_at, organisation_id, municipality_id, name, kind)
     select ${id(`'en' || ${m} || ':' || i`)}, now(), now(), ${org("'coop'")}, ${mid}, 'Onderneming ' || i, 'OWN'
     from generate_series(1, ${s.members}) i`,
    `insert into enterprise_share (id, created_at, updated_at, enterprise_id, member_id, organisation_id, basis_points)
     select ${id(`'es' || ${m} || ':' || i`)}, now(), now(), ${id(`'en' || ${m} || ':' || i`)},
            ${id(`'mb' || ${m} || ':' || i`)}, ${org("'coop'")}, 10000
     from generate_series(1, ${s.members}) i`,
    `insert into enterprise_earnings (id, created_at, updated_at, enterprise_id, organisation_id, month,
                                      revenue_cents, costs_cents)
     select ${id(`'ee' || ${m} || ':' || i || ':' || mo`)}, now(), now(), ${id(`'en' || ${m} || ':' || i`)},
            ${org("'coop'")}, '2026-' || lpad(mo::text, 2, '0'),
            ${pick(`'rv' || ${m} || i || mo`, 150000)}, ${pick(`'co' || ${m} || i || mo`, 20000)}
     from generate_series(1, ${s.members}) i, generate_series(1, 12) mo`,
  ];
}

/**
 * Funding of one municipality's places for 2026: 3-5 agreements per place (general provision per place, Wlz per
 * attended day part with linked participants, sales, and for some places a fund's lump sum or re-integration
 * per participant month capped at 40% of costs), a year of costs per category and of sales per kitchen.
 */
export function fundingSql(s: ScaleShape): string[] {
  const m = `'${s.m}'`;
  const mid = id(`'m' || ${m}`);
  const org = (k: string) => id(`'o' || ${m} || ':' || ${k}`);
  const stream = (k: string) => id(`'fs' || ${m} || ':' || ${k}`);
  const agreement = (k: string) => id(`'fa' || p.id::text || ':' || ${k}`);
  const common = `p.id, p.organisation_id, p.municipality_id, '2026-01', '2026-12', 'ACCEPTED', 'FUNDER'`;
  const columns = `(id, created_at, updated_at, stream_id, funder_id, place_id, organisation_id, municipality_id,
      from_month, until_month, status, proposed_by, basis, funded_places, dayparts_per_week, amount_per_place_per_year_cents,
      tariff_cents, amount_per_participant_month_cents, total_cents, max_share_basis_points, ceiling_cents)`;
  const places = `from place p where p.municipality_id = ${mid}`;
  return [
    `insert into funding_stream (id, created_at, updated_at, funder_id, name, kind) values
       (${stream("'wmo'")}, now(), now(), ${org("'gemeente'")}, 'Algemene voorziening', 'GENERAL_PROVISION'),
       (${stream("'reint'")}, now(), now(), ${org("'gemeente'")}, 'Re-integratie', 'REINTEGRATION'),
       (${stream("'wlz'")}, now(), now(), ${org("'zorgkantoor'")}, 'Wlz dagbesteding', 'LONG_TERM_CARE'),
       (${stream("'fonds'")}, now(), now(), ${org("'fonds'")}, 'Werkplaatsfonds', 'PRIVATE_FUND')`,
    `insert into funding_stream (id, created_at, updated_at, funder_id, name, kind)
     select ${stream(`'sales' || o.id::text`)}, now(), now(), o.id, 'Verkoop', 'SALES'
     from organisation o where o.municipality_id = ${mid} and o.kind = 'SOCIAL_ENTERPRISE'`,
    `insert into funding_agreement ${columns}
     select ${agreement("'wmo'")}, now(), now(), ${stream("'wmo'")}, ${org("'gemeente'")}, ${common},
            'PER_PLACE', 10 + ${pick(`'fp' || p.id::text`, 11)}, 10, 720000::bigint, null::bigint, null::bigint,
            null::bigint, null::int, null::bigint ${places}
     union all
     select ${agreement("'wlz'")}, now(), now(), ${stream("'wlz'")}, ${org("'zorgkantoor'")}, ${common},
            'PER_ATTENDED_DAYPART', null, null, null, 5840, null, null, null, null ${places}
     union all
     select ${agreement("'sales'")}, now(), now(), ${stream(`'sales' || p.organisation_id::text`)}, p.organisation_id,
            ${common}, 'REVENUE', null, null, null, null, null, null, null, null ${places}
     union all
     select ${agreement("'fonds'")}, now(), now(), ${stream("'fonds'")}, ${org("'fonds'")}, ${common},
            'LUMP_SUM', null, null, null, null, null, 1500000, null, 1200000 ${places} and p.name ~ '[02468]$'
     union all
     select ${agreement("'reint'")}, now(), now(), ${stream("'reint'")}, ${org("'gemeente'")}, ${common},
            'PER_PARTICIPANT_MONTH', null, null, null, null, 25000, null, 4000, null ${places} and p.name ~ '[0369]$'`,
    // One in ten enrolled participants brings Wlz money: linked to the place's Wlz agreement for the year.
    `insert into participant_funding_link (id, created_at, updated_at, agreement_id, participant_id, place_id,
                                           organisation_id, municipality_id, from_date, until_date)
     select distinct on (e.place_id, e.participant_id)
            ${id(`'fl' || e.place_id::text || e.participant_id::text`)}, now(), now(),
            ${id(`'fa' || e.place_id::text || ':' || 'wlz'`)}, e.participant_id, e.place_id, e.organisation_id,
            e.municipality_id, date '2026-01-01', null
     from enrolment e where e.municipality_id = ${mid} and ${pick(`'wlz' || e.participant_id::text`, 10)} = 0`,
    `insert into place_cost (id, created_at, updated_at, place_id, organisation_id, municipality_id, month,
                             category, amount_cents)
     select ${id(`'pc' || p.id::text || mo || c`)}, now(), now(), p.id, p.organisation_id, p.municipality_id,
            '2026-' || lpad(mo::text, 2, '0'), c,
            case c when 'STAFF' then 1200000 when 'PREMISES' then 250000 when 'MATERIALS' then 80000 else 40000 end
              + ${pick(`'pcv' || p.id::text || mo || c`, 50000)}
     ${places.replace('from place p', "from place p, generate_series(1, 12) mo, unnest(array['STAFF','PREMISES','MATERIALS','OTHER']) c")}`,
    `insert into sale (id, created_at, updated_at, workshop_id, place_id, organisation_id, municipality_id, month,
                       amount_cents, description)
     select ${id(`'sa' || w.id::text || mo`)}, now(), now(), w.id, w.place_id, w.organisation_id, w.municipality_id,
            '2026-' || lpad(mo::text, 2, '0'), 150000 + ${pick(`'sav' || w.id::text || mo`, 150000)}, null
     from workshop w, generate_series(1, 12) mo where w.municipality_id = ${mid} and w.kind = 'KITCHEN'`,
  ];
}

/**
 * Outcomes of one municipality's 2026: three in ten participants leave on a day between February and November
 * (both enrolments that day, each with a reason of its own, so "most positive reason" has work to do), and every
 * participant has three positions on the participation ladder, about four months apart.
 */
export function outcomesSql(s: ScaleShape): string[] {
  const m = `'${s.m}'`;
  const mid = id(`'m' || ${m}`);
  const reasons = `(array['PAID_WORK','PAID_WORK','EDUCATION','CIVIC_INTEGRATION','VOLUNTEER_WORK','OTHER_PLACE','MOVED','STOPPED','UNKNOWN'])`;
  return [
    `update enrolment e
        set status = 'ENDED',
            end_date = date '${s.firstMonday}' + 30 + ${pick(`'end' || e.participant_id::text`, 300)},
            outflow_code = ${reasons}[1 + ${pick(`'out' || e.id::text`, 9)}]
      where e.municipality_id = ${mid} and ${pick(`'left' || e.participant_id::text`, 10)} < 3`,
    `insert into ladder_position (id, created_at, updated_at, participant_id, date, rung, note, organisation_id,
                                  municipality_id)
     select ${id(`'lp' || pa.id::text || ':' || k`)}, now(), now(), pa.id,
            date '${s.firstMonday}' + (k - 1) * 120 + ${pick(`'ld' || pa.id::text || k`, 60)},
            1 + ${pick(`'lr' || pa.id::text || k`, 6)}, null, pa.organisation_id, ${mid}
       from participant pa, generate_series(1, 3) k
      where pa.organisation_id in (select id from organisation where municipality_id = ${mid})`,
  ];
}
