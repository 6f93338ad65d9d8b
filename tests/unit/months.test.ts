import { addMonths, daysInMonth, isMonth, lastDay, monthCount, monthRange } from '../../src/shared/months';

describe('months', () => {
  it('validates YYYY-MM', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('26-01')).toBe(false);
  });

  it('does month arithmetic across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthCount('2025-11', '2026-02')).toBe(4);
    expect(monthCount('2026-02', '2026-01')).toBe(0);
    expect(monthRange('2025-12', '2026-02')).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2026-02')).toBe(28);
    expect(lastDay('2026-04')).toBe('2026-04-30');
  });
});
