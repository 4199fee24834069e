import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { cellAddress, rangeAddress } from '../../src/core/a1';
import { toSerial } from '../../src/core/calendar/serial';
import type { CellValue, Grid } from '../../src/core/grid';
import { block, formula, num, sheetPlan, text, type PlanCell } from '../../src/core/plan';
import { sampleSales } from '../../src/core/sample/sampleSales';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';

/**
 * Issue 19, 工作簿体检: a workbook made by `tuijin demo`, `timeline`, `budget` and `roi` has no
 * problem; six defects seeded into it are found, each at its cell and nothing else; --fix mends
 * the two safe ones; restore gives the defects back.
 */
jest.setTimeout(240_000);
const TASKS = '聚划算推进表';
const CHANNELS = '推广渠道';

interface Found {
  readonly code: string;
  readonly cell: { sheet: string; address?: string } | null;
  readonly mend: boolean;
}

async function check(
  file: string,
  extra: string[] = [],
): Promise<{ code: number; found: Found[] }> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: () => undefined };
  const code = await main(['check', file, '--json', ...extra], {}, io);
  const json = JSON.parse(lines.join('\n')) as { findings: Found[] };
  return { code, found: json.findings };
}

const cellsOf = (found: readonly Found[]) =>
  found.map((f) => `${f.code} ${f.cell?.sheet}!${f.cell?.address ?? ''}`).sort();

/** The position of the first cell holding exactly `label`, found by looking, not by the code. */
function find(g: Grid, label: CellValue, below = -1, inCol?: number): { row: number; col: number } {
  for (let r = 0; r < g.values.length; r++)
    for (let c = 0; c < (g.values[r] ?? []).length; c++)
      if (
        g.origin.row + r > below &&
        (inCol === undefined || g.origin.col + c === inCol) &&
        g.values[r]![c] === label
      )
        return { row: g.origin.row + r, col: g.origin.col + c };
  throw new Error(`no cell ${JSON.stringify(label)} on ${g.sheet}`);
}

const raw = (v: string | number | null): PlanCell =>
  v === null ? { kind: 'blank' } : typeof v === 'number' ? num(v) : text(v);

/** The six defects (sheet, cell, content) and the findings expected of them, by looking. */
function seeds(host: XlsxHost) {
  const tasks = host.readGrid(TASKS);
  const dueCol = find(tasks, '计划截止').col;
  const startCol = find(tasks, '计划开始').col;
  const marker = find(tasks, '里程碑');
  const milestone = (name: string) => {
    const label = find(tasks, name, marker.row);
    return { row: label.row, col: label.col + 1 };
  };
  const typedRow = find(tasks, '开团前7天').row;
  const endRow = find(tasks, '活动结束后1天').row;
  const apply = milestone('报名');
  const end = milestone('活动结束');
  // The channels' ROI typed the inverse way: 花费 ÷ 成交金额, over the 点击 column.
  const ch = host.readGrid(CHANNELS);
  const head = find(ch, '点击');
  const spend = [42000, 26000, 32000, 18000];
  const gmv = [231000, 62400, 176000, 126000];
  const inverse = spend.map((s, i) => [num(s / gmv[i]!)]);
  const budget = host.readGrid(BUDGET_SHEET);
  // The team's own 合计 row, in column A (the add-in's summary has a 合计 of its own).
  const total = { row: find(budget, '合计', -1, 0).row, col: find(budget, '实际花费').col };
  const writes: [string, { row: number; col: number }, PlanCell[][]][] = [
    [TASKS, { row: typedRow, col: dueCol }, [[num(toSerial({ year: 2026, month: 12, day: 6 }))]]],
    [TASKS, apply, [[text('2026-11-23')]]],
    [TASKS, end, [[num(toSerial({ year: 2030, month: 6, day: 1, hour: 10 }))]]],
    ['任务统计', { row: 1, col: 1 }, [[formula('=COUNTIF(#REF!,A2)')]]],
    [CHANNELS, head, [[text('投产比')], ...inverse]],
    [BUDGET_SHEET, total, [[num(30000)]]],
  ];
  const a = (at: { row: number; col: number }) => cellAddress(at);
  const unsafe = [
    `CHECK_REF_BROKEN 任务统计!B2`,
    `CHANNEL_ROI_INVERSE ${CHANNELS}!${rangeAddress({ row: head.row + 1, col: head.col, rows: 4, cols: 1 })}`,
    `TEAM_TOTAL_DIFFERS ${BUDGET_SHEET}!${a(total)}`,
    `CHECK_PAST_CALENDAR ${TASKS}!${a(end)}`,
    `CHECK_PAST_CALENDAR ${TASKS}!${a({ row: endRow, col: startCol })}`,
    `CHECK_PAST_CALENDAR ${TASKS}!${a({ row: endRow, col: dueCol })}`,
  ];
  const safe = [
    `CHECK_FORMULA_TYPED_OVER ${TASKS}!${a({ row: typedRow, col: dueCol })}`,
    `CHECK_MILESTONE_TEXT ${TASKS}!${a(apply)}`,
  ];
  return { writes, unsafe, safe, milestoneAt: apply, typedAt: { row: typedRow, col: dueCol } };
}

