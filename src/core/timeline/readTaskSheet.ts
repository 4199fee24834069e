import { columnLetters } from '../a1';
import { labelIn, mergedValueAt, type CellValue, type Grid } from '../grid';
import { findHeader, type HeaderContest } from '../grid/header';
import { COLUMN_ROLES, OWNED_HEADERS, type ColumnRole } from './columns';
import { withProgress } from './progressColumn';

/** Which sheet column (0-based) plays each role; the task pane lets the user correct it. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/** One task row as read from the team's sheet. */
export interface TaskRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  readonly task: string;
  readonly phase: string;
  readonly department: string;
  /** The due cell's content: text to parse, a date serial typed by the team, or null. */
  readonly due: CellValue;
  readonly start: CellValue;
  readonly duration: CellValue;
  readonly owner: string;
  readonly status: string;
}

/** A 推进表 as read: where its header is, what each column means, and its task rows. */
export interface TaskSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** Columns the add-in added on an earlier run, found by their headers. */
  readonly owned: {
    readonly start?: number;
    readonly due?: number;
    readonly deviation?: number;
    /** 原时间, the old dates a reuse kept. */
    readonly original?: number;
  };
  /** The last column of the team's own table. */
  readonly lastCol: number;
  readonly tasks: readonly TaskRow[];
  /** Phase sub-title rows (a lone 活动前 between tasks) and blank spacer rows: left alone. */
  readonly skippedRows: readonly number[];
  /** The last row of the table (tasks, spacers and sub-titles). */
  readonly lastRow: number;
  /** The header text of each column of the header row, by sheet column. */
  readonly headers: Readonly<Record<number, string>>;
  /** Columns that named a role another column took (none for a role the user chose). */
  readonly contests: readonly HeaderContest<ColumnRole>[];
  /** Set when a column headed like a status (进度) holds percentages and is read as progress. */
  readonly progressFromStatus?: boolean;
}

// Real plans put a title, notes and blank rows above the header: one was found on row 16.
const HEADER_SCAN_ROWS = 100;

// How phase headings between tasks read: 一、活动准备, 2. 活动中, 活动前, 预热期, 收尾阶段.
const PHASE_TITLE = /^([一二三四五六七八九十]+|\d+)[、.．]|^活动[前中后]$|期$|阶段$/;

/**
 * Finds the 推进表 in a grid: the header (the first 100 rows' best reading by meaning, one row or a
 * row of group cells over sub-headers, which must name a task or a due column), each column's
 * role, and the task rows below it, with merged
 * 阶段/部门 cells spread down and a phase carried over blank cells. Null when nothing reads as one.
 * `override` replaces detected columns (the user's corrections).
 * @example readTaskSheet(grid)?.mapping // { number: 0, phase: 1, department: 2, task: 3, due: 4 }
 */
export function readTaskSheet(grid: Grid, override: ColumnMapping = {}): TaskSheet | null {
  const found = findHeader(
    grid,
    COLUMN_ROLES,
    Object.values(OWNED_HEADERS),
    (m) => m.due !== undefined || m.task !== undefined,
    { scanRows: HEADER_SCAN_ROWS, twoRow: true },
  );
  if (!found) return null;
  const header = { r: found.row - grid.origin.row };
  const owned = ownedOf(found.owned);
  const lastCol = found.lastCol;
  const { mapping, contests, fromStatus } = withProgress(grid, found, override);
  const headerRow = found.row;
  const at = (row: number, role: ColumnRole): CellValue => {
    const col = mapping[role];
    return col === undefined ? null : mergedValueAt(grid, row, col);
  };
  const tasks: TaskRow[] = [];
  const skippedRows: number[] = [];
  let phase = '';
  let lastRow = headerRow;
  for (let r = header.r + 1; r < grid.values.length; r++) {
    const row = grid.origin.row + r;
    const line = grid.values[r] ?? [];
    const filled = line
      .map((v, c) => ({ v, c: grid.origin.col + c }))
      .filter(({ v, c }) => labelIn(v) !== '' && c <= lastCol);
    if (filled.length === 0) {
      skippedRows.push(row);
      continue;
    }
    lastRow = row;
    const task = labelIn(at(row, 'task'));
    const due = at(row, 'due');
    const ownPhase = labelIn(at(row, 'phase'));
    // A lone text with no deadline that is no task: a sub-title such as 活动前 or 二、活动准备.
    const lone = filled.length === 1 ? filled[0]! : null;
    const mergedAcross =
      lone !== null && grid.merges.some((m) => m.row === row && m.col === lone.c && m.cols > 1);
    if (
      lone &&
      labelIn(due) === '' &&
      (lone.c !== mapping.task || mergedAcross || PHASE_TITLE.test(labelIn(lone.v)))
    ) {
      phase = labelIn(lone.v);
      skippedRows.push(row);
      continue;
    }
    if (ownPhase !== '') phase = ownPhase;
    tasks.push({
      row,
      task,
      phase,
      department: labelIn(at(row, 'department')),
      due,
      start: at(row, 'start'),
      duration: at(row, 'duration'),
      owner: labelIn(at(row, 'owner')),
      status: labelIn(at(row, 'status')),
    });
  }
  return {
    sheet: grid.sheet,
    headerRow,
    mapping,
    owned,
    lastCol,
    tasks,
    skippedRows: skippedRows.filter((r) => r <= lastRow),
    lastRow,
    headers: found.headers,
    contests: contests.filter((c) => override[c.role] === undefined),
    ...(fromStatus && { progressFromStatus: true }),
  };
}

/** The add-in's own columns of an earlier run, found by their headers. */
function ownedOf(found: Readonly<Record<string, number>>): TaskSheet['owned'] {
  const at = (key: keyof typeof OWNED_HEADERS) => found[OWNED_HEADERS[key]];
  const start = at('start');
  const due = at('due');
  const deviation = at('deviation');
  const original = at('original');
  return {
    ...(original !== undefined && { original }),
    ...(start !== undefined && { start }),
    ...(due !== undefined && { due }),
    ...(deviation !== undefined && { deviation }),
  };
}

/** The mapping as the user reads it: role → column letter and header text. */
export function describeMapping(ts: TaskSheet): Record<string, { column: string; header: string }> {
  const out: Record<string, { column: string; header: string }> = {};
  for (const [role, col] of Object.entries(ts.mapping))
    out[role] = { column: columnLetters(col), header: ts.headers[col] ?? '' };
  return out;
}
