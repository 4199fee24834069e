import type { Grid } from '../../../src/core/grid';
import { CRITICAL_BAR, criticalPath } from '../../../src/core/timeline/criticalPath';
import { readDependencies } from '../../../src/core/timeline/dependencyGraph';
import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { hfCell, hfSet } from '../../support/hf';
import { runTimeline } from '../../support/timeline';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LAUNCH = serial(2026, 11, 11, 10);
const oct = (d: number) => serial(2026, 10, d);

// Columns A..E are the team's; the planned start and due are F and G.
const SHEET = '推进表';
const rows: RawCell[][] = [
  ['序号', '事项', '前置事项', '需要时间', '完成时间'],
  [1, '确定活动方案', null, null, oct(9)],
  [2, '主图设计', '1', '2天', null],
  [3, '文案撰写', '1完成后1个工作日', '2天', null],
  [4, '详情页制作', '2、3', '2个工作日', null],
  [5, '预热页上线', '4FS+2', '1天', null],
  [6, '核对库存', '5完成后3个工作日', null, '开团前3天'],
  [7, '活动复盘', null, null, '开团后2天'],
];

/**
 * The dates worked out by hand on China's 2026 calendar: 国庆 is off 10-01..07, Saturday 10-10 is
 * a 调休 working day, other weekends are off.
 * 1 is due Fri 10-09 (typed). 2 starts when 1 is due, 2 days: 10-09..10-11. 3 starts one working
 * day after 10-09, the 调休 Saturday 10-10, 2 days: ..10-12. 4 starts at the later of 2 and 3
 * (10-12, Mon), 2 working days: 10-13, 10-14. 5 starts two days later, 10-16, 1 day: 10-17 (Sat).
 * 6 starts three working days after Sat 10-17: Mon 19, Tue 20, Wed 21; its own 开团前3天 (11-08)
 * stays its due.
 */
const EXPECTED: [number, number][] = [
  [oct(9), oct(9)],
  [oct(9), oct(11)],
  [oct(10), oct(12)],
  [oct(12), oct(14)],
  [oct(16), oct(17)],
  [oct(21), serial(2026, 11, 8)],
  [serial(2026, 11, 13), serial(2026, 11, 13)],
];

const planned = (host: MemoryHost) =>
  rows.slice(1).map((_, i) => [hfCell(host, SHEET, `F${i + 2}`), hfCell(host, SHEET, `G${i + 2}`)]);

