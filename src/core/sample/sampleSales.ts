import { block, num, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';

export const SAMPLE_SALES_SHEET = '店铺数据';
export const SAMPLE_CHANNEL_SHEET = '推广渠道';

type Raw = string | number | null;
const cell = (v: Raw): PlanCell =>
  v === null ? { kind: 'blank' } : typeof v === 'number' ? num(v) : text(v);
const rows = (r: Raw[][]): PlanCell[][] => {
  const width = Math.max(...r.map((x) => x.length));
  return r.map((x) => [...x, ...Array<Raw>(width - x.length).fill(null)].map(cell));
};

/**
 * The sample campaign's sales as an analyst pastes a daily export around 双12, with a margin and a
 * target above it and two numbers pasted as text, and the paid channels on their own sheet.
 * @example sampleSales().map((s) => s.sheet) // ['店铺数据', '推广渠道']
 */
export function sampleSales(): SheetPlan[] {
  const sales = rows([
    ['双12 店铺整体数据（示例）'],
    ['毛利率', 0.35, '销售额目标', 1200000],
    [],
    ['统计日期', '访客数', '浏览量', '支付买家数', '支付子订单数', '支付金额', '退款金额'],
    ['2026-12-08', 15200, 45600, 380, 410, 68400, 1900],
    ['2026-12-09', 16800, 50400, 420, 455, 75600, 2100],
    ['2026-12-10', '2.1万', 63000, 630, 690, 113400, 3200],
    ['2026-12-11', 26000, 78000, 910, 1000, 163800, 4800],
    ['2026-12-12', 68000, 204000, 3060, 3400, 550800, '¥16,520.00'],
    ['2026-12-13', 21000, 63000, 630, 680, 113400, 5600],
    ['2026-12-14', 14000, 42000, 350, 370, 63000, 2400],
  ]);
  const channels = rows([
    ['双12 推广花费（各投放工具导出）'],
    [],
    ['渠道', '花费', '展现', '点击', '成交金额'],
    ['直通车', 42000, 1260000, 25200, 231000],
    ['引力魔方', 26000, 2600000, 18200, 62400],
    ['万相台', '3.2万', 1900000, 22800, 176000],
    ['淘宝客', 18000, null, null, 126000],
  ]);
  return [
    {
      ...sheetPlan(SAMPLE_SALES_SHEET, true),
      blocks: [block({ row: 0, col: 0 }, sales)],
      columnWidths: [{ col: 0, width: 12 }],
    },
    { ...sheetPlan(SAMPLE_CHANNEL_SHEET, true), blocks: [block({ row: 0, col: 0 }, channels)] },
  ];
}
