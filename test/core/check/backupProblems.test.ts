import { backupProblems } from '../../../src/core/check/backupProblems';
import { EMPTY_BACKUP, encodeBackup } from '../../../src/core/plan/backup';
import { planGrid } from '../../../src/core/plan';
import { num, text } from '../../../src/core/plan';
import type { Grid } from '../../../src/core/grid';

const backup = {
  ...EMPTY_BACKUP,
  createdSheets: ['推进表汇总'],
  ranges: [
    {
      sheet: '推进表',
      range: { row: 0, col: 0, rows: 1, cols: 2 },
      cells: [[num(1), text('a')]],
      numberFormats: [['General', 'General']],
    },
    {
      sheet: '推进表汇总',
      range: { row: 0, col: 0, rows: 1, cols: 1 },
      cells: [[num(2)]],
      numberFormats: [['General']],
    },
  ],
};
const grid = planGrid(encodeBackup(backup, 0));

describe('backupProblems', () => {
  it('finds nothing when every sheet the backup names is there', () => {
    expect(backupProblems(grid, ['推进表', '推进表汇总'])).toEqual([]);
    expect(backupProblems(null, [])).toEqual([]);
  });

  it('names a sheet renamed or deleted since the run (a sheet the run created is no loss)', () => {
    const found = backupProblems(grid, ['推进表（改）']);
    expect(found.map((f) => [f.issue.code, f.issue.params.sheet])).toEqual([
      ['CHECK_BACKUP_SHEET_GONE', '推进表'],
    ]);
  });

  it('finds a backup cut short, at the cell that no longer reads', () => {
    const cut: Grid = {
      ...grid,
      values: grid.values.slice(0, -1),
      formulas: grid.formulas.slice(0, -1),
    };
    const found = backupProblems(cut, ['推进表', '推进表汇总']);
    expect(found.map((f) => f.issue.code)).toEqual(['CHECK_BACKUP_UNREADABLE']);
    expect(found[0]?.issue.cell?.address).toMatch(/^[A-Z]+\d+$/);
  });
});
