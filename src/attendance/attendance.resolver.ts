import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, pageOfList } from '../shared/pagination';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Participant } from '../participants';
import { Occurrence } from '../scheduling';
import { DateScalar } from '../shared/scalars';
import { Attendance } from './attendance.entity';
import {
  RecordAttendanceBulkInput,
  RecordAttendanceBulkPayload,
  RecordAttendanceInput,
  RecordAttendancePayload,
  RemoveAttendanceInput,
  RemoveAttendancePayload,
} from './attendance.input';
import {
  attendanceSummary,
  missingRegistrations,
  recordAttendance,
  recordAttendanceBulk,
  removeAttendance,
} from './attendance.service';
import { AttendanceSummary } from './attendance.types';

const { ConnectionType: OccurrenceConnection } = connectionTypes(Occurrence, 'Occurrence', 'occurrence');
type OccurrenceConnection = InstanceType<typeof OccurrenceConnection>;

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => AttendanceSummary, {
    description: "Attendance per workshop of a place over at most 366 days. ADMIN or the place's staff.",
  })
  attendanceSummary(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', () => DateScalar, { description: 'First date.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last date.' }) to: string,
  ): Promise<AttendanceSummary> {
    return attendanceSummary(ctx, placeId, from, to);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => [Occurrence], {
    deprecationReason: 'Use missingRegistrationsConnection, which pages; this list goes in the next release.',
    description: 'Past occurrences of a place in the range, not cancelled, with nobody registered, by date.',
  })
  missingRegistrations(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', () => DateScalar, { description: 'First date.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last date.' }) to: string,
  ): Promise<Occurrence[]> {
    return missingRegistrations(ctx, placeId, from, to);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => OccurrenceConnection, {
    description:
      'Past occurrences of a place in the range with nobody registered, by date, a page at a time.',
  })
  async missingRegistrationsConnection(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', () => DateScalar, { description: 'First date.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last date.' }) to: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<OccurrenceConnection> {
    return pageOfList(OccurrenceConnection, await missingRegistrations(ctx, placeId, from, to), first, after);
  }

  @FieldResolver(() => Participant, { description: 'The participant.' })
  async participant(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Participant> {
    return (await ctx.loaders.participantById.load(attendance.participant.id))!;
  }

  @FieldResolver(() => Occurrence, { description: 'The occurrence.' })
  async occurrence(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Occurrence> {
    return (await ctx.loaders.occurrenceById.load(attendance.occurrence.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordAttendancePayload, {
    description: "Registers or corrects one participant's attendance at a past or today's occurrence.",
  })
  async recordAttendance(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAttendanceInput, { description: 'Who, where and how.' })
    input: RecordAttendanceInput,
  ): Promise<RecordAttendancePayload> {
    const { value, errors } = await recordAttendance(ctx, input);
    return { attendance: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordAttendanceBulkPayload, {
    description: 'Registers attendance for a whole roster in one go; all entries or none.',
  })
  async recordAttendanceBulk(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAttendanceBulkInput, {
      description: 'The occurrence and one entry per person.',
    })
    input: RecordAttendanceBulkInput,
  ): Promise<RecordAttendanceBulkPayload> {
    const { value, errors } = await recordAttendanceBulk(ctx, input);
    return { attendance: value ?? [], errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RemoveAttendancePayload, {
    description:
      'Removes a wrong attendance registration; staff within the correction window (31 days), ADMIN always.',
  })
  async removeAttendance(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveAttendanceInput, { description: 'The registration.' })
    input: RemoveAttendanceInput,
  ): Promise<RemoveAttendancePayload> {
    const { value, errors } = await removeAttendance(ctx, input);
    return {
      removedAttendanceId: value?.attendanceId ?? null,
      occurrence: value?.occurrence ?? null,
      errors,
    };
  }
}
