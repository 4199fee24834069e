import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { main, EXIT } from '../../src/cli/main';
import { cellAddress } from '../../src/core/a1';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { JHS_SHEET, jhsMerges, jhsRows } from '../fixtures/juhuasuan';
import { SALES_SHEET, salesRows } from '../fixtures/sales';
import { writeXlsxFixture } from '../support/hosts';
import { valueRightOf } from '../support/labels';

async function tuijin(argv: string[]) {
  const code = await main(argv, {}, { out: () => undefined, err: () => undefined });
  return code;
}

/** Every `<dataValidation>` element of the file's worksheets, as its attributes and formulas. */
async function validationsIn(file: string) {
  const parts = unzipSync(new Uint8Array(await fs.readFile(file)));
  const xml = Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .join('');
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<dataValidation ([^>]*?)(?:\/>|>(.*?)<\/dataValidation>)/g)].map(
    ([, attrs, body]) =>
      // Attributes by name, and the formulas in order (an intersection, as the two differ in type).
      Object.assign(
        Object.fromEntries(
          [...attrs!.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, decode(v!)]),
        ) as Record<string, string>,
        {
          formulas: [...(body ?? '').matchAll(/<formula\d>(.*?)<\/formula\d>/g)].map(([, f]) => f),
        },
      ),
  );
}

/** The address right of a label on a sheet of the written file. */
async function addressRightOf(file: string, sheet: string, label: string): Promise<string> {
  const grid = (await (await XlsxHost.open(file)).readSheet(sheet))!;
  for (const [r, line] of grid.values.entries()) {
    const c = line.indexOf(label);
    if (c >= 0) return cellAddress({ row: r, col: c + 1 });
  }
  throw new Error(`no ${label} on ${sheet}`);
}

describe('the xlsx the CLI writes', () => {
  it('carries 风险备用金比例 as a decimal validation from 0 to 1 with its Chinese error and prompt', async () => {
    const input = await writeXlsxFixture({ sheets: { [BUDGET_SHEET]: budgetRows } }, '预算.xlsx');
    const output = path.join(path.dirname(input), 'out.xlsx');
    expect(await tuijin(['budget', input, '-o', output])).toBe(EXIT.ok);
    const rate = (await validationsIn(output)).filter((v) => v.promptTitle === '风险备用金比例');
    expect(rate).toEqual([
      {
        type: 'decimal',
        allowBlank: '1',
        showInputMessage: '1',
        promptTitle: '风险备用金比例',
        prompt: '风险备用金 = 合计 × 这个比例，预算总额随之变化。文档建议 10%–15%。',
        showErrorMessage: '1',
        // errorStyle is absent: stop is the schema's default, as Excel writes it.
        errorTitle: '风险备用金比例：输入有误',
        error: '风险备用金比例是 0% 到 100% 之间的比例，例如 35%。',
        sqref: await addressRightOf(output, BUDGET_SHEET, '风险备用金比例'),
        formulas: ['0', '1'],
      },
    ]);
  });

  it('carries the ROI inputs, 毛利率 and 销售额目标 on the analyst’s own cells', async () => {
    const input = await writeXlsxFixture({ sheets: { [SALES_SHEET]: salesRows } }, '销售.xlsx');
    const output = path.join(path.dirname(input), 'out.xlsx');
    expect(await tuijin(['roi', input, '-o', output])).toBe(EXIT.ok);
    const found = await validationsIn(output);
    const by = (title: string) => found.find((v) => v.promptTitle === title);
    // The fixture's 毛利率 is in B2 and its 销售额目标 in D2.
    expect(by('毛利率')).toMatchObject({ type: 'decimal', sqref: 'B2', formulas: ['0', '1'] });
    expect(by('销售额目标')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      sqref: 'D2',
      formulas: ['0'],
    });
    const manual = await addressRightOf(output, SALES_SHEET, '总投入（手填）');
    expect(by('总投入')).toMatchObject({ sqref: manual, error: expect.stringContaining('元') });
    expect(found).toHaveLength(3);
    const grid = (await (await XlsxHost.open(output)).readSheet(SALES_SHEET))!;
    expect(valueRightOf(grid, '总投入（手填）', 0)).toBe(0);
  });

  it('carries each milestone as a date validation of this century, and 同日上限 as a whole number', async () => {
    const input = await writeXlsxFixture(
      { sheets: { [JHS_SHEET]: jhsRows }, merges: { [JHS_SHEET]: jhsMerges } },
      '聚划算.xlsx',
    );
    const output = path.join(path.dirname(input), 'out.xlsx');
    const anchors = [
      '报名=2026-10-12',
      '竞拍=2026-10-19',
      '排期=2026-10-26',
      '开团=2026-11-11T10:00',
    ];
    const args = [...anchors, '活动结束=2026-11-12T10:00'].flatMap((a) => ['--anchor', a]);
    expect(await tuijin(['timeline', input, '-o', output, ...args])).toBe(EXIT.ok);
    const found = await validationsIn(output);
    const dates = found.filter((v) => v.type === 'date');
    // 2000-01-01 and 2099-12-31 as serials: 36526 and 73050.
    expect(dates.map((v) => [v.promptTitle, v.formulas]).sort()).toEqual(
      ['报名', '竞拍', '排期', '开团', '活动结束']
        .map((m) => [`${m}时间`, ['36526', '73050']])
        .sort(),
    );
    const limit = found.find((v) => v.promptTitle === '同日上限');
    expect(limit).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulas: ['0'] });
    expect(limit?.sqref).toBe(await addressRightOf(output, JHS_SHEET, '同日上限'));
  });
});
