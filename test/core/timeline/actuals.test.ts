import { columnLetters } from '../../../src/core/a1';
import type { ConditionalFormat } from '../../../src/core/plan';
import {
  GANTT_ACTUAL_OFF_PLAN,
  GANTT_ACTUAL_ON_PLAN,
  GANTT_BARS,
} from '../../../src/core/plan/palette';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { runTimeline } from '../../support/timeline';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0) =>
  (Date.UTC(y, m - 1, d, h) - Date.UTC(1899, 11, 30)) / 86_400_000;
const mar = (d: number, h = 0) => serial(2020, 3, d, h);

const SHEET = '周计划';
// Columns: A 阶段, B 序号, C 部门, D 工作内容, E 负责人, F 开始时间, G 截止时间, H 实际开始,
// I 实际结束时间, J 状态. Every plan is in March 2020, past due whenever the test runs.
type Task = readonly [
  string,
  number,
  string,
  string,
  string,
  number,
  number,
  number | null,
  number | null,
  string | null,
];
const TASKS: readonly Task[] = [
  ['准备', 1, '运营', '整理数据', '小王', mar(2), mar(3), mar(2), mar(3), '已完成'],
  ['准备', 2, '美工', '主图设计', '小李', mar(3), mar(6, 18), mar(3), mar(9), '已完成'],
  ['准备', 3, '运营', '直通车调价', '小王', mar(4), mar(4), mar(4), mar(3), '进行中'],
  ['准备', 4, '客服', '话术更新', '小张', mar(5), mar(9), mar(6), null, '进行中'],
  ['执行', 5, '运营', '周报', '小王', mar(6), mar(6), null, null, '已完成'],
  ['执行', 6, '美工', '详情页', '小李', mar(2), mar(5), mar(2), mar(10), null],
  ['执行', 7, '运营', '活动报名', '小王', mar(2), mar(4), null, null, '未开始'],
];
const ROWS: RawCell[][] = [
  ['第10周工作计划'],
  [
    '阶段',
    '序号',
    '部门',
    '工作内容',
    '负责人',
    '开始时间',
    '截止时间',
    '实际开始',
    '实际结束时间',
    '状态',
  ],
  ...TASKS.map((t) => [...t]),
];
const FIRST = 2;
const START = 5;
const DUE = 6;
const ACT_START = 7;
const ACT_FINISH = 8;

// What each figure should be, from the rows above and not from the code under test.
const dayOf = (v: number) => Math.floor(v + 1e-9);
const deviation = TASKS.map((t) =>
  t[ACT_FINISH] === null ? '' : dayOf(t[ACT_FINISH]) - dayOf(t[DUE]),
);
// Past due (all are) and not finished: no actual finish and a 状态 other than 已完成.
const overdue = TASKS.map((t) => t[ACT_FINISH] === null && t[9] !== '已完成');

/** Moves a rule written for its range's top-left cell to another cell, as Excel applies it. */
function shifted(formula: string, from: { row: number; col: number }, to: typeof from): string {
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (_, c$: string, col: string, r$: string, row: string) => {
      const n = [...col].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const c = c$ ? col : columnLetters(n + to.col - from.col);
      const r = r$ ? row : String(Number(row) + to.row - from.row);
      return `${c$}${c}${r$}${r}`;
    },
  );
}

/** Evaluates a conditional format's rule at one cell in HyperFormula, in a spare cell. */
function ruleAt(host: MemoryHost, rule: ConditionalFormat, row: number, col: number): unknown {
  const id = host.hf.getSheetId(SHEET)!;
  const f = shifted(rule.formula, rule.range, { row, col });
  host.hf.setCellContents({ sheet: id, row: 300, col: 0 }, [[f]]);
  return host.hf.getCellValue({ sheet: id, row: 300, col: 0 });
}

const value = (host: MemoryHost, row: number, col: number) =>
  host.hf.getCellValue({ sheet: host.hf.getSheetId(SHEET)!, row, col });

