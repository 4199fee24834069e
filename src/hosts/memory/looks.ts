import { contains, type CellRef, type RangeBox } from '../../core/a1';
import type { CellLook, DataRule, ListValidation, Style } from '../../core/plan';

/** A validation of any kind kept beside HyperFormula (drop-down lists stay `ListValidation`s). */
export interface RuleAt {
  readonly range: RangeBox;
  readonly rule: DataRule;
}

/** What of a sheet's extras a look reads and changes. */
export interface LookState {
  styles: Style[];
  validations: ListValidation[];
  rules: RuleAt[];
}

const cellBox = (at: CellRef): RangeBox => ({ ...at, rows: 1, cols: 1 });

/**
 * A list drop-down as the rule a file keeps for it, so every host reads a cell's validation alike.
 * @example listRule(['未开始', '已完成']).formula1 // '"未开始,已完成"'
 */
export const listRule = (list: readonly string[]): DataRule => ({
  type: 'list',
  formula1: `"${list.join(',')}"`,
  allowBlank: true,
  dropDown: true,
});

/** The fill and validation one cell shows: the last style with a fill over it, its rule. */
export function readLook(state: LookState, at: CellRef): CellLook {
  const over = <T extends { range: RangeBox }>(list: readonly T[]) =>
    list.filter((x) => contains(x.range, cellBox(at))).pop();
  const styled = over(state.styles.filter((s) => s.fill !== undefined));
  const rule = over(state.rules)?.rule ?? null;
  const list = over(state.validations);
  return { fill: styled?.fill ?? null, validation: rule ?? (list ? listRule(list.list) : null) };
}

/**
 * Gives one cell exactly a look: its fill (other style parts stay) and its only validation.
 * @example writeLook(extras, { row: 4, col: 2 }, { fill: null, validation: null })
 */
export function writeLook(state: LookState, at: CellRef, look: CellLook): void {
  const box = cellBox(at);
  const inside = (r: RangeBox) => contains(box, r);
  state.styles = state.styles.flatMap((s) => {
    if (!inside(s.range) || s.fill === undefined) return [s];
    const rest: { -readonly [K in keyof Style]: Style[K] } = { ...s };
    delete rest.fill;
    return Object.keys(rest).length > 1 ? [rest] : [];
  });
  if (look.fill !== null) state.styles.push({ range: box, fill: look.fill });
  state.validations = state.validations.filter((v) => !inside(v.range));
  state.rules = state.rules.filter((r) => !inside(r.range));
  if (look.validation) state.rules.push({ range: box, rule: look.validation });
}
