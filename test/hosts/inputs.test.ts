import type { CellRef } from '../../src/core/a1';
import {
  block,
  inputCell,
  num,
  sheetPlan,
  text,
  type CellLook,
  type DataRule,
  type WorkbookPlan,
} from '../../src/core/plan';
import { INPUT } from '../../src/core/plan/palette';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { FakeExcel, visibleState } from '../support/fakeExcel';
import { hostKinds, makeHost, writeXlsxFixture, type HostUnderTest } from '../support/hosts';
import { TEAM_SHEET, teamRows } from '../support/teamWorkbook';
import { editWithExcelJs, readWithExcelJs } from '../support/excelJs';

const seed = { sheets: { [TEAM_SHEET]: teamRows } };

/** The add-in's block beside the team's table (H3:I5), and the team's own target cell F2. */
const RATE_AT = { row: 3, col: 8 };
const DATE_AT = { row: 4, col: 8 };
const TEAM_AT = { row: 1, col: 5 };

const plan: WorkbookPlan = {
  sheets: [
    {
      ...sheetPlan(TEAM_SHEET),
      blocks: [
        block({ row: 2, col: 7 }, [
          [text('参数'), text('值')],
          [text('毛利率'), num(0.3)],
          [text('开团'), num(46337.4167)],
        ]),
      ],
      inputs: [
        inputCell(RATE_AT, 'rate', '毛利率', '保本ROI = 1 ÷ 毛利率'),
        inputCell(DATE_AT, 'date', '开团时间', '3 个事项的计划时间由开团推算'),
        inputCell(TEAM_AT, 'amount', '销售额目标', '目标达成率 = 支付金额 ÷ 销售额目标'),
      ],
      owned: [{ row: 2, col: 7, rows: 3, cols: 2 }],
    },
  ],
  deleteSheets: [],
};

/** What the team's target cell looked like before the add-in: their yellow and their own rule. */
const TEAM_RULE: DataRule = {
  type: 'whole',
  operator: 'lessThan',
  formula1: '1000000',
  allowBlank: true,
  error: { style: 'warning', title: '目标', message: '目标超过一百万了' },
};
const TEAM_LOOK: CellLook = { fill: '#FFFF00', validation: TEAM_RULE };

/** The cell store under a host: where a look is read and set behind the host's back. */
async function storeOf(t: HostUnderTest): Promise<MemoryHost | XlsxHost> {
  if (t.fake) return t.fake.store;
  return (await t.reopen()) as MemoryHost | XlsxHost;
}

async function lookAt(t: HostUnderTest, at: CellRef): Promise<CellLook> {
  return (await storeOf(t)).readLook(TEAM_SHEET, at);
}

/** Gives the team's cell its own look as the team would have, without a run (no backup). */
async function teamLook(t: HostUnderTest): Promise<HostUnderTest> {
  const store = await storeOf(t);
  store.writeSheetPlan({ ...sheetPlan(TEAM_SHEET), looks: [{ at: TEAM_AT, look: TEAM_LOOK }] });
  return t;
}

describe.each(hostKinds)('input cells on the %s host', (kind) => {
  it('writes each input with the INPUT fill, its rule, its Chinese error and its prompt', async () => {
    const t = await makeHost(kind, seed);
    await t.host.apply(plan);
    const rate = await lookAt(t, RATE_AT);
    expect(rate).toEqual({
      fill: '#BDD7EE',
      validation: {
        type: 'decimal',
        operator: 'between',
        formula1: '0',
        formula2: '1',
        allowBlank: true,
        error: {
          style: 'stop',
          title: '毛利率：输入有误',
          message: '毛利率是 0% 到 100% 之间的比例，例如 35%。',
        },
        prompt: { title: '毛利率', message: '保本ROI = 1 ÷ 毛利率' },
      },
    });
    // 2000-01-01 and 2099-12-31 as Excel serials, worked out from 1900-01-01 = 1.
    expect((await lookAt(t, DATE_AT)).validation).toMatchObject({
      type: 'date',
      operator: 'between',
      formula1: '36526',
      formula2: '73050',
      prompt: { title: '开团时间', message: '3 个事项的计划时间由开团推算' },
    });
    expect((await lookAt(t, TEAM_AT)).validation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formula1: '0',
      error: { message: '销售额目标是 0 或正数（单位：元），例如 50000。' },
    });
  });

  it('leaves the same looks when the plan is applied twice as when applied once', async () => {
    const once = await makeHost(kind, seed);
    await once.host.apply(plan);
    const twice = await makeHost(kind, seed);
    await twice.host.apply(plan);
    await (await twice.reopen()).apply(plan);
    for (const at of [RATE_AT, DATE_AT, TEAM_AT])
      expect(await lookAt(twice, at)).toEqual(await lookAt(once, at));
  });

  it("gives the team's cell back its own fill and rule on restore, and the add-in's cells none", async () => {
    const t = await teamLook(await makeHost(kind, seed));
    expect(await lookAt(t, TEAM_AT)).toEqual(TEAM_LOOK);
    await (await t.reopen()).apply(plan);
    expect((await lookAt(t, TEAM_AT)).fill).toBe('#BDD7EE');
    await (await t.reopen()).restore();
    expect(await lookAt(t, TEAM_AT)).toEqual(TEAM_LOOK);
    expect(await lookAt(t, RATE_AT)).toEqual({ fill: null, validation: null });
    expect(await lookAt(t, DATE_AT)).toEqual({ fill: null, validation: null });
  });

  it('after a second run, restore gives back the looks the first run left', async () => {
    const t = await makeHost(kind, seed);
    await t.host.apply(plan);
    const first = await lookAt(t, RATE_AT);
    await (await t.reopen()).apply(plan);
    await (await t.reopen()).restore();
    expect(await lookAt(t, RATE_AT)).toEqual(first);
  });
});

