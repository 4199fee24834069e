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
  /** The add-in's helper sheets asked for (the 工作日历), read with the rest; null when absent. */
  readonly helpers: ReadonlyMap<string, Grid | null>;
}

/**
 * The team's sheets and the visible grids among them that `reads` makes sense of — a 推进表, a
 * budget, sales data — plus the sheet the user named, if any, and the helper sheets asked for,
 * all in one read (on Excel, one set of bounded requests). Every command chooses from these.
 * @example (await readTeamSheets(host, readBudget)).matches.map((g) => g.sheet) // ['预算']
 */
export async function readTeamSheets(
  host: WorkbookHost,
  reads: (grid: Grid) => unknown,
  named?: string,
  helpers: readonly string[] = [],
): Promise<TeamSheets> {
  const all = await host.listSheets();
  const team = all.filter((s) => s.name !== BACKUP_SHEET && s.name !== CALENDAR_SHEET);
  const wanted = team.filter((s) => s.visible || s.name === named);
  const present = helpers.filter((h) => all.some((s) => s.name === h));
  // A long sheet whose first rows no reader takes (an order export) is not read in full.
  const worth = (head: Grid) =>
    head.sheet === named || present.includes(head.sheet) || !!reads(head);
  const grids = await readAll(host, [...wanted.map((s) => s.name), ...present], worth);
  const matches: Grid[] = [];
  let namedGrid: Grid | null = null;
  wanted.forEach((s, i) => {
    const grid = grids[i];
    if (grid && s.name === named) namedGrid = grid;
    if (grid && s.visible && reads(grid)) matches.push(grid);
  });
  const found = new Map(present.map((h, i) => [h, grids[wanted.length + i] ?? null]));
  return {
    names: team.map((s) => s.name),
    matches,
    named: namedGrid,
    helpers: new Map(helpers.map((h) => [h, found.get(h) ?? null])),
  };
}

/** Sheets read together where the host can (Excel: bounded requests), else one by one. */
async function readAll(
  host: WorkbookHost,
  names: readonly string[],
  worth: (head: Grid) => boolean,
): Promise<(Grid | null)[]> {
  if (host.readSheets) return host.readSheets(names, worth);
  const out: (Grid | null)[] = [];
  for (const name of names) out.push(await host.readSheet(name));
  return out;
}
