import { toSerial } from '../../../src/core/calendar/serial';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { parseCell } from '../../../src/core/a1';
import { hfSet } from '../../support/hf';
import { runTimeline } from '../../support/timeline';

const OPEN = toSerial({ year: 2026, month: 11, day: 11, hour: 10 });
const rows: RawCell[][] = [
  ['事项', '完成时间', '负责人'],
  ['核价', '开团前2天', '小王'],
  ['核库存', '开团前1天', '小李'],
];

/** A cell's value as the host reads the sheet back. */
const at = (host: MemoryHost, a1: string) => {
  const { row, col } = parseCell(a1);
  return host.readGrid('推进表').values[row]?.[col] ?? null;
};

describe('a block the table grew into', () => {
  it('moves below the grown table with its dates, and the new tasks get theirs', async () => {
    const host = MemoryHost.fromSheets({ 推进表: rows });
    await runTimeline(host, '推进表', { anchors: { 开团: OPEN } });
    // The block is down D and E (the planned columns), from row 5: 里程碑 | 日期, 开团 | date.
    expect([at(host, 'D5'), at(host, 'D6')]).toEqual(['里程碑', '开团']);
    // The team types three more tasks under the table, over the block's rows.
    hfSet(host, '推进表', 'A4', '备货');
    hfSet(host, '推进表', 'B4', '开团前3天');
    hfSet(host, '推进表', 'A5', '核页面');
    hfSet(host, '推进表', 'B5', '开团前1天');
    hfSet(host, '推进表', 'A6', '催付');
    hfSet(host, '推进表', 'B6', '开团后1天');
    const again = await runTimeline(host, '推进表');
    expect(again!.dated).toBe(5);
    // Each new task has its date from the same 开团 (11-11): 11-08, 11-10, 11-12.
    const day = (d: number) => toSerial({ year: 2026, month: 11, day: d });
    expect([4, 5, 6].map((r) => Math.floor(Number(at(host, `E${r}`))))).toEqual([
      day(8),
      day(10),
      day(12),
    ]);
    // The block now sits below the grown table and what was left of the old one (its limit on
    // row 7), 开团's date kept.
    expect(at(host, 'D9')).toBe('里程碑');
    expect(at(host, 'D10')).toBe('开团');
    expect(at(host, 'E10')).toBe(OPEN);
    // Nothing of the old block is left between.
    expect([7, 8].flatMap((r) => [at(host, `D${r}`), at(host, `E${r}`)])).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
