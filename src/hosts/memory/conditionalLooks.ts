import type { HyperFormula } from 'hyperformula';
import { overlaps, type RangeBox } from '../../core/a1';
import { shiftFormula } from '../../core/formula/shiftFormula';
import type { ConditionalFormat } from '../../core/plan';
import { parsedOnce, type RuleTest, type RuleTester } from './ruleTester';

/** The colours conditional formats give one cell; a part no true rule sets is absent. */
export interface RuledLook {
  fill?: string;
  fontColor?: string;
}

/** Looks by `row,col` (0-based), only for cells some true rule colours. */
export type RuledLooks = Map<string, RuledLook>;

/** The parts of a rule's look a cell has not yet been given by a higher rule. */
function newParts(rule: ConditionalFormat, had: RuledLook | undefined): RuledLook {
  const parts: RuledLook = {};
  if (rule.fill !== undefined && had?.fill === undefined) parts.fill = rule.fill;
  if (rule.fontColor !== undefined && had?.fontColor === undefined)
    parts.fontColor = rule.fontColor;
  return parts;
}

/** Functions whose answer depends on the cell the formula sits in, not only on what it reads. */
const WHERE_IT_SITS = /\b(ROW|COLUMN|CELL|INDIRECT|OFFSET)\s*\(/i;

/**
 * A rule's test evaluated once per distinct moved formula: a formula whose references do not move
 * down (the day-off rule reads only its column's date, `X$3`) gives one answer per column, one
 * whose references do not move across, one per row. A team's banding rule (`=MOD(ROW(),2)=0`)
 * reads where it sits, so its every cell is evaluated.
 */
function once(formula: string, test: RuleTest): RuleTest {
  const sits = WHERE_IT_SITS.test(formula);
  const sameDown = !sits && shiftFormula(formula, 1, 0) === formula;
  const sameAcross = !sits && shiftFormula(formula, 0, 1) === formula;
  const known = new Map<string, boolean>();
  return (rows, cols) => {
    const key = `${sameDown ? 0 : rows},${sameAcross ? 0 : cols}`;
    let holds = known.get(key);
    if (holds === undefined) known.set(key, (holds = test(rows, cols)));
    return holds;
  };
}

/**
 * The colours a sheet's conditional formats give the cells of `box`, as Excel shows them. Rules
 * come top priority first (as every host lists them). Excel applies every rule that is true; where
 * two set the same part (both a fill), the higher priority wins, and a lower rule still adds a
 * part the higher ones leave unset (its font colour under their fill): "If the formats have
 * conflicting elements, such as differing font colors, only one format applies that particular
 * element. Precedence is defined by the ConditionalFormat.priority property" (Microsoft, "Apply
 * conditional formatting to Excel ranges", section "Multiple formats and priority",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 * Our plans never set `stopIfTrue`, which alone would end that merging.
 *
 * Each rule's formula is written for its range's top-left cell and read, for any other cell, with
 * its relative references moved by that cell's offset. A rule is evaluated for a cell only when it
 * could still add a part there, so the bars' many rules cost about one true rule per bar cell.
 * @example ruledLooks(hf, 0, [{ range, formula: '=A1>0', fill: '#FF0000' }], range).get('0,0')
 */
export function ruledLooks(
  hf: HyperFormula,
  sheet: number,
  rules: readonly ConditionalFormat[],
  box: RangeBox,
  tester: RuleTester = parsedOnce(hf),
): RuledLooks {
  const looks: RuledLooks = new Map();
  for (const rule of rules) {
    if (!overlaps(rule.range, box)) continue;
    const { range } = rule;
    const test = once(rule.formula, tester(rule.formula, sheet, range));
    const rowEnd = Math.min(range.row + range.rows, box.row + box.rows);
    const colEnd = Math.min(range.col + range.cols, box.col + box.cols);
    for (let r = Math.max(range.row, box.row); r < rowEnd; r++) {
      for (let c = Math.max(range.col, box.col); c < colEnd; c++) {
        const key = `${r},${c}`;
        const parts = newParts(rule, looks.get(key));
        if (Object.keys(parts).length === 0) continue;
        if (test(r - range.row, c - range.col)) looks.set(key, { ...looks.get(key), ...parts });
      }
    }
  }
  return looks;
}
