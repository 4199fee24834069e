import { createContext, useContext } from 'react';

/**
 * The names of the sheets the workbook holds now (hidden ones too), or null until read. A note
 * may name a cell on a sheet a run is about to create: it is a link, and is said at all, only once
 * that sheet exists.
 */
export const WorkbookSheetsContext = createContext<ReadonlySet<string> | null>(null);

/** The sheets the workbook holds now (see WorkbookSheetsContext). */
export function useWorkbookSheets(): ReadonlySet<string> | null {
  return useContext(WorkbookSheetsContext);
}
