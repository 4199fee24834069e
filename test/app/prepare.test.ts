import { prepareBudget } from '../../src/app/budget';
import { prepareCommand } from '../../src/app/prepareCommand';
import { AnchorSyntaxError } from '../../src/app/anchors';
import { prepareRoi } from '../../src/app/roi';
import { planTimeline, prepareTimeline, readTimelineBook } from '../../src/app/timeline';
import { findTemplate } from '../../src/core/templates';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { JHS_SHEET, jhsMerges, jhsRows } from '../fixtures/juhuasuan';
import { SALES_SHEET, salesRows } from '../fixtures/sales';

const notes: RawCell[][] = [['备注'], ['活动结束后复盘']];
const host = (sheets: Record<string, RawCell[][]>) =>
  MemoryHost.fromSheets(sheets, sheets[JHS_SHEET] ? { [JHS_SHEET]: jhsMerges } : {});
const codes = (p: { issues: readonly { code: string }[] }) => p.issues.map((i) => i.code);

describe('prepareTimeline', () => {
  it('plans the only sheet that reads as a 推进表 and names it as the candidate', async () => {
    const p = await prepareTimeline(host({ 备注: notes, [JHS_SHEET]: jhsRows }), { anchors: {} });
    expect(p.candidates).toEqual([JHS_SHEET]);
    expect(p.result?.taskSheet.sheet).toBe(JHS_SHEET);
  });

  it.each([
    ['no 推进表 at all', { 备注: notes }, {}, 'NO_TASK_SHEET_IN_WORKBOOK'],
    ['two 推进表', { A: jhsRows, B: jhsRows }, {}, 'SEVERAL_TASK_SHEETS'],
    [
      'a sheet name that does not exist',
      { [JHS_SHEET]: jhsRows },
      { sheet: '无' },
      'SHEET_NOT_FOUND',
    ],
    ['a named sheet that is no 推进表', { 备注: notes }, { sheet: '备注' }, 'NO_TASK_SHEET'],
  ])('returns an error issue, not a throw, for %s', async (_, sheets, choice, code) => {
    const p = await prepareTimeline(host(sheets), { anchors: {}, ...choice });
    expect(p.result).toBeNull();
    expect(codes(p)).toEqual([code]);
    expect(p.issues[0]?.severity).toBe('error');
  });

  it('refuses a template whose sheet name is taken, and plans it on a free name', async () => {
    const template = findTemplate('juhuasuan')!;
    const book = await readTimelineBook(host({ [template.sheet]: notes }));
    expect(codes(planTimeline(book, { template }))).toEqual(['TEMPLATE_SHEET_EXISTS']);
    const free = planTimeline(book, { template, sheet: '新推进表' });
    expect(free.result?.taskSheet.sheet).toBe('新推进表');
  });
});

describe('prepareBudget', () => {
  it('refuses a workbook with no budget unless it may create one', async () => {
    const book = host({ 备注: notes });
    expect(codes(await prepareBudget(book, {}))).toEqual(['NO_BUDGET_SHEET']);
    const created = await prepareBudget(book, { create: true });
    expect(created.result?.plan.sheets[0]?.createIfMissing).toBe(true);
  });

  it('names the budget sheets when there are several', async () => {
    const p = await prepareBudget(host({ A: budgetRows, B: budgetRows }), {});
    expect(p.issues[0]?.code).toBe('SEVERAL_BUDGET_SHEETS');
    expect(p.issues[0]?.params.sheets).toBe('A、B');
  });

  it('plans the budget it finds', async () => {
    const p = await prepareBudget(host({ [BUDGET_SHEET]: budgetRows }), {});
    expect(p.result?.budget.sheet).toBe(BUDGET_SHEET);
  });
});

describe('prepareRoi', () => {
  it('plans the sales sheet and refuses a named sheet that holds no sales data', async () => {
    const book = host({ [SALES_SHEET]: salesRows, 备注: notes });
    expect((await prepareRoi(book, {})).result?.sheet).toBe(SALES_SHEET);
    expect(codes(await prepareRoi(book, { sheet: '备注' }))).toEqual(['NO_SALES_SHEET']);
  });
});

describe('prepareCommand', () => {
  it('gives a null plan and the refusal for a workbook a command cannot use', async () => {
    const p = await prepareCommand(host({ 备注: notes }), 'roi');
    expect(p.plan).toBeNull();
    expect(codes(p)).toEqual(['NO_SALES_SHEET']);
  });

  it('throws AnchorSyntaxError for an anchor it cannot read', async () => {
    await expect(
      prepareCommand(host({ [JHS_SHEET]: jhsRows }), 'timeline', { anchors: ['开团 11月11日'] }),
    ).rejects.toBeInstanceOf(AnchorSyntaxError);
  });
});
