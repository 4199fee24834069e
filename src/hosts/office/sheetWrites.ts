import type { SheetPlan } from '../../core/plan';
import { cellLookWrites } from './cellLookWrites';
import { cellWrites } from './cellWrites';
import { chartWrites } from './chartWrites';
import { clearWrites } from './clearWrites';
import { conditionalFormatWrites } from './conditionalFormatWrites';
import { freezeWrites } from './freezeWrites';
import { layoutWrites } from './layoutWrites';
import { numberFormatWrites } from './numberFormatWrites';
import { styleWrites } from './styleWrites';
import { sheetIn } from './target';
import type { Write } from './types';
import { validationWrites } from './validationWrites';

/**
 * The writes of one sheet plan, in order: the sheet itself (`add` creates it), clears, cells,
 * number formats, styles, rules, validations, input looks, layout, charts, frozen panes. Big blocks are cut
 * into row bands under the request budget.
 */
export function sheetWrites(
  sp: SheetPlan,
  mode: 'add' | 'existing',
  pageLayout = false,
  existingCharts: ReadonlySet<string> = new Set(),
): Write[] {
  return [
    ...sheetItself(sp, mode),
    ...clearWrites(sp),
    ...sp.blocks.flatMap((b) => cellWrites(sp.sheet, b)),
    ...numberFormatWrites(sp.sheet, sp.numberFormats),
    ...styleWrites(sp.sheet, sp.styles),
    ...conditionalFormatWrites(sp.sheet, sp.conditionalFormats),
    ...validationWrites(sp.sheet, sp.validations),
    ...cellLookWrites(sp),
    ...layoutWrites(sp, pageLayout),
    ...chartWrites(sp, existingCharts),
    ...freezeWrites(sp),
  ];
}

function sheetItself(sp: SheetPlan, mode: 'add' | 'existing'): Write[] {
  const out: Write[] = [];
  if (mode === 'add') out.push({ bytes: 60, run: (c) => void c.workbook.worksheets.add(sp.sheet) });
  if (sp.hidden !== undefined) {
    const visibility = sp.hidden ? 'VeryHidden' : 'Visible';
    out.push({
      bytes: 60,
      run: (c) => void (sheetIn(c, sp.sheet).visibility = visibility as Excel.SheetVisibility),
    });
  }
  return out;
}
