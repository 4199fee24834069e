import { cellAddress } from '../../../src/core/a1';
import type { Grid } from '../../../src/core/grid';
import { GANTT_BARS, GANTT_OTHER_BAR } from '../../../src/core/plan/palette';
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

/** The cells the host shows with a bar's fill, over the whole sheet. */
function barCells(host: MemoryHost, grid: Grid): string[] {
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
        l.fill && BAR_FILLS.has(l.fill) ? cellAddress({ row: r, col: c }) : null,
      ),
    )
    .filter((a): a is string => a !== null);
}

describe('the sample Gantt on the memory host', () => {
  it('shows bar fills on exactly the days from each task’s planned start to its due, and none after undo', async () => {
    const host = new MemoryHost();
    for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
    const [sheet = ''] = host.sheetNames();
    const result = await runTimeline(host, sheet, { anchors: ANCHORS });
    const grid = host.readGrid(sheet);
    const rows = result?.taskSheet.tasks.map((t) => t.row) ?? [];
    const { start = -1, due = -1 } = result?.columns ?? {};
    const expected = expectedBars(grid, rows, start, due);
    // Most of the sample's 25 dated tasks span a day or more: far more than 25 cells.
    expect(expected.length).toBeGreaterThan(25);
    expect(barCells(host, grid)).toEqual(expected);
    await host.restore();
    expect(barCells(host, host.readGrid(sheet))).toEqual([]);
  });
});
