import { columnLetters, type CellRef, type RangeBox } from '../a1';
import { calendarRanges } from '../calendar/workCalendar';
import { lastColWithContent, lastRowWithContent, type Grid } from '../grid';
import {
  blank,
  block,
  formula,
  num,
  sheetPlan,
  text,
  type ConditionalFormat,
  type PlanCell,
  type SheetPlan,
} from '../plan';
import type { ScheduledTask } from './generateTimeline';
import type { TaskSheet } from './readTaskSheet';
import { ALERT, OWN_HEADER } from '../plan/palette';

/** What the planner sees besides the dates; the task pane switches the Gantt and sets its range. */
export interface ViewOptions {
  readonly gantt: boolean;
  /** The Gantt's widest span in days. */
  readonly ganttMaxDays: number;
}

export const DEFAULT_VIEWS: ViewOptions = { gantt: true, ganttMaxDays: 70 };

/** Rows below the header whose rules a run clears first: far past any 推进表, so a table that grew or shrank leaves no stale rule. */
export const RULE_ROWS = 1000;

export const STATUSES = ['未开始', '进行中', '已完成', '延期'] as const;
const DONE = '已完成';
/** Tasks due the same day one owner may carry before the owner column flags it. */
export const DEFAULT_SAME_DAY_LIMIT = 3;
const LIMIT_LABEL = '同日上限';
export const SUMMARY_WIDTH = 6;

/** Bar colours by department (or phase), then a neutral one for anything else. */
const BAR_COLOURS = [
  '#5B9BD5',
  '#ED7D31',
  '#70AD47',
  '#FFC000',
  '#7F6BB0',
  '#4BACC6',
  '#C55A5A',
  '#A5A5A5',
];
const OTHER_BAR = '#8EA9C1';

/** Where the generator put things, and what views need to know of the plan. */
export interface ViewLayout {
  readonly grid: Grid;
  readonly ts: TaskSheet;
  readonly startCol: number;
  readonly dueCol: number;
  /** The last row the planned columns cover. */
  readonly extent: number;
  readonly blockAt: CellRef;
  readonly blockWidth: number;
  /** The main milestone's value cell and value: the Gantt is anchored on it. */
  readonly main: { readonly address: string; readonly value: number };
  readonly milestoneAddresses: readonly string[];
  readonly schedule: readonly ScheduledTask[];
}

const col$ = (col: number) => `$${columnLetters(col)}`;
const range$ = (col: number, first: number, last: number) =>
  `${col$(col)}$${first + 1}:${col$(col)}$${last + 1}`;

/**
 * Status drop-downs, the overdue rule, per-phase and per-department summaries, the owner-load
 * flag and the Gantt, as one plan fragment for the team's sheet. All native: a colleague without
 * the add-in sees the same picture.
 */
