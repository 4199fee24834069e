import { textIn, type CellValue } from '.';

// Words a team writes in its own total and subtotal rows, in any text column.
const TOTAL_WORDS =
  /^(合计|总计|小计|汇总|总额|总预算|预算总额|预算合计|费用合计|总合计|共计|total|subtotal|grandtotal|sum)$/i;
// Notes and labelled parameters a team types under a table: 备注…, 注：…, 毛利率, 风险备用金比例.
const NOTE_START = /^(备注|注[:：]|注意|说明|ps\b|※|\*|＊)/i;
const PARAMETER_END = /(比例|比率|率|目标|系数)$/;

/** Text as teams type it: spaces (also full-width) and a trailing colon do not count. */
const bare = (v: CellValue | undefined) =>
  textIn(v)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：]$/, '');

/**
 * Whether a cell names a total or subtotal row (合计, 小计, 总计, 汇总, Total …).
 * @example isTotalText(' 合 计：') // true
 */
export function isTotalText(v: CellValue | undefined): boolean {
  return TOTAL_WORDS.test(bare(v));
}

/**
 * Whether a cell starts a note or labels a parameter, not a line of data: `备注：…`, `注：…`,
 * `毛利率`, `风险备用金比例`, or any label ending in a colon.
 * @example isNoteText('毛利率') // true
 */
export function isNoteText(v: CellValue | undefined): boolean {
  const t = textIn(v);
  if (!t) return false;
  return NOTE_START.test(t) || /[:：]$/.test(t) || PARAMETER_END.test(bare(v));
}
