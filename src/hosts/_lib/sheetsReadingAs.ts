import { CALENDAR_SHEET } from '../../core/calendar/workCalendar';
import type { Grid } from '../../core/grid';
import { BACKUP_SHEET } from '../../core/plan/backup';
import type { WorkbookHost } from '../types';

/**
 * The names of the team's sheets (all but the add-in's helpers, hidden ones too, so a new sheet
 * never takes a name in use) and the visible grids among them a reader makes sense of — a 推进表,
 * a budget, sales data. The CLI and the task pane choose a sheet from these.
 */
export async function sheetsReadingAs(
  host: WorkbookHost,
  reads: (grid: Grid) => unknown,
): Promise<{ names: string[]; matches: Grid[] }> {
  const names: string[] = [];
  const matches: Grid[] = [];
  for (const s of await host.listSheets()) {
    if (s.name === BACKUP_SHEET || s.name === CALENDAR_SHEET) continue;
    names.push(s.name);
    if (!s.visible) continue;
    const grid = await host.readSheet(s.name);
    if (grid && reads(grid)) matches.push(grid);
  }
  return { names, matches };
}
