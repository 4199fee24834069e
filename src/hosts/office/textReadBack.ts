import { cellAddress, rangeAddress, type RangeBox } from '../../core/a1';
import { HostError } from '../errors';
import { formulaOf } from './officeValues';
import { rangeIn } from './target';
import type { Write } from './types';

interface Loaded {
  readonly sheet: string;
  readonly box: RangeBox;
  range?: Excel.Range;
}

/**
 * A write that queues, after the contents, a read of the cells formatted as Text that received
 * a formula, number or boolean: it costs no sync of its own, and proves they are no longer text.
 */
export function loadWritten(
  context: Excel.RequestContext,
  retext: ReadonlyMap<string, readonly RangeBox[]>,
): { write: Write; ranges: Loaded[] } {
  const ranges: Loaded[] = [...retext].flatMap(([sheet, boxes]) =>
    boxes.map((box) => ({ sheet, box })),
  );
  return {
    ranges,
    write: {
      bytes: 40 * ranges.length,
      run: () => {
        for (const l of ranges) {
          l.range = rangeIn(context, l.sheet, l.box);
          l.range.load('values,formulas');
        }
      },
    },
  };
}

/**
 * Throws HostError HOST_TEXT_FORMULA, naming the first cell, when a cell read by loadWritten
 * still holds text: Excel kept a formula as text, and the run is rolled back rather than leave a
 * date column that does not compute.
 */
export function confirmFormulas(ranges: readonly Loaded[]): void {
  for (const { sheet, box, range } of ranges) {
    if (!range) continue;
    range.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v !== 'string' || formulaOf(range.formulas[i]?.[j], v) !== null) return;
        const cell = cellAddress({ row: box.row + i, col: box.col + j });
        throw new HostError('HOST_TEXT_FORMULA', { sheet, cell, range: rangeAddress(box) });
      }),
    );
  }
}
