import fc from 'fast-check';
import {
  type OutcomeFigures,
  outcomeTable,
  publishOutcomes,
  type PublishedOutcomes,
} from '../../src/outcomes/outcome-figures.calc';
import { type Relation, sumRelation, suppressCells } from '../../src/shared/suppression';

const REASONS = [
  { code: 'PAID_WORK', label: 'Paid work', positive: true },
  { code: 'EDUCATION', label: 'Education', positive: true },
  { code: 'CIVIC_INTEGRATION', label: 'Civic integration', positive: true },
  { code: 'VOLUNTEER_WORK', label: 'Volunteer work', positive: true },
  { code: 'OTHER_PLACE', label: 'Another place', positive: false },
  { code: 'MOVED', label: 'Moved', positive: false },
  { code: 'STOPPED', label: 'Stopped', positive: false },
];
const ROUTES = ['WALK_IN', 'UWV', 'SOCIAL_SERVICES', 'NONE'];
const BACKGROUNDS = ['UWV', 'NEWCOMER', 'RETIRED'];

/** Rank of a matrix (rows of numbers), by elimination with partial pivoting. */
function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => [...row]);
  const width = rows[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c += 1) {
    let best = r;
    for (let i = r + 1; i < rows.length; i += 1) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
    if (Math.abs(rows[best][c]) < 1e-9) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    for (let i = r + 1; i < rows.length; i += 1) {
      const f = rows[i][c] / rows[r][c];
      for (let k = c; k < width; k += 1) rows[i][k] -= f * rows[r][k];
    }
    r += 1;
  }
  return r;
}

/**
 * Hidden cells a reader can work out from the published ones: cell k is pinned down exactly when its column is not
 * in the span of the other hidden cells' columns (removing it lowers the rank). Independent of the library's own
 * check, which looks for a unit row in the reduced row echelon form.
 */
function recomputable(relations: readonly Relation[], hidden: readonly boolean[]): number[] {
  const cells = hidden.flatMap((h, i) => (h ? [i] : []));
  const matrix = (columns: number[]) =>
    relations.map((relation) =>
      columns.map((cell) =>
        relation.filter((t) => t.cell === cell).reduce((sum, t) => sum + t.coefficient, 0),
      ),
    );
  const full = rank(matrix(cells));
  return cells.filter((cell) => rank(matrix(cells.filter((c) => c !== cell))) < full);
}

/** Coherent figures: people who left (reason, month), people who started (month), active people (route). */
const figuresArb: fc.Arbitrary<OutcomeFigures> = fc
  .record({
    months: fc.integer({ min: 1, max: 12 }),
    small: fc.boolean(),
  })
  .chain(({ months, small }) => {
    const many = small ? 8 : 40;
    return fc.record({
      months: fc.constant(months),
      leavers: fc.array(fc.tuple(fc.nat(REASONS.length - 1), fc.nat(months - 1)), { maxLength: many }),
      starters: fc.array(fc.nat(months - 1), { maxLength: many }),
      routes: fc.array(fc.nat(ROUTES.length - 1), { maxLength: many }),
      backgrounds: fc.array(fc.nat(many), { minLength: BACKGROUNDS.length, maxLength: BACKGROUNDS.length }),
      ladder: fc.array(fc.nat(small ? 6 : 20), { minLength: 3, maxLength: 3 }),
      activeByMonth: fc.array(fc.nat(many), { minLength: months, maxLength: months }),
    });
  })
  .map((g) => {
    const reasonCount = (i: number) => g.leavers.filter(([r]) => r === i).length;
    const byOutflowReason = REASONS.map((r, i) => ({ ...r, count: reasonCount(i) }));
    return {
      active: g.routes.length,
      started: g.starters.length,
      left: g.leavers.length,
      movedOnToWork: reasonCount(0),
      movedOnPositive: byOutflowReason.filter((r) => r.positive).reduce((s, r) => s + r.count, 0),
      byOutflowReason,
      byRouteIn: ROUTES.map((code, i) => ({
        code,
        label: code,
        count: g.routes.filter((r) => r === i).length,
      })),
      byBackground: BACKGROUNDS.map((code, i) => ({ code, label: code, count: g.backgrounds[i] })),
      ladder: { up: g.ladder[0], stayed: g.ladder[1], down: g.ladder[2] },
      months: g.activeByMonth.map((active, m) => ({
        month: `2026-${String(m + 1).padStart(2, '0')}`,
        active,
        started: g.starters.filter((s) => s === m).length,
        left: g.leavers.filter(([, lm]) => lm === m).length,
        movedOnToWork: g.leavers.filter(([r, lm]) => r === 0 && lm === m).length,
      })),
    };
  });