describe('generateTimeline on a weekly plan with 实际结束时间', () => {
  async function run() {
    const host = MemoryHost.fromSheets({ [SHEET]: ROWS });
    const result = (await runTimeline(host, SHEET))!;
    return { host, result };
  }

  it('adds 偏差天数 beside the planned columns: actual finish day less planned due day', async () => {
    const { host, result } = await run();
    expect(result.columns).toEqual({ start: 10, due: 11 });
    const grid = host.readGrid(SHEET);
    expect(grid.values[1]?.[12]).toBe('偏差天数');
    TASKS.forEach((_, i) => expect(value(host, FIRST + i, 12)).toBe(deviation[i]));
    expect(deviation).toEqual([0, 3, -1, '', '', 5, '']);
    // The team's own cells, 状态 included, are as they typed them.
    expect(grid.values.slice(1, 9).map((r) => r.slice(0, 10))).toEqual(ROWS.slice(1, 9));
  });

  it('follows the team’s edit of an actual finish', async () => {
    const { host } = await run();
    host.hf.setCellContents({ sheet: host.hf.getSheetId(SHEET)!, row: FIRST + 3, col: 8 }, [
      [mar(12)],
    ]);
    expect(value(host, FIRST + 3, 12)).toBe(3);
  });

  it('marks overdue only the tasks past due with no actual finish and not 已完成', async () => {
    const { host } = await run();
    const rule = host.extrasOf(SHEET).conditionalFormats.find((c) => c.formula.includes('<NOW()'))!;
    expect(rule.range.col).toBe(10);
    const truth = TASKS.map((_, i) => ruleAt(host, rule, FIRST + i, 11));
    expect(truth).toEqual(overdue);
    expect(overdue).toEqual([false, false, false, true, false, false, true]);
  });

  it('counts done, overdue and late finishes per phase and per department', async () => {
    const { host } = await run();
    // The summary is on a sheet of its own.
    const grid = host.readGrid(`${SHEET}汇总`);
    const top = grid.values.findIndex((r) => r.includes('按阶段'));
    const col = grid.values[top]!.indexOf('按阶段');
    expect(grid.values[top]?.slice(col, col + 7)).toEqual([
      '按阶段',
      '最早开始',
      '最晚截止',
      '事项数',
      '已完成',
      '逾期数',
      '延期完成',
    ]);
    const counts = (label: string, from: number, n: number) => {
      const r = grid.values.findIndex((line) => line[col] === label);
      return grid.values[r]?.slice(col + from, col + from + n);
    };
    const tally = (pick: (i: number) => boolean) => {
      const is = TASKS.map((_, i) => i).filter(pick);
      return {
        tasks: is.length,
        done: is.filter((i) => TASKS[i]![ACT_FINISH] !== null).length,
        overdue: is.filter((i) => overdue[i]).length,
        late: is.filter((i) => {
          const d = deviation[i];
          return typeof d === 'number' && d > 0;
        }).length,
      };
    };
    for (const phase of ['准备', '执行']) {
      const t = tally((i) => TASKS[i]![0] === phase);
      expect(counts(phase, 3, 4)).toEqual([t.tasks, t.done, t.overdue, t.late]);
    }
    expect(tally((i) => TASKS[i]![0] === '执行').late).toBe(1);
    for (const dept of ['运营', '美工', '客服']) {
      const t = tally((i) => TASKS[i]![2] === dept);
      expect(counts(dept, 1, 5)).toEqual([t.tasks, t.done, t.done / t.tasks, t.overdue, t.late]);
    }
    expect(tally((i) => TASKS[i]![2] === '美工')).toEqual({
      tasks: 2,
      done: 2,
      overdue: 0,
      late: 2,
    });
  });

  it('reuses its 偏差天数 column on a second run', async () => {
    const { host } = await run();
    const again = (await runTimeline(host, SHEET))!;
    expect(again.columns).toEqual({ start: 10, due: 11 });
    const header = host.readGrid(SHEET).values[1]!;
    expect(header.filter((v) => v === '偏差天数')).toHaveLength(1);
    expect(header.indexOf('偏差天数')).toBe(12);
    TASKS.forEach((_, i) => expect(value(host, FIRST + i, 12)).toBe(deviation[i]));
  });

  it('draws the actual span over the plan bar in the Gantt', async () => {
    const { host, result } = await run();
    const gantt = result.gantt!;
    // From the day before the first plan (03-02) to the day after the last actual finish (03-10).
    expect(value(host, 1, gantt.col)).toBe(mar(1));
    expect(gantt.days).toBe(11);
    const bars = host
      .extrasOf(SHEET)
      .conditionalFormats.filter((c) => c.range.row === FIRST && c.range.col === gantt.col)
      // The bars, not today's column or the days off shaded under them.
      .filter((c) =>
        [GANTT_ACTUAL_ON_PLAN, GANTT_ACTUAL_OFF_PLAN, ...GANTT_BARS].includes(c.fill!),
      );
    expect(bars[0]?.fill).toBe(GANTT_ACTUAL_ON_PLAN);
    expect(bars[1]?.fill).toBe(GANTT_ACTUAL_OFF_PLAN);
    /** The fill that shows in a Gantt cell: the first rule that holds there. */
    const fillAt = (row: number, day: number) =>
      bars.find((rule) => ruleAt(host, rule, row, gantt.col + day - 1) === true)?.fill ?? null;
    const expected = (i: number, day: number) => {
      const t = TASKS[i]!;
      const planned = day >= dayOf(t[START] - mar(0)) && day <= t[DUE] - mar(0);
      const begin = t[ACT_START] ?? t[ACT_FINISH];
      const end = t[ACT_FINISH] ?? Infinity; // started, not finished: up to today (years on)
      const worked = begin !== null && day >= dayOf(begin - mar(0)) && day <= end - mar(0);
      if (worked) return planned ? GANTT_ACTUAL_ON_PLAN : GANTT_ACTUAL_OFF_PLAN;
      return planned ? GANTT_BARS[['运营', '美工', '客服'].indexOf(t[2])] : null;
    };
    for (const i of [1, 3, 5, 6]) {
      for (let day = 1; day <= 11; day++)
        expect([i, day, fillAt(FIRST + i, day)]).toEqual([i, day, expected(i, day)]);
    }
  });
});

