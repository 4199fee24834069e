import { useEffect, useState } from 'react';
import type { Grid } from '../../core/grid';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
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
    void sheetsReadingAs(host, reads).then(({ matches }) => setSheets(matches.map((g) => g.sheet)));
  }, [host, reads, version]);
  return sheets;
}
