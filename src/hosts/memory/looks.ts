import { contains, type CellRef, type RangeBox } from '../../core/a1';
import {
  listRule,
  type CellLook,
  type DataRule,
  type ListValidation,
  type Style,
} from '../../core/plan';

export { listRule };

/** A validation of any kind kept beside HyperFormula (drop-down lists stay `ListValidation`s). */
export interface RuleAt {
  readonly range: RangeBox;
  readonly rule: DataRule;
}

/** What of a sheet's extras a look reads and changes. */
/**
 * A style as kept beside HyperFormula: a plan's Style, or an exact style restore wrote, where
 * null means "none" (no fill, the automatic font colour, General alignment).
 */
export type StyleRecord = Omit<Style, 'fill' | 'fontColor' | 'align'> & {
  readonly fill?: string | null;
  readonly fontColor?: string | null;
  readonly align?: Style['align'] | null;
};

export interface LookState {
  styles: StyleRecord[];
  validations: ListValidation[];
  rules: RuleAt[];
}

const cellBox = (at: CellRef): RangeBox => ({ ...at, rows: 1, cols: 1 });

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
    const rest: { -readonly [K in keyof StyleRecord]: StyleRecord[K] } = { ...s };
    delete rest.fill;
    return Object.keys(rest).length > 1 ? [rest] : [];
  });
  if (look.fill !== null) state.styles.push({ range: box, fill: look.fill });
  state.validations = state.validations.filter((v) => !inside(v.range));
  state.rules = state.rules.filter((r) => !inside(r.range));
  if (look.validation) state.rules.push({ range: box, rule: look.validation });
}