describe('generateTimeline on a plan whose 进度 holds percentages', () => {
  const sheet = '推进表';
  const rows: RawCell[][] = [
    ['部门', '事项', '截止时间', '进度'],
    ['运营', '报名', mar(2), 1],
    ['运营', '核价', mar(3), '已完成80%'],
    ['运营', '上新', mar(4), '完成'],
    ['美工', '主图', mar(5), 0.5],
    ['美工', '详情页', mar(6), null],
    ['美工', '海报', mar(6), 'Done'],
  ];
  // Past due (March 2020) and not at 100%: 已完成80% and 0.5 are under way, a blank is not begun.
  const open = [false, true, false, true, true, false];

  it('reads 进度 as progress: overdue until 100%, with no 状态 list over it', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const result = (await runTimeline(host, sheet))!;
    expect(result.taskSheet.mapping.progress).toBe(3);
    expect(result.taskSheet.mapping.status).toBeUndefined();
    const extras = host.extrasOf(sheet);
    expect(extras.validations.filter((v) => v.range.col === 3)).toEqual([]);
    const rule = extras.conditionalFormats.find((c) => c.formula.includes('<NOW()'))!;
    const id = host.hf.getSheetId(sheet)!;
    const truth = open.map((_, i) => {
      const f = rule.formula.replace(/(\$[A-Z]+)2\b/g, `$1${i + 2}`);
      host.hf.setCellContents({ sheet: id, row: 300, col: 0 }, [[f]]);
      return host.hf.getCellValue({ sheet: id, row: 300, col: 0 });
    });
    expect(truth).toEqual(open);
    // The summary is on a sheet of its own.
    const grid = host.readGrid(`${sheet}汇总`);
    const top = grid.values.findIndex((r) => r.includes('按部门'));
    const col = grid.values[top]!.indexOf('按部门');
    // 事项数, 已完成 (at 100%), 完成率, 逾期数; no 延期完成 without an actual finish column.
    expect(grid.values[top]?.slice(col, col + 5)).toEqual([
      '按部门',
      '事项数',
      '已完成',
      '完成率',
      '逾期数',
    ]);
    expect(grid.values[top]).not.toContain('延期完成');
    expect(grid.values[top + 1]?.slice(col, col + 5)).toEqual(['运营', 3, 2, 2 / 3, 1]);
    expect(grid.values[top + 2]?.slice(col, col + 5)).toEqual(['美工', 3, 1, 1 / 3, 2]);
  });
});

describe('what the team is told of its actuals', () => {
  it('says a 进度 column of percentages is read as progress, and names actual dates that are none', async () => {
    const host = MemoryHost.fromSheets({
      推进表: [
        ['事项', '截止时间', '实际完成', '进度'],
        ['报名', mar(2), '3月2日', '100%'],
        ['核价', mar(3), mar(4), 0.5],
        ['上新', mar(4), '下周', 0.2],
      ],
    });
    const result = (await runTimeline(host, '推进表'))!;
    const told = result.issues
      .filter((i) => i.code === 'ACTUAL_NOT_DATE' || i.code === 'PROGRESS_FROM_STATUS')
      .map((i) => [i.code, i.cell?.address, i.params]);
    expect(told).toEqual([
      ['PROGRESS_FROM_STATUS', 'D1', { column: 'D', header: '进度' }],
      ['ACTUAL_NOT_DATE', 'C2', { header: '实际完成', text: '3月2日' }],
      ['ACTUAL_NOT_DATE', 'C4', { header: '实际完成', text: '下周' }],
    ]);
  });
});
