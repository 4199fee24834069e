import type { RangeBox } from '../../core/a1';
import type { SheetPlan } from '../../core/plan';
import { cellLookWrites } from './cellLookWrites';
import { cellWrites } from './cellWrites';
import type { ExistingChart } from './chartNames';
import { chartWrites } from './chartWrites';
import { clearWrites } from './clearWrites';
import { conditionalFormatWrites } from './conditionalFormatWrites';
import { freezeWrites } from './freezeWrites';
import { layoutWrites } from './layoutWrites';
import { numberFormatWrites } from './numberFormatWrites';
import { exactStyleWrites, styleWrites } from './styleWrites';
import { sheetIn } from './target';
import type { Write } from './types';
import { exactRuleWrites, validationWrites } from './validationWrites';

/** How a sheet plan is written. */
export interface SheetWriteOptions {
  /** ExcelApi 1.9: print layout. */
  readonly pageLayout?: boolean;
  /** The sheet's charts now, with their ids: a replaced or removed chart is deleted by id. */
  readonly existingCharts?: readonly ExistingChart[];
  /** Cells formatted as Text that receive a formula or number: made General before anything. */
  readonly retext?: readonly RangeBox[];
  /**
   * Contents before number formats: a restore puts a cell back as it was, even a formula the
   * team typed before formatting its column as Text (a Text format set first would make it text).
   */
  readonly contentsFirst?: boolean;
  /** The formula rules lying wholly inside the plan's rule ranges (ruleReads): deleted first. */
  readonly rulesInside?: readonly Excel.ConditionalFormat[];
}

/**
 * The writes of one sheet plan, in order: the sheet itself (`add` creates it), clears, number
 * formats (a formula written into a cell formatted as Text stays text, so formats go first),
 * cells, styles and exact styles, rules, validations and exact validations, input looks, charts, then the cosmetics (widths, merges,
 * print layout, frozen panes), marked so a caller can send them last. Big blocks are cut into
 * row bands under the request budget.
 */
export function sheetWrites(
  sp: SheetPlan,
  mode: 'add' | 'existing',
  options: SheetWriteOptions = {},
): Write[] {
  const formats = [
    ...numberFormatWrites(
      sp.sheet,
      (options.retext ?? []).map((range) => ({ range, format: 'General' })),
    ),
    ...numberFormatWrites(sp.sheet, sp.numberFormats),
  ];
  const cells = sp.blocks.flatMap((b) => cellWrites(sp.sheet, b));
  return [
    ...sheetItself(sp, mode),
    ...clearWrites(sp, options.rulesInside),
    ...(options.contentsFirst ? [...cells, ...formats] : [...formats, ...cells]),
    ...styleWrites(sp.sheet, sp.styles),
    ...exactStyleWrites(sp.sheet, sp.exactStyles ?? []),
    ...conditionalFormatWrites(sp.sheet, sp.conditionalFormats),
    ...validationWrites(sp.sheet, sp.validations),
    ...exactRuleWrites(sp.sheet, sp.exactRules ?? []),
    ...cellLookWrites(sp),
    ...chartWrites(sp, options.existingCharts ?? []),
    ...[...layoutWrites(sp, options.pageLayout ?? false), ...freezeWrites(sp)].map((w): Write => ({
      ...w,
      cosmetic: true,
    })),
  ];
}

/** office-js's names of the sheet states (`Excel.SheetVisibility`, ExcelApi 1.1). */
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function sheetItself(sp: SheetPlan, mode: 'add' | 'existing'): Write[] {
  const out: Write[] = [];
  if (mode === 'add') out.push({ bytes: 60, run: (c) => void c.workbook.worksheets.add(sp.sheet) });
  if (sp.visibility) {
    const visibility = VISIBILITY[sp.visibility];
    out.push({
      bytes: 60,
      run: (c) => void (sheetIn(c, sp.sheet).visibility = visibility as Excel.SheetVisibility),
    });
  }
  return out;
}
