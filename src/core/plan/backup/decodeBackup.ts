import { cellAddress, parseRange, type RangeBox } from '../../a1';
import { BackupUnreadableError } from '../../errors';
import type { CellValue, Grid } from '../../grid';
import type { PlanCell } from '../types';
import { asText } from './asText';
import { BACKUP_HEADER, COLUMN, RECORD_KINDS, type RecordKind } from './layout';
import { legacyCell } from './legacyCell';
import type { Backup, FormatSnapshot, LookSnapshot, RangeSnapshot } from './types';
import { unpackFormat } from './unpackFormat';
import { unpackCells } from './unpackCells';
import { unpackLook } from './unpackLook';

/** Why one cell of the backup sheet cannot be read, as the error that names it. */
type Unreadable = (reason: string) => BackupUnreadableError;

/** A range record and the cells read for it so far. */
interface OpenRange {
  readonly sheet: string;
  readonly range: RangeBox;
  readonly cells: PlanCell[];
  readonly formats: string[];
  /** The error naming the range record's address cell. */
  readonly unreadable: Unreadable;
}

interface Records {
  readonly createdSheets: string[];
  readonly formatted: { sheet: string; range: RangeBox }[];
  readonly formats: FormatSnapshot[];
  readonly charts: { sheet: string; name: string }[];
  readonly looks: LookSnapshot[];
  readonly ranges: OpenRange[];
}

/**
 * Reads a backup back from the backup sheet's grid; null when the sheet holds nothing. A sheet
 * someone edited into something the add-in did not write throws BackupUnreadableError naming the
 * cell: restoring from a guess could write wrong cells over the team's.
 * @example decodeBackup(await host.readSheet(BACKUP_SHEET))
 */
export function decodeBackup(grid: Grid): Backup | null {
  if (grid.values.every((line) => line.every(isBlank))) return null;
  const { row, col } = grid.origin;
  const at = (i: number, j: number) => cellAddress({ row: row + i, col: col + j });
  if (row !== 0 || col !== 0 || grid.values[0]?.[COLUMN.kind] !== BACKUP_HEADER[0])
    throw new BackupUnreadableError(grid.sheet, 'A1', `the header "${BACKUP_HEADER[0]}" is gone`);
  const records: Records = {
    createdSheets: [],
    formatted: [],
    formats: [],
    charts: [],
    looks: [],
    ranges: [],
  };
  grid.values.forEach((line, i) => {
    if (i > 0)
      readRecord(
        records,
        line,
        (j) => (reason) => new BackupUnreadableError(grid.sheet, at(i, j), reason),
      );
  });
  return {
    createdSheets: records.createdSheets,
    ranges: records.ranges.map(toSnapshot),
    formatted: records.formatted,
    formats: records.formats,
    charts: records.charts,
    looks: records.looks,
  };
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

const isRecordKind = (v: CellValue | undefined): v is RecordKind =>
  typeof v === 'string' && (RECORD_KINDS as readonly string[]).includes(v);

/** Adds one row of the backup sheet to what was read; `cell(j)` names the row's j-th cell. */
function readRecord(
  into: Records,
  line: readonly CellValue[],
  cell: (col: number) => Unreadable,
): void {
  const kind = line[COLUMN.kind];
  // The rows a shorter backup left blank below itself.
  if (line.every(isBlank)) return;
  if (!isRecordKind(kind)) throw cell(COLUMN.kind)(`"${asText(kind)}" is not a kind of record`);
  const sheet = asText(line[COLUMN.sheet]);
  if (sheet === '') throw cell(COLUMN.sheet)('the sheet name is missing');
  const address = asText(line[COLUMN.address]);
  const range = () => rangeIn(address, cell(COLUMN.address));
  const current = into.ranges[into.ranges.length - 1];
  if ((kind === 'cells' || kind === 'cell') && !current)
    throw cell(COLUMN.kind)('cells come before any range');
  if (kind === 'created') into.createdSheets.push(sheet);
  else if (kind === 'formatted') into.formatted.push({ sheet, range: range() });
  else if (kind === 'chart') into.charts.push({ sheet, name: address });
  else if (kind === 'look') into.looks.push(lookIn(sheet, range(), line, cell));
  else if (kind === 'format') {
    const before = unpackFormat(asText(line[COLUMN.content]));
    if ('unreadable' in before) throw cell(COLUMN.content)(before.unreadable);
    into.formats.push({ sheet, before });
  } else if (kind === 'range')
    into.ranges.push({
      sheet,
      range: range(),
      cells: [],
      formats: [],
      unreadable: cell(COLUMN.address),
    });
  else if (current && kind === 'cells') {
    const unpacked = unpackCells(asText(line[COLUMN.content]));
    if ('unreadable' in unpacked) throw cell(COLUMN.content)(unpacked.unreadable);
    current.cells.push(...unpacked.cells);
    current.formats.push(...unpacked.formats);
  } else if (current) {
    current.cells.push(legacyCell(line[COLUMN.type] ?? null, line[COLUMN.content] ?? null));
    const format = line[COLUMN.format];
    current.formats.push(typeof format === 'string' ? format : 'General');
  }
}

/** A look record: one cell's address and its look's JSON. */
function lookIn(
  sheet: string,
  range: RangeBox,
  line: readonly CellValue[],
  cell: (col: number) => Unreadable,
): LookSnapshot {
  if (range.rows !== 1 || range.cols !== 1) throw cell(COLUMN.address)('a look is of one cell');
  const look = unpackLook(asText(line[COLUMN.content]));
  if ('unreadable' in look) throw cell(COLUMN.content)(look.unreadable);
  return { sheet, at: { row: range.row, col: range.col }, look };
}

function rangeIn(address: string, unreadable: Unreadable): RangeBox {
  try {
    return parseRange(address).box;
  } catch {
    throw unreadable(`"${address}" is not a range address`);
  }
}

/** A range's cells in rows, once every cell of it was read. */
function toSnapshot(r: OpenRange): RangeSnapshot {
  const { rows, cols } = r.range;
  if (r.cells.length !== rows * cols)
    throw r.unreadable(`${r.cells.length} cells are kept for a range of ${rows * cols}`);
  const inRows = <T>(list: readonly T[]) =>
    Array.from({ length: rows }, (_, i) => list.slice(i * cols, (i + 1) * cols));
  return {
    sheet: r.sheet,
    range: r.range,
    cells: inRows(r.cells),
    numberFormats: inRows(r.formats),
  };
}
