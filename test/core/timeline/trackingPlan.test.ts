import { toSerial } from '../../../src/core/calendar/serial';
import { STATUSES } from '../../../src/core/timeline/tracking/statuses';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { hfCell, hfSet } from '../../support/hf';
import { runTimeline } from '../../support/timeline';

const anchors = { 开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }) };
const rows: RawCell[][] = [
  ['阶段', '部门', '事项', '完成时间', '负责人', '状态'],
  ['活动前', '运营', '核价', '开团前2天', '小王', '已完成'],
  [null, '运营', '核库存', '开团前2天', '小王', '未开始'],
  [null, '运营', '核页面', '开团前2天', '小王', '未开始'],
  [null, '运营', '核赠品', '开团前2天', '小王', '未开始'],
  ['活动中', '客服', '催付', '开团后1小时', '小李', '未开始'],
];

describe('trackingPlan on a small 推进表', () => {
  it('gives 状态 its drop-down list and puts the overdue rule on the planned columns only', async () => {
    const host = MemoryHost.fromSheets({ 推进表: rows });
    await runTimeline(host, '推进表', { anchors });
    const extras = host.extrasOf('推进表');
    expect(extras.validations).toEqual([
      { range: { row: 1, col: 5, rows: 5, cols: 1 }, list: [...STATUSES] },
    ]);
    const overdue = extras.conditionalFormats.find((c) => c.formula.includes('<NOW()'))!;
    expect(overdue).toMatchObject({
      range: { row: 1, col: 6, rows: 5, cols: 2 },
      formula: '=AND(ISNUMBER($H2),$H2<NOW(),$F2<>"已完成")',
    });
    // No rule lands on the team's own columns (A–F).
    expect(extras.conditionalFormats.filter((c) => c.range.col < 6)).toEqual([]);
  });

  it('flags an owner with more tasks due the same day than the limit, and keeps a limit the team changed', async () => {
    const host = MemoryHost.fromSheets({ 推进表: rows });
    await runTimeline(host, '推进表', { anchors });
    const rule = host
      .extrasOf('推进表')
      .conditionalFormats.find((c) => c.formula.includes('COUNTIFS'))!;
    const from = rule.formula.indexOf('COUNTIFS(');
    let depth = 0;
    let end = from;
    for (let i = from; i < rule.formula.length; i++) {
      if (rule.formula[i] === '(') depth++;
      if (rule.formula[i] === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const count = rule.formula.slice(from, end);
    const limit = /\)>(\$[A-Z]+\$\d+)\)$/.exec(rule.formula)![1]!;
    const id = host.hf.getSheetId('推进表')!;
    host.hf.setCellContents({ sheet: id, row: 40, col: 0 }, [[`=${count}`], [`=${limit}`]]);
    expect(host.hf.getCellValue({ sheet: id, row: 40, col: 0 })).toBe(4); // 小王 has four tasks due on 11-09
    expect(host.hf.getCellValue({ sheet: id, row: 41, col: 0 })).toBe(3);
    // The team raises the limit to 5: the next run keeps it.
    hfSet(host, '推进表', limit, 5);
    host.hf.setCellContents({ sheet: id, row: 40, col: 0 }, [[null], [null]]);
    await runTimeline(host, '推进表');
    expect(hfCell(host, '推进表', limit)).toBe(5);
  });

  it('sums each phase and department with live formulas, on a summary sheet of its own', async () => {
    const host = MemoryHost.fromSheets({ 推进表: rows });
    const result = await runTimeline(host, '推进表', { anchors });
    const sheet = host.readGrid('推进表汇总');
    const summary = sheet.values.slice(3, 11).map((r) => r.slice(0, 5));
    expect(summary[0]).toEqual(['按阶段', '最早开始', '最晚截止', '事项数', '已完成']);
    expect(summary[1]?.[0]).toBe('活动前');
    expect(summary[1]?.slice(3)).toEqual([4, 1]);
    expect(summary[2]?.slice(3)).toEqual([1, 0]);
    expect(summary[4]).toEqual(['按部门', '事项数', '已完成', '完成率', '逾期数']);
    expect(summary[5]?.slice(0, 4)).toEqual(['运营', 4, 1, 0.25]);
    // Its formulas count the 推进表's rows: the team marks 核库存 done, the summary counts it.
    hfSet(host, '推进表', 'F3', '已完成');
    expect(hfCell(host, '推进表汇总', 'E5')).toBe(2);
    // The Gantt starts right after the planned columns (G, H): at I.
    expect(result!.gantt).toEqual({ col: 8, days: expect.any(Number) });
  });
});
