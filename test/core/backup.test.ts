import fc from 'fast-check';
import { BackupUnreadableError } from '../../src/core/errors';
import type { CellValue, Grid } from '../../src/core/grid';
import type { CellLook, PlanCell } from '../../src/core/plan';
import {
  BACKUP_SHEET,
  EMPTY_BACKUP,
  decodeBackup,
  encodeBackup,
  restorePlan,
  type Backup,
  type FormatBefore,
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

/** Looks a cell may have had: none, the add-in's input, a team's colour and rule of any kind. */
const look: fc.Arbitrary<CellLook> = fc.record({
  fill: fc.constantFrom(null, '#BDD7EE', '#FFFF00', 'theme:4:0.5999938962981048', 'indexed:13'),
  validation: fc.oneof(
    fc.constant(null),
    fc.record(
      {
        type: fc.constantFrom('any', 'whole', 'decimal', 'date', 'list', 'custom' as const),
        operator: fc.constantFrom('between', 'greaterThanOrEqual' as const),
        formula1: fc.constantFrom('0', '36526', '"未开始,已完成"', 'AND(A1>0,A1<1)'),
        formula2: fc.constantFrom('1', '73050'),
        allowBlank: fc.boolean(),
        dropDown: fc.boolean(),
        error: fc.record({
          style: fc.constantFrom('stop', 'warning', 'information' as const),
          title: fc.string({ maxLength: 32 }),
          message: fc.string({ maxLength: 224 }),
        }),
        prompt: fc.record({ title: fc.string(), message: fc.string() }),
      },
      { requiredKeys: ['type', 'allowBlank'] },
    ),
  ),
});

/** One format record of each kind, as a run keeps them. */
const FORMATS: FormatBefore[] = [
  {
    kind: 'rule',
    rule: { range: { row: 5, col: 7, rows: 20, cols: 2 }, formula: '=$H6="延期"', fill: '#FFC7CE' },
  },
  {
    kind: 'validation',
    range: { row: 5, col: 7, rows: 20, cols: 1 },
    rule: {
      type: 'list',
      formula1: '"未开始,进行中,已完成,暂停"',
      allowBlank: true,
      dropDown: true,
    },
  },
  { kind: 'validation', range: { row: 5, col: 8, rows: 20, cols: 1 }, rule: null },
  {
    kind: 'style',
    range: { row: 4, col: 9, rows: 1, cols: 2 },
    style: { fill: 'theme:4:0.6', fontColor: null, bold: true, align: 'center' },
  },
  { kind: 'width', col: 9, width: 14.5 },
  { kind: 'width', col: 10, width: null },
  { kind: 'freeze', rows: 0, cols: 0 },
  { kind: 'print', landscape: false, fitToWidth: false, area: null },
];

describe('encodeBackup and decodeBackup', () => {
  it('reads back exactly what it stored', () => {
    fc.assert(
      fc.property(
        fc.array(snapshot, { maxLength: 4 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
        fc.array(look, { maxLength: 3 }),
        fc.subarray(FORMATS),
        (ranges, createdSheets, chartNames, looks, formats) => {
          const backup: Backup = {
            createdSheets,
            ranges,
            formatted: ranges.map((r) => ({ sheet: r.sheet, range: r.range })),
            formats: formats.map((before) => ({ sheet: '推进表', before })),
            charts: chartNames.map((name) => ({ sheet: '推进表', name })),
            looks: looks.map((l, i) => ({ sheet: "Tom's 表", at: { row: i, col: 5 }, look: l })),
          };
          expect(decodeBackup(asGrid(backup))).toEqual(backup);
        },
      ),
    );
  });
});

describe('encodeBackup and restorePlan', () => {
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
      formats: FORMATS.map((before) => ({ sheet: '推进表', before })),
      charts: [{ sheet: '推进表', name: '推进表助手·GMV' }],
      looks: [
        { sheet: '推进表', at: { row: 0, col: 3 }, look: { fill: '#FFFF00', validation: null } },
      ],
    };
    const copy = structuredClone(backup);
    restorePlan(backup);
    encodeBackup(backup, 10);
    expect(backup).toEqual(copy);
  });

  it('blanks the rows of a longer previous backup', () => {
    const sp = encodeBackup(EMPTY_BACKUP, 50);
    expect(sp.blocks[0]!.cells).toHaveLength(50);
    expect(sp.visibility).toBe('veryHidden');
  });
});

