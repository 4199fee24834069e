import { cellAddress } from '../a1';
import { issue, type Issue } from '../issues';
import { COLUMN_ROLES } from './columns';
import type { TaskSheet } from './readTaskSheet';

/**
 * One info issue for each column passed over for a role another column took, naming both header
 * cells and their scores, so a team whose 预计结束时间 lost to 时间 sees it and can correct it.
 * @example contestIssues(ts)[0]?.params // { role: '完成时间 (due)', taken: 'C3', passed: 'B3', … }
 */
export function contestIssues(ts: TaskSheet): Issue[] {
  return ts.contests.map(({ role, taken, passed }) => {
    const at = (col: number) => cellAddress({ row: ts.headerRow, col });
    const label = COLUMN_ROLES.find((r) => r.role === role)?.label ?? role;
    return issue(
      'HEADER_COLUMN_CONTEST',
      'info',
      { sheet: ts.sheet, address: at(taken.col) },
      {
        role: label,
        taken: at(taken.col),
        takenHeader: ts.headers[taken.col] ?? '',
        takenScore: taken.score,
        passed: at(passed.col),
        passedHeader: ts.headers[passed.col] ?? '',
        passedScore: passed.score,
      },
    );
  });
}