describe('OfficeHost writing input cells', () => {
  const fakeWith = (options = {}) =>
    new FakeExcel(MemoryHost.fromSheets({ [TEAM_SHEET]: teamRows }), options);

  it('writes in the same three syncs, and a failure at any sync leaves the looks as they were', async () => {
    const probe = fakeWith();
    await new OfficeHost(probe.run, () => false).apply(plan);
    expect(probe.syncCount).toBe(3);
    for (let k = 1; k <= 3; k++) {
      const fake = fakeWith({ failAtSync: k });
      fake.store.writeSheetPlan({
        ...sheetPlan(TEAM_SHEET),
        looks: [{ at: TEAM_AT, look: TEAM_LOOK }],
      });
      const before = visibleState(fake);
      await expect(new OfficeHost(fake.run, () => false).apply(plan)).rejects.toThrow();
      expect(visibleState(fake)).toEqual(before);
    }
  });

  it('tells a white fill from none where ExcelApi 1.9 gives tintAndShade, and restores both', async () => {
    for (const fill of ['#FFFFFF', null]) {
      const fake = fakeWith({ fillTintApi: true, mergedAreasApi: true });
      const look = { fill, validation: null };
      fake.store.writeSheetPlan({ ...sheetPlan(TEAM_SHEET), looks: [{ at: TEAM_AT, look }] });
      const host = new OfficeHost(fake.run, () => true);
      await host.apply(plan);
      await host.restore();
      expect(fake.store.readLook(TEAM_SHEET, TEAM_AT)).toEqual(look);
    }
  });
});

describe('XlsxHost on a file whose cells share one format', () => {
  it('colours the input cell only, not every cell the file gave the same format', async () => {
    const file = await writeXlsxFixture(seed, 'shared.xlsx');
    // Bold title and bold target, saved by another program as one cell format.
    await editWithExcelJs(file, file, (wb) => {
      for (const address of ['A1', 'F2'])
        wb.getWorksheet(TEAM_SHEET)!.getCell(address).font = { bold: true };
    });
    const shared = (await readWithExcelJs(file)).getWorksheet(TEAM_SHEET)!;
    expect(shared.getCell('A1').style).toBe(shared.getCell('F2').style);
    const host = await XlsxHost.open(file);
    await host.apply(plan);
    expect(host.readLook(TEAM_SHEET, { row: 0, col: 0 }).fill).toBeNull();
    expect(host.readLook(TEAM_SHEET, TEAM_AT).fill).toBe(INPUT.fill);
    await host.save(file);
    expect((await readWithExcelJs(file)).getWorksheet(TEAM_SHEET)!.getCell('A1').font?.bold).toBe(
      true,
    );
  });
});

describe('the fake DataValidation', () => {
  const run = (fake: FakeExcel, write: (r: Excel.Range) => void) =>
    fake.run(async (context) => {
      write(context.workbook.worksheets.getItem(TEAM_SHEET).getRange('H4:H5'));
      await context.sync();
    });
  const fake = () => new FakeExcel(MemoryHost.fromSheets({ [TEAM_SHEET]: teamRows }));

  it('refuses a rule on cells that hold different validations, as Excel does', async () => {
    const f = fake();
    f.store.writeSheetPlan({
      ...sheetPlan(TEAM_SHEET),
      looks: [{ at: { row: 3, col: 7 }, look: TEAM_LOOK }],
    });
    const rule = { decimal: { formula1: 0, formula2: 1, operator: 'Between' } };
    await expect(
      run(f, (r) => (r.dataValidation.rule = rule as Excel.DataValidationRule)),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await run(f, (r) => {
      r.dataValidation.clear();
      r.dataValidation.rule = rule as Excel.DataValidationRule;
    });
  });

  it.each([
    ['a number as a date bound', { date: { formula1: 36526, operator: 'GreaterThan' } }],
    ['Between without formula2', { decimal: { formula1: 0, operator: 'Between' } }],
    ['two kinds in one rule', { decimal: { formula1: 0, operator: 'GreaterThan' }, custom: {} }],
  ])('refuses %s', async (_what, rule) => {
    await expect(
      run(fake(), (r) => (r.dataValidation.rule = rule as Excel.DataValidationRule)),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it.each([
    [
      'a prompt title over 32 characters',
      { prompt: { showPrompt: true, title: '题'.repeat(33), message: '' } },
    ],
    [
      'a prompt over 255 characters',
      { prompt: { showPrompt: true, title: '', message: '字'.repeat(256) } },
    ],
    [
      'an error over 224 characters',
      { errorAlert: { showAlert: true, style: 'Stop', title: '', message: '错'.repeat(225) } },
    ],
  ])('refuses %s at sync', async (_what, set) => {
    await expect(run(fake(), (r) => Object.assign(r.dataValidation, set))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });

  it('reads bounds back as string formulas and no validation as type None', async () => {
    const f = fake();
    const read = await f.run(async (context) => {
      const r = context.workbook.worksheets.getItem(TEAM_SHEET).getRange('H4');
      r.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      const other = context.workbook.worksheets.getItem(TEAM_SHEET).getRange('H5');
      r.dataValidation.load('type,rule,errorAlert');
      other.dataValidation.load('type');
      other.format.fill.load('color');
      await context.sync();
      return [
        r.dataValidation.type,
        r.dataValidation.rule,
        r.dataValidation.errorAlert.showAlert,
        other.dataValidation.type,
        other.format.fill.color,
      ];
    });
    expect(read).toEqual([
      'WholeNumber',
      { wholeNumber: { formula1: '=0', operator: 'GreaterThanOrEqualTo' } },
      true,
      'None',
      '#FFFFFF',
    ]);
  });
});
