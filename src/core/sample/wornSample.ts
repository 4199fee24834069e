import { formatSerial } from '../calendar/serial';
import { parseCell } from '../a1';
import { block, num, sheetPlan, text, type SheetPlan } from '../plan';
import type { TimelineResult } from '../timeline/generateTimeline';

/**
 * What a shared 推进表 looks like after a few weeks of hands, for the preview's `?sample=worn`
 * and the 体检 it demonstrates: the first dated task's 计划截止 typed over as a date (the formula
 * gone) and the first milestone typed as text. Both are the health check's safe mends.
 * @example wornSample(generateTimeline(grid, { anchors })!).blocks.length // 2
 */
export function wornSample(t: TimelineResult): SheetPlan {
  const sheet = t.taskSheet.sheet;
  const first = t.schedule.find((s) => s.due !== null);
  const milestone = t.milestones.find((m) => m.address && m.value);
  const blocks = [
    ...(first?.due ? [block({ row: first.task.row, col: t.columns.due }, [[num(first.due)]])] : []),
    ...(milestone?.address && milestone.value
      ? [block(parseCell(milestone.address), [[text(formatSerial(milestone.value))]])]
      : []),
  ];
  return { ...sheetPlan(sheet), blocks };
}
