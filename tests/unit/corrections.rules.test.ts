import { overlapsPause, pauseToResume, resumedPause, statusOn } from '../../src/enrolments/enrolment.rules';
import { correctionWindowOpen, lastCorrectionDay } from '../../src/shared/corrections';
import { addDays, weekdayOf } from '../../src/shared/dates';
import { overbooked, weekdayShift } from '../../src/scheduling/slot-change.rules';

describe('correction windows', () => {
  it('are open up to and including the last day, then closed', () => {
    expect(lastCorrectionDay('2026-01-31', 31)).toBe('2026-03-03');
    expect(correctionWindowOpen('2026-01-31', '2026-03-03', 31)).toBe(true);
    expect(correctionWindowOpen('2026-01-31', '2026-03-04', 31)).toBe(false);
    expect(correctionWindowOpen('2026-05-01', '2026-04-01', 0)).toBe(true);
  });
});

describe('enrolment life cycle', () => {
  const pauses = [{ fromDate: '2026-03-02', untilDate: '2026-03-15' }];

  it('is ENDED only after the end date, PAUSED within a pause, ACTIVE otherwise', () => {
    expect(statusOn('2026-03-31', [], '2026-03-30')).toBe('ACTIVE');
    expect(statusOn('2026-03-31', [], '2026-03-31')).toBe('ENDED');
    expect(statusOn('2026-03-31', [], '2026-04-01')).toBe('ENDED');
    expect(statusOn(null, pauses, '2026-03-02')).toBe('PAUSED');
    expect(statusOn(null, pauses, '2026-03-16')).toBe('ACTIVE');
    expect(statusOn(null, [{ fromDate: '2026-03-02', untilDate: null }], '2027-01-01')).toBe('PAUSED');
  });

  it('finds overlapping pauses, open-ended ones included', () => {
    expect(overlapsPause(pauses, '2026-03-15', '2026-03-20')).toBeDefined();
    expect(overlapsPause(pauses, '2026-03-16', null)).toBeUndefined();
    expect(overlapsPause(pauses, '2026-02-01', null)).toBeDefined();
    expect(
      overlapsPause([{ fromDate: '2026-05-01', untilDate: null }], '2026-06-01', '2026-06-02'),
    ).toBeDefined();
  });

  it('resuming ends the pause the day before, and drops a pause resumed on its first day', () => {
    const open = { fromDate: '2026-03-02', untilDate: null };
    expect(pauseToResume([open], '2026-03-10')).toBe(open);
    expect(resumedPause(open, '2026-03-10')).toEqual({ drop: false, untilDate: '2026-03-09' });
    expect(resumedPause(open, '2026-03-02')).toEqual({ drop: true, untilDate: '2026-03-01' });
    expect(pauseToResume(pauses, '2026-04-01')).toBeUndefined();
  });
});

describe('moving a weekly slot to another weekday', () => {
  it('moves every occurrence by one offset, never before the change date, one per week', () => {
    // Friday → Monday from Monday 8 June: the Friday of that week moves back to the Monday.
    expect(weekdayShift('FRIDAY', 'MONDAY', '2026-06-12', '2026-06-08')).toBe(-4);
    // Friday → Monday from Wednesday 10 June: that Monday is past the change date, so the next one.
    expect(weekdayShift('FRIDAY', 'MONDAY', '2026-06-12', '2026-06-10')).toBe(3);
    expect(weekdayShift('MONDAY', 'MONDAY', '2026-06-08', '2026-06-08')).toBe(0);
    for (const from of ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12']) {
      const shift = weekdayShift('FRIDAY', 'TUESDAY', '2026-06-12', from);
      const moved = [0, 7, 14].map((week) => addDays('2026-06-12', week + shift));
      expect(moved.every((date) => date >= from && weekdayOf(date) === 'TUESDAY')).toBe(true);
      expect(new Set(moved).size).toBe(3);
    }
  });

  it('counts places beyond capacity, never below zero', () => {
    expect(overbooked(8, 6)).toBe(2);
    expect(overbooked(3, 6)).toBe(0);
  });
});
