/**
 * The per-place breakdown of an outcome report ("from which places"), exact or as a funder may see it. Pure.
 *
 * What a reader can combine: within a place, the months' `started`, `left` and `movedOnToWork` add up to the
 * place's (each person starts and leaves once per place); across places, a column adds up to the report's total
 * when nobody is at two places, which is common, so every column across places is treated as a breakdown that
 * must not have exactly one hidden cell. `active` does not add up over months (a person is active in many).
 */
import { sumRelation, suppressCells, type Relation } from '../shared/suppression';
import type { MonthFigure } from './outcome-figures.calc';

export interface PlaceFigure {
  placeId: string;
  active: number;
  started: number;
  left: number;
  movedOnToWork: number;
  movedOnPositive: number;
  months: MonthFigure[];
}

type Shown = number | null;

export interface PublishedPlace {
  placeId: string;
  active: Shown;
  started: Shown;
  left: Shown;
  movedOnToWork: Shown;
  movedOnPositive: Shown;
  months: { month: string; active: Shown; started: Shown; left: Shown; movedOnToWork: Shown }[];
}

const TOTALS = ['active', 'started', 'left', 'movedOnToWork', 'movedOnPositive'] as const;
const MONTHLY = ['active', 'started', 'left', 'movedOnToWork'] as const;
const ADDITIVE = ['started', 'left', 'movedOnToWork'] as const;

/** Hides small counts (and what would reveal them) unless `exact`. */
export function publishPlaces(places: PlaceFigure[], threshold: number, exact: boolean): PublishedPlace[] {
  const values: number[] = [];
  const cell = (value: number) => values.push(value) - 1;
  const layout = places.map((place) => ({
    totals: Object.fromEntries(TOTALS.map((key) => [key, cell(place[key])])) as Record<
      (typeof TOTALS)[number],
      number
    >,
    months: place.months.map(
      (month) =>
        Object.fromEntries(MONTHLY.map((key) => [key, cell(month[key])])) as Record<
          (typeof MONTHLY)[number],
          number
        >,
    ),
  }));
  const relations: Relation[] = layout.flatMap((place) =>
    ADDITIVE.map((key) =>
      sumRelation(
        place.totals[key],
        place.months.map((month) => month[key]),
      ),
    ),
  );
  const groups: number[][] = [
    ...TOTALS.map((key) => layout.map((place) => place.totals[key])),
    ...MONTHLY.flatMap((key) =>
      (places[0]?.months ?? []).map((_, m) => layout.map((place) => place.months[m][key])),
    ),
  ].filter((group) => group.length > 1);
  const hidden = exact ? values.map(() => false) : suppressCells({ values, relations, groups, threshold });
  const shown = (index: number): Shown => (hidden[index] ? null : values[index]);
  return places.map((place, p) => ({
    placeId: place.placeId,
    ...(Object.fromEntries(TOTALS.map((key) => [key, shown(layout[p].totals[key])])) as Record<
      (typeof TOTALS)[number],
      Shown
    >),
    months: place.months.map((month, m) => ({
      month: month.month,
      ...(Object.fromEntries(MONTHLY.map((key) => [key, shown(layout[p].months[m][key])])) as Record<
        (typeof MONTHLY)[number],
        Shown
      >),
    })),
  }));
}
