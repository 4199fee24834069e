import { prepareTimeline } from '../../src/app/timeline';
import { listRule } from '../../src/core/plan';
import type { RangeBox } from '../../src/core/a1';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { readPrint, readStyle } from '../../src/hosts/memory/formats';
import { readLook } from '../../src/hosts/memory/looks';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import type { WorkbookHost } from '../../src/hosts/types';
import { FakeExcel } from '../support/fakeExcel';

const SHEET = '双11 推进表';
const rows: RawCell[][] = [
  ['序号', '事项', '完成时间', '负责人', '状态'],
  [1, '活动报名', '报名前20天', '运营', '已完成'],
  [2, '主图设计', '报名前18天', '美工', '进行中'],
  [3, '赠品到仓', '开团前3天', '仓库', '暂停'],
  [4, '客服话术', '开团前1天', '客服', '未开始'],
  [5, '跟进流量', '开团后30分钟', '运营', '延期'],
];
const anchors = { 报名: 46300, 开团: 46337.8333 };
const STATUS: RangeBox = { row: 1, col: 4, rows: 5, cols: 1 };
/** The team's own list: their four values, 暂停 among them, not the add-in's. */
const TEAM_LIST = ['未开始', '进行中', '已完成', '暂停'];
/** The team's rules: grey paused rows across the whole width, red on a late status. */
const ROW_RULE = {
  range: { row: 1, col: 0, rows: 5, cols: 26 },
  formula: '=$E2="暂停"',
  fill: '#D9D9D9',
};
const STATUS_RULE = { range: STATUS, formula: '=E2="延期"', fill: '#FFC7CE', fontColor: '#9C0006' };

/** The team's sheet with its own formats, put into the store behind any host. */
function teamBook(): MemoryHost {
  const store = MemoryHost.fromSheets({ [SHEET]: rows });
  const e = store.extrasOf(SHEET);
  e.rules.push({ range: STATUS, rule: listRule(TEAM_LIST) });
  e.conditionalFormats.push(ROW_RULE, STATUS_RULE);
  e.styles.push({ range: { row: 0, col: 4, rows: 1, cols: 1 }, fill: '#FFFF00', bold: true });
  e.styles.push({ range: STATUS, fill: '#FCE4D6', fontColor: '#375623', align: 'center' });
  // Their print setup: A4 (Excel has a paper for every sheet), the header row on every page, a
  // break of their own before D.
  e.print = {
    landscape: false,
    fitToWidth: false,
    area: null,
    paper: 'a4',
    titleRows: { first: 0, last: 0 },
    titleCols: null,
    colBreaks: [3],
  };
  return store;
}

/** Everything a user sees of the sheet: contents, formats, rules, validations, layout. */
function seen(store: MemoryHost) {
  const e = store.extrasOf(SHEET);
  const grid = store.readGrid(SHEET);
  const cells: string[] = [];
  for (let row = 0; row < 40; row++)
    for (let col = 0; col < 120; col++) {
      const at = { row, col };
      const style = readStyle(e, at);
      const shown = {
        // office-js has no value for the automatic font colour: restore writes the black it shows.
        style: { ...style, fontColor: style.fontColor === '#000000' ? null : style.fontColor },
        validation: readLook(e, at).validation,
        format: e.numberFormats.get(`${row},${col}`) ?? 'General',
      };
      const plain = JSON.stringify({
        style: { fill: null, fontColor: null, bold: false, align: null },
        validation: null,
        format: 'General',
      });
      if (JSON.stringify(shown) !== plain) cells.push(`${row},${col} ${JSON.stringify(shown)}`);
    }
  return {
    values: grid.values,
    formulas: grid.formulas,
    cells,
    rules: e.conditionalFormats.map((c) => JSON.stringify(c)).sort(),
    widths: [...e.columnWidths].sort(([a], [b]) => a - b),
    freeze: e.freeze ?? null,
    print: readPrint(e),
  };
}

const hosts: [string, (store: MemoryHost) => WorkbookHost][] = [
  ['memory', (store) => store],
  [
    'office',
    (store) =>
      new OfficeHost(
        new FakeExcel(store, { fillTintApi: true, mergedAreasApi: true }).run,
        () => true,
      ),
  ],
];

describe.each(hosts)("the team's own formats on the %s host", (_kind, hostOn) => {
  async function generate(host: WorkbookHost) {
    const plan = (await prepareTimeline(host, { anchors })).result?.plan;
    if (!plan) throw new Error('the team sheet did not read as a 推进表');
    return host.apply(plan);
  }

  it("keeps the team's 状态 list and rules through a run and says it kept the list", async () => {
    const store = teamBook();
    const result = await generate(hostOn(store));
    const e = store.extrasOf(SHEET);
    expect(readLook(e, { row: 3, col: 4 }).validation).toEqual(listRule(TEAM_LIST));
    expect(e.conditionalFormats).toEqual(expect.arrayContaining([ROW_RULE, STATUS_RULE]));
    expect(result.warnings?.map((w) => [w.code, w.params.range])).toEqual([
      ['TEAM_VALIDATION_KEPT', 'E2:E6'],
    ]);
  });

  it('freezes the header row and the task column on a sheet with none, and keeps panes the team froze', async () => {
    const bare = teamBook();
    await generate(hostOn(bare));
    // Header on row 1, 事项 in B: the first row and columns A–B.
    expect(bare.extrasOf(SHEET).freeze).toEqual({ rows: 1, cols: 2 });
    const frozen = teamBook();
    frozen.extrasOf(SHEET).freeze = { rows: 1, cols: 0 };
    await generate(hostOn(frozen));
    expect(frozen.extrasOf(SHEET).freeze).toEqual({ rows: 1, cols: 0 });
  });

  it('is identical after a run and restore: contents, styles, rules, validations, layout', async () => {
    const store = teamBook();
    const before = seen(store);
    const host = hostOn(store);
    await generate(host);
    expect(seen(store)).not.toEqual(before);
    await host.restore();
    expect(seen(store)).toEqual(before);
  });

  it('after a second run, restore gives back what the first run left', async () => {
    const store = teamBook();
    const host = hostOn(store);
    await generate(host);
    const first = seen(store);
    await generate(host);
    await host.restore();
    expect(seen(store)).toEqual(first);
  });
});