describe('encodeBackup and decodeBackup of a large run', () => {
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

describe('decodeBackup', () => {
  const backup: Backup = {
    createdSheets: ['汇总'],
    ranges: [
      {
        sheet: '推进表',
        range: { row: 1, col: 1, rows: 2, cols: 1 },
        cells: [[{ kind: 'number', value: 1 }], [{ kind: 'text', value: '=A1' }]],
        numberFormats: [['General'], ['yyyy-mm-dd']],
      },
    ],
    formatted: [{ sheet: '推进表', range: { row: 1, col: 1, rows: 2, cols: 1 } }],
    formats: [],
    charts: [],
    looks: [],
  };
  // Rows: header, created, formatted, range, cells.
  const edited = (row: number, col: number, value: CellValue): Grid => {
    const grid = asGrid(backup);
    const values = grid.values.map((line) => [...line]);
    values[row]![col] = value;
    return { ...grid, values };
  };

  it('returns null for a backup sheet that holds nothing', () => {
    const blank = { ...asGrid(EMPTY_BACKUP), values: [[null, ''], [null]] };
    expect(decodeBackup(blank)).toBeNull();
    expect(decodeBackup({ ...blank, values: [] })).toBeNull();
  });

  it.each([
    ['packed cells that are no longer JSON', 4, 4, '{"c":[1,"\'=A1"],"f":[nu', 'E5'],
    ['packed cells of another shape', 4, 4, '{"c":[1],"f":[]}', 'E5'],
    ['packed cells turned into a number', 4, 4, 12, 'E5'],
    ['a range that lost cells', 3, 2, 'B2:B4', 'C4'],
    ['a range address that is not one', 2, 2, '第二列', 'C3'],
    ['a record of an unknown kind', 1, 0, 'deleted', 'A2'],
    ['a record without its sheet', 1, 1, null, 'B2'],
    ['a record without its kind', 2, 0, null, 'A3'],
    ['the header gone', 0, 0, '备注', 'A1'],
  ] as const)(
    'throws BackupUnreadableError naming the cell for %s',
    (_what, row, col, value, cell) => {
      const grid = edited(row, col, value);
      expect(() => decodeBackup(grid)).toThrow(BackupUnreadableError);
      expect(() => decodeBackup(grid)).toThrow(
        expect.objectContaining({ sheet: BACKUP_SHEET, cell }),
      );
    },
  );

  it('names cells from where the grid starts on the sheet', () => {
    const grid = { ...edited(4, 4, 'x'), origin: { row: 0, col: 0 } };
    expect(() => decodeBackup(grid)).toThrow(expect.objectContaining({ cell: 'E5' }));
    expect(() => decodeBackup({ ...grid, origin: { row: 2, col: 0 } })).toThrow(
      expect.objectContaining({ cell: 'A1' }),
    );
  });
});

describe('the look records of a backup', () => {
  const TEAM: CellLook = {
    fill: '#FFFF00',
    validation: {
      type: 'whole',
      operator: 'lessThan',
      formula1: '1000000',
      allowBlank: true,
      error: { style: 'warning', title: '目标', message: '目标超过一百万了' },
    },
  };
  const backup: Backup = {
    ...EMPTY_BACKUP,
    createdSheets: ['汇总'],
    looks: [
      { sheet: '生意参谋', at: { row: 1, col: 5 }, look: TEAM },
      { sheet: '汇总', at: { row: 0, col: 0 }, look: { fill: null, validation: null } },
    ],
  };

  it('gives every cell of a sheet that stays the look it had, after the clears', () => {
    const plan = restorePlan(backup);
    expect(plan.sheets).toEqual([
      expect.objectContaining({
        sheet: '生意参谋',
        looks: [{ at: { row: 1, col: 5 }, look: TEAM }],
      }),
    ]);
    expect(plan.deleteSheets).toEqual(['汇总']);
  });

  it('keeps one row a cell, with the cell address and its look as JSON', () => {
    const rows = encodeBackup(backup, 0).blocks[0]!.cells;
    const looks = rows.filter((r) => r[0]?.kind === 'text' && r[0].value === 'look');
    expect(looks.map((r) => r.slice(1, 3))).toEqual([
      [
        { kind: 'text', value: '生意参谋' },
        { kind: 'text', value: 'F2' },
      ],
      [
        { kind: 'text', value: '汇总' },
        { kind: 'text', value: 'A1' },
      ],
    ]);
    expect(JSON.parse((looks[0]![4] as { value: string }).value)).toEqual(TEAM);
  });

  // Rows: header, created, look, look.
  it.each([
    ['a look that is no longer JSON', 2, 4, '{"fill":', 'E3'],
    ['a look of another shape', 2, 4, '{"fill":3,"validation":null}', 'E3'],
    [
      'a rule of an unknown kind',
      2,
      4,
      '{"fill":null,"validation":{"type":"x","allowBlank":true}}',
      'E3',
    ],
    ['a look over a range', 3, 2, 'A1:B2', 'C4'],
  ] as const)(
    'throws BackupUnreadableError naming the cell for %s',
    (_what, row, col, value, cell) => {
      const grid = asGrid(backup);
      const values = grid.values.map((line) => [...line]);
      values[row]![col] = value;
      expect(() => decodeBackup({ ...grid, values })).toThrow(
        expect.objectContaining({ name: 'BackupUnreadableError', sheet: BACKUP_SHEET, cell }),
      );
    },
  );

  it('reads a backup of an older version, which has no look records, as having none', () => {
    const old = { ...EMPTY_BACKUP, createdSheets: ['汇总'] };
    expect(decodeBackup(asGrid(old))?.looks).toEqual([]);
  });
});

describe('the format records of a backup', () => {
  const backup: Backup = {
    ...EMPTY_BACKUP,
    formats: FORMATS.map((before) => ({ sheet: '推进表', before })),
  };
  // Rows: the header, then one record a format, its JSON in column E.
  const withContent = (row: number, value: CellValue): Grid => {
    const grid = asGrid(backup);
    const values = grid.values.map((line) => [...line]);
    values[row]![4] = value;
    return { ...grid, values };
  };

  it.each([
    ['JSON no longer', 1, '{"kind":"rule",', 'E2'],
    ['a kind the add-in never keeps', 2, '{"kind":"border","range":null}', 'E3'],
    [
      'a validation with a rule of another shape',
      2,
      '{"kind":"validation","range":{"row":1,"col":1,"rows":1,"cols":1},"rule":{"type":"list"}}',
      'E3',
    ],
    [
      'a style without its bold',
      4,
      '{"kind":"style","range":{"row":1,"col":1,"rows":1,"cols":1},"style":{"fill":null,"fontColor":null,"align":null}}',
      'E5',
    ],
    ['a width of text', 5, '{"kind":"width","col":3,"width":"wide"}', 'E6'],
    ['negative frozen rows', 7, '{"kind":"freeze","rows":-1,"cols":0}', 'E8'],
    [
      'a paper office-js does not name',
      8,
      '{"kind":"print","landscape":true,"fitToWidth":false,"area":null,"paper":"A4"}',
      'E9',
    ],
    [
      'title rows that end before they start',
      8,
      '{"kind":"print","landscape":true,"fitToWidth":false,"area":null,"titleRows":{"first":3,"last":2}}',
      'E9',
    ],
    [
      'a column break that is no column',
      8,
      '{"kind":"print","landscape":true,"fitToWidth":false,"area":null,"colBreaks":[10,-1]}',
      'E9',
    ],
  ] as const)('throws BackupUnreadableError naming the cell for %s', (_what, row, value, cell) => {
    expect(() => decodeBackup(withContent(row, value))).toThrow(
      expect.objectContaining({ name: 'BackupUnreadableError', sheet: BACKUP_SHEET, cell }),
    );
  });

  it('become a restore that puts each format back as it was', () => {
    const sp = restorePlan({ ...backup, formatted: [{ sheet: '推进表', range: FORMATS_RANGE }] })
      .sheets[0]!;
    expect(sp.removeRules).toEqual([FORMATS_RANGE]);
    expect(sp.clearFormats).toEqual([]);
    expect(sp.conditionalFormats).toEqual([
      { range: { row: 5, col: 7, rows: 20, cols: 2 }, formula: '=$H6="延期"', fill: '#FFC7CE' },
    ]);
    expect(sp.exactRules?.map((r) => [r.range.col, r.rule?.formula1 ?? null])).toEqual([
      [7, '"未开始,进行中,已完成,暂停"'],
      [8, null],
    ]);
    expect(sp.exactStyles).toEqual([
      {
        range: { row: 4, col: 9, rows: 1, cols: 2 },
        style: { fill: 'theme:4:0.6', fontColor: null, bold: true, align: 'center' },
      },
    ]);
    expect(sp.columnWidths).toEqual([
      { col: 9, width: 14.5 },
      { col: 10, width: null },
    ]);
    expect(sp.freeze).toEqual({ rows: 0, cols: 0 });
    // A record from before issue 17 names no paper, titles or breaks: restore leaves them be.
    expect(sp.print).toEqual({ landscape: false, fitToWidth: false, area: null });
  });

  it('puts back the paper, titles and breaks a sheet had, none where it had none', () => {
    const print: FormatBefore = {
      kind: 'print',
      landscape: false,
      fitToWidth: true,
      area: { row: 0, col: 0, rows: 9, cols: 4 },
      paper: null,
      titleRows: { first: 0, last: 1 },
      titleCols: null,
      colBreaks: [],
    };
    const kept: Backup = { ...EMPTY_BACKUP, formats: [{ sheet: '推进表', before: print }] };
    const decoded = decodeBackup(asGrid(kept));
    expect(decoded?.formats).toEqual(kept.formats);
    expect(restorePlan(decoded!).sheets[0]!.print).toEqual({
      landscape: false,
      fitToWidth: true,
      area: { row: 0, col: 0, rows: 9, cols: 4 },
      paper: null,
      titleRows: { first: 0, last: 1 },
      titleCols: null,
      colBreaks: [],
    });
  });
});

const FORMATS_RANGE = { row: 5, col: 11, rows: 300, cols: 2 };