export function timelineViews(
  layout: ViewLayout,
  options: ViewOptions = DEFAULT_VIEWS,
): {
  plan: SheetPlan;
  needsCalendar: boolean;
  gantt: { readonly col: number; readonly days: number } | null;
  lastRow: number;
} {
  const { ts, dueCol, startCol, extent } = layout;
  const first = ts.headerRow + 1;
  // Rules go on the add-in's own cells only: the team's own rules and colours are never touched.
  const planned: RangeBox = {
    row: first,
    col: Math.min(startCol, dueCol),
    rows: Math.max(extent - ts.headerRow, 1),
    cols: Math.abs(dueCol - startCol) + 1,
  };
  const statusCol = ts.mapping.status;
  const due = (r: number) => `${col$(dueCol)}${r + 1}`;
  const notDone = (r: number) =>
    statusCol === undefined ? '' : `,${col$(statusCol)}${r + 1}<>"${DONE}"`;
  const clearFormats: RangeBox[] = [{ ...planned, rows: RULE_ROWS }];

  const conditionalFormats: ConditionalFormat[] = [
    {
      range: planned,
      formula: `=AND(ISNUMBER(${due(first)}),${due(first)}<NOW()${notDone(first)})`,
      ...ALERT,
    },
  ];
  const validations =
    statusCol === undefined
      ? []
      : [
          {
            range: { row: first, col: statusCol, rows: planned.rows, cols: 1 },
            list: [...STATUSES],
          },
        ];

  const summary = summaryBlock(layout);
  const blocks = [summary.block];
  const numberFormats = summary.numberFormats;
  if (ts.mapping.owner !== undefined) {
    const o = ts.mapping.owner;
    const owners = range$(o, first, extent);
    const dues = range$(dueCol, first, extent);
    const d = due(first);
    conditionalFormats.push({
      range: { row: first, col: dueCol, rows: planned.rows, cols: 1 },
      formula: `=AND(ISNUMBER(${d}),COUNTIFS(${owners},${col$(o)}${first + 1},${dues},">="&INT(${d}),${dues},"<"&(INT(${d})+1))>${summary.limitRef})`,
      fill: '#FFD966',
    });
  }

  const plan: SheetPlan = {
    ...sheetPlan(ts.sheet),
    clearFormats,
    blocks,
    numberFormats,
    conditionalFormats,
    validations,
    styles: summary.styles,
    owned: [summary.box],
    columnWidths: summary.widths,
  };
  const lastRow = Math.max(extent, summary.box.row + summary.box.rows - 1);
  if (!options.gantt) return { plan, needsCalendar: false, gantt: null, lastRow };
  const gantt = ganttOf(layout, options);
  return {
    plan: {
      ...plan,
      clearFormats: [...plan.clearFormats, gantt.clear],
      blocks: [...plan.blocks, ...gantt.blocks],
      numberFormats: [...plan.numberFormats, ...gantt.numberFormats],
      // Bars first: they win over the today and non-working-day shading (first rule = top priority).
      conditionalFormats: [...gantt.conditionalFormats, ...plan.conditionalFormats],
      columnWidths: [...plan.columnWidths, ...gantt.columnWidths],
      owned: [...plan.owned, gantt.box],
      styles: [...plan.styles, ...gantt.styles],
    },
    needsCalendar: true,
    gantt: { col: gantt.box.col, days: gantt.days },
    lastRow,
  };
}

/** Runs of consecutive task rows that share a value (a phase, usually merged down). */
function runs(
  tasks: readonly { readonly row: number; readonly key: string }[],
): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  let prev: { key: string; row: number } | null = null;
  for (const t of tasks) {
    if (t.key === '') continue;
    const list = out.get(t.key) ?? out.set(t.key, []).get(t.key)!;
    const last = list[list.length - 1];
    if (last && prev?.key === t.key) last[1] = t.row;
    else list.push([t.row, t.row]);
    prev = t;
  }
  return out;
}

