import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells, type CellValue, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { PLAN_SHEET, planRows, REVIEW_BUDGET_SHEET, reviewBudgetRows } from '../fixtures/review';
import { CHANNEL_SHEET, channelRows, SALES_SHEET, salesRows } from '../fixtures/sales';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(300_000);
const quiet = { out: () => undefined, err: () => undefined };

async function recalculated(file: string, sheet = '复盘'): Promise<Grid> {
  const converted = await convertWithLibreOffice(file, 'xlsx');
  return (await (await XlsxHost.open(converted)).readSheet(sheet))!;
}

const dump = (g: Grid) =>
  g.values
    .slice(0, 36)
    .map(
      (r, i) =>
        `${i + 1}: ${r
          .slice(0, 18)
          .map((v: CellValue) => (v === null ? '' : String(v)))
          .join(' | ')}`,
    )
    .join('\n');

describe('the 复盘 sheet', () => {
  let dir: string;
  let output: string;
  beforeAll(async () => {
    const input = await writeXlsxFixture(
      {
        sheets: {
          [PLAN_SHEET]: planRows,
          [REVIEW_BUDGET_SHEET]: reviewBudgetRows,
          [SALES_SHEET]: salesRows,
          [CHANNEL_SHEET]: channelRows,
        },
      },
      '复盘输入.xlsx',
    );
    dir = path.dirname(input);
    const step = async (cmd: string, from: string, to: string, ...more: string[]) => {
      const out = path.join(dir, to);
      const lines: string[] = [];
      const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
      const code = await main([cmd, from, '-o', out, ...more], {}, io);
      if (code !== 0) throw new Error(`${cmd}: ${lines.join('\n')}`);
      return out;
    };
    const timed = await step('timeline', input, '1.xlsx');
    const budgeted = await step('budget', timed, '2.xlsx');
    const computed = await step('roi', budgeted, '3.xlsx');
    const targeted = await step('targets', computed, '4.xlsx', '--target', '600000');
    output = await step('review', targeted, '复盘.xlsx');
  });

  it('debug', async () => {
    const g = await recalculated(output);
    console.log(dump(g));
    expect(errorCells(g)).toEqual([]);
  });
});
