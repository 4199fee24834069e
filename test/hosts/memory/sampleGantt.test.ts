import { cellAddress } from '../../../src/core/a1';
import type { Grid } from '../../../src/core/grid';
import { weekday } from '../../../src/core/calendar/serial';
import { CALENDAR_SHEET } from '../../../src/core/calendar/workCalendar';
import {
  DAY_OFF_FILL,
  GANTT_BARS,
  GANTT_OTHER_BAR,
  TODAY_FILL,
} from '../../../src/core/plan/palette';
import { sampleWorkbook } from '../../../src/core/sample/sampleWorkbook';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { ANCHORS, runTimeline } from '../../support/timeline';

const BAR_FILLS = new Set<string>([...GANTT_BARS, GANTT_OTHER_BAR]);

/** The row of the Gantt's days: the longest run of whole numbers going up by one, left to right. */
function dayRow(grid: Grid): { row: number; cols: number[] } {
  let best = { row: -1, cols: [] as number[] };
  grid.values.forEach((line, r) => {
    let run: number[] = [];
    line.forEach((v, c) => {
      const last = run[run.length - 1];
      const follows = last === c - 1 && v === Number(line[last]) + 1;
      run = follows ? [...run, c] : typeof v === 'number' && Number.isInteger(v) ? [c] : [];
      if (run.length > best.cols.length) best = { row: r, cols: run };
    });
  });
  return best;
}

/** The cells a planned bar must cover: each task's days from INT(start) to its due. */
function expectedBars(grid: Grid, rows: readonly number[], start: number, due: number): string[] {
  const days = dayRow(grid);
  const out: string[] = [];
  for (const r of rows) {
    const s = grid.values[r]?.[start];
    const d = grid.values[r]?.[due];
    if (typeof s !== 'number' || typeof d !== 'number') continue;
    for (const c of days.cols) {
      const day = Number(grid.values[days.row]?.[c]);
      if (day >= Math.floor(s) && day <= d) out.push(cellAddress({ row: r, col: c }));
    }
  }
  return out;
}

/** The cells the host shows with a bar's fill, below the day row (the legend above shows them too). */
function barCells(host: MemoryHost, grid: Grid): string[] {
  const below = dayRow(grid).row;
  const box = {
    row: 0,
    col: 0,
    rows: grid.values.length,
    cols: Math.max(...grid.values.map((l) => l.length)),
  };
  return host
    .readShownLooks(grid.sheet, box)
    .flatMap((line, r) =>
      line.map((l, c) =>
        r > below && l.fill && BAR_FILLS.has(l.fill) ? cellAddress({ row: r, col: c }) : null,
      ),
    )
    .filter((a): a is string => a !== null);
}

/** Days off as the 工作日历 sheet lists them (flag 0), else Saturdays and Sundays. */
function dayOff(host: MemoryHost): (day: number) => boolean {
  const flags = new Map<number, unknown>();
  for (const [date, flag] of host.readGrid(CALENDAR_SHEET).values.slice(1))
    if (typeof date === 'number') flags.set(date, flag);
  return (day) => (flags.has(day) ? flags.get(day) === 0 : weekday(day) > 5);
}

describe('the sample Gantt on the memory host', () => {
  const planned = async () => {
    const host = new MemoryHost();
    for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
    const [sheet = ''] = host.sheetNames();
    const result = await runTimeline(host, sheet, { anchors: ANCHORS });
    const rows = result?.taskSheet.tasks.map((t) => t.row) ?? [];
    return { host, sheet, rows, columns: result?.columns };
  };

  it('greys the days off of the 工作日历 where no bar and not today lies, read from the other sheet', async () => {
    const { host, sheet, rows } = await planned();
    const grid = host.readGrid(sheet);
    const days = dayRow(grid);
    const box = { row: 0, col: 0, rows: grid.values.length, cols: Math.max(...days.cols) + 1 };
    const looks = host.readShownLooks(sheet, box);
    const off = dayOff(host);
    let greyed = 0;
    for (const r of rows)
      for (const c of days.cols) {
        const fill = looks[r]?.[c]?.fill ?? null;
        if (fill !== null && (BAR_FILLS.has(fill) || fill === TODAY_FILL)) continue;
        const day = Number(grid.values[days.row]?.[c]);
        expect([cellAddress({ row: days.row, col: c }), fill]).toEqual([
          cellAddress({ row: days.row, col: c }),
          off(day) ? DAY_OFF_FILL : null,
        ]);
        if (fill === DAY_OFF_FILL) greyed++;
      }
    // Ten weeks hold twenty weekend days and the 国庆 holidays: many grey cells.
    expect(greyed).toBeGreaterThan(100);
  });

  it('shows bar fills on exactly the days from each task’s planned start to its due, and none after undo', async () => {
    const { host, sheet, rows, columns } = await planned();
    const grid = host.readGrid(sheet);
    const { start = -1, due = -1 } = columns ?? {};
    const expected = expectedBars(grid, rows, start, due);
    // Most of the sample's 25 dated tasks span a day or more: far more than 25 cells.
    expect(expected.length).toBeGreaterThan(25);
    expect(barCells(host, grid)).toEqual(expected);
    await host.restore();
    expect(barCells(host, host.readGrid(sheet))).toEqual([]);
  });
});
