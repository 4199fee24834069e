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

describe('plannedRow on typed dates', () => {
  // 2026-11-02, a Monday, and the dates around it as Excel serials (46328 = 2026-11-02).
  const MON = 46328;

  it('refers to a typed start and dates the due from its deadline', () => {
    const p: ParsedTask = {
      task: task({ due: '开团前2天', start: MON }),
      due: parseDeadline('开团前2天'),
      start: { kind: 'date', value: MON },
    };
    const r = plannedRow(p, 4, at);
    expect(r.start).toEqual({ formula: '=F5', hasTime: false });
    expect(r.due).toEqual({ formula: '=INT($N$2)-2', hasTime: false });
    expect([r.startValue, r.dueValue]).toEqual([MON, 46335]);
  });

  it('writes a date typed as text as DATE and TIME, since no formula can count from text', () => {
    const p: ParsedTask = {
      task: task({ due: '2026-11-02 20:30' }),
      due: { kind: 'date', value: MON + 20.5 / 24, fromText: true },
      start: null,
    };
    const r = plannedRow(p, 4, at);
    expect(r.due).toEqual({ formula: '=DATE(2026,11,2)+TIME(20,30,0)', hasTime: true });
    expect(r.start).toEqual({ formula: '=J5', hasTime: true });
  });

  it('dues a typed start its 需要时间 later, in working days when it says 工作日', () => {
    const start = { kind: 'date', value: MON } as const;
    const days = plannedRow({ task: task({ start: MON, duration: 2 }), due: null, start }, 4, at);
    expect(days.due).toEqual({ formula: '=I5+2', hasTime: false });
    expect(days.dueValue).toBe(MON + 2);
    const work = plannedRow(
      { task: task({ start: MON, duration: '3个工作日' }), due: null, start },
      4,
      at,
    );
    expect(work.workdays).toBe(true);
    expect(work.due?.formula).toMatch(/^=IF\(ISNUMBER\(I5\),IFERROR\(INDEX\(/);
    expect(work.dueValue).toBe(MON + 3); // Thursday: no holiday that week
  });

  it('starts a typed due its 需要时间 earlier in working days when it says 工作日', () => {
    const due = { kind: 'date', value: MON + 3 } as const; // Thursday 11-05
    const r = plannedRow(
      { task: task({ due: MON + 3, duration: '2个工作日' }), due, start: null },
      4,
      at,
    );
    expect(r.workdays).toBe(true);
    expect(r.start?.formula).toMatch(/^=IF\(ISNUMBER\(J5\),IFERROR\(INDEX\(.*J5/);
    expect(r.startValue).toBe(MON + 1); // Tuesday 11-03
  });

  it('dues a typed start with no 需要时间 on its own day', () => {
    const start = { kind: 'date', value: MON } as const;
    const r = plannedRow({ task: task({ start: MON }), due: null, start }, 4, at);
    expect(r.due).toEqual({ formula: '=I5', hasTime: false });
    expect(r.dueValue).toBe(MON);
  });

  it('flags a month-day with no year on its cell', () => {
    const p: ParsedTask = {
      task: task({ due: '10月28日' }),
      due: { kind: 'undatable', reason: 'noYear' },
      start: null,
    };
    expect(plannedRow(p, 4, at).issues).toEqual([
      {
        code: 'DATE_NO_YEAR',
        severity: 'warning',
        cell: { sheet: '推进表', address: 'E5' },
        params: { text: '10月28日' },
      },
    ]);
  });
});
