import type { Grid } from './index';
import { headerLabels, type HeaderLabel } from './headerLabels';
import { headerRole, type HeaderMatch, type RoleHit, type RoleTable } from './headerRole';
import { headerKey } from './headerText';

export { headerKey } from './headerText';
export {
  headerRole,
  type HeaderMatch,
  type RoleHit,
  type RoleSpec,
  type RoleTable,
} from './headerRole';

/** Two columns naming one role: the one taken, the one passed over, and each one's score. */
export interface HeaderContest<R extends string> {
  readonly role: R;
  readonly taken: { readonly col: number; readonly score: number };
  readonly passed: { readonly col: number; readonly score: number };
}

/** A header row as read: the column of each role, the add-in's own columns, the table's last column. */
export interface HeaderRow<R extends string> {
  /** Sheet row, 0-based: the header's last row (the sub-headers of a two-row header). */
  readonly row: number;
  /** Sheet row of the header's first row: `row` itself, or the group row above it. */
  readonly top: number;
  readonly mapping: Partial<Record<R, number>>;
  /** Columns whose header is one the add-in writes, by that header. */
  readonly owned: Readonly<Record<string, number>>;
  readonly lastCol: number;
  /** The header text of each column, by sheet column (`时间/开始` under a group). */
  readonly headers: Readonly<Record<number, string>>;
  /** Where two columns named one role: which was taken, which passed over (better score wins). */
  readonly contests: readonly HeaderContest<R>[];
  /** How well the row reads as a header: 3 a role named by a word, 2 by parts, 1 by a weak word. */
  readonly strength: number;
}

const STRENGTH: Record<HeaderMatch, number> = { word: 3, parts: 2, weak: 1 };

/** The role of a column: its own text together with its group (实际 + 结束), else its own text. */
function labelRole<R extends string>(roles: RoleTable<R>, l: HeaderLabel): RoleHit<R> | null {
  return (l.group && headerRole(roles, `${l.group}${l.own}`)) || headerRole(roles, l.own);
}

/**
 * Each role's best column (higher score; the leftmost on a tie) and the contests it won.
 */
function bestColumns<R extends string>(hits: readonly { col: number; hit: RoleHit<R> }[]) {
  const best = new Map<R, { col: number; hit: RoleHit<R> }>();
  for (const h of hits) {
    const held = best.get(h.hit.role);
    if (!held || h.hit.score > held.hit.score) best.set(h.hit.role, h);
  }
  const contests: HeaderContest<R>[] = [];
  for (const h of hits) {
    const won = best.get(h.hit.role);
    if (won && won.col !== h.col)
      contests.push({
        role: h.hit.role,
        taken: { col: won.col, score: won.hit.score },
        passed: { col: h.col, score: h.hit.score },
      });
  }
  return { best, contests };
}

/**
 * Reads one row as a header, or (`depth` 2) a row of group cells and the sub-headers below it as
 * one. Columns right of the add-in's own hold its output, not the team's table. A formula counts
 * as written even with no value to show (a file saved without cached values, as openpyxl writes
 * them): the table reaches it, so the add-in's columns go beyond. An empty reading when `depth`
 * is 2 and the row has no group cell.
 */
export function readHeaderRow<R extends string>(
  grid: Grid,
  r: number,
  roles: RoleTable<R>,
  ownedHeaders: readonly string[],
  depth: 1 | 2 = 1,
): HeaderRow<R> {
  const labels = headerLabels(grid, r, depth) ?? [];
  const owned: Record<string, number> = {};
  for (const l of labels) {
    const key = headerKey(l.own);
    if (ownedHeaders.includes(key)) owned[key] ??= l.col;
  }
  const limit = Math.min(Infinity, ...Object.values(owned));
  const headers: Record<number, string> = {};
  const hits: { col: number; hit: RoleHit<R> }[] = [];
  let lastCol = -1;
  for (const l of labels) {
    if (l.col >= limit) continue;
    if (headerKey(l.own) === '') {
      if (l.formula) lastCol = Math.max(lastCol, l.col);
      continue;
    }
    headers[l.col] = l.group ? `${l.group}/${l.own}` : l.own;
    lastCol = Math.max(lastCol, l.col);
    const hit = labelRole(roles, l);
    if (hit) hits.push({ col: l.col, hit });
  }
  const { best, contests } = bestColumns(hits);
  const mapping: Partial<Record<R, number>> = {};
  let strength = 0;
  for (const { role } of roles) {
    const won = best.get(role);
    if (won) mapping[role] = won.col;
    if (won) strength += STRENGTH[won.hit.match];
  }
  const top = grid.origin.row + r;
  return { row: top + depth - 1, top, mapping, owned, lastCol, headers, contests, strength };
}

/** Where and how `findHeader` looks. */
export interface HeaderSearch {
  /** Rows to look at (30 by default). */
  readonly scanRows?: number;
  /** The sheet row to start from (the grid's top by default). */
  readonly fromRow?: number;
  /** Also read a row of group cells and the row below as one header (a 推进表's 时间 over 开始/结束). */
  readonly twoRow?: boolean;
}

/**
 * The best header row among `scanRows` rows of a grid from sheet row `fromRow`: the one that
 * reads strongest (most roles, named by words rather than parts), at least two roles, that
 * `usable` accepts; the upper row on a tie. Null when none does.
 * @example findHeader(grid, COLUMN_ROLES, ['计划开始'], (m) => m.due !== undefined, { twoRow: true })
 */
export function findHeader<R extends string>(
  grid: Grid,
  roles: RoleTable<R>,
  ownedHeaders: readonly string[],
  usable: (mapping: Partial<Record<R, number>>) => boolean,
  search: HeaderSearch = {},
): HeaderRow<R> | null {
  const { scanRows = 30, fromRow = grid.origin.row, twoRow = false } = search;
  let best: HeaderRow<R> | null = null;
  const start = Math.max(0, fromRow - grid.origin.row);
  for (let r = start; r < Math.min(grid.values.length, start + scanRows); r++) {
    for (const depth of twoRow ? ([1, 2] as const) : ([1] as const)) {
      const h = readHeaderRow(grid, r, roles, ownedHeaders, depth);
      const named = Object.keys(h.mapping).length;
      if (named >= 2 && usable(h.mapping) && (!best || h.strength > best.strength)) best = h;
    }
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
