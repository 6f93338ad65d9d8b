import type { Context } from '../auth';
import { badInput } from '../shared/errors';
import { CalcError } from './benefit.calc';
import {
  assertMonth,
  calcFailure,
  type IncomeWithSources,
  loadStatementInputs,
  requireVisibleMember,
  type StatementWithSources,
  statementsFrom,
} from './benefit.service';
import { earningsForZeroBenefit, type ForecastFigures, forecastLimits, withForecast } from './forecast.calc';
import type { ForecastLimitResult } from './forecast.calc';

/**
 * The statement `month` would give if the member earned `earningsCents` (net, from their enterprises) and, when
 * given, received `volunteerAllowanceCents`: the same rules, history and household as `benefitStatement`, the
 * disregard months already used included. Reads only; writes nothing. The member themselves or their
 * cooperative's staff. The answer also names the limits these figures reach next.
 */
export async function benefitForecast(
  ctx: Context,
  memberId: string,
  month: string,
  earningsCents: number,
  volunteerAllowanceCents?: number | null,
): Promise<StatementWithSources & { limits: ForecastLimitResult[] }> {
  assertMonth(month);
  if (earningsCents < 0)
    throw badInput('earningsCents is net earnings and cannot be below 0.', 'earningsCents');
  if (volunteerAllowanceCents != null && volunteerAllowanceCents < 0) {
    throw badInput('volunteerAllowanceCents cannot be below 0.', 'volunteerAllowanceCents');
  }
  const member = await requireVisibleMember(ctx, memberId);
  const inputs = await loadStatementInputs(ctx, member, month);
  const figures: ForecastFigures = { month, earningsCents, volunteerAllowanceCents };
  // A forecast has no recorded enterprise figures behind it, so no earnings sources.
  const incomes = withForecast<IncomeWithSources>(inputs.incomes, figures, (income) => ({
    ...income,
    sources: [],
  }));
  const [statement] = statementsFrom({ ...inputs, incomes }, [month]);
  let zeroFrom: number | null;
  try {
    zeroFrom = earningsForZeroBenefit(inputs.facts, inputs.rules, inputs.incomes, figures);
  } catch (error) {
    if (error instanceof CalcError) throw calcFailure(error);
    throw error;
  }
  return { ...statement, limits: forecastLimits(statement, zeroFrom) };
}
