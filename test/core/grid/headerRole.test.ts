import { headerRole, type RoleTable } from '../../../src/core/grid/headerRole';
import { headerText, partEnd } from '../../../src/core/grid/headerText';
import { COLUMN_ROLES } from '../../../src/core/timeline/columns';
import { BUDGET_ROLES } from '../../../src/core/budget/columns';

describe('headerText', () => {
  it('folds width and case, drops a trailing note, and keeps English words apart', () => {
    expect(headerText('Ｄｕｅ　Ｄａｔｅ（日）：')).toEqual({
      key: 'duedate',
      words: [
        { word: 'due', end: 3 },
        { word: 'date', end: 7 },
      ],
    });
    expect(headerText('StartDate').words.map((w) => w.word)).toEqual(['start', 'date']);
    expect(headerText(' 完成 \n时间 ').key).toBe('完成时间');
  });

  it('finds English parts as whole words (a plural too), Chinese parts anywhere', () => {
    expect(partEnd(headerText('Notes'), 'no')).toBe(-1);
    expect(partEnd(headerText('Vendor'), 'end')).toBe(-1);
    expect(partEnd(headerText('Task Owners'), 'owner')).toBe(10);
    expect(partEnd(headerText('预计结束时间'), '结束')).toBe(4);
  });
});

describe('headerRole on the 推进表 roles', () => {
  // Scores by hand: a word scores 300 less its rank; parts 100, +20 a further group, +10 a
  // bonus part, + round(10 × where the last part ends ÷ the header's length); a weak word 50.
  it.each([
    ['任务名称', 'task', 115, 'parts'], // 任务 ends at 2 of 4 (5), 名称 bonus
    ['预计结束时间', 'due', 117, 'parts'], // 结束 ends at 4 of 6 (7), 时间 bonus
    ['结束时间', 'due', 115, 'parts'],
    ['结束日期', 'due', 115, 'parts'],
    ['计划完成', 'due', 110, 'parts'],
    ['开始时间', 'start', 300, 'word'],
    ['开始日期', 'start', 299, 'word'],
    ['实际开始', 'actualStart', 300, 'word'],
    ['实际完成', 'actualFinish', 300, 'word'],
    ['实际结束时间', 'actualFinish', 298, 'word'],
    ['Actual Finish', 'actualFinish', 130, 'parts'], // two groups, ends at the end
    ['Actual Start Date', 'actualStart', 137, 'parts'], // start ends at 11 of 15 (7), Date bonus
    ['完成情况', 'status', 298, 'word'],
    ['完成率', 'progress', 300, 'word'],
    ['时间', 'due', 50, 'weak'],
    ['工期', 'duration', 297, 'word'],
    ['工作天数', 'duration', 110, 'parts'], // 天数 ends the header; 工作 (task) only at 2 of 4
    ['负责人', 'owner', 300, 'word'],
    ['Task', 'task', 110, 'parts'],
    ['Ｔａｓｋ', 'task', 110, 'parts'],
    ['Task Name', 'task', 115, 'parts'], // task ends at 4 of 8 (5), Name bonus
    ['Owner', 'owner', 110, 'parts'],
    ['Assignee', 'owner', 110, 'parts'],
    ['Start', 'start', 110, 'parts'],
    ['End', 'due', 110, 'parts'],
    ['Due Date', 'due', 114, 'parts'], // due ends at 3 of 7 (4), date bonus
    ['DueDate', 'due', 114, 'parts'],
    ['Deadline', 'due', 110, 'parts'],
    ['Status', 'status', 110, 'parts'],
    ['Progress %', 'progress', 110, 'parts'], // % ends the header: progress (9) loses
    ['Notes', 'notes', 110, 'parts'],
    ['No.', 'number', 107, 'parts'],
    ['Task ID', 'number', 110, 'parts'], // a compound names what it ends with
    ['前置任务', 'predecessors', 299, 'word'],
    ['Predecessors', 'predecessors', 110, 'parts'],
    ['开始', 'start', 296, 'word'],
    ['支持人员', 'support', 299, 'word'],
    ['Phase', 'phase', 110, 'parts'],
    ['Dept.', 'department', 108, 'parts'], // dept ends at 4 of 5 (8)
  ])('reads %j as %s (%d, %s)', (text, role, score, match) => {
    expect(headerRole(COLUMN_ROLES, text)).toEqual({ role, score, match });
  });

  it.each(['Vendor', '金额', '访客数', '', '   ', '2026', '备货'])('reads %j as no role', (text) =>
    expect(headerRole(COLUMN_ROLES, text)).toBeNull(),
  );
});

describe('headerRole on a table of words only', () => {
  it('reads the budget roles as before: listed words, any case or width', () => {
    expect(headerRole(BUDGET_ROLES, '单价')).toEqual({ role: 'price', score: 300, match: 'word' });
    expect(headerRole(BUDGET_ROLES, '实际')).toEqual({ role: 'actual', score: 300, match: 'word' });
    // 负责部门 is a department word there; parts of other words name nothing.
    expect(headerRole(BUDGET_ROLES, '负责部门')?.role).toBe('department');
    expect(headerRole(BUDGET_ROLES, '单价合计')).toBeNull();
  });

  it('ignores case and width in listed English words', () => {
    const table: RoleTable<'gmv'> = [{ role: 'gmv', words: ['GMV'] }];
    expect(headerRole(table, 'ｇｍｖ')).toEqual({ role: 'gmv', score: 300, match: 'word' });
  });

  it('does not mutate the table', () => {
    const copy = structuredClone(COLUMN_ROLES);
    headerRole(COLUMN_ROLES, '任务名称');
    expect(COLUMN_ROLES).toEqual(copy);
  });
});
