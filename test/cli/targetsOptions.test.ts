import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { block, sheetPlan, text } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';

// 2026-11-12 as an Excel serial, counted from 1899-12-30 independently of the calendar code.
const NOV_12 = (Date.UTC(2026, 10, 12) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('tuijin targets with every figure on the command line', () => {
  it('writes 客单价, 转化率, 毛利率 and 爆发日 as given, each marked as chosen', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-targets-'));
    const host = XlsxHost.create();
    host.writeSheetPlan({
      ...sheetPlan('说明', true),
      blocks: [block({ row: 0, col: 0 }, [[text('双12')]])],
    });
    const input = path.join(dir, 'book.xlsx');
    await host.save(input);
    const output = path.join(dir, 'out.xlsx');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: () => undefined };
    const argv = ['targets', input, '-o', output, '--target', '80万', '--aov', '200'];
    argv.push('--conversion', '2.5%', '--margin', '30%', '--burst-day', '2026-11-12', '--json');
    expect(await main(argv, {}, io)).toBe(0);
    const report = JSON.parse(lines.join('')) as { inputs: Record<string, number> };
    expect(report.inputs).toEqual({
      target: 800000,
      aov: 200,
      conversion: 0.025,
      margin: 0.3,
      burstDay: NOV_12,
    });
    const g = (await (await XlsxHost.open(output)).readSheet('目标'))!;
    const row = (label: string) => g.values.find((r) => r[0] === label);
    expect([row('客单价')?.[1], row('转化率')?.[1], row('爆发日')?.[1]]).toEqual([
      200,
      0.025,
      NOV_12,
    ]);
    expect(row('客单价')?.[2]).toBe('命令行或面板指定');
  });
});
