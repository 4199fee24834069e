import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { readSavedValues, type SheetResults } from './xlsxResults';

const run = promisify(execFile);

/**
 * Opens an .xlsx in Gnumeric (`ssconvert --recalc`, Debian's `gnumeric`), recalculates every
 * formula, and returns the value of each cell as Gnumeric computed it.
 *
 * It writes xlsx and reads that back, not csv: a csv is one sheet a file and has no types (the
 * number 0 and the text "0", TRUE and "TRUE", the error #NUM! and that text, an empty text and a
 * blank cell are the same bytes there), and a date comes out as the cell's format shows it. Its
 * xlsx writer keeps each result's type (`t="e"`, `"b"`, `"str"`), numbers with 21 significant
 * digits and dates as serials. Everything happens in a temporary folder that is removed after.
 */
export async function recalcWithGnumeric(file: string): Promise<SheetResults> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-gnumeric-'));
  try {
    const out = path.join(dir, 'recalculated.xlsx');
    const { stderr } = await run(
      'ssconvert',
      ['--recalc', '--export-type=Gnumeric_Excel:xlsx2', file, out],
      { timeout: 120_000 },
    );
    // ssconvert can exit 0 having written nothing; say what it said rather than "no such file".
    await fs.access(out).catch(() => {
      throw new Error(`ssconvert wrote no recalculated copy of ${file}: ${stderr}`);
    });
    return await readSavedValues(out);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
