import { Ctx, FieldResolver, Int, ObjectType, Field, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth';
import { Occurrence } from '../scheduling';

/**
 * Backgrounds whose day parts are paid per person (a person-bound agreement, e.g. Wlz for LONG_TERM_CARE): such a
 * participant's attendance earns money only through an approved participant link (`requestParticipantFunding`).
 */
export const PERSON_BOUND_BACKGROUNDS = ['LONG_TERM_CARE'] as const;

/** What an occurrence has of person-bound participants without a link covering its date. */
@ObjectType({
  description:
    'Participants with a person-bound background (e.g. LONG_TERM_CARE) at this date without an approved funding link covering it: their day parts are not paid until a link exists (requestParticipantFunding).',
})
export class UnlinkedPersonBound {
  @Field(() => Int, { description: 'Such participants booked or registered PRESENT on this date.' })
  participants!: number;

  @Field(() => Int, { description: 'Day parts they attended (PRESENT) on this date that no agreement pays.' })
  attendedDayparts!: number;
}

export interface UnlinkedRow {
  occurrence_id: string;
  participants: number;
  attended_dayparts: number;
}

/** The query behind the loader: one statement for a batch of occurrences. */
export const UNLINKED_SQL = `
  with people as (
    select o.id as occurrence_id, o.date, o.place_id, b.participant_id, 0 as dayparts
      from occurrence o join booking b on b.occurrence_id = o.id and b.status = 'BOOKED'
     where o.id = any(?::uuid[])
    union
    select o.id, o.date, o.place_id, a.participant_id, case when a.status = 'PRESENT' then a.dayparts else 0 end
      from occurrence o join attendance a on a.occurrence_id = o.id
     where o.id = any(?::uuid[])
  ),
  unlinked as (
    select pe.occurrence_id, pe.participant_id, max(pe.dayparts) as dayparts
      from people pe join participant p on p.id = pe.participant_id
     where p.backgrounds && ?::text[]
       and not exists (select 1 from participant_funding_link l
                        where l.participant_id = pe.participant_id and l.place_id = pe.place_id
                          and l.from_date <= pe.date and (l.until_date is null or l.until_date >= pe.date))
     group by pe.occurrence_id, pe.participant_id
  )
  select occurrence_id, count(*)::int as participants, coalesce(sum(dayparts), 0)::int as attended_dayparts
    from unlinked group by occurrence_id`;

/** `Occurrence.unlinkedPersonBound`: resolved by funding, which knows the links. */
@Resolver(() => Occurrence)
export class OccurrencePersonBoundResolver {
  @FieldResolver(() => UnlinkedPersonBound, {
    description:
      'Person-bound participants (e.g. LONG_TERM_CARE) booked or present without an approved funding link on this date, so that no day part goes unpaid by oversight.',
  })
  async unlinkedPersonBound(
    @Root() occurrence: Occurrence,
    @Ctx() ctx: Context,
  ): Promise<UnlinkedPersonBound> {
    return ctx.loaders.unlinkedPersonBoundByOccurrenceId.load(occurrence.id);
  }
}
