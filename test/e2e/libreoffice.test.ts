import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { quoteSheetName } from '../../src/core/a1';
import { errorCells, type CellValue } from '../../src/core/grid';
import { block, formula, num, sheetPlan, text, type SheetPlan } from '../../src/core/plan';
import { formatSerial, toSerial } from '../../src/core/calendar/serial';
import { sampleWorkbook } from '../../src/core/sample/sampleWorkbook';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { main } from '../../src/cli/main';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);

const TASKS = "推进 表 (Tom's)";
const SUMMARY = '汇总';
const t = quoteSheetName(TASKS);

/** Two sheets: tasks with dates and times, and a summary that reaches across by quoted name. */
const plans: SheetPlan[] = [
  {
    ...sheetPlan(TASKS, true),
    blocks: [
      block({ row: 0, col: 0 }, [
        [
          text('开团'),
          num(toSerial({ year: 2026, month: 11, day: 11, hour: 10 })),
          text('花费'),
          text('部门'),
        ],
        [text('报名前20天'), formula('=$B$1-20'), num(1200.5), text('运营')],
        [text('开团前半小时'), formula('=$B$1-30/1440'), num(300), text('推广')],
        [text('开团当天15点'), formula('=INT($B$1)+15/24'), num(80), text('运营')],
        [text('开团后25 分钟'), formula('=$B$1+25/1440'), num(0), text('客服')],
      ]),
    ],
  },
  {
    ...sheetPlan(SUMMARY, true),
    blocks: [
      block({ row: 0, col: 0 }, [
        [text('运营花费'), formula(`=SUMIFS(${t}!C2:C5,${t}!D2:D5,"运营")`)],
        [
          text('推广占比'),
          formula(`=IFERROR(SUMIFS(${t}!C2:C5,${t}!D2:D5,"推广")/SUM(${t}!C2:C5),0)`),
        ],
        [text('客服占比'), formula(`=IFERROR(${t}!C5/${t}!C5,0)`)],
        [text('15点任务'), formula(`=INDEX(${t}!A2:A5,MATCH(INT(${t}!B1)+15/24,${t}!B2:B5,0))`)],
        [text('最早日期'), formula(`=TEXT(MIN(${t}!B2:B5),"yyyy-mm-dd")`)],
        [text('开团小时'), formula(`=HOUR(${t}!B1)*100+MINUTE(${t}!B5)`)],
      ]),
    ],
  },
];

async function writeXlsx(sheets: SheetPlan[], name: string): Promise<string> {
  const host = XlsxHost.create();
  for (const sp of sheets) host.writeSheetPlan(sp);
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-e2e-')), name);
  await host.save(file);
  return file;
}

const round = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);

describe('LibreOffice and HyperFormula', () => {
  it('compute the same numbers for one plan across two quoted CJK sheets', async () => {
    const memory = new MemoryHost();
    for (const sp of plans) memory.writeSheetPlan(sp);
    const recalculated = await XlsxHost.open(
      await convertWithLibreOffice(await writeXlsx(plans, 'two-sheets.xlsx'), 'xlsx'),
    );
    for (const name of [TASKS, SUMMARY]) {
      const lo = (await recalculated.readSheet(name))!;
      const hf = (await memory.readSheet(name))!;
      expect(errorCells(lo)).toEqual([]);
      expect(lo.values.map((r) => r.map(round))).toEqual(hf.values.map((r) => r.map(round)));
    }
    const summary = (await recalculated.readSheet(SUMMARY))!;
    expect(summary.values.map((r) => r[1])).toEqual(
      [1280.5, 300 / 1580.5, 0, '开团当天15点', '2026-10-22', 1025].map((v) =>
        typeof v === 'number' ? expect.closeTo(v, 9) : v,
      ),
    );
  });

  it('recalculates on load, so a stale cached value cannot hide a formula', async () => {
    const host = XlsxHost.create();
    host.writeSheetPlan({
      ...sheetPlan('表', true),
      blocks: [block({ row: 0, col: 0 }, [[num(2), formula('=A1*21')]])],
    });
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-e2e-')), 'stale.xlsx');
    await host.save(file);
    // Another program saves a wrong cached result (999): only a recalculation on load shows 42.
    await editWithExcelJs(file, file, (wb) => {
      wb.getWorksheet('表')!.getCell('B1').value = { formula: 'A1*21', result: 999 };
    });
    const lo = (await (
      await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'))
    ).readSheet('表'))!;
    expect(lo.values[0]).toEqual([2, 42]);
  });

  it('recalculates the demo workbook with no error values', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-demo-'));
    const lines: string[] = [];
    expect(
      await main(['demo', '-o', dir], {}, { out: (l) => lines.push(l), err: (l) => lines.push(l) }),
    ).toBe(0);
    const file = path.join(dir, '推进表助手-示例.xlsx');
    expect(lines.join('\n')).toContain(file);
    const lo = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
    for (const sp of sampleWorkbook()) {
      const grid = (await lo.readSheet(sp.sheet))!;
      expect(errorCells(grid)).toEqual([]);
    }
    const stats = (await lo.readSheet('任务统计'))!;
    expect(stats.values.at(-1)).toEqual(['合计', 26, 0, 0]);
    const tasks = (await lo.readSheet('聚划算推进表'))!;
    expect(tasks.values.slice(3, 29).map((r) => r[0])).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    // The main job ran on it: 上传聚图和详情页 (开团前7天) and 开团后30分钟 from the sample's 开团.
    expect(tasks.values[2]?.slice(8, 10)).toEqual(['计划开始', '计划截止']);
    const due = (task: string) =>
      formatSerial(tasks.values.find((r) => r[3] === task)?.[9] as number);
    expect(due('上传聚图和详情页')).toBe('2026-12-05');
    expect(due('对比流量与计划，偏差超20%即上报')).toBe('2026-12-12 10:30');
  });
});
