import type { ListValidation } from '../../core/plan';
import { rangeIn } from './target';
import type { Write } from './types';

/** In-cell drop-down lists (ExcelApi 1.8), each replacing the range's old rule. */
export function validationWrites(sheet: string, validations: readonly ListValidation[]): Write[] {
  return validations.map((v) => {
    const source = v.list.join(',');
    return {
      bytes: source.length + 120,
      run: (c) => {
        const r = rangeIn(c, sheet, v.range);
        r.dataValidation.clear();
        r.dataValidation.rule = { list: { inCellDropDown: true, source } };
      },
    };
  });
}
