import { isNoteText, isTotalText } from '../../../src/core/grid/rowKinds';

describe('isTotalText', () => {
  it.each(['合计', ' 合 计：', '小计', '总计', '汇总', 'Total', 'SUBTOTAL', '预算合计', '共计'])(
    'reads %s as a total row',
    (text) => expect(isTotalText(text)).toBe(true),
  );
  it.each(['合计金额', '直通车', '人员费用', '', null, 12])('does not read %s as one', (v) =>
    expect(isTotalText(v)).toBe(false),
  );
});

describe('isNoteText', () => {
  it.each([
    '备注：不含税',
    '注：价格含运费',
    '说明',
    '毛利率',
    '风险备用金比例',
    '销售额目标',
    '预算：',
  ])('reads %s as a note or a parameter label', (text) => expect(isNoteText(text)).toBe(true));
  it.each(['直通车', '临促', '短信', '2026-11-11', '', null, 0.35])(
    'does not read %s as one',
    (v) => expect(isNoteText(v)).toBe(false),
  );
});
