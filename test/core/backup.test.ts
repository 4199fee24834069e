import fc from 'fast-check';
import type { Grid } from '../../src/core/grid';
import type { PlanCell } from '../../src/core/plan';
import { EMPTY_BACKUP, decodeBackup, encodeBackup, restorePlan, type Backup } from '../../src/core/plan/backup';

/** What a host reads back from the cells an encoded backup plan wrote. */
function asGrid(backup: Backup): Grid {
  const sp = encodeBackup(backup, 0);
  const cells = sp.blocks[0]!.cells;
  const shown = (c: PlanCell) => (c.kind === 'blank' ? null : c.kind === 'formula' ? c.formula : c.value);
  return { sheet: sp.sheet, origin: { row: 0, col: 0 }, values: cells.map((r) => r.map(shown)), formulas: cells.map((r) => r.map(() => null)), merges: [] };
}

const cell: fc.Arbitrary<PlanCell> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ kind: 'number' as const, value })),
  fc.string({ minLength: 1 }).map((value) => ({ kind: 'text' as const, value })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
  fc.constantFrom('=A1+1', "=SUM('推进 表'!B2:B9)").map((formula) => ({ kind: 'formula' as const, formula })),
  fc.constant({ kind: 'blank' as const }),
);

const snapshot = fc
  .record({ row: fc.integer({ min: 0, max: 99 }), col: fc.integer({ min: 0, max: 30 }), rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain((range) =>
    fc.record({
      sheet: fc.constantFrom('推进表', "Tom's 表"),
      range: fc.constant(range),
      cells: fc.array(fc.array(cell, { minLength: range.cols, maxLength: range.cols }), { minLength: range.rows, maxLength: range.rows }),
      numberFormats: fc.array(fc.array(fc.constantFrom('General', 'yyyy-mm-dd', '0.0%'), { minLength: range.cols, maxLength: range.cols }), { minLength: range.rows, maxLength: range.rows }),
    }),
  );

describe('backup', () => {
  it('reads back exactly what it stored', () => {
    fc.assert(
      fc.property(fc.array(snapshot, { maxLength: 4 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }), (ranges, createdSheets, chartNames) => {
        const backup: Backup = { createdSheets, ranges, formatted: ranges.map((r) => ({ sheet: r.sheet, range: r.range })), charts: chartNames.map((name) => ({ sheet: '推进表', name })) };
        expect(decodeBackup(asGrid(backup))).toEqual(backup);
      }),
    );
  });

  it('does not mutate its input', () => {
    const backup: Backup = { createdSheets: ['汇总'], ranges: [{ sheet: '推进表', range: { row: 1, col: 1, rows: 1, cols: 1 }, cells: [[{ kind: 'number', value: 1 }]], numberFormats: [['General']] }], formatted: [], charts: [{ sheet: '推进表', name: '推进表助手·GMV' }] };
    const copy = structuredClone(backup);
    restorePlan(backup);
    encodeBackup(backup, 10);
    expect(backup).toEqual(copy);
  });

  it('blanks the rows of a longer previous backup', () => {
    const sp = encodeBackup(EMPTY_BACKUP, 50);
    expect(sp.blocks[0]!.cells).toHaveLength(50);
    expect(sp.hidden).toBe(true);
  });
});
