import { cellAddress, rangeAddress } from '../../a1';
import { block } from '../block';
import { blank, text } from '../cells';
import { sheetPlan } from '../sheetPlan';
import type { PlanCell, SheetPlan } from '../types';
import { BACKUP_HEADER, BACKUP_SHEET, type RecordKind } from './layout';
import { packCells } from './packCells';
import type { Backup } from './types';

/**
 * The plan that stores a backup on the backup sheet, replacing the previous one. `previousRows`
 * is how many rows the old backup used, so they get blanked.
 * @example encodeBackup(EMPTY_BACKUP, 0)
 */
export function encodeBackup(backup: Backup, previousRows: number): SheetPlan {
  const rows: PlanCell[][] = [BACKUP_HEADER.map(text)];
  for (const s of backup.createdSheets) rows.push(record('created', s, ''));
  for (const f of backup.formatted) rows.push(record('formatted', f.sheet, rangeAddress(f.range)));
  for (const c of backup.charts) rows.push(record('chart', c.sheet, c.name));
  for (const l of backup.looks)
    rows.push(record('look', l.sheet, cellAddress(l.at), text(JSON.stringify(l.look))));
  for (const f of backup.formats)
    rows.push(record('format', f.sheet, '', text(JSON.stringify(f.before))));
  for (const r of backup.ranges) {
    rows.push(record('range', r.sheet, rangeAddress(r.range)));
    for (const chunk of packCells(r))
      rows.push(record('cells', r.sheet, rangeAddress(r.range), text(chunk)));
  }
  while (rows.length < previousRows) rows.push(BACKUP_HEADER.map(() => blank));
  return {
    ...sheetPlan(BACKUP_SHEET, true),
    visibility: 'veryHidden',
    blocks: [block({ row: 0, col: 0 }, rows)],
    numberFormats: [
      { range: { row: 0, col: 0, rows: rows.length, cols: BACKUP_HEADER.length }, format: '@' },
    ],
  };
}

/** One row of the backup sheet, in the columns of BACKUP_HEADER. */
function record(
  kind: RecordKind,
  sheet: string,
  address: string,
  cell: PlanCell = blank,
): PlanCell[] {
  // A formula is kept as its text: the backup sheet must not compute anything.
  const content =
    cell.kind === 'formula' ? text(cell.formula) : cell.kind === 'blank' ? blank : cell;
  return [text(kind), text(sheet), text(address), text(cell.kind), content, blank];
}
