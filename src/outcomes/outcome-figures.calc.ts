/**
 * The outcome figures of a scope and period, exact (as counted) or as a funder may see them (small counts hidden,
 * see shared/suppression.ts). Pure: plain numbers in, plain numbers or nulls out.
 */
import { type Relation, sumRelation, suppressCells } from '../shared/suppression';

/** The outflow reason that is "moved on to paid work". */
export const PAID_WORK = 'PAID_WORK';

export interface ReasonFigure {
  code: string;
  label: string;
  positive: boolean;
  count: number;
}

export interface GroupFigure {
  code: string;
  label: string;
  count: number;
}

export interface MonthFigure {
  month: string;
  active: number;
  started: number;
  left: number;
  movedOnToWork: number;
}

/** Exact counts of distinct persons. */
export interface OutcomeFigures {
  active: number;
  started: number;
  left: number;
  movedOnToWork: number;
  movedOnPositive: number;
  /** A partition of `left`: each leaver once, under the most positive reason of their last day. */
  byOutflowReason: ReasonFigure[];
  /** A partition of `active` (a row for "not recorded" included). */
  byRouteIn: GroupFigure[];
  /** Active persons per declared background; a person with several counts once in each. */
  byBackground: GroupFigure[];
  ladder: { up: number; stayed: number; down: number };
  /** One row per month of the period; `started`, `left` and `movedOnToWork` add up to the period's. */
  months: MonthFigure[];
}

/** A count as published: null when hidden. */
export type Shown = number | null;

export interface ShownCount {
  count: Shown;
  suppressed: boolean;
}

export interface PublishedOutcomes {
  active: Shown;
  started: Shown;
  left: Shown;
  movedOnToWork: Shown;
  movedOnPositive: Shown;
  byOutflowReason: (Omit<ReasonFigure, 'count'> & ShownCount)[];
  byRouteIn: (Omit<GroupFigure, 'count'> & ShownCount)[];
  byBackground: (Omit<GroupFigure, 'count'> & ShownCount)[];
  ladder: { up: Shown; stayed: Shown; down: Shown };
  months: { month: string; active: Shown; started: Shown; left: Shown; movedOnToWork: Shown }[];
}

/** The cells of a report in a fixed order, with what a reader knows about how they add up. */
export interface OutcomeTable {
  values: number[];
  relations: Relation[];
  groups: number[][];
}

/** Lays the figures out as cells: totals, reasons, routes in, backgrounds, ladder, then month by month. */
export function outcomeTable(figures: OutcomeFigures): OutcomeTable {
  const values: number[] = [];
  const cell = (value: number) => values.push(value) - 1;
  const active = cell(figures.active);
  const started = cell(figures.started);
  const left = cell(figures.left);
  const work = cell(figures.movedOnToWork);
  const positive = cell(figures.movedOnPositive);
  const reasons = figures.byOutflowReason.map((r) => cell(r.count));
  const routes = figures.byRouteIn.map((r) => cell(r.count));
  const backgrounds = figures.byBackground.map((r) => cell(r.count));
  const ladder = [figures.ladder.up, figures.ladder.stayed, figures.ladder.down].map(cell);
  const months = figures.months.map((m) => ({
    active: cell(m.active),
    started: cell(m.started),
    left: cell(m.left),
    work: cell(m.movedOnToWork),
  }));
  const reasonCells = (keep: (r: ReasonFigure) => boolean) =>
    figures.byOutflowReason.flatMap((r, i) => (keep(r) ? [reasons[i]] : []));
  const relations: Relation[] = [
    sumRelation(left, reasons),
    sumRelation(
      positive,
      reasonCells((r) => r.positive),
    ),
    sumRelation(
      work,
      reasonCells((r) => r.code === PAID_WORK),
    ),
    sumRelation(active, routes),
    sumRelation(
      started,
      months.map((m) => m.started),
    ),
    sumRelation(
      left,
      months.map((m) => m.left),
    ),
    sumRelation(
      work,
      months.map((m) => m.work),
    ),
  ];
  const groups = [
    reasons,
    routes,
    backgrounds,
    ladder,
    months.map((m) => m.active),
    months.map((m) => m.started),
    months.map((m) => m.left),
    months.map((m) => m.work),
  ];
  return { values, relations, groups };
}

/**
 * The figures as a funder may see them: counts from 1 to threshold - 1 hidden, and as many more as needed so that
 * no hidden count can be worked out from the published ones (two at least in every breakdown with one hidden).
 * With `exact`, nothing is hidden (staff and ADMIN).
 */
export function publishOutcomes(
  figures: OutcomeFigures,
  threshold: number,
  exact: boolean,
): PublishedOutcomes {
  const table = outcomeTable(figures);
  const hidden = exact
    ? table.values.map(() => false)
    : suppressCells({ ...table, threshold: Math.max(1, threshold) });
  let next = 0;
  const shown = (): Shown => {
    const i = next++;
    return hidden[i] ? null : table.values[i];
  };
  const counted = <T extends { count: number }>({ count: _count, ...rest }: T) => {
    const count = shown();
    return { ...rest, count, suppressed: count === null };
  };
  const totals = {
    active: shown(),
    started: shown(),
    left: shown(),
    movedOnToWork: shown(),
    movedOnPositive: shown(),
  };
  const byOutflowReason = figures.byOutflowReason.map(counted);
  const byRouteIn = figures.byRouteIn.map(counted);
  const byBackground = figures.byBackground.map(counted);
  const ladder = { up: shown(), stayed: shown(), down: shown() };
  const months = figures.months.map((m) => ({
    month: m.month,
    active: shown(),
    started: shown(),
    left: shown(),
    movedOnToWork: shown(),
  }));
  return { ...totals, byOutflowReason, byRouteIn, byBackground, ladder, months };
}
