import { listRule, type ConditionalFormat } from '../../src/core/plan';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { readStyle } from '../../src/hosts/memory/formats';
import { readLook } from '../../src/hosts/memory/looks';
import { FakeExcel } from '../support/fakeExcel';

const SHEET = '推进表';
/** A team's rule on whole rows A2:Z6, and one on its 状态 column E2:E6. */
const ROW_RULE: ConditionalFormat = {
  range: { row: 1, col: 0, rows: 5, cols: 26 },
  formula: '=$E2="暂停"',
  fill: '#D9D9D9',
};
const STATUS_RULE: ConditionalFormat = {
  range: { row: 1, col: 4, rows: 5, cols: 1 },
  formula: '=E2="延期"',
  fill: '#FFC7CE',
};

function fakeTeam() {
  const store = MemoryHost.fromSheets({ [SHEET]: [['事项', '状态']] });
  const e = store.extrasOf(SHEET);
  e.conditionalFormats.push(ROW_RULE, STATUS_RULE);
  e.rules.push({ range: { row: 1, col: 4, rows: 5, cols: 1 }, rule: listRule(['未开始', '暂停']) });
  e.styles.push({ range: { row: 1, col: 4, rows: 5, cols: 1 }, fill: '#FCE4D6', bold: true });
  return { store, e, fake: new FakeExcel(store) };
}

describe('the fake Excel on formats the team set', () => {
  it('clearAll on the add-in columns L:M deletes a team rule that only overlaps them', async () => {
    const { e, fake } = fakeTeam();
    await fake.run(async (c) => {
      c.workbook.worksheets.getItem(SHEET).getRange('L2:M6').conditionalFormats.clearAll();
      await c.sync();
    });
    expect(e.conditionalFormats).toEqual([STATUS_RULE]);
  });

  it('lists every rule overlapping a range, with where it applies and what it says', async () => {
    const { fake } = fakeTeam();
    const read = await fake.run(async (c) => {
      const list = c.workbook.worksheets.getItem(SHEET).getRange('E4').conditionalFormats;
      list.load('items/type');
      await c.sync();
      const ranges = list.items.map((item) => {
        const r = item.getRangeOrNullObject();
        r.load('address');
        item.custom.rule.load('formula');
        return r;
      });
      await c.sync();
      return list.items.map((item, i) => [ranges[i]!.address, item.custom.rule.formula]);
    });
    expect(read).toEqual([
      ['推进表!A2:Z6', '=$E2="暂停"'],
      ['推进表!E2:E6', '=E2="延期"'],
    ]);
  });

  it('deletes one rule alone through ConditionalFormat.delete', async () => {
    const { e, fake } = fakeTeam();
    await fake.run(async (c) => {
      const list = c.workbook.worksheets.getItem(SHEET).getRange('E2:E6').conditionalFormats;
      list.load('items/type');
      await c.sync();
      list.items[1]!.delete();
      await c.sync();
    });
    expect(e.conditionalFormats).toEqual([ROW_RULE]);
  });

  it('clears validation and fill from the cells of a range only, keeping the rest of a rule', async () => {
    const { e, fake } = fakeTeam();
    await fake.run(async (c) => {
      const r = c.workbook.worksheets.getItem(SHEET).getRange('E2:E3');
      r.dataValidation.clear();
      r.format.fill.clear();
      await c.sync();
    });
    const at = (row: number) => ({ row, col: 4 });
    expect(readLook(e, at(1)).validation).toBeNull();
    expect(readLook(e, at(4)).validation).toEqual(listRule(['未开始', '暂停']));
    expect([readStyle(e, at(1)), readStyle(e, at(4))].map((s) => [s.fill, s.bold])).toEqual([
      [null, true],
      ['#FCE4D6', true],
    ]);
  });

  it('reads a font colour never set as black, and null where the cells of a range differ', async () => {
    const { fake } = fakeTeam();
    const read = await fake.run(async (c) => {
      const ws = c.workbook.worksheets.getItem(SHEET);
      const one = ws.getRange('E2').format.font;
      const mixed = ws.getRange('D2:E2').format.font;
      one.load('color,bold');
      mixed.load('bold');
      await c.sync();
      return [one.color, one.bold, mixed.bold];
    });
    expect(read).toEqual(['#000000', true, null]);
  });
});
