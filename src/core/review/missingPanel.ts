import { blank, block, text, type PlanCell } from '../plan';
import { NOTE_FONT } from '../plan/palette';
import { box, section, type Section } from '../targets/_lib/section';
import { ROWS } from './layout';

/** What each panel says when its sheet is missing, in two lines that fit the panel's width. */
export const MISSING_TEXT = {
  progress: ['进度', '没有找到生成过时间表的推进表：', '在推进表上点「时间表」生成后再做复盘。'],
  budget: ['预算', '没有找到算好的预算表：', '在预算表上点「预算」生成汇总后再做复盘。'],
  result: ['结果', '没有找到算好ROI的销售数据：', '粘贴销售数据并点「ROI」后再做复盘。'],
} as const;

/**
 * A panel whose sheet is missing: its title and a short text saying what to do, and blanks over
 * the rest of the panel, so what an earlier run showed there does not stay behind.
 * @example missingPanel(7, 5, MISSING_TEXT.budget).blocks[0]?.cells[0]?.[0] // 预算
 */
export function missingPanel(
  col: number,
  width: number,
  [title, what, todo]: readonly string[],
): Section {
  const rows: PlanCell[][] = [];
  const lines: Record<number, string> = {
    [ROWS.head]: title ?? '',
    [ROWS.first]: what ?? '',
    [ROWS.first + 1]: todo ?? '',
  };
  for (let r: number = ROWS.head; r <= ROWS.listEnd; r++) {
    const row: PlanCell[] = Array.from({ length: width }, () => blank);
    const line = lines[r];
    if (line !== undefined) row[0] = text(line);
    rows.push(row);
  }
  return section({
    blocks: [block({ row: ROWS.head, col }, rows)],
    styles: [
      { range: box(ROWS.head, col), bold: true },
      { range: box(ROWS.first, col, 2), fontColor: NOTE_FONT },
    ],
  });
}