describe('generateTimeline with a 前置事项 column', () => {
  it('starts each task after its predecessors and adds its 需要时间, as formulas', async () => {
    const host = MemoryHost.fromSheets({ [SHEET]: rows });
    const result = (await runTimeline(host, SHEET, { anchors: { 开团: LAUNCH } }))!;
    expect(result.columns).toEqual({ start: 5, due: 6 });
    expect(result.dated).toBe(7);
    expect(planned(host)).toEqual(EXPECTED);
    const formulas = host.readGrid(SHEET).formulas;
    expect(formulas[4]?.[5]).toBe('=IFERROR(MAX($G$3+0,$G$4+0),"")');
    expect(formulas[5]?.[5]).toBe('=IFERROR(MAX($G$5+2),"")');
    expect(formulas[3]?.[5]).toMatch(/^=IFERROR\(MAX\(INDEX\('工作日历'!.*\$G\$2.*\+1,/);
    expect(formulas[2]?.[6]).toBe('=F3+2');
    const codes = result.issues.map((i) => i.code);
    expect(codes).not.toContain('DEPENDENCY_UNKNOWN');
    expect(codes).not.toContain('DEPENDENCY_CYCLE');
  });

  it('moves the whole chain when the first task’s date is moved in the sheet', async () => {
    const host = MemoryHost.fromSheets({ [SHEET]: rows });
    await runTimeline(host, SHEET, { anchors: { 开团: LAUNCH } });
    hfSet(host, SHEET, 'E2', oct(16));
    // 1 due Fri 10-16; 2: 10-16..18; 3: next working day Mon 10-19, ..10-21; 4: from 10-21, two
    // working days: Thu 22, Fri 23; 5: 10-25..26; 6: Tue 27, Wed 28, Thu 29.
    expect(planned(host).slice(0, 6)).toEqual([
      [oct(16), oct(16)],
      [oct(16), oct(18)],
      [oct(19), oct(21)],
      [oct(21), oct(23)],
      [oct(25), oct(26)],
      [oct(29), serial(2026, 11, 8)],
    ]);
  });

  it('marks the critical path in the Gantt and says how much buffer it leaves before 开团', async () => {
    const host = MemoryHost.fromSheets({ [SHEET]: rows });
    const result = (await runTimeline(host, SHEET, { anchors: { 开团: LAUNCH } }))!;
    const gantt = result.gantt!;
    const rules = host.extrasOf(SHEET).conditionalFormats;
    const critical = rules.filter((r) => r.fill === CRITICAL_BAR);
    // 2 ends a day before 3 (which waits a working day and lasts as long), so 2 has a day of slack.
    expect(critical.map((r) => r.range.row)).toEqual([1, 3, 4, 5, 6]);
    for (const r of critical) expect(r.range).toMatchObject({ col: gantt.col, cols: gantt.days });
    // Before every department colour: the first rule that matches wins.
    expect(rules.indexOf(critical[0]!)).toBe(0);
    const path = result.issues.find((i) => i.code === 'CRITICAL_PATH')!;
    expect(path.params).toEqual({
      chain: '确定活动方案 → 文案撰写 → 详情页制作 → 预热页上线 → 核对库存',
      // 核对库存 is due 11-08; 开团 is 11-11 10:00.
      buffer: 3.4,
      milestone: '开团',
    });
    expect(path.cell).toEqual({ sheet: SHEET, address: 'G2' });
  });
});

describe('the critical path of a plan with no milestone', () => {
  it('runs to the latest due and says a delay there delays the whole plan', async () => {
    const typed: RawCell[][] = [
      ['序号', '任务名称', '前置任务', '工期', '开始日期'],
      [1, '需求', null, 2, oct(12)],
      [2, '设计', '1', 3, null],
      [3, '采购', '1', 1, null],
      [4, '上线', '2,3', 1, null],
    ];
    const host = MemoryHost.fromSheets({ [SHEET]: typed });
    const result = (await runTimeline(host, SHEET))!;
    // 1: 10-12..14; 2: 10-14..17; 3: 10-14..15; 4: 10-17..18. 3 has two days of slack.
    const at = (a1: string) => hfCell(host, SHEET, a1);
    expect([at('F5'), at('G5')]).toEqual([oct(17), oct(18)]);
    const path = result.issues.find((i) => i.code === 'CRITICAL_PATH_END')!;
    expect(path.params).toEqual({ chain: '需求 → 设计 → 上线' });
    expect(result.issues.map((i) => i.code)).not.toContain('CRITICAL_PATH');
  });
});

describe('generateTimeline with broken 前置事项', () => {
  const broken: RawCell[][] = [
    ['序号', '事项', '前置事项', '完成时间'],
    [1, '甲', '2', '开团前5天'],
    [2, '乙', '1', null],
    [3, '丙', '9', '开团前1天'],
    [4, '丁', '不存在的事项', '开团前2天'],
    [5, '戊', '甲', null],
    [6, '己', '6', '开团前4天'],
  ];

  it('names the cells of cycles and unknown references, and writes no circular formula', async () => {
    const host = MemoryHost.fromSheets({ [SHEET]: broken });
    const result = (await runTimeline(host, SHEET, { anchors: { 开团: LAUNCH } }))!;
    const found = result.issues
      .filter((i) => i.code.startsWith('DEPENDENCY_'))
      .map((i) => [i.code, i.cell?.address, i.params]);
    expect(found).toEqual([
      ['DEPENDENCY_UNKNOWN', 'C4', { ref: '9' }],
      ['DEPENDENCY_UNKNOWN', 'C5', { ref: '不存在的事项' }],
      ['DEPENDENCY_CYCLE', 'C2', { cells: 'C2、C3', tasks: '甲 → 乙' }],
      ['DEPENDENCY_CYCLE', 'C7', { cells: 'C7', tasks: '己' }],
    ]);
    const formulas = host.readGrid(SHEET).formulas;
    // E and F are the planned start and due. A task of a cycle keeps its own deadline or stays empty.
    for (const r of [1, 2, 6]) expect(`${formulas[r]?.[4]}${formulas[r]?.[5]}`).not.toMatch(/MAX/);
    const at = (a1: string) => hfCell(host, SHEET, a1);
    expect([at('E2'), at('F2')]).toEqual([serial(2026, 11, 6), serial(2026, 11, 6)]);
    expect([at('E3'), at('F3')]).toEqual([null, null]);
    expect(at('F7')).toBe(serial(2026, 11, 7));
    // Unknown references are left out: the task keeps its own deadline.
    expect(at('F4')).toBe(serial(2026, 11, 10));
    // A task after a task of a cycle still follows that task's own due.
    expect(formulas[5]?.[4]).toBe('=IFERROR(MAX($F$2+0),"")');
    expect([at('E6'), at('F6')]).toEqual([serial(2026, 11, 6), serial(2026, 11, 6)]);
  });

  it('says which tasks one name matches when several share it', async () => {
    const twice: RawCell[][] = [
      ['事项', '前置事项', '完成时间'],
      ['上传主图', null, '开团前5天'],
      ['上传主图', null, '开团前4天'],
      ['预热', '上传主图', null],
    ];
    const host = MemoryHost.fromSheets({ [SHEET]: twice });
    const result = (await runTimeline(host, SHEET, { anchors: { 开团: LAUNCH } }))!;
    const ambiguous = result.issues.find((i) => i.code === 'DEPENDENCY_AMBIGUOUS')!;
    expect(ambiguous.cell?.address).toBe('B4');
    expect(ambiguous.params).toEqual({ ref: '上传主图', cells: 'A2、A3' });
  });
});

describe('a chain longer than the call stack is deep', () => {
  it('is ordered, checked for cycles and given its critical path without recursion', () => {
    const n = 20_000;
    const values: (string | number | null)[][] = [['序号', '事项', '前置事项']];
    for (let i = 1; i <= n; i++) values.push([i, `事项${i}`, i === 1 ? null : String(i - 1)]);
    const grid: Grid = {
      sheet: SHEET,
      origin: { row: 0, col: 0 },
      values,
      formulas: [],
      merges: [],
    };
    const ts = readTaskSheet(grid)!;
    const deps = readDependencies(grid, ts);
    expect(deps.cyclic.size).toBe(0);
    expect(deps.order).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 2));
    const schedule = ts.tasks.map((task, i) => ({ task, start: oct(1) + i, due: oct(1) + i + 1 }));
    const path = criticalPath(schedule, deps, null)!;
    expect(path.rows).toHaveLength(n);
    expect(path.buffer).toBe(0);
  });
});