/** The summary under the milestone block: per phase, per department, and the same-day limit. */
function summaryBlock(layout: ViewLayout) {
  const { grid, ts, blockAt, dueCol, startCol, extent } = layout;
  // Below the header row, so nothing of it sits among the team's column titles.
  const top = ts.headerRow + 1;
  // Under the block when it is right of the table; a block the team typed above the table
  // (里程碑 in column A) must not push the summary into the task rows.
  const col = Math.max(blockAt.col, Math.max(startCol, dueCol) + 2);
  const first = ts.headerRow + 1;
  const statusCol = ts.mapping.status;
  const countCol = ts.mapping.task ?? ts.mapping.due ?? dueCol;
  const rows: PlanCell[][] = [];
  const pad = (cells: PlanCell[]) => [
    ...cells,
    ...Array<PlanCell>(SUMMARY_WIDTH - cells.length).fill(blank),
  ];
  // COUNTIFS counts only dates below NOW() (never text or blanks), with no array arithmetic.
  const overdue = (ranges: [number, number][], extra = '') =>
    `=${ranges.map(([a, b]) => `COUNTIFS(${extra}${range$(dueCol, a, b)},"<"&NOW()${statusCol === undefined ? '' : `,${range$(statusCol, a, b)},"<>${DONE}"`})`).join('+')}`;
  const headerRows: number[] = [];
  const percentRows: number[] = [];
  const dateRows: number[] = [];

  const phases = runs(ts.tasks.map((t) => ({ row: t.row, key: t.phase })));
  if (phases.size > 0) {
    headerRows.push(rows.length);
    // Headings that are no column words, so the next run never reads them as the team's table.
    rows.push(pad(['按阶段', '最早开始', '最晚截止', '事项数', '已完成', '逾期数'].map(text)));
    for (const [phase, rs] of phases) {
      const list = (c: number) => rs.map(([a, b]) => range$(c, a, b)).join(',');
      dateRows.push(rows.length);
      rows.push(
        pad([
          text(phase),
          formula(`=IF(COUNT(${list(startCol)})=0,"",MIN(${list(startCol)}))`),
          formula(`=IF(COUNT(${list(dueCol)})=0,"",MAX(${list(dueCol)}))`),
          formula(`=${rs.map(([a, b]) => `COUNTA(${range$(countCol, a, b)})`).join('+')}`),
          statusCol === undefined
            ? blank
            : formula(
                `=${rs.map(([a, b]) => `COUNTIF(${range$(statusCol, a, b)},"${DONE}")`).join('+')}`,
              ),
          formula(overdue(rs)),
        ]),
      );
    }
    rows.push(pad([]));
  }
  const depts = [...new Set(ts.tasks.map((t) => t.department).filter((d) => d !== ''))];
  const deptCol = ts.mapping.department;
  if (deptCol !== undefined && depts.length > 0) {
    headerRows.push(rows.length);
    rows.push(pad(['按部门', '事项数', '已完成', '完成率', '逾期数'].map(text)));
    const all: [number, number][] = [[first, extent]];
    for (const d of depts) {
      const r = top + rows.length + 1;
      const label = `${columnLetters(col)}${r}`;
      const depts$ = range$(deptCol, first, extent);
      percentRows.push(rows.length);
      rows.push(
        pad([
          text(d),
          formula(`=COUNTIF(${depts$},${label})`),
          statusCol === undefined
            ? blank
            : formula(
                `=COUNTIFS(${depts$},${label},${range$(statusCol, first, extent)},"${DONE}")`,
              ),
          statusCol === undefined
            ? blank
            : formula(`=IFERROR(${columnLetters(col + 2)}${r}/${columnLetters(col + 1)}${r},0)`),
          formula(overdue(all, `${depts$},${label},`)),
        ]),
      );
    }
    rows.push(pad([]));
  }
  // The same-day limit is an input: a value the team changed is kept.
  const limitRow = top + rows.length;
  const kept = grid.values[limitRow - grid.origin.row]?.[col + 1 - grid.origin.col];
  const keptLabel = grid.values[limitRow - grid.origin.row]?.[col - grid.origin.col];
  rows.push(
    pad([
      text(LIMIT_LABEL),
      num(keptLabel === LIMIT_LABEL && typeof kept === 'number' ? kept : DEFAULT_SAME_DAY_LIMIT),
    ]),
  );

  // Blank what a longer summary of an earlier run left below.
  const previousEnd = lastRowWithContent(grid, top, col, SUMMARY_WIDTH);
  while (top + rows.length <= previousEnd) rows.push(pad([]));
  const box: RangeBox = { row: top, col, rows: rows.length, cols: SUMMARY_WIDTH };
  const at = (i: number, c = 0, cols = SUMMARY_WIDTH): RangeBox => ({
    row: top + i,
    col: col + c,
    rows: 1,
    cols,
  });
  return {
    block: block({ row: top, col }, rows),
    box,
    limitRef: `$${columnLetters(col + 1)}$${limitRow + 1}`,
    numberFormats: [
      ...dateRows.map((i) => ({ range: at(i, 1, 2), format: 'yyyy-mm-dd' })),
      ...percentRows.map((i) => ({ range: at(i, 3, 1), format: '0%' })),
    ],
    styles: [
      ...headerRows.map((i) => ({ range: at(i), ...OWN_HEADER })),
      { range: at(limitRow - top, 0, 1), bold: true },
    ],
    widths: [
      { col, width: 10 },
      ...[1, 2].map((c) => ({ col: col + c, width: 11 })),
      ...[3, 4, 5].map((c) => ({ col: col + c, width: 8 })),
    ],
  };
}

