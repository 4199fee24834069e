/**
 * Before a run overwrites anything, the host snapshots the cells it touches; the snapshot is
 * kept in the workbook itself (a very hidden sheet), so it survives saving, sharing and the CLI,
 * and one action restores it. Only the last run is kept.
 */
export const BACKUP_SHEET = 'tuijin_backup';

/** The backup sheet's header row: one record a row below it, in these columns. */
export const BACKUP_HEADER = ['记录', '工作表', '区域', '类型', '内容', '数字格式'] as const;

/** The columns of a record, 0-based, as BACKUP_HEADER names them. */
export const COLUMN = { kind: 0, sheet: 1, address: 2, type: 3, content: 4, format: 5 } as const;

/**
 * What a record holds: a sheet the run created, a range it overwrote (followed by its packed
 * `cells`, or by one `cell` a record in backups of older versions), a range it formatted, a chart,
 * the `look` (fill and validation, as JSON) an input cell had, a `format` of the sheet as it
 * was (a deleted rule, a validation, a style, a width, the panes, the print setup, as JSON).
 */
export const RECORD_KINDS = [
  'created',
  'range',
  'cell',
  'cells',
  'formatted',
  'chart',
  'look',
  'format',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Excel holds at most 32,767 characters in a cell: each packed record stays below that. */
export const CHUNK_CHARS = 30_000;
