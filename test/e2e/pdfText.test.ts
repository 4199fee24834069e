import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writtenByAnotherProgram } from '../support/writtenWorkbooks';
import { heightPerPoint, parseBbox, pdfText, wordsOf, type PdfPage } from '../support/pdfText';

jest.setTimeout(180_000);

describe('parseBbox', () => {
  it('reads pages, their sizes and their words with heights, unescaping the text', () => {
    const pages = parseBbox(
      '<doc><page width="842.000000" height="595.000000">' +
        '<word xMin="10.0" yMin="20.5" xMax="30.0" yMax="34.75">R&amp;D&lt;1&gt;</word>' +
        '<word xMin="40" yMin="20" xMax="60" yMax="28">推进</word></page>' +
        '<page width="595.000000" height="842.000000"></page></doc>',
    );
    expect(pages.map((p) => [p.width, p.height, p.words.length])).toEqual([
      [842, 595, 2],
      [595, 842, 0],
    ]);
    expect(pages[0]!.words[0]).toEqual({
      text: 'R&D<1>',
      xMin: 10,
      yMin: 20.5,
      xMax: 30,
      yMax: 34.75,
      height: 14.25,
    });
  });
});

/** Cells in the xlsx host's default typeface (等线) at the sizes given, one a row. */
async function sizedWorkbook(file: string, sizes: Record<string, number>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('字号');
  Object.entries(sizes).forEach(([text, size], i) => {
    const cell = ws.getCell(i * 2 + 1, 1);
    cell.value = text;
    cell.font = { name: '等线', size };
  });
  await wb.xlsx.writeFile(file);
  writtenByAnotherProgram(file);
}

describe('pdfText, on a workbook printed by LibreOffice', () => {
  let pages: PdfPage[];
  beforeAll(async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pdftext-')), 'sizes.xlsx');
    await sizedWorkbook(file, { 六号small: 6, 八号eight: 8, 十一large: 11 });
    pages = await pdfText(file);
  });

  it('finds each word once, on the one page', () => {
    expect(pages).toHaveLength(1);
    expect(
      ['六号small', '八号eight', '十一large'].map((t) => wordsOf(pages[0]!, t).length),
    ).toEqual([1, 1, 1]);
  });

  it('measures heights in proportion to the type size', () => {
    const per = (t: string, size: number) => heightPerPoint(pages, t, size);
    const eleven = per('十一large', 11);
    expect(per('六号small', 6) / eleven).toBeCloseTo(1, 1);
    expect(per('八号eight', 8) / eleven).toBeCloseTo(1, 1);
    // A word's box is its font's ascent plus descent: more than the em, less than twice it.
    expect(eleven).toBeGreaterThan(1);
    expect(eleven).toBeLessThan(2);
  });

  it('tells 6 pt text from the 8 pt floor', () => {
    const floor = 8 * heightPerPoint(pages, '十一large', 11);
    const under = pages[0]!.words.filter((w) => w.height < floor * 0.95).map((w) => w.text);
    expect(under).toEqual(['六号small']);
  });
});
