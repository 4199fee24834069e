import fc from 'fast-check';
import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  quoteSheetName,
  rangeAddress,
  sheetRef,
} from '../../src/core/a1';

describe('a1', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('names column %i as %s and back', (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });

  it('round-trips every column index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetters(i)) === i),
    );
  });

  it('rejects columns past XFD', () => {
    expect(() => columnLetters(16384)).toThrow(RangeError);
    expect(() => columnIndex('XFE')).toThrow(RangeError);
  });

  it.each([
    ['推进表', "'推进表'"],
    ["Tom's 表", "'Tom''s 表'"],
    ['活动 (双11)', "'活动 (双11)'"],
    ['预算-2026', "'预算-2026'"],
    ["''", "''''''"],
  ])('quotes sheet name %s as %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it('parses quoted sheet references back to the same name and box', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[[\]:*?/\\!]/.test(s)),
        fc.record({
          row: fc.integer({ min: 0, max: 1000 }),
          col: fc.integer({ min: 0, max: 700 }),
          rows: fc.integer({ min: 1, max: 50 }),
          cols: fc.integer({ min: 1, max: 50 }),
        }),
        (sheet, box) => {
          expect(parseRange(sheetRef(sheet, box, true))).toEqual({ sheet, box });
        },
      ),
    );
  });

  it('writes absolute and relative addresses', () => {
    expect(cellAddress({ row: 1, col: 3 }, true)).toBe('$D$2');
    expect(rangeAddress({ row: 0, col: 0, rows: 3, cols: 2 })).toBe('A1:B3');
    expect(rangeAddress({ row: 4, col: 4, rows: 1, cols: 1 })).toBe('E5');
    expect(parseCell('$AA$10')).toEqual({ row: 9, col: 26 });
  });
});
