import { parseRange, rangeAddress, type RangeBox } from '../a1';
import type { CellValue, Grid } from '../grid';
import {
  block,
  formatRuns,
  formattedRanges,
  sheetPlan,
  text,
  num,
  bool,
  blank,
  touchedRanges,
  type NumberFormat,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from './index';

/**
 * Before a run overwrites anything, the host snapshots the cells it touches; the snapshot is
 * kept in the workbook itself (a very hidden sheet), so it survives saving, sharing and the CLI,
 * and one action restores it. Only the last run is kept.
 */
export const BACKUP_SHEET = 'tuijin_backup';

/** The content and number format of every cell of one rectangle, row-major. */
export interface RangeSnapshot {
  readonly sheet: string;
  readonly range: RangeBox;
  readonly cells: readonly (readonly PlanCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

/** What restoring the last run needs. */
export interface Backup {
  /** Sheets the run created: restore deletes them. */
  readonly createdSheets: readonly string[];
  readonly ranges: readonly RangeSnapshot[];
  /** Ranges the run gave formats (styles, conditional formats, validations): restore clears them. */
  readonly formatted: readonly { readonly sheet: string; readonly range: RangeBox }[];
  /** Charts the run added, by sheet and name: restore deletes them. */
  readonly charts: readonly { readonly sheet: string; readonly name: string }[];
}

/** A backup holding nothing. */
export const EMPTY_BACKUP: Backup = { createdSheets: [], ranges: [], formatted: [], charts: [] };

/** What a host read of one rectangle before overwriting it (formulas null for constants). */
export interface CellsBefore {
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

/**
 * The backup of everything a plan overwrites: the cells and formats of every range it touches on
 * sheets that exist (read through `read`), the ranges it formats, and the sheets it creates.
 * @example backupFor(plan, new Set(['推进表']), (sheet, range) => host.readCells(sheet, range))
 */
export function backupFor(
  plan: WorkbookPlan,
  existing: ReadonlySet<string>,
  read: (sheet: string, range: RangeBox) => CellsBefore,
): Backup {
  return {
    createdSheets: plan.sheets.filter((sp) => !existing.has(sp.sheet)).map((sp) => sp.sheet),
    ranges: plan.sheets
      .filter((sp) => existing.has(sp.sheet))
      .flatMap((sp) =>
        touchedRanges(sp).map((range) => {
          const before = read(sp.sheet, range);
          return {
            sheet: sp.sheet,
            range,
            cells: before.values.map((row, i) =>
              row.map((v, j) => snapshotCell(v, before.formulas[i]?.[j] ?? null)),
            ),
            numberFormats: before.numberFormats,
          };
        }),
      ),
    formatted: plan.sheets.flatMap((sp) =>
      formattedRanges(sp).map((range) => ({ sheet: sp.sheet, range })),
    ),
    charts: plan.sheets
      .filter((sp) => existing.has(sp.sheet))
      .flatMap((sp) => (sp.charts ?? []).map((c) => ({ sheet: sp.sheet, name: c.name }))),
  };
}

const HEADER = ['记录', '工作表', '区域', '类型', '内容', '数字格式'];
type Kind = 'created' | 'range' | 'cell' | 'cells' | 'formatted' | 'chart';

/**
 * What a cell holds, as a plan cell that writes it back: its formula if it has one, else its value.
 * Error values are constants only as the result of a formula, so a bare one restores as blank.
 * @example snapshotCell(3, null) // { kind: 'number', value: 3 }
 */
export function snapshotCell(value: CellValue, formulaText: string | null): PlanCell {
  if (formulaText) return { kind: 'formula', formula: formulaText };
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return value === '' ? blank : text(value);
  if (typeof value === 'boolean') return bool(value);
  return blank;
}

function record(
  kind: Kind,
  sheet: string,
  address: string,
  cell: PlanCell = blank,
  format = '',
): PlanCell[] {
  const typeName = cell.kind;
  const content =
    cell.kind === 'formula' ? text(cell.formula) : cell.kind === 'blank' ? blank : cell;
  return [
    text(kind),
    text(sheet),
    text(address),
    text(typeName),
    content,
    format ? text(format) : blank,
  ];
}

/**
 * The plan that stores a backup on the backup sheet, replacing the previous one. `previousRows`
 * is how many rows the old backup used, so they get blanked.
 * @example encodeBackup(EMPTY_BACKUP, 0)
 */
export function encodeBackup(backup: Backup, previousRows: number): SheetPlan {
  const rows: PlanCell[][] = [HEADER.map(text)];
  for (const s of backup.createdSheets) rows.push(record('created', s, ''));
  for (const f of backup.formatted) rows.push(record('formatted', f.sheet, rangeAddress(f.range)));
  for (const c of backup.charts) rows.push(record('chart', c.sheet, c.name));
  for (const r of backup.ranges) {
    rows.push(record('range', r.sheet, rangeAddress(r.range)));
    for (const chunk of packCells(r))
      rows.push(record('cells', r.sheet, rangeAddress(r.range), text(chunk)));
  }
  while (rows.length < previousRows) rows.push(HEADER.map(() => blank));
  return {
    ...sheetPlan(BACKUP_SHEET, true),
    hidden: true,
    blocks: [block({ row: 0, col: 0 }, rows)],
    numberFormats: [
      { range: { row: 0, col: 0, rows: rows.length, cols: HEADER.length }, format: '@' },
    ],
  };
}

/** Excel holds at most 32,767 characters in a cell: each packed record stays below that. */
const CHUNK_CHARS = 30_000;

/**
 * A range's cells and formats, row-major, as compact JSON texts of at most CHUNK_CHARS each:
 * a cell is null (blank), a number, a boolean, `=formula` or `'text`; a format is null for General.
 * Packing keeps the backup of a 20,000-row run near the size of what the run writes.
 */
function packCells(r: RangeSnapshot): string[] {
  const out: string[] = [];
  let cells: unknown[] = [];
  let formats: (string | null)[] = [];
  let size = 0;
  const flush = () => {
    if (cells.length) out.push(JSON.stringify({ c: cells, f: formats }));
    cells = [];
    formats = [];
    size = 0;
  };
  r.cells.forEach((line, i) =>
    line.forEach((cell, j) => {
      const packed =
        cell.kind === 'blank'
          ? null
          : cell.kind === 'formula'
            ? cell.formula
            : cell.kind === 'text'
              ? `'${cell.value}`
              : cell.value;
      const format = r.numberFormats[i]?.[j] ?? 'General';
      const f = format === 'General' || format === '' ? null : format;
      const add = JSON.stringify(packed).length + JSON.stringify(f).length + 2;
      if (size + add > CHUNK_CHARS - 20) flush();
      cells.push(packed);
      formats.push(f);
      size += add;
    }),
  );
  flush();
  return out;
}

function unpackCell(v: unknown): PlanCell {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return bool(v);
  if (typeof v === 'string' && v.startsWith('=')) return { kind: 'formula', formula: v };
  if (typeof v === 'string') return text(v.slice(1));
  return blank;
}

/** A record field as text (the backup sheet holds text there; anything else reads as empty). */
const asText = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

function cellFromRecord(type: CellValue, content: CellValue): PlanCell {
  if (type === 'formula' && typeof content === 'string')
    return { kind: 'formula', formula: content };
  if (type === 'text') return text(asText(content));
  if (type === 'number' && typeof content === 'number') return num(content);
  if (
    type === 'number' &&
    typeof content === 'string' &&
    content.trim() !== '' &&
    !Number.isNaN(Number(content))
  ) {
    return num(Number(content));
  }
  if (type === 'boolean') return bool(content === true || content === 'TRUE' || content === 'true');
  return blank;
}

/**
 * Reads a backup back from the backup sheet's grid; null when there is none.
 * @example decodeBackup(await host.readSheet(BACKUP_SHEET))
 */
export function decodeBackup(grid: Grid): Backup | null {
  const header = grid.values[0];
  if (!header || header[0] !== HEADER[0]) return null;
  const createdSheets: string[] = [];
  const formatted: { sheet: string; range: RangeBox }[] = [];
  const ranges: RangeSnapshot[] = [];
  const charts: { sheet: string; name: string }[] = [];
  // Cells arrive row-major, packed ('cells') or one per record ('cell', older backups).
  const flat: { sheet: string; range: RangeBox; cells: PlanCell[]; formats: string[] }[] = [];
  for (const line of grid.values.slice(1)) {
    const [kind, sheet, address, type, content, format] = line;
    if (typeof sheet !== 'string') continue;
    const current = flat[flat.length - 1];
    if (kind === 'created') createdSheets.push(sheet);
    else if (kind === 'formatted')
      formatted.push({ sheet, range: parseRange(asText(address)).box });
    else if (kind === 'chart') charts.push({ sheet, name: asText(address) });
    else if (kind === 'range')
      flat.push({ sheet, range: parseRange(asText(address)).box, cells: [], formats: [] });
    else if (kind === 'cells' && current) {
      const packed = JSON.parse(asText(content)) as { c: unknown[]; f: (string | null)[] };
      current.cells.push(...packed.c.map(unpackCell));
      current.formats.push(...packed.f.map((f) => f ?? 'General'));
    } else if (kind === 'cell' && current) {
      current.cells.push(cellFromRecord(type ?? null, content ?? null));
      current.formats.push(typeof format === 'string' ? format : 'General');
    }
  }
  for (const r of flat) {
    const rows = (list: readonly string[] | readonly PlanCell[]) =>
      Array.from({ length: r.range.rows }, (_, i) =>
        list.slice(i * r.range.cols, (i + 1) * r.range.cols),
      );
    ranges.push({
      sheet: r.sheet,
      range: r.range,
      cells: rows(r.cells) as PlanCell[][],
      numberFormats: rows(r.formats) as string[][],
    });
  }
  return { createdSheets, formatted, ranges, charts };
}

/** How many rows the backup sheet's grid uses (so a new backup can blank the rest). */
export function backupRows(grid: Grid): number {
  return grid.origin.row + grid.values.length;
}

/**
 * The plan that puts every backed-up cell back, clears the formats and charts the run added and
 * deletes the sheets it created. Number formats are grouped in runs down each column to keep requests small.
 * @example restorePlan(backup).sheets.length
 */
export function restorePlan(backup: Backup): WorkbookPlan {
  const created = new Set(backup.createdSheets);
  const bySheet = new Map<string, SheetPlan>();
  const planFor = (sheet: string) =>
    bySheet.get(sheet) ?? bySheet.set(sheet, sheetPlan(sheet)).get(sheet)!;
  for (const f of backup.formatted) {
    if (created.has(f.sheet)) continue;
    const sp = planFor(f.sheet);
    bySheet.set(f.sheet, { ...sp, clearFormats: [...sp.clearFormats, f.range] });
  }
  for (const c of backup.charts) {
    const sp = planFor(c.sheet);
    bySheet.set(c.sheet, { ...sp, removeCharts: [...(sp.removeCharts ?? []), c.name] });
  }
  for (const r of backup.ranges) {
    if (created.has(r.sheet)) continue;
    const sp = planFor(r.sheet);
    bySheet.set(r.sheet, {
      ...sp,
      blocks: [...sp.blocks, block(r.range, r.cells)],
      numberFormats: [...sp.numberFormats, ...columnRuns(r)],
    });
  }
  return { sheets: [...bySheet.values()], deleteSheets: [...created] };
}

function columnRuns(r: RangeSnapshot): NumberFormat[] {
  return Array.from({ length: r.range.cols }, (_, j) =>
    formatRuns(
      Array.from({ length: r.range.rows }, (_, i) => r.numberFormats[i]?.[j] ?? 'General'),
      r.range.row,
      r.range.col + j,
    ),
  ).flat();
}

/** Whether a backup has nothing to restore. */
export function isEmptyBackup(b: Backup): boolean {
  return (
    b.ranges.length === 0 &&
    b.createdSheets.length === 0 &&
    b.formatted.length === 0 &&
    b.charts.length === 0
  );
}

/** How many cells a backup restores. */
export function backupCellCount(backup: Backup): number {
  return backup.ranges.reduce((n, r) => n + r.range.rows * r.range.cols, 0);
}
