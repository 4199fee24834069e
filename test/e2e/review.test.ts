import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { errorCells, type CellValue, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import {
  LINES,
  PLAN_SHEET,
  planRows,
  REVIEW_BUDGET_SHEET,
  reviewBudgetRows,
  TASKS,
} from '../fixtures/review';
import {
  CHANNEL_SHEET,
  channelRows,
  expectedChannels,
  expectedFigures,
  SALES_SHEET,
  salesRows,
} from '../fixtures/sales';
import { editWithExcelJs } from '../support/excelJs';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';
import {
  heightPerPoint,
  pdfTexts,
  REFERENCE,
  writeReference,
  type PdfPage,
} from '../support/pdfText';

jest.setTimeout(300_000);
const SHEET = '复盘';

/** The 复盘 as LibreOffice computes it, once the three engines agreed on every formula cell. */
async function recalculated(file: string): Promise<Grid> {
  const converted = await convertWithLibreOffice(file, 'xlsx');
  return (await (await XlsxHost.open(converted)).readSheet(SHEET))!;
}

/** Runs a command of `tuijin`, failing with its messages; returns the output and its report. */
async function run(cmd: string, from: string, to: string, ...more: string[]) {
  const out = path.join(path.dirname(from), to);
  const lines: string[] = [];
  const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
  const code = await main([cmd, from, '-o', out, ...more], {}, io);
  if (code !== 0) throw new Error(`${cmd}: ${lines.join('\n')}`);
  return { out, lines };
}

/** The cells right of the row labelled `label` in column `col` (the nth such row). */
function rowOf(g: Grid, label: string, col: number, width: number, nth = 0): CellValue[] {
  const rows = g.values.filter((r) => r[col] === label);
  return (rows[nth] ?? []).slice(col + 1, col + width);
}

/** On time, late and not done, counted from the fixture's typed dates: the truth to compare. */
function counted(keep: (t: (typeof TASKS)[number]) => boolean) {
  const tasks = TASKS.filter(keep);
  const onTime = tasks.filter(([, , , due, , done]) => done !== null && done <= due).length;
  const late = tasks.filter(([, , , due, , done]) => done !== null && done > due).length;
  return [tasks.length, onTime, late, tasks.length - onTime - late, onTime / (onTime + late)];
}

/** The budget's lines priced by hand: 单价 × 数量 × 天数, a blank counting 1. */
const planned = (l: (typeof LINES)[number]) => l[2] * (l[3] ?? 1) * (l[4] ?? 1);

describe('the 复盘 sheet in LibreOffice, Gnumeric and HyperFormula', () => {
  let output: string;
  let g: Grid;
  beforeAll(async () => {
    const input = await writeXlsxFixture(
      {
        sheets: {
          [PLAN_SHEET]: planRows,
          [REVIEW_BUDGET_SHEET]: reviewBudgetRows,
          [SALES_SHEET]: salesRows,
          [CHANNEL_SHEET]: channelRows,
        },
      },
      '复盘输入.xlsx',
    );
    const timed = await run('timeline', input, '1.xlsx');
    const budgeted = await run('budget', timed.out, '2.xlsx');
    const computed = await run('roi', budgeted.out, '3.xlsx');
    const targeted = await run('targets', computed.out, '4.xlsx', '--target', '600000');
    output = (await run('review', targeted.out, '复盘.xlsx')).out;
    g = await recalculated(output);
  });

  it('computes no error value', () => {
    expect(errorCells(g)).toEqual([]);
  });

  it.each([...new Set(TASKS.map((t) => t[1]))])('counts department %s from the dates', (d) => {
    const [tasks, onTime, late, open, rate] = counted((t) => t[1] === d);
    const got = rowOf(g, d, 0, 6);
    expect(got.slice(0, 4)).toEqual([tasks, onTime, late, open]);
    expect(got[4]).toBeCloseTo(rate!, 9);
  });

  it.each(['活动前', '活动中', '活动后'])('counts phase %s from the dates', (p) => {
    const [tasks, onTime, late, open, rate] = counted((t) => t[0] === p);
    const got = rowOf(g, p, 0, 6);
    expect(got.slice(0, 4)).toEqual([tasks, onTime, late, open]);
    expect(got[4]).toBeCloseTo(rate!, 9);
  });

  it('counts the whole plan and its on-time rate', () => {
    const [tasks, onTime, late, open, rate] = counted(() => true);
    const got = rowOf(g, '合计', 0, 6);
    expect(got.slice(0, 4)).toEqual([tasks, onTime, late, open]);
    expect(got[4]).toBeCloseTo(rate!, 9);
  });

  it('lists the five largest slips with their owners, most days first, ties in sheet order', () => {
    const slips = TASKS.filter(([, , , due, , done]) => done !== null && done > due)
      .map(([, , task, due, owner, done]) => [task, owner, done! - due] as const)
      .sort((a, b) => b[2] - a[2])
      .slice(0, 5);
    const head = g.values.findIndex((r) => r[0] === '事项' && r[1] === '负责人');
    const shown = g.values.slice(head + 1, head + 6).map((r) => [r[0], r[1], r[4]]);
    expect(shown).toEqual(slips.map((s) => [...s]));
  });

  it('compares the budget with its actuals per category, and the reserve used', () => {
    const cats = [...new Set(LINES.map((l) => l[0]))];
    for (const c of cats) {
      const lines = LINES.filter((l) => l[0] === c);
      const budget = lines.reduce((s, l) => s + planned(l), 0);
      const actual = lines.reduce((s, l) => s + l[5], 0);
      const got = rowOf(g, c, 7, 5);
      expect(got[0]).toBeCloseTo(budget, 6);
      expect(got[1]).toBeCloseTo(actual, 6);
      expect(got[2]).toBeCloseTo(actual / budget, 9);
    }
    const total = LINES.reduce((s, l) => s + planned(l), 0);
    const spent = LINES.reduce((s, l) => s + l[5], 0);
    const reserve = rowOf(g, '备用金·已用', 7, 5);
    expect(reserve[0]).toBeCloseTo(total * 0.1, 6);
    expect(reserve[1]).toBeCloseTo(Math.max(0, spent - total), 6);
  });

  it('lists the lines over budget, most over first', () => {
    const over = LINES.filter((l) => l[5] > planned(l))
      .map((l) => [l[1], l[5] - planned(l)] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(rowOf(g, '行数', 10, 2)[0]).toBe(over.length);
    const head = g.values.findIndex((r) => r[7] === '项目');
    const shown = g.values.slice(head + 1, head + 1 + over.length).map((r) => [r[7], r[11]]);
    shown.forEach(([item, by], i) => {
      expect(item).toBe(over[i]![0]);
      expect(by).toBeCloseTo(over[i]![1], 6);
    });
  });

  it('shows the results against the 目标 sheet and 保本ROI', () => {
    const spend = LINES.reduce((s, l) => s + l[5], 0);
    const f = expectedFigures(spend);
    const aov = f.支付金额 / f.支付买家数;
    const conversion = f.支付买家数 / f.访客数;
    const row = (label: string) => rowOf(g, label, 13, 4);
    expect(row('支付金额')[0]).toBeCloseTo(f.支付金额, 6);
    expect(row('支付金额')[1]).toBeCloseTo(600000, 6);
    expect(row('支付金额')[2]).toBeCloseTo(f.支付金额 / 600000, 9);
    expect(row('访客数')[1]).toBeCloseTo(600000 / (conversion * aov), 6);
    expect(row('支付转化率')[0]).toBeCloseTo(conversion, 9);
    expect(row('客单价')[0]).toBeCloseTo(aov, 9);
    expect(row('投入产出比')[0]).toBeCloseTo(f.投入产出比, 9);
    expect(row('投入产出比').slice(1)).toEqual([f.保本ROI, '高于保本']);
    expect(row('净ROI')[0]).toBeCloseTo(f.净ROI, 9);
    expect(row('净ROI')[2]).toBe(f.净ROI >= 0 ? '盈利' : '亏损');
  });

  it('ranks the channels by ROI and marks those below break-even', () => {
    const breakEven = expectedFigures(1).保本ROI;
    const ranked = Object.entries(expectedChannels).sort((a, b) => b[1].roi - a[1].roi);
    const head = g.values.findIndex((r) => r[13] === '渠道（按ROI）');
    const shown = g.values.slice(head + 1, head + 1 + ranked.length);
    expect(shown.map((r) => r[13])).toEqual(ranked.map(([name]) => name));
    shown.forEach((r, i) => expect(r[16]).toBeCloseTo(ranked[i]![1].roi, 9));
    expect(shown.map((r) => r[17])).toEqual(
      ranked.map(([, c]) => (c.roi < breakEven ? '低于保本' : '')),
    );
  });

  it('prints on one A4 landscape page with no text under 8 pt, its helper columns left off', async () => {
    const dir = path.dirname(output);
    const [pages, reference] = await pdfTexts([output, await writeReference(dir)]);
    const perPoint = heightPerPoint(reference!, REFERENCE.word, REFERENCE.size);
    const marks = [
      '活动复盘（推进表助手）',
      '渠道ROI排名',
      '结论与改进',
      '延期最多的',
      '备用金·已用',
    ];
    const has = (p: PdfPage, m: string) => p.words.some((w) => w.text.startsWith(m));
    const review = pages!.filter((p) => marks.some((m) => has(p, m)));
    expect(review).toHaveLength(1);
    const page = review[0]!;
    expect(marks.filter((m) => !has(page, m))).toEqual([]);
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    const floor = 8 * perPoint * 0.95;
    expect(page.words.filter((w) => w.height < floor).map((w) => w.text)).toEqual([]);
    expect(pages!.some((p) => has(p, '排序键'))).toBe(false);
  });

  it('keeps what the team typed in the 结论 box when it is generated again', async () => {
    const typed = path.join(path.dirname(output), '复盘结论.xlsx');
    const words = '延期集中在美工和仓库：下次拍摄提前一周，发货加临时打包员。';
    await editWithExcelJs(output, typed, (wb) => {
      wb.getWorksheet(SHEET)!.getCell('N27').value = words;
      wb.getWorksheet(SHEET)!.getCell('P31').value = { formula: '1+1' };
    });
    const again = (await run('review', typed, '复盘再生成.xlsx')).out;
    const g2 = await recalculated(again);
    expect(g2.values[26]![13]).toBe(words);
    expect(g2.values[30]![15]).toBe(2);
    expect(rowOf(g2, '合计', 0, 6).slice(0, 4)).toEqual(rowOf(g, '合计', 0, 6).slice(0, 4));
  });
});

describe('the 复盘 of a workbook with only its 推进表', () => {
  it('counts the schedule and says what is missing, in the sheet and in the report', async () => {
    const input = await writeXlsxFixture({ sheets: { [PLAN_SHEET]: planRows } }, '只有推进表.xlsx');
    const timed = await run('timeline', input, '只有推进表-1.xlsx');
    const { out, lines } = await run('review', timed.out, '只有推进表-复盘.xlsx', '--json');
    const report = JSON.parse(lines.join('')) as { issues: { code: string }[] };
    const codes = report.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['REVIEW_NO_BUDGET', 'REVIEW_NO_SALES']));
    expect(codes).not.toContain('REVIEW_NO_TASKS');
    const g = await recalculated(out);
    expect(errorCells(g)).toEqual([]);
    expect(rowOf(g, '合计', 0, 6).slice(0, 4)).toEqual(counted(() => true).slice(0, 4));
    const texts = g.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith('没有找到算好的预算表'))).toBe(true);
    expect(texts.some((t) => t.startsWith('没有找到算好ROI的销售数据'))).toBe(true);
  });
});

