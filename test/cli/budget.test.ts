import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { main, EXIT } from '../../src/cli/main';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { writeXlsxFixture } from '../support/hosts';

async function tuijin(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tuijin budget', () => {
  it('turns the budget into formulas and lists each number it converted', async () => {
    const input = await writeXlsxFixture({ sheets: { [BUDGET_SHEET]: budgetRows } }, '预算.xlsx');
    const output = path.join(path.dirname(input), 'out.xlsx');
    const r = await tuijin(['budget', input, '-o', output]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(
      '活动预算!C5: “1.2万”是文字，求和时会被漏掉，已改为数字 12000（可撤销）。',
    );
    expect(r.out).toContain('预算表已更新：8 行预算，5 个类别');
    const json = JSON.parse((await tuijin(['budget', input, '-o', output, '--json'])).out);
    expect(Object.keys(json.totals)).toEqual(['合计', '风险备用金', '预算总额', '实际合计']);
  });

  it('refuses a workbook with no budget unless asked to create one, writing nothing', async () => {
    const input = await writeXlsxFixture({ sheets: { 说明: [['双12活动']] } }, '空.xlsx');
    const output = path.join(path.dirname(input), 'out.xlsx');
    const refused = await tuijin(['budget', input, '-o', output]);
    expect(refused.code).toBe(EXIT.unusable);
    expect(refused.err).toContain('加上 --create 可新建一张预算表');
    await expect(fs.access(output)).rejects.toThrow();
    const created = await tuijin(['budget', input, '-o', output, '--create']);
    expect(created.code).toBe(EXIT.ok);
    const grid = (await (await XlsxHost.open(output)).readSheet('预算'))!;
    expect(grid.values[2]?.slice(0, 8)).toEqual([
      '类别',
      '项目',
      '单价',
      '数量',
      '天数',
      '实际花费',
      '负责部门',
      '备注',
    ]);
    expect(grid.values.map((l) => l[1])).toEqual(
      expect.arrayContaining([
        '直通车',
        '钻展/引力魔方',
        '淘客佣金',
        '短信/CRM',
        '坑位费',
        '保证金',
      ]),
    );
  });
});

describe('tuijin budget --reserve and tuijin roi --margin', () => {
  it.each([
    ['budget', '--reserve', '12%', EXIT.ok],
    ['budget', '--reserve', '0.12', EXIT.ok],
    ['budget', '--reserve', '百分之十', EXIT.usage],
    ['budget', '--reserve', '120%', EXIT.usage],
    ['roi', '--margin', '0', EXIT.usage],
  ] as const)('tuijin %s %s %s exits %i', async (command, option, value, code) => {
    const input = await writeXlsxFixture({ sheets: { [BUDGET_SHEET]: budgetRows } }, '预算.xlsx');
    const r = await tuijin([
      command,
      input,
      '-o',
      path.join(path.dirname(input), 'o.xlsx'),
      option,
      value,
      '--json',
    ]);
    expect(r.code).toBe(code);
    if (code === EXIT.ok)
      expect(JSON.parse(r.out).issues.map((i: { code: string }) => i.code)).not.toContain(
        'RESERVE_RATE_UNUSUAL',
      );
  });
});
