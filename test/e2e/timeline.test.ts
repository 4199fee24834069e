import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { toSerial, formatSerial } from '../../src/core/calendar/serial';
import { errorCells } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { JHS_SHEET, jhsMerges, jhsRowOf, jhsRows } from '../fixtures/juhuasuan';
import { D11_SHEET, d11Rows } from '../fixtures/reuse';
import { WF_SHEET, wfMerges, wfRows } from '../fixtures/workflow2015';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);

const quiet = { out: () => undefined, err: () => undefined };
const ANCHORS = [
  '--anchor',
  '报名=2026-10-12',
  '--anchor',
  '竞拍=2026-10-19',
  '--anchor',
  '排期=2026-10-26',
  '--anchor',
  '开团=2026-11-11T10:00',
  '--anchor',
  '活动结束=2026-11-12T10:00',
];
const DUE = 9;
const show = (v: unknown) => (typeof v === 'number' ? formatSerial(v) : v);

async function recalculated(file: string, sheet: string) {
  const host = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
  return (await host.readSheet(sheet))!;
}

describe('timeline in LibreOffice', () => {
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = await writeXlsxFixture(
      { sheets: { [JHS_SHEET]: jhsRows }, merges: { [JHS_SHEET]: jhsMerges } },
      '聚划算.xlsx',
    );
    output = path.join(path.dirname(input), '聚划算-时间表.xlsx');
    expect(await main(['timeline', input, '-o', output, ...ANCHORS], {}, quiet)).toBe(0);
  });

  it('recalculates with no error value and the right date or time for each form', async () => {
    const grid = await recalculated(output, JHS_SHEET);
    expect(errorCells(grid)).toEqual([]);
    const due = (task: string) => show(grid.values[jhsRowOf(task)]?.[DUE]);
    expect(due('判断是否启用预备方案')).toBe('2026-11-11 10:25'); // 开团后25 分钟
    expect(due('跟进打单与打包')).toBe('2026-11-11 15:00'); // 开团当天15点
    expect(due('流量与计划差距，及时调整')).toBe('2026-11-11 09:45'); // 开团前十五分钟
    expect(due('活动款项到位')).toBe('2026-10-08'); // 报名前3个工作日, across 国庆 and the 调休 Saturday
    expect(due('上传聚图和详情页')).toBe('2026-11-04');
    const calendar = (await (
      await XlsxHost.open(await convertWithLibreOffice(output, 'xlsx'))
    ).readSheet('工作日历'))!;
    expect(errorCells(calendar)).toEqual([]);
  });

  it('moves the dependent dates when 开团 is moved by hand, with no add-in', async () => {
    const edited = path.join(path.dirname(output), 'moved.xlsx');
    await editWithExcelJs(output, edited, (wb) => {
      const sheet = wb.getWorksheet(JHS_SHEET)!;
      // 开团's date cell in the block down the planned columns (I, J).
      let at = '';
      sheet.eachRow((row, r) => {
        if (row.getCell(9).value === '开团') at = `J${r}`;
      });
      sheet.getCell(at).value = toSerial({
        year: 2026,
        month: 12,
        day: 12,
        hour: 20,
      });
    });
    const grid = await recalculated(edited, JHS_SHEET);
    expect(show(grid.values[jhsRowOf('判断是否启用预备方案')]?.[DUE])).toBe('2026-12-12 20:25');
    expect(show(grid.values[jhsRowOf('上传聚图和详情页')]?.[DUE])).toBe('2026-12-05');
    expect(show(grid.values[jhsRowOf('活动款项到位')]?.[DUE])).toBe('2026-10-08'); // hangs on 报名, which did not move
  });

  it('changes none of the team’s cells on a second run over its own output', async () => {
    const again = path.join(path.dirname(output), 'again.xlsx');
    expect(await main(['timeline', output, '-o', again], {}, quiet)).toBe(0);
    const first = (await (await XlsxHost.open(output)).readSheet(JHS_SHEET))!;
    const second = (await (await XlsxHost.open(again)).readSheet(JHS_SHEET))!;
    expect(second.formulas).toEqual(first.formulas);
    expect(second.values.map((l) => l.slice(0, 8))).toEqual(first.values.map((l) => l.slice(0, 8)));
    expect(second.values.map((l) => l.slice(8, 10))).toEqual(
      first.values.map((l) => l.slice(8, 10)),
    ); // the planned columns and the block below them
  });

  it('dates the 2015 工作流程 layout from the activity day', async () => {
    const wf = await writeXlsxFixture(
      { sheets: { [WF_SHEET]: wfRows }, merges: { [WF_SHEET]: wfMerges } },
      '流程.xlsx',
    );
    const out = path.join(path.dirname(wf), '流程-时间表.xlsx');
    expect(await main(['timeline', wf, '-o', out, '--anchor', '活动=2026-06-18'], {}, quiet)).toBe(
      0,
    );
    const grid = await recalculated(out, WF_SHEET);
    expect(errorCells(grid)).toEqual([]);
    expect([show(grid.values[2]?.[10]), show(grid.values[2]?.[11])]).toEqual([
      '2026-05-06',
      '2026-05-14',
    ]);
  });
});

