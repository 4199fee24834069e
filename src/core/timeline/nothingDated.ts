import { columnLetters } from '../a1';
import { issue, type Issue } from '../issues';
import { issueCell } from './_lib/issueCell';
import type { TaskSheet } from './readTaskSheet';

/**
 * Why a run writes nothing when no task could be dated: empty planned columns, no Gantt and a
 * "0 of 6" message would only look like the add-in failed. Names the sheet and the column it read
 * dates from (the due column, else the start column), or says there is none.
 * @example nothingDated(ts).code // 'TIMELINE_NOTHING_DATED'
 */
export function nothingDated(ts: TaskSheet): Issue {
  const col = ts.mapping.due ?? ts.mapping.start;
  if (col === undefined)
    return issue('TIMELINE_NO_DUE_COLUMN', 'error', { sheet: ts.sheet }, { sheet: ts.sheet });
  return issue('TIMELINE_NOTHING_DATED', 'error', issueCell(ts.sheet, ts.headerRow, col), {
    sheet: ts.sheet,
    column: columnLetters(col),
    header: ts.headers[col] ?? '',
  });
}
