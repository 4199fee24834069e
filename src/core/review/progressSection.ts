import { issue, type Issue } from '../issues';
import { blank, block, formula, text, type PlanCell } from '../plan';
import { PERCENT } from '../plan/formats';
import { NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { section, type Section } from '../targets/_lib/section';
import { box, colOn } from './_lib/refs';
import { slipsSection } from './slipsSection';
import { abs, rel, PANELS, PROGRESS, REVIEW_SHEET, ROWS } from './layout';
import type { TaskSource } from './types';

const COL = PANELS.progress;
const HEADINGS = ['分组', '事项数', '按时完成', '延期完成', '未完成', '准时率'];

type Runs = [number, number][];

/** Runs of consecutive task rows sharing a value (a merged 阶段 or 部门 cell spreads down). */
function runsBy(t: TaskSource, key: 'department' | 'phase'): Map<string, Runs> {
  const out = new Map<string, Runs>();
  let prev = null as { key: string; row: number } | null;
  for (const task of t.tasks) {
    const k = task[key];
    if (k === '') {
      prev = null;
      continue;
    }
    const list = out.get(k) ?? [];
    out.set(k, list);
    const last = list[list.length - 1];
    if (last && prev?.key === k && prev.row === task.row - 1) last[1] = task.row;
    else list.push([task.row, task.row]);
    prev = { key: k, row: task.row };
  }
  return out;
}

/** One group's row: tasks with a planned due, on time, late, not done, on-time rate. */
function groupRow(t: TaskSource, label: string, runs: Runs, row: number): PlanCell[] {
  const sum = (f: (a: number, b: number) => string) =>
    formula(`=${runs.map(([a, b]) => f(a, b)).join('+')}`);
  const tasks = sum((a, b) => `COUNT(${colOn(t.sheet, t.due, a, b)})`);
  const dev = t.deviation;
  if (dev === null) return [text(label), tasks, blank, blank, blank, blank];
  const [b, c, d] = [1, 2, 3].map((i) => abs(row, COL + i));
  return [
    text(label),
    tasks,
    sum((x, y) => `COUNTIFS(${colOn(t.sheet, dev, x, y)},"<=0")`),
    sum((x, y) => `COUNTIFS(${colOn(t.sheet, dev, x, y)},">0")`),
    formula(`=${b}-${c}-${d}`),
    formula(`=IFERROR(${c}/(${c}+${d}),"")`),
  ];
}

/** The groups listed: departments, then phases, cut to the panel's rows. */
function groups(t: TaskSource): { list: [string, Runs][]; cut: number } {
  const all = [...runsBy(t, 'department'), ...runsBy(t, 'phase')];
  return { list: all.slice(0, PROGRESS.groups), cut: Math.max(0, all.length - PROGRESS.groups) };
}

/**
 * The 进度 panel: per department and per phase the tasks with a planned due, finished on time
 * (偏差天数 ≤ 0), finished late (> 0), not finished, and the on-time rate 按时 ÷ (按时 + 延期);
 * the total; and the five largest slips with their owners. All COUNT/COUNTIFS on the 推进表's
 * 计划截止 and 偏差天数 columns, so typing an actual date updates it.
 * @example progressSection(tasks).section.blocks.length // 3
 */
export function progressSection(t: TaskSource): { section: Section; issues: Issue[] } {
  const { list, cut } = groups(t);
  const rows: PlanCell[][] = [HEADINGS.map(text)];
  list.forEach(([label, runs], i) => rows.push(groupRow(t, label, runs, ROWS.first + i)));
  while (rows.length <= PROGRESS.groups) rows.push(HEADINGS.map(() => blank));
  rows.push(groupRow(t, '合计', [[t.first, t.last]], PROGRESS.total));
  const late = abs(PROGRESS.total, COL + 3);
  const slips = slipsSection(t, late);
  const note =
    t.deviation === null ? '推进表没有“实际完成”列，只数事项' : '准时率 = 按时 ÷ (按时 + 延期)';
  const issues: Issue[] = [];
  if (cut > 0)
    issues.push(
      issue(
        'REVIEW_LIST_CUT',
        'warning',
        { sheet: REVIEW_SHEET, address: rel(PROGRESS.total - 1, COL) },
        {
          cell: rel(PROGRESS.total - 1, COL),
          what: '部门和阶段',
          total: PROGRESS.groups + cut,
          shown: PROGRESS.groups,
          cut,
        },
      ),
    );
  const groupRows = box(ROWS.first, COL + 5, PROGRESS.groups + 1);
  return {
    section: section({
      blocks: [
        block({ row: ROWS.head, col: COL }, [[text('进度'), text(note)]]),
        block({ row: ROWS.columns, col: COL }, rows),
        ...slips.blocks,
      ],
      numberFormats: [{ range: groupRows, format: PERCENT }, ...slips.numberFormats],
      styles: [
        { range: box(ROWS.head, COL), bold: true },
        { range: box(ROWS.head, COL + 1), fontColor: NOTE_FONT },
        { range: box(ROWS.columns, COL, 1, HEADINGS.length), ...OWN_HEADER },
        { range: box(PROGRESS.total, COL, 1, HEADINGS.length), bold: true },
        ...slips.styles,
      ],
    }),
    issues,
  };
}
