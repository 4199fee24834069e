import type { RangeBox } from '../../src/core/a1';
import type { RawCell } from '../../src/hosts/memory/MemoryHost';

/**
 * A small 推进表 as a team keeps it: a title row, a blank row, the header on row 3, merged 阶段
 * cells, relative deadlines as text, and a team formula (the 序号 column counts itself).
 * Rows are typed input: a leading apostrophe marks text, as in Excel.
 */
export const TEAM_SHEET = "聚划算 推进表 (Tom's)";

export const teamRows: RawCell[][] = [
  ['【聚划算】(商品团)推进表', null, null, null, null, null],
  [null, null, null, null, null, null],
  ['序号', '阶段', '部门', '事项', '完成时间', '负责人'],
  [1, '活动前', '运营', '聚划算活动报名', '报名前20天', '运营主管'],
  ['=A4+1', null, '美工', "'=HYPERLINK(入口图) 设计", '报名前18天', '美工主管'],
  ['=A5+1', null, '仓库', '-赠品准备', '开团前3天', '仓库主管'],
  ['=A6+1', '活动中', '客服', '开团后25 分钟 跟进流量', '开团后25 分钟', '客服主管'],
];

/** 阶段 merged down its rows, as teams do. */
export const teamMerges: RangeBox[] = [{ row: 3, col: 1, rows: 3, cols: 1 }];
