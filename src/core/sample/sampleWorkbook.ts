import { quoteSheetName } from '../a1';
import { toSerial } from '../calendar/serial';
import { block, formula, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';
import { templateSheet } from '../templates';
import { JUHUASUAN } from '../templates/juhuasuan';

/** The sample 推进表 sheet name, as teams often call it. */
export const SAMPLE_SHEET = JUHUASUAN.sheet;
export const SAMPLE_STATS_SHEET = '任务统计';

/** The sample campaign's milestones: a 双12 商品团 whose 开团 is 2026-12-12 at 10:00. */
export const SAMPLE_MILESTONES: Readonly<Record<string, number>> = {
  报名: toSerial({ year: 2026, month: 11, day: 23 }),
  竞拍: toSerial({ year: 2026, month: 11, day: 27 }),
  排期: toSerial({ year: 2026, month: 12, day: 12 }),
  开团: toSerial({ year: 2026, month: 12, day: 12, hour: 10 }),
  活动结束: toSerial({ year: 2026, month: 12, day: 13, hour: 10 }),
};

/** The 聚划算 template as a team would have it after a while: one row of their own added. */
const SAMPLE = {
  ...JUHUASUAN,
  title: '【聚划算】商品团推进表（示例）',
  tasks: [
    ...JUHUASUAN.tasks,
    { phase: '活动后', department: '运营', task: '排定明年大促档期', due: '年末', owner: '店长' },
  ],
};

const FIRST_TASK_ROW = 3;

/**
 * The sample campaign workbook: the 聚划算 template's 推进表 and a small sheet of per-department
 * counts that refers to it by a quoted CJK name.
 * @example sampleWorkbook().map((s) => s.sheet) // ['聚划算推进表', '任务统计']
 */
export function sampleWorkbook(): SheetPlan[] {
  const last = FIRST_TASK_ROW + SAMPLE.tasks.length;
  const team = quoteSheetName(SAMPLE_SHEET);
  const depts = [...new Set(SAMPLE.tasks.map((t) => t.department))];
  const stats: PlanCell[][] = [
    [text('部门'), text('任务数'), text('已完成'), text('完成率')],
    ...depts.map((d, i) => [
      text(d),
      formula(`=COUNTIF(${team}!$C$${FIRST_TASK_ROW + 1}:$C$${last},A${i + 2})`),
      formula(
        `=COUNTIFS(${team}!$C$${FIRST_TASK_ROW + 1}:$C$${last},A${i + 2},${team}!$G$${FIRST_TASK_ROW + 1}:$G$${last},"已完成")`,
      ),
      formula(`=IFERROR(C${i + 2}/B${i + 2},0)`),
    ]),
    [
      text('合计'),
      formula(`=SUM(B2:B${depts.length + 1})`),
      formula(`=SUM(C2:C${depts.length + 1})`),
      formula(`=IFERROR(C${depts.length + 2}/B${depts.length + 2},0)`),
    ],
  ];
  return [
    templateSheet(SAMPLE),
    {
      ...sheetPlan(SAMPLE_STATS_SHEET, true),
      blocks: [block({ row: 0, col: 0 }, stats)],
      numberFormats: [{ range: { row: 1, col: 3, rows: depts.length + 1, cols: 1 }, format: '0%' }],
      styles: [{ range: { row: 0, col: 0, rows: 1, cols: 4 }, fill: '#DDEBF7', bold: true }],
      columnWidths: [0, 1, 2, 3].map((col) => ({ col, width: 10 })),
    },
  ];
}
