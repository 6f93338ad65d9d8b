import type { Context } from '../auth';
import { badInput } from '../shared/errors';
import { isMonth, monthCount, monthRange } from '../shared/months';
import { BASIS_POINTS } from '../shared/money';
import { loadIncomes, requireVisibleMember } from './benefit.service';
import { netEarnings } from './earnings.calc';
import {
  MemberEarningsLineKind,
  type MemberEarningsLine,
  type MemberEarningsMonth,
} from './member-earnings.types';

/** Longest period of one memberEarnings request, in months. */
export const MAX_EARNINGS_MONTHS = 120;

/** A period of months, or BAD_USER_INPUT. */
export function assertPeriod(from: string, to: string, max: number): void {
  if (!isMonth(from)) throw badInput('from must be a month written YYYY-MM.', 'from');
  if (!isMonth(to)) throw badInput('to must be a month written YYYY-MM.', 'to');
  if (to < from) throw badInput('to must not be before from.', 'to');
  if (monthCount(from, to) > max) throw badInput(`A period may span at most ${max} months.`, 'to');
}

const income = (kind: MemberEarningsLineKind, amountCents: number): MemberEarningsLine => ({
  kind,
  enterpriseId: null,
  enterpriseName: null,
  enterpriseKind: null,
  revenueCents: null,
  costsCents: null,
  netCents: null,
  shareBasisPoints: null,
  share: null,
  amountCents,
});

/**
 * Per month of `from`..`to`: the member's share of each enterprise's net earnings and their recorded other
 * income, split exactly as the benefit statement splits them (the same loading). The member themselves or their
 * cooperative's staff; NOT_FOUND for anyone else.
 */
export async function memberEarnings(
  ctx: Context,
  memberId: string,
  from: string,
  to: string,
): Promise<MemberEarningsMonth[]> {
  assertPeriod(from, to, MAX_EARNINGS_MONTHS);
  const member = await requireVisibleMember(ctx, memberId);
  const incomes = (await loadIncomes(ctx.em, [member], to, from)).get(member.id)!;
  return monthRange(from, to).map((month) => {
    const recorded = incomes.get(month);
    const shares: MemberEarningsLine[] = [...(recorded?.sources ?? [])]
      .sort((a, b) => b.memberCents - a.memberCents || a.enterpriseName.localeCompare(b.enterpriseName))
      .map((source) => ({
        kind: MemberEarningsLineKind.ENTERPRISE_SHARE,
        enterpriseId: source.enterpriseId,
        enterpriseName: source.enterpriseName,
        enterpriseKind: source.enterpriseKind,
        revenueCents: source.revenueCents,
        costsCents: source.costsCents,
        netCents: netEarnings(source.revenueCents, source.costsCents),
        shareBasisPoints: source.shareBasisPoints,
        share: source.shareBasisPoints / BASIS_POINTS,
        amountCents: source.memberCents,
      }));
    const lines = [...shares];
    if (recorded?.volunteerAllowanceCents) {
      lines.push(income(MemberEarningsLineKind.VOLUNTEER_ALLOWANCE, recorded.volunteerAllowanceCents));
    }
    if (recorded?.partnerEarningsCents) {
      lines.push(income(MemberEarningsLineKind.PARTNER_EARNINGS, recorded.partnerEarningsCents));
    }
    return { month, earningsCents: recorded?.memberEarningsCents ?? 0, lines };
  });
}