describe('typed dates in LibreOffice', () => {
  // Excel's 1900 serial from the platform's UTC clock, not from the code under test.
  const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
    (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const SHEET = '周计划';
  const rows = [
    ['序号', '工作内容', '负责人', '开始时间', '截止时间', '需要时间'],
    [1, '整理上周数据', '小王', serial(2026, 11, 2), serial(2026, 11, 3), null],
    [2, '上传聚图', '小李', '2026/10/20', '10月28日', null],
    [3, '预热页上线', '小王', null, '2026-10-25 20:00', null],
    [4, '核对库存', '小张', null, '开团前3天', null],
    [5, '主图设计', '小李', serial(2026, 11, 2), null, '3个工作日'],
    [6, '详情页定稿', '小李', null, '2026年10月28日', null],
  ];

  it('dates every task in the recalculated file, typed and relative alike', async () => {
    const input = await writeXlsxFixture({ sheets: { [SHEET]: rows } }, '周计划.xlsx');
    const output = path.join(path.dirname(input), '周计划-时间表.xlsx');
    const args = ['timeline', input, '-o', output, '--anchor', '开团=2026-11-11T10:00'];
    expect(await main(args, {}, quiet)).toBe(0);
    const grid = await recalculated(output, SHEET);
    expect(errorCells(grid)).toEqual([]);
    // The planned columns follow the team's table (A..F): G is 计划开始, H 计划截止.
    expect(grid.values[0]?.slice(6, 8)).toEqual(['计划开始', '计划截止']);
    const planned = grid.values.slice(1, 7).map((r) => [r[6], r[7]]);
    const expected = [
      [serial(2026, 11, 2), serial(2026, 11, 3)],
      [serial(2026, 10, 20), serial(2026, 10, 28)],
      [serial(2026, 10, 25, 20), serial(2026, 10, 25, 20)],
      [serial(2026, 11, 8), serial(2026, 11, 8)],
      [serial(2026, 11, 2), serial(2026, 11, 5)], // Monday plus three working days
      [serial(2026, 10, 28), serial(2026, 10, 28)],
    ];
    planned.forEach((pair, i) =>
      pair.forEach((v, j) =>
        expect([i, j, v]).toEqual([i, j, expect.closeTo(expected[i]![j]!, 6)]),
      ),
    );
  });
});

describe('actual finishes in LibreOffice', () => {
  const serial = (y: number, m: number, d: number, h = 0) =>
    (Date.UTC(y, m - 1, d, h) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const mar = (d: number, h = 0) => serial(2020, 3, d, h);
  const SHEET = '周计划';
  // A weekly plan of March 2020, past due whenever this runs: A 阶段 … F 截止时间, G 实际结束时间, H 状态.
  const tasks = [
    ['准备', '运营', '整理数据', mar(2), mar(3), mar(3), '已完成'],
    ['准备', '美工', '主图设计', mar(3), mar(6, 18), mar(9), '已完成'],
    ['准备', '运营', '直通车调价', mar(4), mar(4), mar(3), '进行中'],
    ['准备', '客服', '话术更新', mar(5), mar(9), null, '进行中'],
    ['执行', '运营', '周报', mar(6), mar(6), null, '已完成'],
    ['执行', '美工', '详情页', mar(2), mar(5), mar(10), null],
    ['执行', '运营', '活动报名', mar(2), mar(4), null, '未开始'],
  ] as const;
  const rows = [
    ['阶段', '部门', '工作内容', '开始时间', '截止时间', '实际结束时间', '状态'],
    ...tasks.map((t) => [...t]),
  ];
  // Figures from the rows: whole days late, and what is done, overdue or late in each group.
  const late = tasks.map((t) =>
    t[5] === null ? null : Math.floor(t[5] + 1e-9) - Math.floor(t[4] + 1e-9),
  );
  const tally = (pick: (t: (typeof tasks)[number]) => boolean) => {
    const is = tasks.map((_, i) => i).filter((i) => pick(tasks[i]!));
    return [
      is.length,
      is.filter((i) => tasks[i]![5] !== null).length,
      is.filter((i) => tasks[i]![5] === null && tasks[i]![6] !== '已完成').length,
      is.filter((i) => (late[i] ?? 0) > 0).length,
    ];
  };

  it('recalculates 偏差天数 and the late, done and overdue counts', async () => {
    const input = await writeXlsxFixture({ sheets: { [SHEET]: rows } }, '周计划-实际.xlsx');
    const output = path.join(path.dirname(input), '周计划-实际-时间表.xlsx');
    expect(await main(['timeline', input, '-o', output], {}, quiet)).toBe(0);
    const grid = await recalculated(output, SHEET);
    expect(errorCells(grid)).toEqual([]);
    // 计划开始 H, 计划截止 I and 偏差天数 J follow the team's table (A..G).
    expect(grid.values[0]?.slice(7, 10)).toEqual(['计划开始', '计划截止', '偏差天数']);
    const shownLate = grid.values.slice(1, 8).map((r) => (r[9] === '' ? null : r[9]));
    expect(shownLate).toEqual(late);
    expect(late).toEqual([0, 3, -1, null, null, 5, null]);
    // The summary, on its own sheet, recalculated from the 推进表's rows.
    const summary = await recalculated(output, `${SHEET}汇总`);
    expect(errorCells(summary)).toEqual([]);
    const top = summary.values.findIndex((r) => r.includes('按部门'));
    const col = summary.values[top]!.indexOf('按部门');
    for (const dept of ['运营', '美工', '客服']) {
      const r = summary.values.find((line) => line[col] === dept)!;
      const [n, done, overdue, lateN] = tally((t) => t[1] === dept);
      expect([dept, ...r.slice(col + 1, col + 6)]).toEqual([
        dept,
        n,
        done,
        expect.closeTo(done! / n!, 9),
        overdue,
        lateN,
      ]);
    }
    const phaseCol = summary.values.find((r) => r.includes('按阶段'))!.indexOf('按阶段');
    for (const phase of ['准备', '执行']) {
      const r = summary.values.find((line) => line[phaseCol] === phase)!;
      expect([phase, ...r.slice(phaseCol + 3, phaseCol + 7)]).toEqual([
        phase,
        ...tally((t) => t[0] === phase),
      ]);
    }
  });
});

describe('前置事项 in LibreOffice', () => {
  // Excel's 1900 serial from the platform's UTC clock, not from the code under test.
  const serial = (y: number, m: number, d: number) =>
    (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const oct = (d: number) => serial(2026, 10, d);
  const SHEET = '推进表';
  const rows = [
    ['序号', '事项', '前置事项', '需要时间', '完成时间'],
    [1, '确定活动方案', null, null, oct(9)],
    [2, '主图设计', '1', '2天', null],
    [3, '文案撰写', '1完成后1个工作日', '2天', null],
    [4, '详情页制作', '2、3', '2个工作日', null],
    [5, '预热页上线', '4FS+2', '1天', null],
    [6, '核对库存', '5完成后3个工作日', null, '开团前3天'],
  ];

  it('chains the planned dates through the predecessors, working days on the calendar', async () => {
    const input = await writeXlsxFixture({ sheets: { [SHEET]: rows } }, '前置事项.xlsx');
    const output = path.join(path.dirname(input), '前置事项-时间表.xlsx');
    const args = ['timeline', input, '-o', output, '--anchor', '开团=2026-11-11T10:00'];
    expect(await main(args, {}, quiet)).toBe(0);
    const grid = await recalculated(output, SHEET);
    expect(errorCells(grid)).toEqual([]);
    expect(grid.values[0]?.slice(5, 7)).toEqual(['计划开始', '计划截止']);
    // By hand on China's 2026 calendar (国庆 off 10-01..07, Saturday 10-10 a 调休 working day):
    // 3 waits one working day after Fri 10-09, the Saturday; 4 starts at the later of 2 and 3 and
    // takes two working days; 5 starts two days after 4; 6 three working days after Sat 10-17.
    expect(grid.values.slice(1, 7).map((r) => [r[5], r[6]])).toEqual([
      [oct(9), oct(9)],
      [oct(9), oct(11)],
      [oct(10), oct(12)],
      [oct(12), oct(14)],
      [oct(16), oct(17)],
      [oct(21), serial(2026, 11, 8)],
    ]);
    // Moved by hand, with no add-in: 1 due Fri 10-16 puts 3 on Mon 10-19, 4 on 10-21..23, 5 on
    // 10-25..26 and 6 on Thu 10-29.
    const moved = path.join(path.dirname(output), '前置事项-moved.xlsx');
    await editWithExcelJs(output, moved, (wb) => {
      wb.getWorksheet(SHEET)!.getCell('E2').value = oct(16);
    });
    const after = await recalculated(moved, SHEET);
    expect(after.values.slice(3, 7).map((r) => r[5])).toEqual([oct(19), oct(21), oct(25), oct(29)]);
  });
});

describe('reuse in LibreOffice', () => {
  it('moves a typed 双11 plan to 618, each task as far from its milestone as before', async () => {
    const input = await writeXlsxFixture({ sheets: { [D11_SHEET]: d11Rows } }, '双11.xlsx');
    const output = path.join(path.dirname(input), '618.xlsx');
    const move = ['--from', '报名=2026-10-12', '--to', '报名=2027-05-17'];
    const launch = ['--from', '开团=2026-11-11T20:00', '--to', '开团=2027-06-18T20:00'];
    expect(await main(['reuse', input, '-o', output, ...move, ...launch], {}, quiet)).toBe(0);
    const grid = await recalculated(output, D11_SHEET);
    expect(errorCells(grid)).toEqual([]);
    // A..H the team's table, I 原时间, J 计划开始, K 计划截止.
    const planned = (row: number, col = 10) => show(grid.values[row]?.[col]);
    // The holiday data ends with 2026: working-day deadlines in 2027 show the calendar's edge.
    expect(planned(2)).toBe('日历缺2027'); // 报名前4个工作日 (was 09-30, across 国庆)
    expect(planned(3, 9)).toBe('日历缺2027'); // 报名后6个工作日
    expect(planned(3)).toBe('日历缺2027'); // 开团前8个工作日
    expect(planned(4)).toBe('2027-06-15'); // 开团前3天 (was Sunday 11-08)
    expect(planned(6)).toBe('2027-06-18 19:30'); // 开团前30分钟
    expect(planned(8)).toBe('2027-06-19 10:00'); // 开团后14小时
    expect(planned(9)).toBe('2027-06-17'); // the team's own 开团前1天
    expect(planned(10)).toBe('日历缺2027'); // 开团后2个工作日
  });
});
