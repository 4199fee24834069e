import { generateBudget } from '../../../src/core/budget/generateBudget';
import { errorCells } from '../../../src/core/grid';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import {
  expectedTotals as E,
  TOTALS_SHEET,
  totalInCategoryRows,
  totalInItemRows,
} from '../../fixtures/budgetTotals';
import { valueRightOf } from '../../support/labels';

async function planned(rows: typeof totalInItemRows) {
  const host = MemoryHost.fromSheets({ [TOTALS_SHEET]: rows });
  const result = generateBudget(host.readGrid(TOTALS_SHEET))!;
  await host.apply(result.plan);
  const grid = host.readGrid(TOTALS_SHEET);
  // The summary sits right of the team's columns and the add-in's five.
  const right = (label: string) => valueRightOf(grid, label, 13);
  return { host, result, grid, right };
}

describe.each([
  ['合计 in the 项目 column', totalInItemRows],
  ['合计 in the 类别 column', totalInCategoryRows],
])('generateBudget with the team’s own %s', (_, rows) => {
  it('sums exactly the lines: the team’s 合计 row and the note under the table are not lines', async () => {
    const { result, grid, right } = await planned(rows);
    expect(errorCells(grid)).toEqual([]);
    expect(result.budget.lines.map((l) => l.item)).toEqual([
      '关键词推广',
      '人群推广',
      '临促',
      '海报',
      '赠品',
      '坑位费',
      '保证金',
    ]);
    expect([right('合计'), right('风险备用金'), right('预算总额'), right('实际合计')]).toEqual([
      E.合计,
      E.风险备用金,
      E.预算总额,
      E.实际合计,
    ]);
    expect(right('保证金（可退）')).toBe(E.保证金);
  });

  it('writes 预算小计 on every line: the amount typed, else 单价 × 数量 × 天数', async () => {
    const { result, grid } = await planned(rows);
    const col = grid.values[1]!.indexOf('预算小计');
    expect(result.budget.lines.map((l) => grid.values[l.row]![col])).toEqual(E.subtotals);
  });

  it('gives each category its share of 合计, the deposit out', async () => {
    const { grid } = await planned(rows);
    const top = grid.values.findIndex((r) => r.includes('预算汇总'));
    const col = grid.values[top]!.indexOf('预算汇总');
    const shares = Object.fromEntries(
      grid.values.slice(top + 2, top + 6).map((r) => [r[col] as string, r[col + 2] as number]),
    );
    for (const [category, share] of Object.entries(E.shares))
      expect(shares[category]).toBeCloseTo(share, 12);
  });
});

describe('generateBudget and the team’s own total row', () => {
  it('names the team’s 合计 cells that disagree with the lines, and our 合计 beside them', async () => {
    const { result } = await planned(totalInItemRows);
    const differs = result.issues.filter((i) => i.code === 'TEAM_TOTAL_DIFFERS');
    expect(differs.map((i) => [i.cell?.address, i.params.team, i.params.ours])).toEqual([
      ['F10', E.teamItemTotal.toLocaleString('en-US'), E.合计.toLocaleString('en-US')],
      ['G10', E.teamItemActual.toLocaleString('en-US'), E.实际合计.toLocaleString('en-US')],
    ]);
    expect(differs[0]?.params.ourCell).toBe(result.totals.合计.replace(/\$/g, ''));
  });

  it('says nothing when the team’s totals agree with its lines', async () => {
    const { result } = await planned(totalInCategoryRows);
    expect(result.issues.map((i) => i.code)).not.toContain('TEAM_TOTAL_DIFFERS');
  });

  it('counts a line typed into the blank row under the lines at once, the note still out', async () => {
    // No team total: the lines, a blank row, then the note.
    const rows = [...totalInCategoryRows.slice(0, 9), totalInCategoryRows[8]!.map(() => null)];
    const { host } = await planned([...rows, totalInCategoryRows[10]!]);
    const id = host.hf.getSheetId(TOTALS_SHEET)!;
    host.hf.setCellContents({ sheet: id, row: 9, col: 0 }, [
      ['物料制作', '手提袋', 2, 500, null, null, null, null],
    ]);
    expect(valueRightOf(host.readGrid(TOTALS_SHEET), '合计', 13)).toBe(E.合计 + 2 * 500);
  });

  it('flags a line with neither an amount nor a price', async () => {
    const rows = totalInCategoryRows.map((r) => [...r]);
    rows[5] = ['物料制作', '海报', null, 400, null, null, 5800, null];
    const host = MemoryHost.fromSheets({ [TOTALS_SHEET]: rows });
    const result = generateBudget(host.readGrid(TOTALS_SHEET))!;
    const flagged = result.issues.filter((i) => i.code === 'LINE_WITHOUT_AMOUNT');
    expect(flagged.map((i) => i.params.item)).toEqual(['海报']);
  });
});

describe('generateBudget and the reserve rate', () => {
  it.each([-0.05, 1.2])('refuses a rate of %d, computing with 10% and saying so', async (rate) => {
    const host = MemoryHost.fromSheets({ [TOTALS_SHEET]: totalInCategoryRows });
    const result = generateBudget(host.readGrid(TOTALS_SHEET), { reserveRate: rate })!;
    await host.apply(result.plan);
    const refused = result.issues.find((i) => i.code === 'RESERVE_RATE_INVALID');
    expect(refused?.severity).toBe('error');
    expect(valueRightOf(host.readGrid(TOTALS_SHEET), '风险备用金', 13)).toBe(E.合计 * 0.1);
  });
});

describe('generateBudget on a budget of 项目 and 实际 only', () => {
  it('plans it, with one issue a line asking for the amount, instead of failing', () => {
    const rows = [
      ['项目', '实际花费'],
      ['直通车', 5200],
      ['短信', 800],
    ];
    const host = MemoryHost.fromSheets({ 开支: rows });
    const result = generateBudget(host.readGrid('开支'))!;
    expect(result.plan.sheets).toHaveLength(1);
    expect(result.issues.filter((i) => i.code === 'LINE_WITHOUT_AMOUNT')).toHaveLength(2);
  });
});
