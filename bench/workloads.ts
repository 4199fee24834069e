import { toSerial } from '../src/core/calendar/serial';
import type { CellValue, Grid } from '../src/core/grid';

/** The campaign every benchmark plans against: 报名, then 开团 on 11.11 at 10:00. */
export const ANCHORS = {
  报名: toSerial({ year: 2026, month: 9, day: 20 }),
  开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }),
  活动结束: toSerial({ year: 2026, month: 11, day: 12, hour: 10 }),
};

const PHASES = ['活动前', '预热期', '活动中', '活动后'];
const DEPARTMENTS = ['运营', '设计', '客服', '仓储', '推广'];
const DEADLINES = (i: number) =>
  i % 7 === 6
    ? `开团后${(i % 5) * 30 + 30}分钟`
    : i % 11 === 10
      ? `报名前${(i % 9) + 1}天`
      : i % 13 === 12
        ? `活动结束后${(i % 3) + 1}天`
        : `开团前${(i % 45) + 1}天`;

const grid = (sheet: string, values: CellValue[][]): Grid => ({
  sheet,
  origin: { row: 0, col: 0 },
  values,
  formulas: values.map((r) => r.map(() => null)),
  merges: [],
});

/** A 推进表 of n tasks as teams keep them: phase, department, task, relative deadline, owner, status. */
export function taskGrid(n: number): Grid {
  const rows: CellValue[][] = [['阶段', '部门', '工作事项', '完成时间', '负责人', '状态']];
  for (let i = 0; i < n; i++)
    rows.push([
      PHASES[Math.floor((i * PHASES.length) / n)]!,
      DEPARTMENTS[i % 5]!,
      `任务${i + 1} 准备素材与文案`,
      DEADLINES(i),
      `同事${i % 17}`,
      i % 4 === 0 ? '已完成' : '未开始',
    ]);
  return grid('推进表', rows);
}

/** A budget of n lines: category, item, unit price, quantity, days, actual. */
export function budgetGrid(n: number): Grid {
  const cats = ['流量采买', '优惠补贴', '物料制作', '人员费用', '平台费用'];
  const rows: CellValue[][] = [['类别', '项目', '单价', '数量', '天数', '实际']];
  for (let i = 0; i < n; i++)
    rows.push([
      cats[Math.floor((i * cats.length) / n)]!,
      `项目${i + 1}`,
      100 + (i % 50) * 20,
      1 + (i % 4),
      1 + (i % 3),
      i % 3 === 0 ? 90 + (i % 50) * 20 : null,
    ]);
  return grid('预算', rows);
}

/** Hourly sales of a 90-day season (2,160 rows) with the plan for each hour. */
export function salesGrid(days: number, hours = 24): Grid {
  const rows: CellValue[][] = [
    ['毛利率', 0.35],
    ['时段', '访客数', '浏览量', '支付买家数', '支付金额', '退款金额', '计划支付金额'],
  ];
  const start = toSerial({ year: 2026, month: 9, day: 1 });
  for (let d = 0; d < days; d++) {
    for (let h = 0; h < hours; h++) {
      const visitors = 200 + ((d * 37 + h * 11) % 400);
      rows.push([
        start + d + h / 24,
        visitors,
        visitors * 3,
        Math.round(visitors * 0.03),
        visitors * 6,
        visitors * 0.2,
        visitors * 6.2,
      ]);
    }
  }
  return grid('店铺数据', rows);
}

/** A grid as raw rows for MemoryHost.fromSheets. */
export const rawRows = (g: Grid) =>
  g.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v)));
