import { quoteSheetName } from '../../../a1';

// An absolute reference ($B$4 or $B$4:$B$20): the summary's formulas count the 推进表's ranges,
// always written absolute; its relative references (a row's own label) stay on its own sheet.
const ABSOLUTE = /\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?/g;

/**
 * A formula written for the 推进表 moved to another sheet: each absolute reference outside the
 * formula's string literals is qualified with the 推进表's name.
 * @example onSheet('=COUNTIF($G$4:$G$20,"已完成")', '推进表') // "=COUNTIF('推进表'!$G$4:$G$20,\"已完成\")"
 */
export function onSheet(formula: string, sheet: string): string {
  const quoted = quoteSheetName(sheet);
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(ABSOLUTE, (ref) => `${quoted}!${ref}`) : part))
    .join('"');
}
