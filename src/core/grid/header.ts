import { labelIn, type Grid } from './index';

/** A table of column roles, each with the header words real sheets use, most specific first. */
export type RoleTable<R extends string> = readonly {
  readonly role: R;
  readonly words: readonly string[];
}[];

/** A header cell's text as compared: no spaces, line breaks, colons or bracketed notes. */
export function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[：:]$/, '')
    .replace(/[（(][^）)]*[）)]$/, '');
}

/**
 * The role of a header text and how well it fits (lower is better), or null.
 * @example roleIn(COLUMN_ROLES, '事项明细') // { role: 'task', rank: 2 }
 */
export function roleIn<R extends string>(
  roles: RoleTable<R>,
  text: string,
): { role: R; rank: number } | null {
  const key = headerKey(text);
  if (key === '') return null;
  for (const { role, words } of roles) {
    const rank = words.indexOf(key);
    if (rank >= 0) return { role, rank };
  }
  return null;
}

/** A header row as read: the column of each role, the add-in's own columns, the table's last column. */
export interface HeaderRow<R extends string> {
  /** Sheet row, 0-based. */
  readonly row: number;
  readonly mapping: Partial<Record<R, number>>;
  /** Columns whose header is one the add-in writes, by that header. */
  readonly owned: Readonly<Record<string, number>>;
  readonly lastCol: number;
  /** The header text of each column, by sheet column. */
  readonly headers: Readonly<Record<number, string>>;
}

/**
 * Reads one row as a header. Columns right of the add-in's own hold its output, not the team's
 * table. A formula counts as written even with no value to show (a file saved without cached
 * values, as openpyxl writes them): the table reaches it, so the add-in's columns go beyond.
 */
export function readHeaderRow<R extends string>(
  grid: Grid,
  r: number,
  roles: RoleTable<R>,
  ownedHeaders: readonly string[],
): HeaderRow<R> {
  const line = grid.values[r] ?? [];
  const owned: Record<string, number> = {};
  line.forEach((v, c) => {
    const key = headerKey(labelIn(v));
    if (ownedHeaders.includes(key)) owned[key] ??= grid.origin.col + c;
  });
  const limit = Math.min(Infinity, ...Object.values(owned));
  const best: Partial<Record<R, { col: number; rank: number }>> = {};
  const headers: Record<number, string> = {};
  let lastCol = -1;
  line.forEach((v, c) => {
    const col = grid.origin.col + c;
    const key = headerKey(labelIn(v));
    if (col >= limit) return;
    if (key === '') {
      if (grid.formulas[r]?.[c]) lastCol = Math.max(lastCol, col);
      return;
    }
    headers[col] = labelIn(v);
    lastCol = Math.max(lastCol, col);
    const hit = roleIn(roles, key);
    if (hit && (best[hit.role] === undefined || hit.rank < best[hit.role]!.rank))
      best[hit.role] = { col, rank: hit.rank };
  });
  const mapping: Partial<Record<R, number>> = {};
  for (const { role } of roles) if (best[role]) mapping[role] = best[role].col;
  return { row: grid.origin.row + r, mapping, owned, lastCol, headers };
}

/**
 * The best header row among `scanRows` rows of a grid from sheet row `fromRow` (the top by
 * default): the one naming most roles, at least two, that `usable` accepts. Null when none does.
 * @example findHeader(grid, COLUMN_ROLES, ['计划开始'], (m) => m.due !== undefined)
 */
export function findHeader<R extends string>(
  grid: Grid,
  roles: RoleTable<R>,
  ownedHeaders: readonly string[],
  usable: (mapping: Partial<Record<R, number>>) => boolean,
  scanRows = 30,
  fromRow = grid.origin.row,
): HeaderRow<R> | null {
  let best: HeaderRow<R> | null = null;
  const start = Math.max(0, fromRow - grid.origin.row);
  for (let r = start; r < Math.min(grid.values.length, start + scanRows); r++) {
    const h = readHeaderRow(grid, r, roles, ownedHeaders);
    const score = Object.keys(h.mapping).length;
    if (score >= 2 && usable(h.mapping) && (!best || score > Object.keys(best.mapping).length))
      best = h;
  }
  return best;
}

/**
 * Where the add-in's columns go: each header where an earlier run put it, else the next free
 * column right of the table, in the order asked. A column some header already holds is never
 * handed out again (a team's own 执行率 right after its table is found as the add-in's).
 * @example const own = ownedColumns(found); own('转化率') // 7 on the first run, and after
 */
export function ownedColumns(h: {
  readonly owned: Readonly<Record<string, number>>;
  readonly lastCol: number;
}): (header: string) => number {
  const taken = new Set(Object.values(h.owned));
  let next = h.lastCol + 1;
  return (header) => {
    const found = h.owned[header];
    if (found !== undefined) return found;
    while (taken.has(next)) next++;
    return next++;
  };
}
