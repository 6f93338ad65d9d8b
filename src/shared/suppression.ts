/**
 * Small-cell suppression of published counts (as statistical offices do): a count from 1 up to the threshold
 * minus one could single out a person, so it is hidden (primary suppression); where a published total or the
 * other cells of a table would let a hidden count be worked out again, more cells are hidden (secondary
 * suppression). Pure functions over plain numbers; the feature that publishes a table says which cells add up to
 * which (its relations) and which cells form one breakdown (its groups).
 */

/** The threshold when none is configured: counts 1-4 are hidden. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A linear relation between cells that a reader knows holds: the sum of `coefficient × value` is zero. */
export type Relation = readonly { cell: number; coefficient: number }[];

/** `total = part1 + part2 + ...` as a {@link Relation}. */
export function sumRelation(total: number, parts: readonly number[]): Relation {
  return [{ cell: total, coefficient: 1 }, ...parts.map((cell) => ({ cell, coefficient: -1 }))];
}

export interface SuppressionProblem {
  /** Exact counts, zero or more, one per cell. */
  values: readonly number[];
  /** Relations a reader can use to work out a hidden cell from published ones. */
  relations: readonly Relation[];
  /** Breakdowns: when one of their cells is hidden, at least one more of them is hidden too. */
  groups: readonly (readonly number[])[];
  /** Counts from 1 to `threshold - 1` are hidden. */
  threshold: number;
}

const EPSILON = 1e-9;

/**
 * The hidden cells that the relations pin down from the published cells alone: cell k is determined when the unit
 * vector of k lies in the row space of the relations restricted to the hidden cells (reduced row echelon form:
 * some row is exactly that unit vector).
 */
export function determinedCells(relations: readonly Relation[], hidden: readonly boolean[]): number[] {
  const columns = hidden.flatMap((isHidden, cell) => (isHidden ? [cell] : []));
  const index = new Map(columns.map((cell, i) => [cell, i]));
  const rows = relations
    .map((relation) => {
      const row = new Array<number>(columns.length).fill(0);
      for (const { cell, coefficient } of relation) {
        const i = index.get(cell);
        if (i !== undefined) row[i] += coefficient;
      }
      return row;
    })
    .filter((row) => row.some((v) => Math.abs(v) > EPSILON));
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let col = 0; col < columns.length && pivotRow < rows.length; col += 1) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r += 1) {
      if (Math.abs(rows[r][col]) > Math.abs(rows[best][col])) best = r;
    }
    if (Math.abs(rows[best][col]) < EPSILON) continue;
    [rows[pivotRow], rows[best]] = [rows[best], rows[pivotRow]];
    const pivot = rows[pivotRow][col];
    for (let c = 0; c < columns.length; c += 1) rows[pivotRow][c] /= pivot;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === pivotRow || Math.abs(rows[r][col]) < EPSILON) continue;
      const factor = rows[r][col];
      for (let c = 0; c < columns.length; c += 1) rows[r][c] -= factor * rows[pivotRow][c];
    }
    pivots.push(col);
    pivotRow += 1;
  }
  const determined: number[] = [];
  pivots.forEach((col, r) => {
    if (rows[r].every((v, c) => c === col || Math.abs(v) < EPSILON)) determined.push(columns[col]);
  });
  return determined.sort((a, b) => a - b);
}

/**
 * The cheapest published cell among `candidates` to hide next: the smallest count above zero (hiding a zero
 * protects little), then zeros; ties by position.
 */
function complement(
  values: readonly number[],
  hidden: boolean[],
  candidates: Iterable<number>,
): number | null {
  let best: number | null = null;
  const rank = (cell: number) => (values[cell] > 0 ? values[cell] : Number.MAX_SAFE_INTEGER);
  for (const cell of candidates) {
    if (hidden[cell]) continue;
    if (best === null || rank(cell) < rank(best) || (rank(cell) === rank(best) && cell < best)) best = cell;
  }
  return best;
}

/**
 * Which cells to hide: every count from 1 to threshold - 1, then, until nothing changes, one more cell of each
 * breakdown with exactly one hidden cell, and one more cell of a relation that pins a hidden cell down. Ends with
 * no hidden cell that the published cells and the relations determine.
 */
export function suppressCells(problem: SuppressionProblem): boolean[] {
  const { values, relations, groups, threshold } = problem;
  const hidden = values.map((value) => value >= 1 && value < threshold);
  for (;;) {
    let changed = false;
    for (const group of groups) {
      if (group.filter((cell) => hidden[cell]).length !== 1) continue;
      const next = complement(values, hidden, group);
      if (next !== null) {
        hidden[next] = true;
        changed = true;
      }
    }
    const determined = determinedCells(relations, hidden);
    if (determined.length > 0) {
      const cell = determined[0];
      const own = relations.filter((relation) => relation.some((term) => term.cell === cell));
      const next =
        complement(
          values,
          hidden,
          own.flatMap((relation) => relation.map((term) => term.cell)),
        ) ??
        complement(
          values,
          hidden,
          relations.flatMap((relation) => relation.map((term) => term.cell)),
        );
      if (next !== null) {
        hidden[next] = true;
        changed = true;
      }
    }
    if (!changed) return hidden;
  }
}
