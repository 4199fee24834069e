import { PAPERS } from '../../src/core/plan';
import {
  officePaper,
  paperCode,
  paperOfCode,
  paperOfOffice,
} from '../../src/hosts/_lib/paperSizes';
import { parsePrintTitles, printTitlesText } from '../../src/hosts/_lib/printTitles';
import { splitAreas } from '../../src/hosts/_lib/splitAreas';

describe('paperSizes', () => {
  it.each([
    ['letter', 1, 'Letter'],
    ['a3', 8, 'A3'],
    ['a4', 9, 'A4'],
    ['envelopeDL', 27, 'EnvelopeDL'],
    ['fanfoldLegalGerman', 41, 'FanfoldLegalGerman'],
  ] as const)('gives %s the file code %i and the office-js name %s, and back', (p, code, name) => {
    expect([paperCode(p), officePaper(p)]).toEqual([code, name]);
    expect([paperOfCode(code), paperOfOffice(name)]).toEqual([p, p]);
  });

  it('has no name for a code past 41, nor for 0', () => {
    expect([paperOfCode(0), paperOfCode(42), paperOfCode(66)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(PAPERS).toHaveLength(41);
  });
});

describe('printTitlesText and parsePrintTitles', () => {
  it('writes columns then rows, each qualified by the quoted sheet name', () => {
    expect(
      printTitlesText("Tom's 表", { rows: { first: 2, last: 2 }, cols: { first: 0, last: 3 } }),
    ).toBe("'Tom''s 表'!$A:$D,'Tom''s 表'!$3:$3");
    expect(printTitlesText('表', { rows: null, cols: null })).toBeNull();
  });

  it.each([
    ["'a,b'!$A:$B,'a,b'!$1:$2", { first: 0, last: 1 }, { first: 0, last: 1 }],
    ['推进表!$3:$5', { first: 2, last: 4 }, null],
    ['Sheet1!$C:$C', null, { first: 2, last: 2 }],
    ['Sheet1!$A$1:$B$2', null, null], // neither whole rows nor whole columns
  ])('reads %s', (text, rows, cols) => {
    expect(parsePrintTitles(text)).toEqual({ rows, cols });
  });

  it('reads back what it writes', () => {
    const t = { rows: { first: 0, last: 3 }, cols: { first: 26, last: 27 } };
    expect(parsePrintTitles(printTitlesText("'引号'", t))).toEqual(t);
  });
});

describe('splitAreas', () => {
  it('splits at commas outside quoted sheet names only', () => {
    expect(splitAreas("'a,b'!A1:B2, 'Tom''s, 表'!C3,D4")).toEqual([
      "'a,b'!A1:B2",
      "'Tom''s, 表'!C3",
      'D4',
    ]);
    expect(splitAreas('')).toEqual([]);
  });
});
