import { milestoneProblems } from '../../../src/core/check/milestoneProblems';
import { cellAddress } from '../../../src/core/a1';
import { toSerial } from '../../../src/core/calendar/serial';
import { block, num, sheetPlan, text, blank } from '../../../src/core/plan';
import { SAMPLE_SHEET } from '../../../src/core/sample/sampleWorkbook';
import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';
import { generatedSample, milestoneCell } from './_generated';

describe('milestoneProblems', () => {
  it('finds nothing in a block of dates', async () => {
    const { grid } = await generatedSample();
    expect(milestoneProblems(grid, readTaskSheet(grid)!)).toEqual([]);
  });

  it('finds a text milestone (mended into its date where it reads as one) and an empty one', async () => {
    const { host, grid } = await generatedSample();
    const apply = milestoneCell(grid, '报名');
    const bid = milestoneCell(grid, '竞拍');
    const end = milestoneCell(grid, '活动结束');
    host.writeSheetPlan({
      ...sheetPlan(SAMPLE_SHEET),
      blocks: [
        block(apply, [[text('2026/11/23')]]),
        block(bid, [[text('待定')]]),
        block(end, [[blank]]),
      ],
    });
    const g = host.readGrid(SAMPLE_SHEET);
    const found = milestoneProblems(g, readTaskSheet(g)!);
    expect(found.map((f) => [f.issue.code, f.issue.cell?.address])).toEqual([
      ['CHECK_MILESTONE_TEXT', cellAddress(apply)],
      ['CHECK_MILESTONE_TEXT', cellAddress(bid)],
      ['CHECK_MILESTONE_EMPTY', cellAddress(end)],
    ]);
    expect(found[0]?.mend?.cell).toEqual(num(toSerial({ year: 2026, month: 11, day: 23 })));
    expect(found[1]?.mend).toBeUndefined();
    expect(found[2]?.mend).toBeUndefined();
  });
});
