import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { main, EXIT } from '../../src/cli/main';
import { sheetPlan } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { jhsMerges, jhsRows } from '../fixtures/juhuasuan';
import { writeXlsxFixture } from '../support/hosts';
import { checkXlsx } from '../support/ooxmlValidate';
import { definedNamesOf, partText, readPackage, sheetsOf } from '../support/packageParts';

/**
 * Issue 14's regressions of a second run (ExcelJS wrote them): a print area read back as
 * `'推进表'!$A1:$BX16`, overlapping validations (H10:H15 and H3:H15) and about 90 empty
 * `<dataValidation>` elements added by a re-run.
 */

async function tuijin(argv: string[]) {
  const err: string[] = [];
  const code = await main(argv, {}, { out: () => undefined, err: (l) => err.push(l) });
  return { code, err: err.join('\n') };
}

const ANCHORS = [
  ['报名', '2026-10-12'],
  ['竞拍', '2026-10-19'],
  ['排期', '2026-10-26'],
  ['开团', '2026-11-11T10:00'],
  ['活动结束', '2026-11-12T10:00'],
].flatMap(([name, date]) => ['--anchor', `${name}=${date}`]);

/** A 推进表 and a 备注 sheet the team gave its own print area; timeline run on it twice. */
async function twoPasses(): Promise<{ first: string; second: string }> {
  const input = await writeXlsxFixture(
    {
      sheets: { 推进表: jhsRows, 备注: [['说明'], ['开团前一周每天核对库存']] },
      merges: { 推进表: jhsMerges },
    },
    '推进表.xlsx',
  );
  const team = await XlsxHost.open(input);
  team.writeSheetPlan({
    ...sheetPlan('备注'),
    print: { landscape: false, fitToWidth: false, area: { row: 0, col: 0, rows: 9, cols: 3 } },
  });
  await team.save(input);
  const first = path.join(path.dirname(input), 'first.xlsx');
  const second = path.join(path.dirname(input), 'second.xlsx');
  expect(await tuijin(['timeline', input, '-o', first, ...ANCHORS])).toMatchObject({
    code: EXIT.ok,
  });
  expect(await tuijin(['timeline', first, '-o', second, ...ANCHORS])).toMatchObject({
    code: EXIT.ok,
  });
  return { first, second };
}

const printAreas = async (file: string) =>
  definedNamesOf(await readPackage(file))
    .filter((d) => d.name === '_xlnm.Print_Area')
    .map((d) => [d.scope, d.ref]);

/** The `<dataValidation>` elements of each sheet, as written. */
async function validations(file: string): Promise<Record<string, string[]>> {
  const pkg = await readPackage(file);
  return Object.fromEntries(
    sheetsOf(pkg).map((s) => [
      s.name,
      partText(pkg, s.part).match(/<dataValidation\b[^>]*>/g) ?? [],
    ]),
  );
}

describe('tuijin timeline run a second time', () => {
  let passes: { first: string; second: string };
  beforeAll(async () => {
    passes = await twoPasses();
  }, 120_000);

  it('keeps every print area absolute: its own sheet’s and that of a sheet it does not touch', async () => {
    const expected = [
      // A1 across to the Gantt's last day (from K, 61 days: BS) and down to the milestone
      // block's last row below the table (41).
      ['推进表', "'推进表'!$A$1:$BS$41"],
      ['备注', "'备注'!$A$1:$C$9"],
    ].sort();
    expect((await printAreas(passes.first)).sort()).toEqual(expected);
    expect((await printAreas(passes.second)).sort()).toEqual(expected);
  });

  it('adds no data validation, and writes none empty or overlapping', async () => {
    const before = await validations(passes.first);
    expect(before['推进表']?.length).toBeGreaterThan(0);
    expect(await validations(passes.second)).toEqual(before);
    const second = new Uint8Array(await fs.readFile(passes.second));
    expect((await checkXlsx(second)).problems).toEqual([]);
  }, 30_000);
});
