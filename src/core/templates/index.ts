import { blank, block, num, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';
import type { RangeBox } from '../a1';
import { DACU } from './dacu';
import { DIANPU } from './dianpu';
import { JUHUASUAN } from './juhuasuan';
import type { Template } from './types';

export type { Template, TemplateTask } from './types';

/** Every template, in the order the task pane offers them. */
export const TEMPLATES: readonly Template[] = [JUHUASUAN, DIANPU, DACU];

/** A template by id or name (`juhuasuan`, `聚划算商品团` …), or undefined. */
export function findTemplate(key: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === key || t.name === key || t.name.startsWith(key));
}

const HEADER = ['序号', '阶段', '部门', '工作事项', '完成时间', '负责人', '状态', '备注'];
const HEADER_ROW = 2;

/**
 * A 推进表 written from a template in the layout teams read: a title row, a free row for the
 * milestone block, the header on row 3, 阶段 merged down each phase, status 未开始. Generation then
 * runs on it like on any team's sheet.
 * @example templateSheet(JUHUASUAN).sheet // '聚划算推进表'
 */
export function templateSheet(t: Template, sheet = t.sheet): SheetPlan {
  const rows: PlanCell[][] = [
    [text(t.title), ...HEADER.slice(1).map(() => blank)],
    HEADER.map(() => blank),
    HEADER.map(text),
    ...t.tasks.map((task, i) => [
      num(i + 1),
      t.tasks[i - 1]?.phase === task.phase ? blank : text(task.phase),
      text(task.department),
      text(task.task),
      text(task.due),
      text(task.owner),
      text('未开始'),
      blank,
    ]),
  ];
  const merges: RangeBox[] = [];
  t.tasks.forEach((task, i) => {
    const last = merges[merges.length - 1];
    if (last && t.tasks[i - 1]?.phase === task.phase)
      merges[merges.length - 1] = { ...last, rows: last.rows + 1 };
    else merges.push({ row: HEADER_ROW + 1 + i, col: 1, rows: 1, cols: 1 });
  });
  return {
    ...sheetPlan(sheet, true),
    blocks: [block({ row: 0, col: 0 }, rows)],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true },
      {
        range: { row: HEADER_ROW, col: 0, rows: 1, cols: HEADER.length },
        fill: '#DDEBF7',
        bold: true,
      },
    ],
    columnWidths: [6, 8, 8, 36, 14, 10, 8, 12].map((width, col) => ({ col, width })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    merges: merges.filter((m) => m.rows > 1),
  };
}
