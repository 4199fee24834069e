import { parseDeadline } from '../../../src/core/timeline/deadline';
import { plannedRow } from '../../../src/core/timeline/plannedRow';
import type { TaskRow } from '../../../src/core/timeline/readTaskSheet';
import type { ParsedTask } from '../../../src/core/timeline/types';

// 2026-11-11 10:00 as an Excel serial: 46337 days after 1899-12-30, plus 10/24.
const LAUNCH = 46337 + 10 / 24;
const milestones = { ref: () => '$N$2', value: () => LAUNCH };
const at = {
  sheet: '推进表',
  startCol: 8,
  dueCol: 9,
  mapping: { task: 0, due: 4, start: 5 },
  milestones,
};
const task = (over: Partial<TaskRow> = {}): TaskRow => ({
  row: 4,
  task: '核价',
  phase: '',
  department: '',
  due: null,
  start: null,
  duration: null,
  owner: '',
  status: '',
  ...over,
});
const parsed = (due: string, over: Partial<TaskRow> = {}): ParsedTask => ({
  task: task({ due, ...over }),
  due: parseDeadline(due),
  start: null,
});

describe('plannedRow', () => {
  it('dates a day offset on the milestone cell and starts the task on its due day', () => {
    const r = plannedRow(parsed('开团前2天'), 4, at);
    expect(r.due).toEqual({ formula: '=INT($N$2)-2', hasTime: false });
    expect(r.start).toEqual({ formula: '=J5', hasTime: false });
    expect([r.startValue, r.dueValue]).toEqual([46335, 46335]);
    expect(r.workdays).toBe(false);
    expect(r.issues).toEqual([]);
  });

  it('gives both ends of a range, the earlier as the start', () => {
    const r = plannedRow(parsed('开团前3-7天'), 4, at);
    expect(r.start?.formula).toBe('=INT($N$2)-7');
    expect(r.due?.formula).toBe('=INT($N$2)-3');
    expect([r.startValue, r.dueValue]).toEqual([46330, 46334]);
  });

  it('refers to a due date the team typed and starts the task its 需要时间 earlier', () => {
    const p: ParsedTask = {
      task: task({ row: 6, due: 46300.5, duration: '2天' }),
      due: { kind: 'date', value: 46300.5 },
      start: null,
    };
    const r = plannedRow(p, 6, at);
    expect(r.due).toEqual({ formula: '=E7', hasTime: true });
    expect(r.start).toEqual({ formula: '=J7-2', hasTime: true });
    expect([r.startValue, r.dueValue]).toEqual([46298.5, 46300.5]);
  });

  it('marks a row that counts working days', () => {
    expect(plannedRow(parsed('开团前3个工作日'), 4, at).workdays).toBe(true);
  });

  it('leaves vague text undated and warns on its cell', () => {
    const r = plannedRow(parsed('月底', { row: 3 }), 3, at);
    expect([r.start, r.due, r.startValue, r.dueValue]).toEqual([null, null, null, null]);
    expect(r.issues).toEqual([
      {
        code: 'DEADLINE_VAGUE',
        severity: 'warning',
        cell: { sheet: '推进表', address: 'E4' },
        params: { text: '月底' },
      },
    ]);
  });
});
