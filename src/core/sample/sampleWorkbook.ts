import { quoteSheetName, type RangeBox } from '../a1';
import { toSerial } from '../calendar/serial';
import { block, blank, formula, num, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';

/** The sample 推进表 sheet name, as teams often call it. */
export const SAMPLE_SHEET = '聚划算推进表';
export const SAMPLE_STATS_SHEET = '任务统计';

const HEADER = ['序号', '阶段', '部门', '事项', '完成时间', '负责人', '状态', '备注'];

/** A handful of tasks of a 聚划算 商品团, in the team's own words and deadline language. */
const TASKS: readonly (readonly [phase: string, dept: string, task: string, due: string, owner: string])[] = [
  ['活动前', '运营', '提交聚划算报名，上传商品资料', '报名前1天', '运营主管'],
  ['活动前', '运营', '核定活动价与备货量', '报名前5天', '运营主管'],
  ['活动前', '美工', '商品拍摄与主图精修', '报名前15天', '美工主管'],
  ['活动前', '美工', '上传聚图和详情页', '开团前7天', '美工主管'],
  ['活动前', '推广', '排定直通车、钻展预热计划', '竞拍后2天', '推广主管'],
  ['活动前', '客服', '整理常见问题，完成活动培训', '开团前3天', '客服主管'],
  ['活动前', '仓库', '盘点库存，备好包装和赠品', '开团前3天', '仓库主管'],
  ['活动中', '运营', '核对价格、库存与页面', '开团前半小时', '运营主管'],
  ['活动中', '推广', '每30分钟对比流量与计划，偏差超20%即上报', '开团后30分钟', '推广主管'],
  ['活动中', '客服', '盯咨询与催付', '开团当天', '客服主管'],
  ['活动后', '仓库', '48小时内发完全部订单', '开团后2天', '仓库主管'],
  ['活动后', '运营', '复盘费用、利润与ROI', '开团后3天', '运营主管'],
  ['活动后', '运营', '排定明年大促档期', '年末', '店长'],
];

/** The sample campaign's milestones: a 双12 商品团 whose 开团 is 2026-12-12 at 10:00. */
export const SAMPLE_MILESTONES: Readonly<Record<string, number>> = {
  报名: toSerial({ year: 2026, month: 11, day: 23 }),
  竞拍: toSerial({ year: 2026, month: 11, day: 27 }),
  开团: toSerial({ year: 2026, month: 12, day: 12, hour: 10 }),
};

const HEADER_ROW = 2;
const FIRST_TASK_ROW = HEADER_ROW + 1;

/** Where each phase's merged cell sits, as teams merge 阶段 down its rows. */
function samplePhaseMerges(): RangeBox[] {
  const out: RangeBox[] = [];
  TASKS.forEach(([phase], i) => {
    const prev = out[out.length - 1];
    if (i > 0 && TASKS[i - 1]?.[0] === phase && prev) out[out.length - 1] = { ...prev, rows: prev.rows + 1 };
    else out.push({ row: FIRST_TASK_ROW + i, col: 1, rows: 1, cols: 1 });
  });
  return out.filter((m) => m.rows > 1);
}

/**
 * The sample campaign workbook: a 推进表 laid out as teams keep it (a title row, a blank row,
 * the header on row 3, 阶段 written once per phase, 序号 counted by formula) and a small sheet
 * of per-department counts that refers to it by a quoted CJK name.
 * @example sampleWorkbook().map((s) => s.sheet) // ['聚划算推进表', '任务统计']
 */
export function sampleWorkbook(): SheetPlan[] {
  const rows: PlanCell[][] = [
    [text('【聚划算】商品团推进表（示例）'), ...HEADER.slice(1).map(() => blank)],
    HEADER.map(() => blank),
    HEADER.map(text),
    ...TASKS.map(([phase, dept, task, due, owner], i) => [
      i === 0 ? num(1) : formula(`=A${FIRST_TASK_ROW + i}+1`),
      TASKS[i - 1]?.[0] === phase ? blank : text(phase),
      text(dept),
      text(task),
      text(due),
      text(owner),
      text('未开始'),
      blank,
    ]),
  ];
  const last = FIRST_TASK_ROW + TASKS.length;
  const team = quoteSheetName(SAMPLE_SHEET);
  const depts = [...new Set(TASKS.map((t) => t[1]))];
  const stats: PlanCell[][] = [
    [text('部门'), text('任务数'), text('已完成'), text('完成率')],
    ...depts.map((d, i) => [
      text(d),
      formula(`=COUNTIF(${team}!$C$${FIRST_TASK_ROW + 1}:$C$${last},A${i + 2})`),
      formula(`=COUNTIFS(${team}!$C$${FIRST_TASK_ROW + 1}:$C$${last},A${i + 2},${team}!$G$${FIRST_TASK_ROW + 1}:$G$${last},"已完成")`),
      formula(`=IFERROR(C${i + 2}/B${i + 2},0)`),
    ]),
    [text('合计'), formula(`=SUM(B2:B${depts.length + 1})`), formula(`=SUM(C2:C${depts.length + 1})`), formula(`=IFERROR(C${depts.length + 2}/B${depts.length + 2},0)`)],
  ];
  return [
    {
      ...sheetPlan(SAMPLE_SHEET, true),
      blocks: [block({ row: 0, col: 0 }, rows)],
      styles: [
        { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true },
        { range: { row: HEADER_ROW, col: 0, rows: 1, cols: HEADER.length }, fill: '#DDEBF7', bold: true },
      ],
      columnWidths: [
        { col: 0, width: 6 }, { col: 1, width: 8 }, { col: 2, width: 8 }, { col: 3, width: 40 },
        { col: 4, width: 14 }, { col: 5, width: 10 }, { col: 6, width: 8 }, { col: 7, width: 16 },
      ],
      freeze: { rows: FIRST_TASK_ROW, cols: 0 },
      merges: samplePhaseMerges(),
    },
    {
      ...sheetPlan(SAMPLE_STATS_SHEET, true),
      blocks: [block({ row: 0, col: 0 }, stats)],
      numberFormats: [{ range: { row: 1, col: 3, rows: depts.length + 1, cols: 1 }, format: '0%' }],
      styles: [{ range: { row: 0, col: 0, rows: 1, cols: 4 }, fill: '#DDEBF7', bold: true }],
      columnWidths: [{ col: 0, width: 10 }, { col: 1, width: 10 }, { col: 2, width: 10 }, { col: 3, width: 10 }],
    },
  ];
}
