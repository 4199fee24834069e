import { nearestYearSerial, parseMonthDay } from '../../../src/core/calendar/monthDayText';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('parseMonthDay', () => {
  it.each([
    ['10月28日', { month: 10, day: 28, hour: 0, minute: 0 }],
    ['10月28号', { month: 10, day: 28, hour: 0, minute: 0 }],
    ['11月11日', { month: 11, day: 11, hour: 0, minute: 0 }],
    ['11月11日 20:00', { month: 11, day: 11, hour: 20, minute: 0 }],
    ['11月11日20点30', { month: 11, day: 11, hour: 20, minute: 30 }],
    ['１１月１１日', { month: 11, day: 11, hour: 0, minute: 0 }],
    ['6.18', { month: 6, day: 18, hour: 0, minute: 0 }],
    ['10/28', { month: 10, day: 28, hour: 0, minute: 0 }],
    ['2月29日', { month: 2, day: 29, hour: 0, minute: 0 }],
  ])('reads %s', (text, parts) => {
    expect(parseMonthDay(text)).toEqual(parts);
  });

  it.each([
    '3-5',
    '13月1日',
    '2月30日',
    '10.32',
    '开团前3天',
    '3天',
    '2026/10/28',
    '10月',
    '11月11日25:00',
  ])('does not read %s as a month-day', (text) => {
    expect(parseMonthDay(text)).toBeNull();
  });
});

describe('nearestYearSerial', () => {
  const md = (month: number, day: number, hour = 0, minute = 0) => ({ month, day, hour, minute });

  it('takes the campaign’s own year', () => {
    expect(nearestYearSerial(md(10, 28), serial(2026, 11, 11, 10))).toBe(serial(2026, 10, 28));
    expect(nearestYearSerial(md(11, 11, 20), serial(2026, 11, 11, 10))).toBeCloseTo(
      serial(2026, 11, 11, 20),
      9,
    );
  });

  it('reads a date across New Year into the year nearest the campaign', () => {
    expect(nearestYearSerial(md(1, 5), serial(2026, 12, 12))).toBe(serial(2027, 1, 5));
    expect(nearestYearSerial(md(12, 20), serial(2027, 1, 1))).toBe(serial(2026, 12, 20));
  });

  it('gives 2月29日 the leap year near the campaign, and null when there is none', () => {
    expect(nearestYearSerial(md(2, 29), serial(2028, 3, 1))).toBe(serial(2028, 2, 29));
    expect(nearestYearSerial(md(2, 29), serial(2026, 2, 1))).toBeNull();
  });
});
