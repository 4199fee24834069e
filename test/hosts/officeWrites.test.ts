import { fillMessage } from '../../src/core/issues';
import {
  block,
  formula,
  num,
  sheetPlan,
  text,
  type ChartSpec,
  type WorkbookPlan,
} from '../../src/core/plan';
import { HostError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { confirmFormulas } from '../../src/hosts/office/textReadBack';
import { FakeExcel, visibleState, type FakeOptions } from '../support/fakeExcel';

const SHEET = '推进表';

/** A team sheet whose column C the team formatted as Text (`@`), rows 1–4. */
function textColumnSheet(options: FakeOptions = {}) {
  const store = MemoryHost.fromSheets({
    [SHEET]: [
      ['事项', '数量', '备注'],
      ['报名', 3, '旧'],
      ['备货', 4, '旧'],
      ['上线', 5, '旧'],
    ],
  });
  store.writeSheetPlan({
    ...sheetPlan(SHEET),
    numberFormats: [{ range: { row: 0, col: 2, rows: 4, cols: 1 }, format: '@' }],
  });
  const fake = new FakeExcel(store, options);
  return { fake, host: new OfficeHost(fake.run, () => false) };
}

/** Writes formulas into C2:C4; `dated` also gives them a date format. */
function formulaPlan(dated: boolean): WorkbookPlan {
  const range = { row: 1, col: 2, rows: 3, cols: 1 };
  return {
    sheets: [
      {
        ...sheetPlan(SHEET),
        blocks: [block({ row: 1, col: 2 }, [[formula('=B2*2')], [formula('=B3*2')], [num(1)]])],
        numberFormats: dated ? [{ range, format: 'yyyy-mm-dd' }] : [],
        owned: [range],
      },
    ],
    deleteSheets: [],
  };
}

describe('OfficeHost on cells the team formatted as Text', () => {
  it('sets number formats before contents, so a formula lands as a formula', async () => {
    const { fake, host } = textColumnSheet();
    await host.apply(formulaPlan(true));
    const grid = fake.store.readGrid(SHEET);
    expect(grid.formulas[1]?.[2]).toBe('=B2*2');
    expect(grid.values[2]?.[2]).toBe(8);
  });

  it('reformats a Text cell that receives a formula as General, and restore puts Text back', async () => {
    const { fake, host } = textColumnSheet();
    const before = visibleState(fake);
    await host.apply(formulaPlan(false));
    const grid = fake.store.readGrid(SHEET);
    expect(grid.formulas[2]?.[2]).toBe('=B3*2');
    expect(grid.values[1]?.[2]).toBe(6);
    expect(fake.store.readCells(SHEET, { row: 1, col: 2, rows: 1, cols: 1 }).numberFormats).toEqual(
      [['General']],
    );
    await host.restore();
    expect(visibleState(fake)).toEqual(before);
  });

  it('keeps text written into a Text cell as text', async () => {
    const { fake, host } = textColumnSheet();
    const plan = formulaPlan(false);
    const sp = plan.sheets[0]!;
    await host.apply({
      ...plan,
      sheets: [{ ...sp, blocks: [block({ row: 1, col: 2 }, [[text('=不是公式')]])] }],
    });
    expect(fake.store.readGrid(SHEET).values[1]?.[2]).toBe('=不是公式');
    expect(fake.store.readGrid(SHEET).formulas[1]?.[2]).toBeNull();
  });
});

describe('OfficeHost in a workbook on the 1904 date system', () => {
  it('refuses before writing anything, with a message saying why', async () => {
    const { fake, host } = textColumnSheet({ date1904: true });
    const before = visibleState(fake);
    const failure = await host.apply(formulaPlan(true)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe('HOST_DATE_1904');
    expect(fillMessage('HOST_DATE_1904', 'en-US', {})).toContain('1904 date system');
    expect(fake.syncCount).toBe(1);
    expect(visibleState(fake)).toEqual(before);
  });

  it('writes as before in a 1900 workbook', async () => {
    const { host } = textColumnSheet({ date1904: false });
    await expect(host.apply(formulaPlan(true))).resolves.toMatchObject({ backedUpCells: 3 });
  });
});

const CHART: ChartSpec = {
  name: '数量',
  kind: 'column',
  title: '数量',
  categories: { row: 1, col: 0, rows: 3, cols: 1 },
  series: [{ name: '数量', values: { row: 1, col: 1, rows: 3, cols: 1 } }],
  at: { row: 6, col: 0, rows: 10, cols: 6 },
};

describe('OfficeHost and charts', () => {
  const withChart = (): WorkbookPlan => {
    const plan = formulaPlan(true);
    return { ...plan, sheets: [{ ...plan.sheets[0]!, charts: [CHART] }] };
  };

  it('replaces its chart, and keeps every chart when several carry its name', async () => {
    const { fake, host } = textColumnSheet();
    const charts = () => fake.store.extrasOf(SHEET).charts;
    await host.apply(withChart());
    await host.apply(withChart());
    expect(charts().map((c) => c.name)).toEqual(['数量']);
    // The team copied the chart: Excel keeps both names, and getItem('数量') answers the first.
    charts().unshift({ ...CHART, title: '团队的副本' });
    const result = await host.apply(withChart());
    expect(charts().map((c) => c.title)).toEqual(['团队的副本', '数量', '数量']);
    expect(result.warnings?.map((w) => w.code)).toEqual(['CHART_NAME_SHARED']);
  });

  it('writes every series of a chart over the categories, the first one named', async () => {
    const { fake, host } = textColumnSheet();
    const second = { name: '计划', values: { row: 1, col: 2, rows: 3, cols: 1 } };
    const plan = withChart();
    const chart = { ...CHART, series: [...CHART.series, second] as const };
    await host.apply({ ...plan, sheets: [{ ...plan.sheets[0]!, charts: [chart] }] });
    const [written] = fake.store.extrasOf(SHEET).charts;
    expect(written?.series).toEqual([CHART.series[0], second]);
    expect(written?.categories).toEqual(CHART.categories);
  });

  it('after a failed run deletes only the chart it added, by id, and none of the team copies', async () => {
    const { fake, host } = textColumnSheet({ failAtSync: 3 });
    // Two charts of the team share the name of the chart the plan adds (a copy and its original).
    const charts = fake.store.extrasOf(SHEET).charts;
    charts.push({ ...CHART, title: '原图' }, { ...CHART, title: '副本' });
    const before = visibleState(fake);
    await expect(host.apply(withChart())).rejects.toBeInstanceOf(HostError);
    expect(visibleState(fake)).toEqual(before);
    expect(fake.store.extrasOf(SHEET).charts.map((c) => c.title)).toEqual(['原图', '副本']);
  });
});

describe('OfficeHost cosmetics', () => {
  const frozen = (): WorkbookPlan => {
    const plan = formulaPlan(true);
    return {
      ...plan,
      sheets: [
        { ...plan.sheets[0]!, freeze: { rows: 1, cols: 0 }, columnWidths: [{ col: 2, width: 12 }] },
      ],
    };
  };

  it('keeps the data when Excel refuses freezeRows (office-js issue 2196), with a warning', async () => {
    const { fake, host } = textColumnSheet({
      failOperations: { 'freezePanes.freezeRows': 'GeneralException' },
    });
    const result = await host.apply(frozen());
    expect(fake.store.readGrid(SHEET).formulas[1]?.[2]).toBe('=B2*2');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'LAYOUT_NOT_APPLIED', severity: 'warning' }),
    ]);
    expect(fillMessage('LAYOUT_NOT_APPLIED', 'zh-CN', result.warnings![0]!.params)).toContain(
      'GeneralException',
    );
  });

  it('sends the cosmetics in a last request of their own', async () => {
    const { fake, host } = textColumnSheet();
    await host.apply(frozen());
    expect(fake.syncCount).toBe(4);
    expect(fake.store.extrasOf(SHEET).freeze).toEqual({ rows: 1, cols: 0 });
  });
});

describe('confirmFormulas', () => {
  it('throws HOST_TEXT_FORMULA, naming the cell, when a formula written was kept as text', () => {
    const range = { values: [[6], ['=B3*2']], formulas: [['=B2*2'], ['=B3*2']] };
    const ranges = [
      { sheet: SHEET, box: { row: 1, col: 2, rows: 2, cols: 1 }, range: range as Excel.Range },
    ];
    let failure: unknown = null;
    try {
      confirmFormulas(ranges);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'HOST_TEXT_FORMULA', params: { cell: 'C3' } });
  });
});
