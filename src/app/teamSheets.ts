import { CALENDAR_SHEET } from '../core/calendar/workCalendar';
import type { Grid } from '../core/grid';
import { BACKUP_SHEET } from '../core/plan/backup';
import type { WorkbookHost } from '../hosts/types';

/** The team's sheets: names of all (hidden too), and the grids a command may work on. */
export interface TeamSheets {
  /** Every sheet but the add-in's helpers, so a new sheet never takes a name in use. */
  readonly names: readonly string[];
  /** The visible sheets the reader accepted, read once. */
  readonly matches: readonly Grid[];
  /** The sheet the user named, read whether or not it is visible or the reader accepts it. */
  readonly named: Grid | null;
}

/**
 * The team's sheets and the visible grids among them that `reads` makes sense of — a 推进表, a
 * budget, sales data — plus the sheet the user named, if any. Every command chooses from these.
 * @example (await readTeamSheets(host, readBudget)).matches.map((g) => g.sheet) // ['预算']
 */
export async function readTeamSheets(
  host: WorkbookHost,
  reads: (grid: Grid) => unknown,
  named?: string,
): Promise<TeamSheets> {
  const names: string[] = [];
  const matches: Grid[] = [];
  let namedGrid: Grid | null = null;
  for (const s of await host.listSheets()) {
    if (s.name === BACKUP_SHEET || s.name === CALENDAR_SHEET) continue;
    names.push(s.name);
    if (!s.visible && s.name !== named) continue;
    const grid = await host.readSheet(s.name);
    if (grid && s.name === named) namedGrid = grid;
    if (grid && s.visible && reads(grid)) matches.push(grid);
  }
  return { names, matches, named: namedGrid };
}
