import { readChannelTable } from '../../../src/core/roi/readChannelTable';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const grid = (rows: RawCell[][]) => MemoryHost.fromSheets({ s: rows }).readGrid('s');

describe('readChannelTable', () => {
  it('finds the table by its header words, below a title, and the rows naming a channel', () => {
    const t = readChannelTable(
      grid([
        ['双12 推广花费', null, null],
        ['推广工具', '消耗', 'GMV'],
        ['直通车', 100, 500],
        [null, null, null],
        ['万相台', 50, 100],
        ['总计', 150, 600],
      ]),
    );
    expect(t?.header.row).toBe(1);
    expect(t?.cols).toEqual({ channel: 0, spend: 1, gmv: 2 });
    expect(t?.channelRows).toEqual([2, 4]);
    // The sums stop above the 总计 row, so it is not counted twice.
    expect(t?.rows.rangeEnd).toBe(4);
  });

  it('looks only from the given row down', () => {
    const rows: RawCell[][] = [
      ['渠道', '花费', '成交金额'],
      ['直通车', 100, 500],
    ];
    expect(readChannelTable(grid(rows), 1)).toBeNull();
  });

  it.each([
    ['no spend', ['渠道', '成交金额', '点击']],
    ['no 成交金额', ['渠道', '花费', '点击']],
    ['no channel', ['日期', '花费', '成交金额']],
  ])('reads no table with %s', (_, header) => {
    expect(readChannelTable(grid([header, ['a', 1, 2]]))).toBeNull();
  });
});
