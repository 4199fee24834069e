import { fillMessage } from '../../../src/core/issues';
import { readChannelTable } from '../../../src/core/roi/readChannelTable';
import { roiDiffers } from '../../../src/core/roi/roiDiffers';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const HEADER = ['渠道', '花费', '成交金额', '投产比'];

function check(rows: RawCell[][]) {
  const grid = MemoryHost.fromSheets({ 渠道: [HEADER, ...rows] }).readGrid('渠道');
  const table = readChannelTable(grid);
  if (!table) throw new Error('no channel table');
  return { grid, table, issues: roiDiffers(grid, table) };
}

describe('roiDiffers', () => {
  it('says nothing when the export’s ROI is 成交金额 ÷ 花费 within 1 % or within rounding', () => {
    // By hand: 5000/1000 = 5; 4960/1000 = 4.96 against 5 is 0.8 % off; 123/1000 = 0.123 shown as
    // 0.12 is 2.4 % off but within the export's two decimals.
    const { issues } = check([
      ['关键词推广', 1000, 5000, 5],
      ['人群推广', 1000, 4960, 5],
      ['全站推广', 1000, 123, 0.12],
    ]);
    expect(issues).toEqual([]);
  });

  it('names each channel more than 1 % off, at the export’s cell, with both values', () => {
    // By hand: 3000/1000 = 3.00 against 3.1 (3.3 % off); 2000/1000 = 2 against 2.02 (1 %, kept).
    const { issues } = check([
      ['关键词推广', 1000, 3000, 3.1],
      ['人群推广', 1000, 2000, 2.02],
      ['全站推广', '2,000', '¥9,000', '4.40'],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.params])).toEqual([
      [
        'CHANNEL_ROI_DIFFERS',
        'warning',
        { sheet: '渠道', address: 'D2' },
        { channel: '关键词推广', header: '投产比', theirs: '3.10', ours: '3.00' },
      ],
      [
        'CHANNEL_ROI_DIFFERS',
        'warning',
        { sheet: '渠道', address: 'D4' },
        { channel: '全站推广', header: '投产比', theirs: '4.40', ours: '4.50' },
      ],
    ]);
  });

  it('says once that the column is the inverse when every channel is about 花费 ÷ 成交金额', () => {
    // By hand: 1000/5000 = 0.2, 2000/5000 = 0.4, 500/500 = 1 (agrees both ways).
    const { issues } = check([
      ['直通车', 1000, 5000, 0.2],
      ['引力魔方', 2000, 5000, 0.4],
      ['钻展', 500, 500, 1],
      ['淘宝客', 0, 300, '-'],
    ]);
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      [
        'CHANNEL_ROI_INVERSE',
        'D2:D4',
        { header: '投产比', count: 3, channel: '直通车', theirs: '0.20', ours: '5.00' },
      ],
    ]);
    expect(fillMessage('CHANNEL_ROI_INVERSE', 'zh-CN', issues[0]?.params ?? {})).toContain(
      '花费 ÷ 成交金额',
    );
  });

  it('reports channel by channel when only some look inverted', () => {
    const { issues } = check([
      ['直通车', 1000, 5000, 0.2],
      ['引力魔方', 2000, 5000, 2.5],
      ['钻展', 1000, 3000, 4],
    ]);
    expect(issues.map((i) => [i.code, i.params.channel])).toEqual([
      ['CHANNEL_ROI_DIFFERS', '直通车'],
      ['CHANNEL_ROI_DIFFERS', '钻展'],
    ]);
  });

  it('says which definition ours uses, in both languages', () => {
    const { issues } = check([['直通车', 1000, 3000, 3.5]]);
    const params = issues[0]?.params ?? {};
    expect(fillMessage('CHANNEL_ROI_DIFFERS', 'zh-CN', params)).toContain('成交金额 ÷ 花费');
    expect(fillMessage('CHANNEL_ROI_DIFFERS', 'en-US', params)).toContain('sales over spend');
  });

  it('compares nothing without an ROI column', () => {
    const grid = MemoryHost.fromSheets({
      渠道: [
        ['渠道', '花费', '成交金额'],
        ['直通车', 1000, 3000],
      ],
    }).readGrid('渠道');
    const table = readChannelTable(grid);
    expect(table && roiDiffers(grid, table)).toEqual([]);
  });

  it('does not mutate its input', () => {
    const { grid, table } = check([['直通车', 1000, 3000, 3.5]]);
    const before = structuredClone({ grid, table });
    roiDiffers(grid, table);
    expect({ grid, table }).toEqual(before);
  });
});