/** Day columns right of the summary, headed by formulas off the main milestone, with bar rules. */
function ganttOf(layout: ViewLayout, options: ViewOptions) {
  const { grid, ts, startCol, dueCol, extent, schedule, main } = layout;
  const gcol = layout.blockAt.col + Math.max(layout.blockWidth, SUMMARY_WIDTH) + 1;
  // As many days as the plan spans (a day either side), at most the maximum. Rules are cleared over
  // the maximum width, so a narrower run leaves nothing of a wider one.
  const dates = schedule.flatMap((t) => [t.start, t.due]).filter((v): v is number => v !== null);
  const firstDay = Math.floor(Math.min(main.value, ...dates)) - 1;
  const lastDay = Math.floor(Math.max(main.value, ...dates)) + 1;
  const days = Math.max(1, Math.min(lastDay - firstDay + 1, options.ganttMaxDays));
  const stale = Math.max(0, lastColWithContent(grid, ts.headerRow, gcol) - (gcol + days - 1));
  const head = ts.headerRow;
  const h = (c: number) => `${columnLetters(c)}${head + 1}`;
  const offset = Math.floor(main.value) - firstDay;
  const header: PlanCell[] = Array.from({ length: days }, (_, i) =>
    formula(
      i === 0
        ? `=INT(${main.address})${offset === 0 ? '' : offset > 0 ? `-${offset}` : `+${-offset}`}`
        : `=${h(gcol + i - 1)}+1`,
    ),
  );
  const blanks = Array<PlanCell>(stale).fill(blank);
  const blocks = [block({ row: head, col: gcol }, [[...header, ...blanks]])];
  const monthRow = head - 1;
  if (monthRow >= 0 && rowIsOurs(grid, monthRow, gcol, days + stale)) {
    blocks.push(
      block({ row: monthRow, col: gcol }, [
        [
          ...Array.from({ length: days }, (_, i) =>
            formula(
              i === 0
                ? `=MONTH(${h(gcol)})&"月"`
                : `=IF(DAY(${h(gcol + i)})=1,MONTH(${h(gcol + i)})&"月","")`,
            ),
          ),
          ...blanks,
        ],
      ]),
    );
  }
  const first = head + 1;
  const bars: RangeBox = { row: first, col: gcol, rows: Math.max(extent - head, 1), cols: days };
  const x = `${columnLetters(gcol)}$${head + 1}`;
  const s = `${col$(startCol)}${first + 1}`;
  const d = `${col$(dueCol)}${first + 1}`;
  const inBar = `ISNUMBER(${d}),${x}>=INT(${s}),${x}<=${d}`;
  const byDept = ts.mapping.department !== undefined;
  const byCol = ts.mapping.department ?? ts.mapping.phase;
  const groups =
    byCol === undefined
      ? []
      : [...new Set(ts.tasks.map((t) => (byDept ? t.department : t.phase)).filter(Boolean))];
  const { dates: calDates, flags: calFlags } = calendarRanges();
  const nonWorking = (cell: string) =>
    `IFERROR(INDEX(${calFlags},MATCH(${cell},${calDates},0))=0,WEEKDAY(${cell},2)>5)`;
  const headerRange: RangeBox = { row: head, col: gcol, rows: 1, cols: days };
  const hx = `${columnLetters(gcol)}${head + 1}`;
  const conditionalFormats: ConditionalFormat[] = [
    ...groups.slice(0, BAR_COLOURS.length).map((g, i) => ({
      range: bars,
      formula: `=AND(${col$(byCol!)}${first + 1}="${g}",${inBar})`,
      fill: BAR_COLOURS[i]!,
    })),
    { range: bars, formula: `=AND(${inBar})`, fill: OTHER_BAR },
    { range: bars, formula: `=${x}=TODAY()`, fill: '#FFF2CC' },
    { range: bars, formula: `=${nonWorking(x)}`, fill: '#EDEDED' },
    { range: headerRange, formula: `=${hx}=TODAY()`, fill: '#C00000', fontColor: '#FFFFFF' },
    {
      range: headerRange,
      formula: `=OR(${layout.milestoneAddresses.map((a) => `${hx}=INT(${a})`).join(',')})`,
      fill: '#F4B084',
    },
    { range: headerRange, formula: `=${nonWorking(hx)}`, fontColor: '#A6A6A6' },
  ];
  const top = Math.max(monthRow, 0);
  return {
    blocks,
    box: { row: top, col: gcol, rows: extent - top + 1, cols: days },
    clear: {
      row: head,
      col: gcol,
      rows: RULE_ROWS,
      cols: Math.max(options.ganttMaxDays, days + stale),
    },
    days,
    numberFormats: [{ range: headerRange, format: 'd' }],
    conditionalFormats,
    columnWidths: Array.from({ length: days }, (_, i) => ({ col: gcol + i, width: 3.3 })),
    styles: [{ range: headerRange, align: 'center' as const }],
  };
}

/** Whether a row's cells are empty or hold the add-in's month labels from an earlier run. */
function rowIsOurs(grid: Grid, row: number, col: number, width: number): boolean {
  const r = row - grid.origin.row;
  for (let c = col; c < col + width; c++) {
    const v = grid.values[r]?.[c - grid.origin.col] ?? null;
    const f = grid.formulas[r]?.[c - grid.origin.col] ?? null;
    if (v !== null && v !== '' && !(f && /^=(MONTH|IF\(DAY)\(/.test(f))) return false;
  }
  return true;
}
