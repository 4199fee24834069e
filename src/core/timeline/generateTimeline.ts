import {
  cellAddress,
  columnLetters,
  contains,
  parseCell,
  type CellRef,
  type RangeBox,
} from '../a1';
import { LAST_DATA_YEAR } from '../calendar/chinaHolidays';
import { formatSerial, fromSerial, parseDateText } from '../calendar/serial';
import { CALENDAR_SHEET, workCalendarPlan } from '../calendar/workCalendar';
import { isErrorValue, lastRowWithContent, textIn, type CellValue, type Grid } from '../grid';
import { issue, type Issue, type IssueCode, type Locale } from '../issues';
import { checkSchedule } from './checks';
import {
  blank,
  block,
  formatRuns,
  formula,
  mergeSheetPlans,
  num,
  sheetPlan,
  text,
  type Block,
  type NumberFormat,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../plan';
import { DEFAULT_VIEWS, timelineViews, type ViewOptions } from './views';
import { OWNED_HEADERS } from './columns';
import { parseDeadline, parseDuration, type Deadline } from './deadline';
import { deadlineFormulas, type DatedFormula } from './deadlineFormula';
import { evaluateDeadline } from './evaluate';
import { findMilestones, valueAddress, BLOCK_MARKER } from './milestoneCells';
import { KNOWN_MILESTONES, MAIN_MILESTONE } from './milestones';
import { readTaskSheet, type ColumnMapping, type TaskRow, type TaskSheet } from './readTaskSheet';
import { OWN_HEADER } from '../plan/palette';

export interface TimelineOptions {
  /** Milestone values the user gave (task pane fields, CLI --anchor), as serials. */
  readonly anchors?: Readonly<Record<string, number>>;
  /** The user's corrections to the detected column mapping. */
  readonly mapping?: ColumnMapping;
  /** The workbook's 工作日历 sheet when it has one: it is the team's, so it is read, never rewritten. */
  readonly calendar?: Grid | null;
  /** Status, summaries and the Gantt; all on unless told otherwise. */
  readonly views?: ViewOptions;
  /** The language of texts that checks put into issue parameters. */
  readonly locale?: Locale;
}

/** A milestone the sheet uses, where its value comes from and how many tasks need it. */
export interface MilestoneUse {
  readonly name: string;
  readonly value: number | null;
  /** The value cell formulas point at, e.g. `$K$4`. */
  readonly address: string | null;
  readonly source: 'block' | 'team' | 'anchor' | 'missing';
  readonly uses: number;
}

/** A task's planned dates as its formulas compute them today (null when it has none). */
export interface ScheduledTask {
  readonly task: TaskRow;
  readonly start: number | null;
  readonly due: number | null;
}

export interface TimelineResult {
  readonly taskSheet: TaskSheet;
  readonly milestones: readonly MilestoneUse[];
  readonly issues: readonly Issue[];
  /** Null when the run cannot go on (a milestone has no date): nothing is written. */
  readonly plan: WorkbookPlan | null;
  readonly dated: number;
  readonly columns: { readonly start: number; readonly due: number };
  readonly schedule: readonly ScheduledTask[];
  /** Where the Gantt's first day column is, and how many days it shows. */
  readonly gantt?: { readonly col: number; readonly days: number } | null;
}

const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const UNDATABLE_CODE: Record<'vague' | 'multi' | 'unknown', IssueCode> = {
  vague: 'DEADLINE_VAGUE',
  multi: 'DEADLINE_MULTI',
  unknown: 'DEADLINE_UNKNOWN',
};

type Parsed = {
  task: TaskRow;
  due: Deadline | { kind: 'date'; value: number } | null;
  start: Deadline | null;
};

/** Nothing a milestone could be read from: no number and no text. */
const isEmpty = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Gives every task of a 推进表 a planned start and due: formulas on the milestone cells (so moving
 * 开团 moves every date), in two columns the add-in adds beside the team's table, plus a block of
 * milestone input cells. Reads the sheet as the team laid it out; null when it holds no 推进表.
 * @example generateTimeline(grid, { anchors: { 开团: 46337.4167 } })?.plan
 */
export function generateTimeline(grid: Grid, options: TimelineOptions = {}): TimelineResult | null {
  const ts = readTaskSheet(grid, options.mapping);
  if (!ts) return null;
  const anchors = options.anchors ?? {};
  const issues: Issue[] = [];
  const cell = (row: number, col: number | undefined) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col: col ?? 0 }),
  });

  const parsed: Parsed[] = ts.tasks.map((task) => ({
    task,
    due:
      typeof task.due === 'number'
        ? { kind: 'date', value: task.due }
        : textIn(task.due)
          ? parseDeadline(textIn(task.due))
          : null,
    start: textIn(task.start) ? parseDeadline(textIn(task.start)) : null,
  }));

  // Which milestones the tasks need, 活动 folded into 开团 when the sheet has a 开团.
  const found = findMilestones(grid, ts);
  const uses = new Map<string, number>();
  for (const p of parsed) {
    for (const d of [p.due, p.start])
      if (d && d.kind !== 'undatable' && d.kind !== 'date')
        uses.set(d.milestone, (uses.get(d.milestone) ?? 0) + 1);
  }
  const has = (name: string) =>
    uses.has(name) || found.cells.some((c) => c.name === name) || name in anchors;
  const mainIsLaunch =
    uses.has(MAIN_MILESTONE) &&
    has('开团') &&
    !found.cells.some((c) => c.name === MAIN_MILESTONE) &&
    !(MAIN_MILESTONE in anchors);
  const canonical = (name: string) => (mainIsLaunch && name === MAIN_MILESTONE ? '开团' : name);
  if (mainIsLaunch) {
    uses.set('开团', (uses.get('开团') ?? 0) + (uses.get(MAIN_MILESTONE) ?? 0));
    uses.delete(MAIN_MILESTONE);
  }
  const order = (n: string) => {
    const i = KNOWN_MILESTONES.findIndex((m) => m.name === n);
    return i < 0 ? KNOWN_MILESTONES.length : i;
  };
  const needed = [...uses.keys()].sort((a, b) => order(a) - order(b));

  // Where the add-in's columns and block go: where an earlier run put them, else right of the table.
  const startCol = ts.owned.start ?? ts.lastCol + 1;
  const dueCol = ts.owned.due ?? Math.max(startCol, ts.lastCol) + 1;
  const blockAt: CellRef =
    found.block ??
    blockPlace(grid, ts.headerRow, Math.max(startCol, dueCol) + 2, 1 + 2 * KNOWN_MILESTONES.length);
  const blockRows = found.cells.filter((c) => c.source === 'block');
  let nextBlockCol = blockAt.col + 1 + 2 * blockRows.length;

  const dateFixes: Block[] = [];
  const milestones: MilestoneUse[] = needed.map((name) => {
    const count = uses.get(name) ?? 0;
    const inBlock = blockRows.find((c) => c.name === name);
    const team = found.cells.find((c) => c.name === name && c.source === 'team');
    const anchor = anchors[name];
    if (anchor !== undefined) {
      const label = inBlock?.label ?? { row: blockAt.row, col: (nextBlockCol += 2) - 2 };
      return {
        name,
        value: anchor,
        address: valueAddress({ label }),
        source: 'anchor',
        uses: count,
      };
    }
    const own = team ?? inBlock;
    const typed = own && typeof own.value === 'string' ? parseDateText(own.value) : null;
    if (own && typed !== null) {
      // A date typed as text: formulas cannot count from it, so it becomes a date in place.
      const at = { row: own.label.row, col: own.label.col + 1 };
      dateFixes.push(block(at, [[num(typed)]]));
      issues.push(
        issue('DATE_CONVERTED', 'info', cell(at.row, at.col), {
          text: textIn(own.value),
          date: formatSerial(typed),
        }),
      );
      return { name, value: typed, address: valueAddress(own), source: own.source, uses: count };
    }
    if (own && typeof own.value === 'number')
      return {
        name,
        value: own.value,
        address: valueAddress(own),
        source: own.source,
        uses: count,
      };
    if (own && !isEmpty(own.value)) {
      issues.push(
        issue('MILESTONE_NOT_A_DATE', 'error', cell(own.label.row, own.label.col + 1), {
          name,
          value: isErrorValue(own.value) ? own.value.error : textIn(own.value) || String(own.value),
        }),
      );
    }
    return {
      name,
      value: null,
      address: inBlock ? valueAddress(inBlock) : null,
      source: 'missing',
      uses: count,
    };
  });
  const missing = milestones.filter((m) => m.source === 'missing');
  for (const m of missing)
    issues.push(
      issue('MILESTONE_MISSING', 'error', { sheet: grid.sheet }, { name: m.name, count: m.uses }),
    );
  const result = { taskSheet: ts, milestones, columns: { start: startCol, due: dueCol } };
  if (missing.length > 0) return { ...result, issues, plan: null, dated: 0, schedule: [] };

  const refOf = new Map(milestones.map((m) => [m.name, m.address!]));
  const ref = (name: string) => refOf.get(canonical(name))!;

  // The two planned columns, from the header down past anything an earlier run wrote.
  const extent = Math.max(
    ts.lastRow,
    lastRowWithContent(grid, ts.headerRow + 1, startCol),
    lastRowWithContent(grid, ts.headerRow + 1, dueCol),
  );
  const byRow = new Map(parsed.map((p) => [p.task.row, p]));
  const startCells: PlanCell[] = [text(OWNED_HEADERS.start)];
  const dueCells: PlanCell[] = [text(OWNED_HEADERS.due)];
  const startFormats: string[] = [];
  const dueFormats: string[] = [];
  let dated = 0;
  let usesWorkdays = false;
  const schedule: ScheduledTask[] = [];
  const valueOf = (name: string) => milestones.find((m) => m.name === canonical(name))!.value!;
  for (let row = ts.headerRow + 1; row <= extent; row++) {
    const p = byRow.get(row);
    const dueRef = cellAddress({ row, col: dueCol });
    let due: DatedFormula | null = null;
    let start: DatedFormula | null = null;
    let dueValue: number | null = null;
    let startValue: number | null = null;
    if (p?.due?.kind === 'date') {
      due = {
        formula: `=${cellAddress({ row, col: ts.mapping.due ?? 0 })}`,
        hasTime: !Number.isInteger(p.due.value),
      };
      dueValue = p.due.value;
    } else if (p?.due?.kind === 'undatable') {
      issues.push(
        issue(UNDATABLE_CODE[p.due.reason], 'warning', cell(row, ts.mapping.due), {
          text: textIn(p.task.due),
        }),
      );
    } else if (p?.due) {
      const f = deadlineFormulas(p.due, ref(p.due.milestone));
      const v = evaluateDeadline(p.due, valueOf(p.due.milestone));
      due = f.due;
      dueValue = v.due;
      if (p.due.kind === 'offset' && p.due.low !== p.due.high)
        [start, startValue] = [f.start, v.start];
      usesWorkdays ||= p.due.kind === 'offset' && p.due.unit === 'workday';
    }
    if (p?.start && p.start.kind !== 'undatable') {
      start = deadlineFormulas(p.start, ref(p.start.milestone)).start;
      startValue = evaluateDeadline(p.start, valueOf(p.start.milestone)).start;
      usesWorkdays ||= p.start.kind === 'offset' && p.start.unit === 'workday';
    } else if (p?.start?.kind === 'undatable') {
      issues.push(
        issue(UNDATABLE_CODE[p.start.reason], 'warning', cell(row, ts.mapping.start), {
          text: textIn(p.task.start),
        }),
      );
    }
    const days = p ? parseDuration(textIn(p.task.duration)) : null;
    if (!start && due && days !== null) {
      start = {
        formula: `=${dueRef}-${round(days)}`,
        hasTime: due.hasTime || !Number.isInteger(days),
      };
      startValue = dueValue! - days;
    }
    if (!start && due)
      [start, startValue] = [{ formula: `=${dueRef}`, hasTime: due.hasTime }, dueValue];
    if (due) dated++;
    if (p) schedule.push({ task: p.task, start: startValue, due: dueValue });
    startCells.push(start ? formula(start.formula) : blank);
    dueCells.push(due ? formula(due.formula) : blank);
    startFormats.push(start?.hasTime ? DATE_TIME : DATE);
    dueFormats.push(due?.hasTime ? DATE_TIME : DATE);
  }

  const blocks: Block[] = [];
  const numberFormats: NumberFormat[] = [];
  const columnBlock = (col: number, cells: PlanCell[], formats: string[]) => {
    blocks.push(
      block(
        { row: ts.headerRow, col },
        cells.map((c) => [c]),
      ),
    );
    numberFormats.push(...formatRuns(formats, ts.headerRow + 1, col));
  };
  columnBlock(startCol, startCells, startFormats);
  columnBlock(dueCol, dueCells, dueFormats);

  // The milestone block: its marker and new pairs; values the team typed there stay as they are.
  if (!found.block) blocks.push(block(blockAt, [[text(BLOCK_MARKER)]]));
  const blockBox: RangeBox = {
    row: blockAt.row,
    col: blockAt.col,
    rows: 1,
    cols: nextBlockCol - blockAt.col,
  };
  for (const m of milestones) {
    const inBlock = blockRows.find((c) => c.name === m.name);
    const labelCol = inBlock?.label.col ?? parseCell(m.address!).col - 1;
    if (m.source === 'anchor' && inBlock)
      blocks.push(block({ row: blockAt.row, col: labelCol + 1 }, [[num(m.value!)]]));
    else if (m.source === 'anchor')
      blocks.push(block({ row: blockAt.row, col: labelCol }, [[text(m.name), num(m.value!)]]));
  }
  for (let col = blockAt.col + 2; col < nextBlockCol; col += 2) {
    numberFormats.push({ range: { row: blockAt.row, col, rows: 1, cols: 1 }, format: DATE_TIME });
  }
  for (const fix of dateFixes) {
    if (!contains(blockBox, { ...fix.at, rows: 1, cols: 1 }))
      numberFormats.push({ range: { ...fix.at, rows: 1, cols: 1 }, format: DATE_TIME });
  }
  blocks.push(...dateFixes);

  const team: SheetPlan = {
    ...sheetPlan(grid.sheet),
    blocks,
    numberFormats,
    styles: [
      { range: { row: ts.headerRow, col: startCol, rows: 1, cols: 1 }, ...OWN_HEADER },
      { range: { row: ts.headerRow, col: dueCol, rows: 1, cols: 1 }, ...OWN_HEADER },
      { range: { row: blockAt.row, col: blockAt.col, rows: 1, cols: 1 }, ...OWN_HEADER },
      ...Array.from({ length: (nextBlockCol - blockAt.col - 1) / 2 }, (_, i) => ({
        range: { row: blockAt.row, col: blockAt.col + 1 + 2 * i, rows: 1, cols: 1 },
        bold: true,
        align: 'right' as const,
      })),
    ],
    columnWidths: [
      { col: startCol, width: 17 },
      { col: dueCol, width: 17 },
      ...Array.from({ length: (nextBlockCol - blockAt.col - 1) / 2 }, (_, i) => ({
        col: blockAt.col + 2 + 2 * i,
        width: 15,
      })),
    ],
    owned: [
      { row: ts.headerRow, col: startCol, rows: extent - ts.headerRow + 1, cols: 1 },
      { row: ts.headerRow, col: dueCol, rows: extent - ts.headerRow + 1, cols: 1 },
      blockBox,
    ],
  };

  // The Gantt hangs on the activity's start: 开团, else 活动 or 爆发, else the last milestone.
  const main =
    ['开团', MAIN_MILESTONE, '爆发']
      .map((n) => milestones.find((m) => m.name === n))
      .find(Boolean) ?? milestones[milestones.length - 1];
  const views = main
    ? timelineViews(
        {
          grid,
          ts,
          startCol,
          dueCol,
          extent,
          blockAt,
          blockWidth: nextBlockCol - blockAt.col,
          main: { address: main.address!, value: main.value! },
          milestoneAddresses: milestones.map((m) => m.address!),
          schedule,
        },
        options.views ?? DEFAULT_VIEWS,
      )
    : null;
  const printCols = views?.gantt
    ? views.gantt.col + views.gantt.days
    : blockAt.col + (nextBlockCol - blockAt.col);
  const print = {
    landscape: true,
    fitToWidth: true,
    area: { row: 0, col: 0, rows: Math.max(extent, views?.lastRow ?? 0) + 1, cols: printCols },
  };
  const sheets: SheetPlan[] = [
    mergeSheetPlans(team, { ...(views?.plan ?? sheetPlan(grid.sheet)), print }),
  ];
  if (usesWorkdays || views?.needsCalendar) {
    const years = milestones.map((m) => fromSerial(m.value!).year);
    const last = Math.max(...years);
    if (options.calendar) {
      const lastCalendarYear = calendarLastYear(options.calendar);
      if (last > lastCalendarYear)
        issues.push(
          issue(
            'CALENDAR_PAST_DATA',
            'warning',
            { sheet: CALENDAR_SHEET },
            { year: lastCalendarYear, years: yearsAfter(lastCalendarYear, last) },
          ),
        );
    } else {
      sheets.push(
        workCalendarPlan(Math.max(2004, Math.min(...years) - 1), Math.max(last, LAST_DATA_YEAR)),
      );
      if (last > LAST_DATA_YEAR)
        issues.push(
          issue(
            'CALENDAR_PAST_DATA',
            'warning',
            { sheet: CALENDAR_SHEET },
            { year: LAST_DATA_YEAR, years: yearsAfter(LAST_DATA_YEAR, last) },
          ),
        );
    }
  }
  if (main)
    issues.push(
      ...checkSchedule(schedule, {
        sheet: grid.sheet,
        dueCol,
        start: main.value!,
        ...(options.locale && { locale: options.locale }),
      }),
    );
  issues.push(
    issue('TIMELINE_WRITTEN', 'info', cell(ts.headerRow, dueCol), {
      dated,
      tasks: ts.tasks.length,
      start: columnLetters(startCol),
      due: columnLetters(dueCol),
    }),
  );
  return {
    ...result,
    issues,
    plan: { sheets, deleteSheets: [] },
    dated,
    schedule,
    gantt: views?.gantt ?? null,
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Where a new block goes: the row above the header when its cells are free, else the header row. */
function blockPlace(grid: Grid, headerRow: number, col: number, width: number): CellRef {
  const free = (row: number) =>
    row >= 0 &&
    Array.from(
      { length: width },
      (_, i) => grid.values[row - grid.origin.row]?.[col + i - grid.origin.col] ?? null,
    ).every((v) => v === null || v === '');
  return { row: free(headerRow - 1) ? headerRow - 1 : headerRow, col };
}

const yearsAfter = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => from + 1 + i).join('、');

/** The year of the last date in a 工作日历 sheet's first column. */
function calendarLastYear(calendar: Grid): number {
  let last = 0;
  for (const line of calendar.values)
    if (typeof line[0] === 'number' && line[0] > last) last = line[0];
  return last > 0 ? fromSerial(last).year : 0;
}
