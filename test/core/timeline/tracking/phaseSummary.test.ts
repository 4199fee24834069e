import type { Grid } from '../../../../src/core/grid';
import type { TaskRow, TaskSheet } from '../../../../src/core/timeline/readTaskSheet';
import { phaseSummary } from '../../../../src/core/timeline/tracking/phaseSummary';
import type { TrackingLayout } from '../../../../src/core/timeline/types';

const task = (row: number, phase: string) => ({ row, phase }) as TaskRow;
const layout = (tasks: TaskRow[], status?: number): TrackingLayout => ({
  grid: {} as Grid,
  ts: {
    sheet: '推进表',
    headerRow: 0,
    mapping: { task: 1, ...(status === undefined ? {} : { status }) },
    tasks,
  } as unknown as TaskSheet,
  startCol: 4,
  dueCol: 5,
  extent: 4,
  blockBox: { row: 6, col: 4, rows: 1, cols: 2 },
  limitAt: { row: 7, col: 4 },
  main: { address: '$I$1', value: 46337 },
  milestones: [],
  schedule: [],
});

describe('phaseSummary', () => {
  it('sums a phase over each run of its rows, when it comes back further down', () => {
    const s = phaseSummary(
      layout([task(1, '活动前'), task(2, '活动前'), task(3, '活动中'), task(4, '活动前')], 2),
    )!;
    expect(s.rows.map((r) => r[0])).toEqual([
      { kind: 'text', value: '按阶段' },
      { kind: 'text', value: '活动前' },
      { kind: 'text', value: '活动中' },
      undefined,
    ]);
    expect(s.rows[1]?.slice(1)).toEqual([
      { kind: 'formula', formula: '=IF(COUNT($E$2:$E$3,$E$5:$E$5)=0,"",MIN($E$2:$E$3,$E$5:$E$5))' },
      { kind: 'formula', formula: '=IF(COUNT($F$2:$F$3,$F$5:$F$5)=0,"",MAX($F$2:$F$3,$F$5:$F$5))' },
      { kind: 'formula', formula: '=COUNTA($B$2:$B$3)+COUNTA($B$5:$B$5)' },
      { kind: 'formula', formula: '=COUNTIF($C$2:$C$3,"已完成")+COUNTIF($C$5:$C$5,"已完成")' },
      {
        kind: 'formula',
        formula:
          '=COUNTIFS($F$2:$F$3,"<"&NOW(),$C$2:$C$3,"<>已完成")+COUNTIFS($F$5:$F$5,"<"&NOW(),$C$5:$C$5,"<>已完成")',
      },
    ]);
    expect(s.dateRows).toEqual([1, 2]);
  });

  it('leaves 已完成 blank without a 状态 column, and is absent without phases', () => {
    expect(phaseSummary(layout([task(1, '活动前')]))!.rows[1]?.[4]).toEqual({ kind: 'blank' });
    expect(phaseSummary(layout([task(1, ''), task(2, '')]))).toBeNull();
  });
});
