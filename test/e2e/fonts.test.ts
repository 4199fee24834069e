import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { recalcWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(180_000);
const run = promisify(execFile);
const RESULTS = path.resolve(__dirname, '../../test-results/fonts');
const quiet = { out: () => undefined, err: () => undefined };

/** The font names `pdffonts` lists for a PDF (its first column, past the two header lines). */
async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

describe('the demo printed by LibreOffice', () => {
  let fonts: string[];
  beforeAll(async () => {
    await fs.mkdir(RESULTS, { recursive: true });
    expect(await main(['demo', '-o', RESULTS], {}, quiet)).toBe(0);
    const pdf = await recalcWithLibreOffice(path.join(RESULTS, '推进表助手-示例.xlsx'), 'pdf');
    fonts = await pdfFonts(pdf);
  });

  it('uses fonts', () => {
    expect(fonts.length).toBeGreaterThan(0);
  });

  // A font with no name (`<font><b/></font>`) falls back to LibreOffice's default serif.
  it('uses no serif font: bold totals, headers and Gantt day numbers are in the workbook font', () => {
    expect(fonts.filter((f) => /serif|times|roman|song|ming/i.test(f) && !/sans/i.test(f))).toEqual(
      [],
    );
  });
});