let dir: string;
let clean: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-check-'));
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await main(['demo', '-o', dir], {}, quiet)).toBe(0);
  // The demo's 推进表 with the sample sales, channels and a budget a planner typed.
  const host = await XlsxHost.open(path.join(dir, '推进表助手-示例.xlsx'));
  for (const sp of sampleSales()) host.writeSheetPlan(sp);
  const budget = budgetRows.map((r) => r.map((v) => raw(v as string | number | null)));
  host.writeSheetPlan({
    ...sheetPlan(BUDGET_SHEET, true),
    blocks: [block({ row: 0, col: 0 }, budget)],
  });
  const input = path.join(dir, 'in.xlsx');
  await host.save(input);
  const steps = [['timeline', '--sheet', TASKS], ['budget'], ['roi']];
  let from = input;
  for (const [k, words] of steps.entries()) {
    const out = path.join(dir, `step${k}.xlsx`);
    expect(await main([words[0]!, from, '-o', out, ...words.slice(1)], {}, quiet)).toBe(0);
    from = out;
  }
  clean = from;
});

describe('tuijin check', () => {
  it('finds nothing in the workbook the add-in just wrote', async () => {
    const { code, found } = await check(clean);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('finds six seeded defects at their cells, mends the safe ones, and restore undoes the mend', async () => {
    const host = await XlsxHost.open(clean);
    const { writes, unsafe, safe, milestoneAt, typedAt } = seeds(host);
    for (const [sheet, at, cells] of writes)
      host.writeSheetPlan({ ...sheetPlan(sheet), blocks: [block(at, cells)] });
    const seeded = path.join(dir, 'seeded.xlsx');
    await host.save(seeded);

    const first = await check(seeded);
    expect(cellsOf(first.found)).toEqual([...unsafe, ...safe].sort());
    expect(first.code).toBe(4);
    expect(
      first.found
        .filter((f) => f.mend)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['CHECK_FORMULA_TYPED_OVER', 'CHECK_MILESTONE_TEXT']);

    const fixed = path.join(dir, 'fixed.xlsx');
    expect((await check(seeded, ['--fix', '-o', fixed])).code).toBe(4);
    const second = await check(fixed);
    expect(cellsOf(second.found)).toEqual([...unsafe].sort());
    const mended = (await XlsxHost.open(fixed)).readGrid(TASKS);
    const at = (r: number, c: number) =>
      mended.values[r - mended.origin.row]?.[c - mended.origin.col];
    expect(at(milestoneAt.row, milestoneAt.col)).toBe(toSerial({ year: 2026, month: 11, day: 23 }));
    // The formula written back is the one the clean workbook had there.
    const cleanGrid = (await XlsxHost.open(clean)).readGrid(TASKS);
    const formulaOf = (g: Grid) =>
      g.formulas[typedAt.row - g.origin.row]?.[typedAt.col - g.origin.col];
    expect(formulaOf(mended)).toBe(formulaOf(cleanGrid));
    expect(formulaOf(mended)).toMatch(/^=/);

    const undone = path.join(dir, 'undone.xlsx');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(['restore', fixed, '-o', undone], {}, quiet)).toBe(0);
    expect(cellsOf((await check(undone)).found)).toEqual([...unsafe, ...safe].sort());
  });

  it('finds the same six defects, and nothing else, when openpyxl wrote them (no cached values)', async () => {
    const { writes, unsafe, safe } = seeds(await XlsxHost.open(clean));
    const cells = writes.flatMap(([sheet, at, rows]) =>
      rows.flatMap((line, i) =>
        line.map((c, j) => ({
          sheet,
          cell: cellAddress({ row: at.row + i, col: at.col + j }),
          value:
            c.kind === 'formula'
              ? c.formula
              : c.kind === 'number' || c.kind === 'text'
                ? c.value
                : null,
        })),
      ),
    );
    const seeded = path.join(dir, 'openpyxl.xlsx');
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'for w in json.loads(sys.argv[3]): wb[w["sheet"]][w["cell"]].value = w["value"]',
      'wb.save(sys.argv[2])',
    ].join('\n');
    execFileSync('/usr/bin/python3', ['-c', script, clean, seeded, JSON.stringify(cells)]);
    const found = await check(seeded);
    expect(cellsOf(found.found)).toEqual([...unsafe, ...safe].sort());
  });
});

describe('tuijin check on the workbook saved again by LibreOffice', () => {
  it('finds nothing: LibreOffice’s way of writing the same formulas is no change', async () => {
    const saved = await recalcWithLibreOffice(clean, 'xlsx');
    const { found } = await check(saved);
    expect(found).toEqual([]);
  });
});
