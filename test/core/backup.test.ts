import fc from 'fast-check';
import type { Grid } from '../../src/core/grid';
import type { PlanCell } from '../../src/core/plan';
import {
  EMPTY_BACKUP,
  decodeBackup,
  encodeBackup,
  restorePlan,
  type Backup,
} from '../../src/core/plan/backup';

/** What a host reads back from the cells an encoded backup plan wrote. */
function asGrid(backup: Backup): Grid {
  const sp = encodeBackup(backup, 0);
  const cells = sp.blocks[0]!.cells;
  const shown = (c: PlanCell) =>
    c.kind === 'blank' ? null : c.kind === 'formula' ? c.formula : c.value;
  return {
    sheet: sp.sheet,
    origin: { row: 0, col: 0 },
    values: cells.map((r) => r.map(shown)),
    formulas: cells.map((r) => r.map(() => null)),
    merges: [],
  };
}

const cell: fc.Arbitrary<PlanCell> = fc.oneof(
  // Spreadsheets have no negative zero: -0 is stored and read back as 0.
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value) => ({ kind: 'number' as const, value: value === 0 ? 0 : value })),
  fc.string({ minLength: 1 }).map((value) => ({ kind: 'text' as const, value })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
  fc
    .constantFrom('=A1+1', "=SUM('推进 表'!B2:B9)")
    .map((formula) => ({ kind: 'formula' as const, formula })),
  fc.constant({ kind: 'blank' as const }),
);

const snapshot = fc
  .record({
    row: fc.integer({ min: 0, max: 99 }),
    col: fc.integer({ min: 0, max: 30 }),
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 4 }),
  })
  .chain((range) =>
    fc.record({
      sheet: fc.constantFrom('推进表', "Tom's 表"),
      range: fc.constant(range),
      cells: fc.array(fc.array(cell, { minLength: range.cols, maxLength: range.cols }), {
        minLength: range.rows,
        maxLength: range.rows,
      }),
      numberFormats: fc.array(
        fc.array(fc.constantFrom('General', 'yyyy-mm-dd', '0.0%'), {
          minLength: range.cols,
          maxLength: range.cols,
        }),
        { minLength: range.rows, maxLength: range.rows },
      ),
    }),
  );

describe('backup', () => {
  it('reads back exactly what it stored', () => {
    fc.assert(
      fc.property(
        fc.array(snapshot, { maxLength: 4 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
        (ranges, createdSheets, chartNames) => {
          const backup: Backup = {
            createdSheets,
            ranges,
            formatted: ranges.map((r) => ({ sheet: r.sheet, range: r.range })),
            charts: chartNames.map((name) => ({ sheet: '推进表', name })),
          };
          expect(decodeBackup(asGrid(backup))).toEqual(backup);
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const backup: Backup = {
      createdSheets: ['汇总'],
      ranges: [
        {
          sheet: '推进表',
          range: { row: 1, col: 1, rows: 1, cols: 1 },
          cells: [[{ kind: 'number', value: 1 }]],
          numberFormats: [['General']],
        },
      ],
      formatted: [],
      charts: [{ sheet: '推进表', name: '推进表助手·GMV' }],
    };
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

describe('backup of a large run', () => {
  it('packs thousands of cells into few records and reads them back exactly', () => {
    const rows = 3000;
    const range = { row: 4, col: 8, rows, cols: 2 };
    const cells = Array.from({ length: rows }, (_, i) => [
      { kind: 'formula' as const, formula: `=IF(ISNUMBER($K$4),WORKDAY($K$4,-${i % 40}),"")` },
      i % 3 === 0
        ? { kind: 'text' as const, value: `'引号开头 ${i}` }
        : i % 3 === 1
          ? { kind: 'number' as const, value: i / 7 }
          : { kind: 'blank' as const },
    ]);
    const numberFormats = Array.from({ length: rows }, (_, i) => [
      i % 2 ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
      'General',
    ]);
    const backup: Backup = {
      ...EMPTY_BACKUP,
      ranges: [{ sheet: '推进表', range, cells, numberFormats }],
    };
    const sp = encodeBackup(backup, 0);
    const records = sp.blocks[0]!.cells;
    expect(records.length).toBeLessThan(rows / 50);
    for (const r of records)
      if (r[4]?.kind === 'text') expect(r[4].value.length).toBeLessThan(32_767);
    expect(decodeBackup(asGrid(backup))).toEqual(backup);
  });
});