/** The published report flattened in the order of {@link outcomeTable}'s cells. */
function cellsOf(p: PublishedOutcomes): (number | null)[] {
  return [
    p.active,
    p.started,
    p.left,
    p.movedOnToWork,
    p.movedOnPositive,
    ...p.byOutflowReason.map((r) => r.count),
    ...p.byRouteIn.map((r) => r.count),
    ...p.byBackground.map((r) => r.count),
    p.ladder.up,
    p.ladder.stayed,
    p.ladder.down,
    ...p.months.flatMap((m) => [m.active, m.started, m.left, m.movedOnToWork]),
  ];
}

describe('suppressCells', () => {
  it('hides counts 1 to 4 and the smallest other cell of a breakdown whose total is published', () => {
    // total 12 = 3 + 7 + 2 + 0: 3 and 2 are small; the total minus 7 leaves two unknowns, nothing more to hide.
    const hidden = suppressCells({
      values: [12, 3, 7, 2, 0],
      relations: [sumRelation(0, [1, 2, 3, 4])],
      groups: [[1, 2, 3, 4]],
      threshold: 5,
    });
    expect(hidden).toEqual([false, true, false, true, false]);
  });

  it('hides a second cell when one small cell could be worked out from the total', () => {
    // 20 = 3 + 9 + 8: 3 alone is small, so 20 - 9 - 8 would give it away; 8 (the smallest other) is hidden too.
    const hidden = suppressCells({
      values: [20, 3, 9, 8],
      relations: [sumRelation(0, [1, 2, 3])],
      groups: [[1, 2, 3]],
      threshold: 5,
    });
    expect(hidden).toEqual([false, true, false, true]);
  });

  it('hides a total that equals a hidden cell', () => {
    // Moved on to work = the PAID_WORK row: if the row is hidden as a complement, the total must go too.
    const hidden = suppressCells({
      values: [6, 3, 6, 9],
      relations: [sumRelation(0, [2]), sumRelation(3, [1, 2])],
      groups: [[1, 2]],
      threshold: 5,
    });
    expect(hidden[1]).toBe(true);
    expect(hidden[2]).toBe(true);
    expect(hidden[0]).toBe(true);
  });

  it('leaves zeros and counts from the threshold on visible', () => {
    expect(
      suppressCells({
        values: [0, 5, 10],
        relations: [sumRelation(2, [0, 1])],
        groups: [[0, 1]],
        threshold: 5,
      }),
    ).toEqual([false, false, false]);
  });
});

describe('publishOutcomes', () => {
  it('shows staff every exact count', () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const published = publishOutcomes(figures, 5, true);
        expect(cellsOf(published)).toEqual(outcomeTable(figures).values);
      }),
    );
  });

  it('never shows a funder a count from 1 to threshold - 1, and every shown count is exact', () => {
    fc.assert(
      fc.property(figuresArb, fc.integer({ min: 2, max: 10 }), (figures, threshold) => {
        const exact = outcomeTable(figures).values;
        const shown = cellsOf(publishOutcomes(figures, threshold, false));
        shown.forEach((value, i) => {
          if (value !== null) {
            expect(value).toBe(exact[i]);
            expect(value === 0 || value >= threshold).toBe(true);
          }
        });
      }),
    );
  });

  it('leaves no hidden count that the shown counts and the totals pin down', () => {
    fc.assert(
      fc.property(figuresArb, fc.integer({ min: 2, max: 10 }), (figures, threshold) => {
        const table = outcomeTable(figures);
        const hidden = cellsOf(publishOutcomes(figures, threshold, false)).map((v) => v === null);
        expect(recomputable(table.relations, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('hides none or at least two cells of every breakdown', () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const table = outcomeTable(figures);
        const hidden = cellsOf(publishOutcomes(figures, 5, false)).map((v) => v === null);
        for (const group of table.groups) {
          if (group.length < 2) continue;
          expect(group.filter((cell) => hidden[cell]).length).not.toBe(1);
        }
      }),
    );
  });

  it('marks a hidden reason, route or background as suppressed', () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const p = publishOutcomes(figures, 5, false);
        for (const row of [...p.byOutflowReason, ...p.byRouteIn, ...p.byBackground]) {
          expect(row.suppressed).toBe(row.count === null);
        }
      }),
    );
  });
});
