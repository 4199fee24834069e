import { GANTT_BARS, GANTT_OTHER_BAR } from '../../../src/core/plan/palette';
import { sampleWorkbook } from '../../../src/core/sample/sampleWorkbook';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { ANCHORS, runTimeline } from '../../support/timeline';

/**
 * Excel's first screen on a 1366×768 laptop, maximised: the grid is 1366 px less the row
 * headings (about 25 px) and the scroll bar (17 px) wide, and about 22 rows of 20 px tall below
 * the ribbon, formula bar and sheet tabs. A column of width w (characters) takes 7w + 5 px, and
 * a column the sheet never sized Excel's standard 64 px.
 */
const SCREEN_WIDTH = 1366 - 25 - 17;
const SCREEN_ROWS = 22;
const px = (chars: number | null) => (chars === null ? 64 : Math.round(chars * 7 + 5));
const BARS = new Set<string>([...GANTT_BARS, GANTT_OTHER_BAR]);

describe('the demo’s first screen in Excel at 1366×768', () => {
  it('shows the task names and Gantt bars together', async () => {
    const host = new MemoryHost();
    for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
    const [sheet = ''] = host.sheetNames();
    const result = (await runTimeline(host, sheet, { anchors: ANCHORS }))!;
    const gantt = result.gantt!;
    // The columns that fit across the screen, from A.
    let right = 0;
    let visible = 0;
    while (right + px(host.readWidth(sheet, visible)) <= SCREEN_WIDTH)
      right += px(host.readWidth(sheet, visible++));
    const taskCol = result.taskSheet.mapping.task!;
    expect(visible).toBeGreaterThan(taskCol);
    const days = visible - gantt.col;
    expect(days).toBeGreaterThanOrEqual(7); // a week of the Gantt at least
    const rows = SCREEN_ROWS;
    const looks = host.readShownLooks(sheet, { row: 0, col: 0, rows, cols: visible });
    const barsSeen = result.taskSheet.tasks
      .filter((t) => t.row < rows)
      .filter((t) => looks[t.row]?.slice(gantt.col, visible).some((l) => BARS.has(l.fill ?? '')));
    // Several tasks on the first screen have their bar there too, beside their names.
    expect(barsSeen.length).toBeGreaterThanOrEqual(3);
  });
});
