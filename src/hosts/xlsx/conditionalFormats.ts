import type ExcelJS from 'exceljs';
import { contains, parseRange, rangeAddress, type RangeBox } from '../../core/a1';
import type { ConditionalFormat } from '../../core/plan';
import { argb } from './styleCells';

/** Removes the conditional formats whose range lies wholly inside a box. */
export function removeRulesInside(ws: ExcelJS.Worksheet, box: RangeBox): void {
  ws.removeConditionalFormatting((old: ExcelJS.ConditionalFormattingOptions) =>
    old.ref.split(/\s+/).every((ref) => contains(box, parseRange(ref).box)),
  );
}

/**
 * Writes a plan's formula rules. As Excel's clearAll, rules inside a range the plan rules anew go
 * first, so applying twice equals once; the plan's first rule gets the top priority and the
 * sheet's other rules keep their order below.
 */
export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: readonly ConditionalFormat[],
): void {
  for (const cf of rules) removeRulesInside(ws, cf.range);
  const n = rules.length;
  for (const old of (
    ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
  ).conditionalFormattings) {
    for (const r of old.rules) r.priority = (r.priority ?? 0) + n;
  }
  rules.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, '')],
          style: {
            ...(cf.fill && {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            }),
            ...(cf.fontColor && { font: { color: { argb: argb(cf.fontColor) } } }),
          },
        },
      ],
    });
  });
}
