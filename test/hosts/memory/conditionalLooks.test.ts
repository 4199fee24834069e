import { parseCell, parseRange, cellAddress } from '../../../src/core/a1';
import { sheetPlan, type ConditionalFormat } from '../../../src/core/plan';
import { ruledLooks } from '../../../src/hosts/memory/conditionalLooks';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { movedText, parsedOnce } from '../../../src/hosts/memory/ruleTester';

const RED = '#FF0000';
const GREY = '#EDEDED';
const BLUE = '#0000FF';

/**
 * Days 1–6 across C1:H1; each task row has its start in A and its due in B. Worked out by hand:
 * task 2 (2 to 4) covers D2:F2, task 3 (1 to 1) covers C3, task 4 (due before start) nothing.
 */
const ROWS: RawCell[][] = [
  ['start', 'due', 1, 2, 3, 4, 5, 6],
  [2, 4],
  [1, 1],
  [5, 3],
];
const BAR_CELLS = ['D2', 'E2', 'F2', 'C3'];
const AREA = parseRange('C2:H4').box;
const bar = (fill = RED): ConditionalFormat => ({
  range: AREA,
  formula: '=AND(C$1>=$A2,C$1<=$B2)',
  fill,
});

const cellsOf = (box: { row: number; col: number; rows: number; cols: number }) =>
  Array.from({ length: box.rows * box.cols }, (_, i) =>
    cellAddress({ row: box.row + Math.floor(i / box.cols), col: box.col + (i % box.cols) }),
  );

describe.each([
  ['parsed once', parsedOnce],
  ['moved as text', movedText],
])('memory/ruledLooks (%s)', (_, tester) => {
  const looksOf = (rules: ConditionalFormat[], rows: RawCell[][] = ROWS, box = AREA) => {
    const host = MemoryHost.fromSheets({ S: rows });
    const looks = ruledLooks(host.hf, 0, rules, box, tester(host.hf));
    return (a1: string) => {
      const { row, col } = parseCell(a1);
      return looks.get(`${row},${col}`);
    };
  };

  it('colours exactly the cells a bar rule covers, its references moved to each cell', () => {
    const look = looksOf([bar()]);
    expect(cellsOf(AREA).filter((a) => look(a)?.fill === RED)).toEqual(BAR_CELLS);
    expect(cellsOf(AREA).filter((a) => look(a) === undefined)).toHaveLength(18 - 4);
  });

  it('gives a higher rule its fill and lets a lower rule add only what the higher left unset', () => {
    // Second rule: days 5 and 6 (G, H), grey with a blue font.
    const late = { range: AREA, formula: '=C$1>=5', fill: GREY, fontColor: BLUE };
    const look = looksOf([bar(), late], [...ROWS.slice(0, 3), [4, 6]]);
    // Row 4 (4 to 6) is a bar over F4:H4; G4 and H4 are also late: red fill, blue font.
    expect(look('G4')).toEqual({ fill: RED, fontColor: BLUE });
    expect(look('F4')).toEqual({ fill: RED });
    expect(look('G2')).toEqual({ fill: GREY, fontColor: BLUE });
    expect(look('D2')).toEqual({ fill: RED });
    // The same rules the other way round: the grey wins where both hold.
    const swapped = looksOf([late, bar()], [...ROWS.slice(0, 3), [4, 6]]);
    expect(swapped('G4')).toEqual({ fill: GREY, fontColor: BLUE });
    expect(swapped('F4')).toEqual({ fill: RED });
  });

  it('treats a rule whose formula errors, or cannot be parsed, as false', () => {
    const look = looksOf([
      { range: AREA, formula: '=C$1/($A2-$A2)>0', fill: BLUE },
      { range: AREA, formula: '=AND(', fill: BLUE },
      { range: AREA, formula: '=VLOOKUP(C$1,$A$9:$B$9,2,0)', fill: BLUE },
      bar(),
    ]);
    expect(cellsOf(AREA).filter((a) => look(a) !== undefined)).toEqual(BAR_CELLS);
    expect(cellsOf(AREA).map((a) => look(a)?.fill ?? null)).not.toContain(BLUE);
  });

  it('formats on TRUE or a non-zero number, not on zero, text or FALSE', () => {
    const look = looksOf([
      { range: AREA, formula: '=C$1-3', fill: RED },
      { range: AREA, formula: '="yes"', fill: BLUE },
      { range: AREA, formula: '=FALSE', fill: BLUE },
    ]);
    expect(['C2', 'D2', 'E2', 'F2', 'G2', 'H2'].map((a) => look(a)?.fill ?? null)).toEqual([
      RED,
      RED,
      null,
      RED,
      RED,
      RED,
    ]);
  });

  it('keeps absolute references where they are in every cell', () => {
    // $B$2 is 4 in every cell: the columns of days 4 to 6 in every row.
    const look = looksOf([{ range: AREA, formula: '=C$1>=$B$2', fill: RED }]);
    expect(cellsOf(AREA).filter((a) => look(a))).toEqual([
      'F2',
      'G2',
      'H2',
      'F3',
      'G3',
      'H3',
      'F4',
      'G4',
      'H4',
    ]);
  });

  it('evaluates only the cells of the box asked for', () => {
    const look = looksOf([bar()], ROWS, parseRange('E2:H3').box);
    expect(cellsOf(AREA).filter((a) => look(a))).toEqual(['E2', 'F2']);
  });
});

describe('memory/ruledLooks on a rule that reads where it sits', () => {
  it('evaluates ROW() in each cell: a banding rule colours every other row', () => {
    const host = MemoryHost.fromSheets({ S: ROWS });
    const rule = { range: AREA, formula: '=MOD(ROW(),2)=0', fill: GREY };
    const looks = ruledLooks(host.hf, 0, [rule], AREA);
    const grey = cellsOf(AREA).filter((a) => {
      const { row, col } = parseCell(a);
      return looks.get(`${row},${col}`)?.fill === GREY;
    });
    // Rows 2 and 4 of C2:H4 are even.
    expect(grey).toEqual(['C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4']);
  });
});

describe('MemoryHost.readShownLooks', () => {
  const host = () => {
    const h = MemoryHost.fromSheets({ S: ROWS });
    h.extrasOf('S').conditionalFormats.push(bar());
    return h;
  };
  const fills = (h: MemoryHost) =>
    h
      .readShownLooks('S', AREA)
      .flatMap((row, r) =>
        row.map((l, c) =>
          l.fill === RED ? cellAddress({ row: AREA.row + r, col: AREA.col + c }) : null,
        ),
      )
      .filter((a) => a !== null);

  it('follows the cells: a changed due date moves the bar on the next read', () => {
    const h = host();
    expect(fills(h)).toEqual(BAR_CELLS);
    h.hf.setCellContents({ sheet: 0, ...parseCell('B2') }, 6);
    expect(fills(h)).toEqual(['D2', 'E2', 'F2', 'G2', 'H2', 'C3']);
  });

  it("shows a rule's colour over the cell's own, and the cell's own where no rule holds", () => {
    const h = host();
    h.writeSheetPlan({
      ...sheetPlan('S'),
      styles: [{ range: parseRange('C2:E2').box, fill: GREY, fontColor: BLUE }],
    });
    const looks = h.readShownLooks('S', parseRange('C2:E2').box)[0];
    expect(looks).toEqual([
      { fill: GREY, fontColor: BLUE },
      { fill: RED, fontColor: BLUE },
      { fill: RED, fontColor: BLUE },
    ]);
  });
});
