import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8 } from 'fflate';
import { prepareBudget } from '../../src/app/budget';
import { prepareRoi } from '../../src/app/roi';
import { prepareTimeline } from '../../src/app/timeline';
import { parseCell, parseRange, type RangeBox } from '../../src/core/a1';
import type { CellValue } from '../../src/core/grid';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { CORPUS, corpusPath } from '../corpus/manifest';
import { workbookFeatures } from '../support/packageFeatures';
import {
  changedValues,
  formulaCells,
  libreOfficeValues,
  partText,
  readPackage,
  sameComputedValue,
  savedValues,
  writePackage,
  type CellMap,
} from '../support/packageParts';

jest.setTimeout(300_000);

/** A cell as typed into the memory host: text behind an apostrophe, an error by its code. */
const typed = (v: CellValue | undefined): RawCell =>
  typeof v === 'string' ? `'${v}` : v && typeof v === 'object' ? v.error : (v ?? null);

/**
 * The workbook as LibreOffice computed it, typed into the memory host as values (the team's
 * formulas by their results), with the file's merges: what the commands read, with no writer.
 */
function memoryBook(
  values: CellMap<CellValue | undefined>,
  merges: Record<string, RangeBox[]>,
): MemoryHost {
  const sheets: Record<string, RawCell[][]> = {};
  for (const [sheet, cells] of values) {
    const rows: RawCell[][] = [];
    for (const [at, v] of cells) {
      const { row, col } = parseCell(at);
      while (rows.length <= row) rows.push([]);
      const line = rows[row] ?? [];
      line[col] = typed(v);
    }
    const width = Math.max(0, ...rows.map((r) => r.length));
    sheets[sheet] = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  }
  return MemoryHost.fromSheets(sheets, merges);
}

const errorsOf = (issues: readonly { severity: string; code: string }[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => i.code);

describe.each(CORPUS.map((c) => [c.file, c] as const))('%s in LibreOffice', (_, claim) => {
  const file = corpusPath(claim.file);
  let computed: CellMap<CellValue | undefined>;
  beforeAll(async () => {
    // Every cell, formulas and typed values alike, as LibreOffice saves it after recalculating.
    computed = await libreOfficeValues(file, savedValues(await readPackage(file)));
  });

  it('opens, and computes every team formula to the value worked out by hand', () => {
    const wrong = Object.entries(claim.teamFormulas).flatMap(([sheet, cells]) =>
      Object.entries(cells)
        .filter(([at, value]) => !sameComputedValue(computed.get(sheet)?.get(at), value))
        .map(([at, value]) => ({ sheet, at, expected: value, got: computed.get(sheet)?.get(at) })),
    );
    expect(wrong).toEqual([]);
  });

  it('reads as a 推进表, a budget and sales with a channel table, with no error, before any writer runs', async () => {
    const pkg = await readPackage(file);
    const merges = Object.fromEntries(
      [...workbookFeatures(pkg)].map(([sheet, f]) => [
        sheet,
        f.merges.map((m) => parseRange(m).box),
      ]),
    );
    const book = memoryBook(computed, merges);
    const timeline = await prepareTimeline(book, {});
    expect([timeline.candidates, errorsOf(timeline.issues)]).toEqual([[claim.reads.timeline], []]);
    expect(timeline.result).not.toBeNull();
    const budget = await prepareBudget(book, {});
    expect([budget.candidates, errorsOf(budget.issues)]).toEqual([[claim.reads.budget], []]);
    const roi = await prepareRoi(book, {});
    expect([roi.candidates, errorsOf(roi.issues)]).toEqual([[claim.reads.roi], []]);
    const channels = roi.issues.find((i) => i.code === 'CHANNELS_READ');
    expect(channels?.cell?.sheet).toBe(claim.reads.channels);
  });
});

describe('libreOfficeValues on a round trip', () => {
  const input = corpusPath('openpyxl-juhuasuan.xlsx');

  it('sees no change when the package is written again unchanged', async () => {
    const pkg = await readPackage(input);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-corpus-'));
    const copy = path.join(dir, 'copy.xlsx');
    await writePackage(pkg, copy);
    const team = formulaCells(pkg);
    expect(
      changedValues(await libreOfficeValues(input, team), await libreOfficeValues(copy, team)),
    ).toEqual([]);
  });

  it('catches the merge of two sheet-scoped names into one (issue 14: =目标*1 went from 1 to 2)', async () => {
    const pkg = await readPackage(input);
    const workbook = partText(pkg, 'xl/workbook.xml')
      .replace(`<definedName name="目标" localSheetId="0">'推进表'!$G$1</definedName>`, '')
      .replace(`<definedName name="目标" localSheetId="4">`, `<definedName name="目标">`);
    expect(workbook).not.toContain('localSheetId="4"');
    const merged = new Map(pkg).set('xl/workbook.xml', strToU8(workbook));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-corpus-'));
    const output = path.join(dir, 'merged.xlsx');
    await writePackage(merged, output);
    const team = formulaCells(pkg);
    expect(
      changedValues(await libreOfficeValues(input, team), await libreOfficeValues(output, team)),
    ).toEqual([{ sheet: '推进表', cell: 'H1', before: 1, after: 2 }]);
  });
});
