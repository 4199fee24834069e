import { toSerial } from '../../../src/core/calendar/serial';
import { errorCells } from '../../../src/core/grid';
import { fillMessage } from '../../../src/core/issues';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { runTimeline, shown } from '../../support/timeline';

const LAUNCH = toSerial({ year: 2026, month: 11, day: 11, hour: 10 });

describe('generateTimeline on a sheet headed in English', () => {
  const english = () =>
    MemoryHost.fromSheets({
      Plan: [
        ['Task', 'Owner', 'Start', 'End', 'Status'],
        ['Book the live host', 'Amy', null, '开团前3天', 'Open'],
        ['Final price check', 'Bo', null, '开团前1天', 'Open'],
        ['Launch', 'Amy', null, '开团当天', 'Open'],
      ],
    });

  it('reads it as a 推进表 and dates every task from 开团', async () => {
    const host = english();
    const result = await runTimeline(host, 'Plan', { anchors: { 开团: LAUNCH } });
    expect(result?.taskSheet.mapping).toEqual({ task: 0, owner: 1, start: 2, due: 3, status: 4 });
    expect(result?.dated).toBe(3);
    const grid = host.readGrid('Plan');
    // The add-in's 计划开始 and 计划截止 go right of the team's five columns: F and G.
    expect(grid.values[0]?.slice(5, 7)).toEqual(['计划开始', '计划截止']);
    expect([1, 2, 3].map((r) => shown(grid.values[r]?.[6]))).toEqual([
      '2026-11-08',
      '2026-11-10',
      '2026-11-11',
    ]);
    // The team's own cells are as they were.
    expect(grid.values[1]?.slice(0, 5)).toEqual([
      'Book the live host',
      'Amy',
      null,
      '开团前3天',
      'Open',
    ]);
    expect(errorCells(grid)).toEqual([]);
  });
});

describe('generateTimeline when two columns name one role', () => {
  it('says which it took and which it passed over, naming both cells', () => {
    const host = MemoryHost.fromSheets({
      推进表: [
        ['双11 推进表'],
        ['事项', '时间', '预计结束时间', '负责人'],
        ['提交报名', '上午', '开团前20天', '运营'],
      ],
    });
    const result = generateTimeline(host.readGrid('推进表'), { anchors: { 开团: LAUNCH } })!;
    const contest = result.issues.filter((i) => i.code === 'HEADER_COLUMN_CONTEST');
    expect(contest).toEqual([
      {
        code: 'HEADER_COLUMN_CONTEST',
        severity: 'info',
        cell: { sheet: '推进表', address: 'C2' },
        params: {
          role: '完成时间 (due)',
          taken: 'C2',
          takenHeader: '预计结束时间',
          takenScore: 117,
          passed: 'B2',
          passedHeader: '时间',
          passedScore: 50,
        },
      },
    ]);
    expect(fillMessage('HEADER_COLUMN_CONTEST', 'zh-CN', contest[0]!.params)).toContain(
      'C2“预计结束时间”和 B2“时间”都像“完成时间 (due)”列，用了 C2',
    );
    expect(fillMessage('HEADER_COLUMN_CONTEST', 'en-US', contest[0]!.params)).toContain(
      'C2 "预计结束时间" and B2 "时间" both read as the 完成时间 (due) column; C2 was taken',
    );
  });
});
