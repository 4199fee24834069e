import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { columnLetters } from '../src/core/a1';
import { block, formula, num, sheetPlan, text, type PlanCell } from '../src/core/plan';
import { snapshotCell } from '../src/core/plan/backup';
import { generateTimeline } from '../src/core/timeline/generateTimeline';
import { XlsxHost } from '../src/hosts/xlsx/XlsxHost';
import { convertWithLibreOffice } from '../test/support/libreoffice';
import { performance } from 'node:perf_hooks';
import { figure, median, type Figure } from './measure';
import { ANCHORS, taskGrid } from './workloads';

const TASKS = 2000;
const SHEET = '推进表';

/** A workbook holding the benchmark 推进表 as the team typed it. */
function teamWorkbook(): XlsxHost {
  const host = XlsxHost.create();
  const g = taskGrid(TASKS);
  host.writeSheetPlan({
    ...sheetPlan(SHEET, true),
    blocks: [
      block(
        { row: 0, col: 0 },
        g.values.map((r) => r.map((v) => snapshotCell(v, null))),
      ),
    ],
  });
  return host;
}

/** Our plan: planned columns and the Gantt as a handful of rules over a header of formulas. */
async function ours(file: string): Promise<number> {
  const host = teamWorkbook();
  const r = generateTimeline(host.readGrid(SHEET), { anchors: ANCHORS, calendar: null })!;
  await host.apply(r.plan!);
  await host.save(file);
  return r.gantt?.days ?? 0;
}

/** The same plan with the Gantt built as common templates do: a formula in every cell, one rule. */
async function perCellGantt(file: string, days: number): Promise<void> {
  const host = teamWorkbook();
  const r = generateTimeline(host.readGrid(SHEET), {
    anchors: ANCHORS,
    calendar: null,
    tracking: { gantt: false, ganttMaxDays: 0 },
  })!;
  await host.apply(r.plan!);
  const first =
    Math.max(
      ...r
        .plan!.sheets.filter((s) => s.sheet === SHEET)
        .flatMap((s) => s.owned.map((b) => b.col + b.cols)),
    ) + 1;
  const start = Math.floor(Math.min(...r.schedule.map((t) => t.start ?? t.due ?? Infinity)));
  const s = columnLetters(r.columns.start);
  const d = columnLetters(r.columns.due);
  const head: PlanCell[] = Array.from({ length: days }, (_, i) => num(start + i));
  const rows: PlanCell[][] = [head];
  for (let row = 2; row <= TASKS + 1; row++) {
    rows.push(
      Array.from({ length: days }, (_, i) => {
        const day = `${columnLetters(first + i)}$1`;
        return formula(
          `=IF(AND(${day}>=INT(IF(ISNUMBER($${s}${row}),$${s}${row},$${d}${row})),${day}<=$${d}${row}),1,"")`,
        );
      }),
    );
  }
  host.writeSheetPlan({
    ...sheetPlan(SHEET),
    blocks: [block({ row: 0, col: first }, rows)],
    numberFormats: [{ range: { row: 0, col: first, rows: 1, cols: days }, format: 'm/d' }],
    conditionalFormats: [
      {
        range: { row: 1, col: first, rows: TASKS, cols: days },
        formula: `=${columnLetters(first)}2=1`,
        fill: '#9BC2E6',
      },
    ],
  });
  await host.save(file);
}

/** The values of our workbook after LibreOffice computed them, with no formula and no rule. */
async function staticCopy(oursFile: string, file: string): Promise<void> {
  const computed = await XlsxHost.open(await convertWithLibreOffice(oursFile, 'xlsx'));
  const out = XlsxHost.create();
  for (const { name } of await computed.listSheets()) {
    const g = computed.readGrid(name);
    const box = {
      row: 0,
      col: 0,
      rows: g.values.length,
      cols: Math.max(0, ...g.values.map((r) => r.length)),
    };
    const formats = box.rows && box.cols ? computed.readCells(name, box).numberFormats : [];
    out.writeSheetPlan({
      ...sheetPlan(name, true),
      blocks:
        box.rows && box.cols
          ? [
              block(
                { row: 0, col: 0 },
                g.values.map((r) =>
                  Array.from({ length: box.cols }, (_, c) => snapshotCell(r[c] ?? null, null)),
                ),
              ),
            ]
          : [],
      numberFormats: formats
        .flatMap((r, i) =>
          r.map((format, j) => ({ range: { row: i, col: j, rows: 1, cols: 1 }, format })),
        )
        .filter((f) => f.format !== 'General'),
    });
  }
  await out.save(file);
}

/**
 * What the workbook costs whoever opens it: file size and LibreOffice's open-and-recalculate
 * time (start-up subtracted) for our 2,000-task plan, a per-cell-formula Gantt and a static copy.
 */
export async function workbookFigures(): Promise<Figure[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-bench-'));
  const files = {
    ours: path.join(dir, 'ours.xlsx'),
    perCell: path.join(dir, 'per-cell.xlsx'),
    static: path.join(dir, 'static.xlsx'),
    empty: path.join(dir, 'empty.xlsx'),
  };
  const days = await ours(files.ours);
  await perCellGantt(files.perCell, days);
  await staticCopy(files.ours, files.static);
  const blank = XlsxHost.create();
  blank.writeSheetPlan({
    ...sheetPlan('Sheet1', true),
    blocks: [block({ row: 0, col: 0 }, [[text('')]])],
  });
  await blank.save(files.empty);

  // LibreOffice's start-up is most of each conversion: the files take turns, so drift in the
  // machine's load falls on all of them alike, and the empty workbook's time is taken off.
  const runs: Record<keyof typeof files, number[]> = {
    ours: [],
    perCell: [],
    static: [],
    empty: [],
  };
  await convertWithLibreOffice(files.empty, 'xlsx');
  for (let i = 0; i < 5; i++) {
    for (const k of Object.keys(runs) as (keyof typeof files)[]) {
      const t = performance.now();
      await convertWithLibreOffice(files[k], 'xlsx');
      runs[k].push(performance.now() - t);
    }
  }
  const startup = median(runs.empty);
  const time = {
    ours: median(runs.ours) - startup,
    perCell: median(runs.perCell) - startup,
    static: median(runs.static) - startup,
  };
  const size = async (f: string) => (await fs.stat(f)).size / 1024;
  const sizes = {
    ours: await size(files.ours),
    perCell: await size(files.perCell),
    static: await size(files.static),
  };
  return [
    figure(
      'workbook',
      `our plan, ${TASKS.toLocaleString('en-US')} tasks + ${days}-day Gantt: file size`,
      sizes.ours,
      'KB',
    ),
    figure('workbook', 'per-cell-formula Gantt: file size', sizes.perCell, 'KB'),
    figure('workbook', 'static copy (values only): file size', sizes.static, 'KB'),
    figure('workbook', 'our plan: open + recalculate in LibreOffice', time.ours, 'ms'),
    figure('workbook', 'per-cell-formula Gantt: open + recalculate', time.perCell, 'ms'),
    figure('workbook', 'static copy: open + recalculate', time.static, 'ms'),
    figure('workbook', 'recalculation, ours ÷ static copy', time.ours / time.static, '×', 1.5),
    figure(
      'workbook',
      'recalculation, ours ÷ per-cell Gantt',
      time.ours / time.perCell,
      '×',
      1,
      '< 1 ×',
    ),
    figure('workbook', 'LibreOffice start-up (subtracted above)', startup, 'ms'),
  ];
}
