import { printSetup, weekBreaks } from '../../../src/core/timeline/printSetup';

// The day of the week, 0 = Sunday, of a serial (1899-12-30 is serial 0), by the calendar.
const dayOfWeek = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).getUTCDay();
const NOV_3 = 46329; // 2026-11-03

const place = {
  extent: 25,
  headerRow: 2,
  taskCol: 3,
  tracking: { gantt: { col: 10, days: 37 }, firstDay: NOV_3, top: 0, lastRow: 34 },
  end: 10,
};

describe('printSetup', () => {
  it('prints A4 landscape at 100 %, from A1 across to the Gantt’s last day and down past the block', () => {
    expect(printSetup(place)).toMatchObject({
      landscape: true,
      fitToWidth: false,
      paper: 'a4',
      area: { row: 0, col: 0, rows: 35, cols: 47 },
    });
  });

  it('repeats the Gantt’s legend and labels, the header, and the columns up to the task on every page', () => {
    const p = printSetup(place);
    expect(p.titleRows).toEqual({ first: 0, last: 2 });
    expect(p.titleCols).toEqual({ first: 0, last: 3 });
    // A task column far right is not repeated: it would leave no room for the days.
    expect(printSetup({ ...place, taskCol: 8 }).titleCols).toBeNull();
  });

  it('breaks before the Gantt and then on Mondays, no page over two weeks', () => {
    const breaks = printSetup(place).colBreaks!;
    expect(breaks[0]).toBe(10);
    const days = breaks.slice(1).map((c) => NOV_3 + c - 10);
    for (const d of days) expect(dayOfWeek(d)).toBe(1);
    const pages = [10, ...breaks.slice(1), 10 + 37]
      .slice(1)
      .map((c, i, all) => c - (i === 0 ? 10 : all[i - 1]!));
    for (const width of pages) expect(width).toBeLessThanOrEqual(14);
    // 11-03 is a Tuesday: 13 days to the second Monday (11-16), then two weeks, then the rest.
    expect(pages).toEqual([13, 14, 10]);
  });

  it('prints to the block’s end without a Gantt, with no breaks', () => {
    const p = printSetup({ ...place, tracking: null, end: 19 });
    expect(p.area).toEqual({ row: 0, col: 0, rows: 26, cols: 19 });
    expect(p.colBreaks).toEqual([]);
    expect(p.titleRows).toEqual({ first: 2, last: 2 });
  });
});

describe('weekBreaks', () => {
  it('starts a page on a Monday only when the page would pass two weeks', () => {
    // Starting on a Monday (11-02): a page every two weeks.
    expect(weekBreaks({ col: 0, days: 30 }, NOV_3 - 1)).toEqual([0, 14, 28]);
  });
});
