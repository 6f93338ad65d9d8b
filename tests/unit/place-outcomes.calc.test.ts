import fc from 'fast-check';
import { type PlaceFigure, publishPlaces } from '../../src/outcomes/place-outcomes.calc';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

/** Places whose months add up to their totals (as counted in SQL): started, left and work per month. */
const places = fc
  .array(
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat(12), fc.nat(6), fc.nat(6), fc.nat(3)), {
          minLength: MONTHS.length,
          maxLength: MONTHS.length,
        }),
        fc.nat(20),
        fc.nat(4),
      )
      .map(([months, extraActive, extraPositive]): PlaceFigure => {
        const rows = months.map(([active, started, left, work], m) => ({
          month: MONTHS[m],
          active,
          started,
          left: Math.max(left, work),
          movedOnToWork: work,
        }));
        const sum = (key: 'started' | 'left' | 'movedOnToWork') => rows.reduce((s, r) => s + r[key], 0);
        const left = sum('left');
        return {
          placeId: '',
          active: Math.max(...rows.map((r) => r.active)) + extraActive,
          started: sum('started'),
          left,
          movedOnToWork: sum('movedOnToWork'),
          movedOnPositive: Math.min(left, sum('movedOnToWork') + extraPositive),
          months: rows,
        };
      }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) => list.map((place, i) => ({ ...place, placeId: `place-${i}` })));

describe('outcomes per place as a funder sees them', () => {
  it('hides every count from 1 to 4', () => {
    fc.assert(
      fc.property(places, (figures) => {
        const shown = publishPlaces(figures, 5, false);
        shown.forEach((place, p) => {
          for (const key of ['active', 'started', 'left', 'movedOnToWork', 'movedOnPositive'] as const) {
            const exact = figures[p][key];
            if (exact >= 1 && exact < 5) expect(place[key]).toBeNull();
            if (place[key] !== null) expect(place[key]).toBe(exact);
          }
          place.months.forEach((month, m) => {
            for (const key of ['active', 'started', 'left', 'movedOnToWork'] as const) {
              const exact = figures[p].months[m][key];
              if (exact >= 1 && exact < 5) expect(month[key]).toBeNull();
            }
          });
        });
      }),
    );
  });

  it('never leaves a hidden month the only hidden part of its place total, nor a hidden place alone in a column', () => {
    fc.assert(
      fc.property(places, (figures) => {
        const shown = publishPlaces(figures, 5, false);
        shown.forEach((place) => {
          for (const key of ['started', 'left', 'movedOnToWork'] as const) {
            const hiddenMonths = place.months.filter((m) => m[key] === null).length;
            // With the place total shown, one hidden month would be the total minus the others.
            if (place[key] !== null) expect(hiddenMonths).not.toBe(1);
          }
        });
        if (shown.length > 1) {
          for (const key of ['active', 'started', 'left', 'movedOnToWork', 'movedOnPositive'] as const) {
            expect(shown.filter((p) => p[key] === null).length).not.toBe(1);
          }
        }
      }),
    );
  });

  it('shows staff every count exactly', () => {
    fc.assert(
      fc.property(places, (figures) => {
        const shown = publishPlaces(figures, 5, true);
        expect(shown.map((p) => p.active)).toEqual(figures.map((p) => p.active));
        expect(shown.flatMap((p) => p.months.map((m) => m.left))).toEqual(
          figures.flatMap((p) => p.months.map((m) => m.left)),
        );
      }),
    );
  });
});
