import fc from 'fast-check';
import {
  formatSerial,
  fromSerial,
  parseDateText,
  parseIsoDateTime,
  toSerial,
  weekday,
} from '../../src/core/calendar/serial';

describe('calendar/serial', () => {
  it.each([
    [{ year: 1900, month: 1, day: 1 }, 1],
    [{ year: 1900, month: 2, day: 28 }, 59],
    [{ year: 1900, month: 3, day: 1 }, 61],
    [{ year: 2026, month: 10, day: 10 }, 46305],
    [{ year: 2026, month: 11, day: 11 }, 46337],
    [{ year: 2026, month: 11, day: 11, hour: 20 }, 46337 + 20 / 24],
  ])('gives %j the serial Excel gives it (%d)', (parts, serial) => {
    expect(toSerial(parts)).toBeCloseTo(serial, 10);
  });

  it('keeps Lotus’ phantom 1900-02-29 as serial 60', () => {
    expect(fromSerial(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
  });

  it('round-trips any date and minute, whatever the TZ of the machine', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hour, minute) => {
          expect(fromSerial(toSerial({ year, month, day, hour, minute }))).toEqual({
            year,
            month,
            day,
            hour,
            minute,
            second: 0,
          });
        },
      ),
    );
  });

  it('reads back minutes added by formula arithmetic as whole minutes', () => {
    const launch = toSerial({ year: 2026, month: 11, day: 11, hour: 10 });
    expect(formatSerial(launch + 25 / 1440)).toBe('2026-11-11 10:25');
    expect(formatSerial(launch - 30 / 1440)).toBe('2026-11-11 09:30');
  });

  it('knows 2026-10-10 is a Saturday and 2026-11-22 a Sunday', () => {
    expect(weekday(toSerial({ year: 2026, month: 10, day: 10 }))).toBe(6);
    expect(weekday(toSerial({ year: 2026, month: 11, day: 22 }))).toBe(0);
  });

  it.each([
    ['2026-11-11', '2026-11-11'],
    ['2026-11-11T20:00', '2026-11-11 20:00'],
    ['2026-6-18 0:00', '2026-06-18'],
  ])('parses %s', (text, shown) => {
    expect(formatSerial(parseIsoDateTime(text)!)).toBe(shown);
  });

  it.each(['2026-02-30', '2026-13-01', '11月11日', '', '2026-11-11T25:00'])(
    'refuses %j',
    (text) => {
      expect(parseIsoDateTime(text)).toBeNull();
    },
  );
});

describe('parseDateText', () => {
  it.each([
    ['2026/11/11 20:00', { year: 2026, month: 11, day: 11, hour: 20 }],
    ['2026.11.11', { year: 2026, month: 11, day: 11 }],
    ['2026年11月11日 20:00', { year: 2026, month: 11, day: 11, hour: 20 }],
    ['２０２６-１１-１１', { year: 2026, month: 11, day: 11 }],
    ['2026-12-12T10:30', { year: 2026, month: 12, day: 12, hour: 10, minute: 30 }],
  ])('reads %s', (text, parts) => {
    expect(parseDateText(text)).toBeCloseTo(toSerial(parts), 9);
  });
  it.each(['11月11日', '明天', '2026/02/30', '2026-11-11 25:00', '双11'])(
    'leaves %s alone',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});
