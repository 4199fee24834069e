import { readTypedDate } from '../../../src/core/timeline/typedDate';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LAUNCH = serial(2026, 11, 11, 10);

describe('readTypedDate', () => {
  it.each([
    ['2026/10/25', serial(2026, 10, 25)],
    ['2026-10-25', serial(2026, 10, 25)],
    ['2026年10月28日', serial(2026, 10, 28)],
    ['2026.10.28', serial(2026, 10, 28)],
    ['2026-10-25 20:00', serial(2026, 10, 25, 20)],
    ['2026/10/25 20:00', serial(2026, 10, 25, 20)],
    ['10月28日', serial(2026, 10, 28)],
    ['11月11日', serial(2026, 11, 11)],
    ['10月28日（周三）', serial(2026, 10, 28)],
    ['2026/10/28 星期三', serial(2026, 10, 28)],
    ['11.11', serial(2026, 11, 11)],
  ])('reads the text %s as a date', (text, expected) => {
    const d = readTypedDate(text, LAUNCH);
    expect(d).toMatchObject({ kind: 'date', fromText: true });
    expect(d?.kind === 'date' && d.value).toBeCloseTo(expected, 9);
  });

  it('takes a number in 2000–2099 for a date serial the team typed', () => {
    expect(readTypedDate(serial(2026, 10, 25, 20), null)).toEqual({
      kind: 'date',
      value: serial(2026, 10, 25, 20),
    });
    expect(readTypedDate(serial(2000, 1, 1), null)).toMatchObject({ kind: 'date' });
    expect(readTypedDate(serial(2099, 12, 31), null)).toMatchObject({ kind: 'date' });
  });

  it.each([3, 20, 11.11, serial(1999, 12, 31), serial(2100, 1, 1)])(
    'flags the number %s as no date rather than a day of 1900',
    (n) => {
      expect(readTypedDate(n, LAUNCH)).toEqual({ kind: 'undatable', reason: 'unknown' });
    },
  );

  it('flags a month-day when the campaign has no year to give it', () => {
    expect(readTypedDate('10月28日', null)).toEqual({ kind: 'undatable', reason: 'noYear' });
  });

  it.each(['开团前3天', '报名后2个工作日', '报名前、开团后', '年初', '', null, true])(
    'leaves %s to the deadline language',
    (v) => {
      expect(readTypedDate(v, LAUNCH)).toBeNull();
    },
  );
});
