import { useEffect, useState } from 'react';
import { CALENDAR_SHEET } from '../../core/calendar/workCalendar';
import type { Grid } from '../../core/grid';
import { BACKUP_SHEET } from '../../core/plan/backup';
import type { WorkbookHost } from '../../hosts/types';

/**
 * The visible sheets of the workbook a reader makes sense of (a 推进表, a budget …), re-read
 * whenever `version` changes; null until read.
 */
export function useSheetsReadingAs(
  host: WorkbookHost,
  reads: (grid: Grid) => unknown,
  version: number,
): string[] | null {
  const [sheets, setSheets] = useState<string[] | null>(null);
  useEffect(() => {
    void (async () => {
      const found: string[] = [];
      for (const s of await host.listSheets()) {
        if (!s.visible || s.name === BACKUP_SHEET || s.name === CALENDAR_SHEET) continue;
        const g = await host.readSheet(s.name);
        if (g && reads(g)) found.push(s.name);
      }
      setSheets(found);
    })();
  }, [host, reads, version]);
  return sheets;
}
