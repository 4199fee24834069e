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
  const team = (await host.listSheets()).filter(
    (s) => s.name !== BACKUP_SHEET && s.name !== CALENDAR_SHEET,
  );
  const wanted = team.filter((s) => s.visible || s.name === named);
  const grids = await readAll(
    host,
    wanted.map((s) => s.name),
  );
  const matches: Grid[] = [];
  let namedGrid: Grid | null = null;
  wanted.forEach((s, i) => {
    const grid = grids[i];
    if (grid && s.name === named) namedGrid = grid;
    if (grid && s.visible && reads(grid)) matches.push(grid);
  });
  return { names: team.map((s) => s.name), matches, named: namedGrid };
}

/** Sheets read together where the host can (Excel: bounded requests), else one by one. */
async function readAll(host: WorkbookHost, names: readonly string[]): Promise<(Grid | null)[]> {
  if (host.readSheets) return host.readSheets(names);
  const out: (Grid | null)[] = [];
  for (const name of names) out.push(await host.readSheet(name));
  return out;
}
