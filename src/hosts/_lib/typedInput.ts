import type { PlanCell } from '../../core/plan';

/**
 * A plan cell as a user would type it, for hosts that parse input like Excel (office-js `values`
 * and `formulas`, HyperFormula): a leading apostrophe keeps text as text, so `=HYPERLINK(…)`,
 * `-赠品` or `0012` never turn into formulas or numbers. `empty` is how the host spells a blank.
 * @example typedInput({ kind: 'text', value: '=1+1' }, '') // "'=1+1"
 */
export function typedInput<E extends null | ''>(
  cell: PlanCell,
  empty: E,
): string | number | boolean | E {
  switch (cell.kind) {
    case 'number':
    case 'boolean':
      return cell.value;
    case 'text':
      return `'${cell.value}`;
    case 'formula':
      return cell.formula;
    case 'blank':
      return empty;
  }
}
