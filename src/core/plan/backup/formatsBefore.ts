import { rangeAddress, type RangeBox } from '../../a1';
import type { CellStyle, SheetPlan } from '../types';
import type { BeforeReader, FormatBefore } from './types';

/**
 * What a sheet plan will change of its sheet's formats beyond the cells, as the sheet holds it
 * now: the rules it will delete (wholly inside its rule and clear ranges), what each of its list
 * ranges holds, the style of each cell it styles (in runs along each row), the widths of the
 * columns it sizes, the frozen panes and the print setup when it sets them.
 * @example formatsBefore(sp, reader).filter((f) => f.kind === 'rule').length
 */
export function formatsBefore(sp: SheetPlan, read: BeforeReader): FormatBefore[] {
  const s = sp.sheet;
  const out: FormatBefore[] = [];
  const seen = new Set<string>();
  for (const range of ruleRanges(sp))
    for (const rule of read.rulesWithin(s, range)) {
      const key = `${rangeAddress(rule.range)}|${rule.formula}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'rule', rule });
    }
  for (const { range } of sp.validations) {
    const rule = read.validation(s, range);
    // A range whose cells differ is the team's: keepTeamValidations left the plan's list out there.
    if (rule !== 'mixed') out.push({ kind: 'validation', range, rule });
  }
  for (const { range } of sp.styles) out.push(...styleRuns(range, read.styles(s, range)));
  for (const { col } of sp.columnWidths)
    out.push({ kind: 'width', col, width: read.width(s, col) });
  if (sp.freeze) out.push({ kind: 'freeze', ...read.freeze(s) });
  const print = sp.print ? read.print(s) : null;
  if (print) out.push({ kind: 'print', ...print, area: print.area ?? null });
  return out;
}

/** Every range whose rules a plan deletes before it adds its own. */
export function ruleRanges(sp: SheetPlan): RangeBox[] {
  return [
    ...sp.clearFormats,
    ...(sp.removeRules ?? []),
    ...sp.conditionalFormats.map((c) => c.range),
  ];
}

/** A range's styles as runs of equal cells along each row. */
function styleRuns(range: RangeBox, styles: readonly (readonly CellStyle[])[]): FormatBefore[] {
  const out: FormatBefore[] = [];
  for (let i = 0; i < range.rows; i++) {
    const line = styles[i] ?? [];
    let start = 0;
    for (let j = 1; j <= range.cols; j++) {
      if (j < range.cols && same(line[j], line[start])) continue;
      const style = line[start];
      if (style)
        out.push({
          kind: 'style',
          range: { row: range.row + i, col: range.col + start, rows: 1, cols: j - start },
          style,
        });
      start = j;
    }
  }
  return out;
}

const same = (a: CellStyle | undefined, b: CellStyle | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
