import { block, sheetPlan, type SheetPlan, type WorkbookPlan } from '../plan';
import type { Finding } from './types';

/**
 * The plan that applies the safe mends of `findings`, one single-cell block each, sheet by sheet;
 * null when none has a mend. Hosts apply it like any run, so the backup keeps what it overwrites
 * and 撤销 puts the damaged cells back.
 * @example mendPlan(findings)?.sheets[0]?.blocks.length
 */
export function mendPlan(findings: readonly Finding[]): WorkbookPlan | null {
  const bySheet = new Map<string, SheetPlan>();
  for (const { mend } of findings) {
    if (!mend) continue;
    const sp = bySheet.get(mend.sheet) ?? sheetPlan(mend.sheet);
    const formats = mend.format
      ? [{ range: { ...mend.at, rows: 1, cols: 1 }, format: mend.format }]
      : [];
    bySheet.set(mend.sheet, {
      ...sp,
      blocks: [...sp.blocks, block(mend.at, [[mend.cell]])],
      numberFormats: [...sp.numberFormats, ...formats],
    });
  }
  return bySheet.size === 0 ? null : { sheets: [...bySheet.values()], deleteSheets: [] };
}