/** A plan as another team's tool writes it: openpyxl, English headers, datetimes, a note under it. */
const OPENPYXL_PLAN = `
import openpyxl, datetime, json, sys
rows = json.loads(sys.argv[2])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Plan'
ws.append(['Double 12 campaign plan'])
ws.append([])
ws.append(['No', 'Stage', 'Team', 'Task', 'Owner', 'End Date', 'Actual Finish', 'Status'])
day = lambda d: None if d is None else datetime.datetime(2026, 12, d)
for i, (stage, team, task, owner, due, done) in enumerate(rows):
    ws.append([i + 1, stage, team, task, owner, day(due), day(done), 'Done' if done else 'Open'])
    ws.cell(row=ws.max_row, column=6).number_format = 'yyyy-mm-dd'
    ws.cell(row=ws.max_row, column=7).number_format = 'yyyy-mm-dd'
ws.append([])
ws.append(['Note: dates typed by hand'])
wb.save(sys.argv[1])
`;

describe('the 复盘 of a plan written by openpyxl with English headers', () => {
  // [Stage, Team, Task, Owner, End Date (day of 2026-12), Actual Finish or null]
  const ROWS: [string, string, string, string, number, number | null][] = [
    ['Before', 'Ops', 'Pick products', 'Wang', 1, 1],
    ['Before', 'Design', 'Photos', 'Li', 2, 4],
    ['During', 'Ops', 'Launch', 'Wang', 10, 11],
    ['During', 'CS', 'Shifts', 'Sun', 10, null],
    ['After', 'Ops', 'Review', 'Wang', 14, 14],
  ];

  it('counts teams and stages from its typed dates, and lists its slips', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'review-openpyxl-'));
    const input = path.join(dir, 'plan.xlsx');
    await promisify(execFile)('/usr/bin/python3', [
      '-c',
      OPENPYXL_PLAN,
      input,
      JSON.stringify(ROWS),
    ]);
    const timed = await run('timeline', input, 'plan-1.xlsx');
    const g = await recalculated((await run('review', timed.out, 'plan-复盘.xlsx')).out);
    expect(errorCells(g)).toEqual([]);
    const count = (keep: (r: (typeof ROWS)[number]) => boolean) => {
      const rows = ROWS.filter(keep);
      const onTime = rows.filter((r) => r[5] !== null && r[5] <= r[4]).length;
      const late = rows.filter((r) => r[5] !== null && r[5] > r[4]).length;
      return [rows.length, onTime, late, rows.length - onTime - late];
    };
    for (const team of new Set(ROWS.map((r) => r[1])))
      expect(rowOf(g, team, 0, 5)).toEqual(count((r) => r[1] === team));
    for (const stage of new Set(ROWS.map((r) => r[0])))
      expect(rowOf(g, stage, 0, 5)).toEqual(count((r) => r[0] === stage));
    expect(rowOf(g, '合计', 0, 5)).toEqual(count(() => true));
    const slips = ROWS.filter((r) => r[5] !== null && r[5] > r[4])
      .sort((a, b) => b[5]! - b[4] - (a[5]! - a[4]))
      .map((r) => [r[2], r[3], r[5]! - r[4]]);
    const head = g.values.findIndex((r) => r[0] === '事项' && r[1] === '负责人');
    const shown = g.values.slice(head + 1, head + 1 + slips.length).map((r) => [r[0], r[1], r[4]]);
    expect(shown).toEqual(slips);
  });
});
