import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells } from '../../src/core/grid';
import type { RawCell } from '../../src/hosts/memory/MemoryHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(180_000);

const quiet = { out: () => undefined, err: () => undefined };
// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const day = (m: number, d: number) => (Date.UTC(2026, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5;

/** Plans as other people wrote them: their headers, dates typed as dates. */
const CASES: { name: string; header: RawCell[]; above: number; task: (i: number) => RawCell[] }[] =
  [
    {
      name: 'a weekly plan with its header on row 16 and an actual finish column',
      header: ['序号', '工作内容', '开始时间', '预计结束时间', '实际结束时间', '负责人'],
      above: 15,
      task: (i) => [i + 1, `第${i + 1}项`, day(10, 5 + i * 3), day(10, 7 + i * 3), null, '小王'],
    },
    {
      name: 'a Gantt template headed 任务名称/负责人/开始日期/结束日期/工期',
      header: ['任务名称', '负责人', '开始日期', '结束日期', '工期'],
      above: 0,
      task: (i) => [`任务${i + 1}`, '小李', day(10, 5 + i * 3), day(10, 7 + i * 3), 3],
    },
    {
      name: 'an English plan headed Task/Owner/Start/End/Status',
      header: ['Task', 'Owner', 'Start', 'End', 'Status'],
      above: 0,
      task: (i) => [`Task ${i + 1}`, 'Amy', day(10, 5 + i * 3), day(10, 7 + i * 3), 'Doing'],
    },
  ];

describe.each(CASES)('tuijin timeline on $name', ({ header, above, task }) => {
  const rows: RawCell[][] = [
    ...Array.from({ length: above }, (_, i): RawCell[] => (i === 0 ? ['十月工作计划'] : [])),
    header,
    ...Array.from({ length: 4 }, (_, i) => task(i)),
  ];
  let grid: Awaited<ReturnType<XlsxHost['readSheet']>>;
  beforeAll(async () => {
    const input = await writeXlsxFixture({ sheets: { 计划: rows } }, 'plan.xlsx');
    const output = path.join(path.dirname(input), 'plan-out.xlsx');
    expect(await main(['timeline', input, '-o', output], {}, quiet)).toBe(0);
    const host = await XlsxHost.open(await convertWithLibreOffice(output, 'xlsx'));
    grid = await host.readSheet('计划');
  });

  it('dates every task from its typed dates, recalculated in LibreOffice', () => {
    expect(errorCells(grid!)).toEqual([]);
    const head = grid!.values[above]!;
    const [start, due] = [head.indexOf('计划开始'), head.indexOf('计划截止')];
    expect(start).toBeGreaterThanOrEqual(header.length);
    const planned = grid!.values.slice(above + 1, above + 5).map((r) => [r[start], r[due]]);
    expect(planned).toEqual(
      Array.from({ length: 4 }, (_, i) => [day(10, 5 + i * 3), day(10, 7 + i * 3)]),
    );
  });

  it("leaves the team's cells as they were", () => {
    const team = grid!.values.slice(0, above + 5).map((r) => r.slice(0, header.length));
    const typed = rows.map((r) => Array.from({ length: header.length }, (_, j) => r[j] ?? null));
    expect(team).toEqual(typed);
  });

  it('puts a Gantt on the sheet: consecutive days from before the first start, right of the plan', () => {
    const due = grid!.values[above]!.indexOf('计划截止');
    const days = grid!.values
      .map((r) => r.slice(due + 1).filter((v): v is number => typeof v === 'number'))
      .find((nums) => nums.length >= 10 && nums.every((v, i) => i === 0 || v === nums[i - 1]! + 1));
    expect(days?.[0]).toBeLessThanOrEqual(day(10, 5));
    expect(days?.[days.length - 1]).toBeGreaterThanOrEqual(day(10, 16));
  });
});
