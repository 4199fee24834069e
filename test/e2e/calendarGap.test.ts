import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { cellAddress } from '../../src/core/a1';
import { toSerial } from '../../src/core/calendar/serial';
import { errorCells } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { JHS_SHEET, jhsMerges, jhsRowOf, jhsRows } from '../fixtures/juhuasuan';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);

const DUE = 9; // J, the 计划截止 column right of the team's table
const anchors = (报名: string) =>
  [
    '报名=' + 报名,
    '竞拍=2026-10-19',
    '排期=2026-10-26',
    '开团=2026-11-11T10:00',
    '活动结束=2026-11-12T10:00',
  ].flatMap((a) => ['--anchor', a]);

async function recalculated(file: string) {
  const host = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
  return (await host.readSheet(JHS_SHEET))!;
}

describe('a working-day date past the 工作日历, in LibreOffice', () => {
  let input: string;
  beforeAll(async () => {
    input = await writeXlsxFixture(
      { sheets: { [JHS_SHEET]: jhsRows }, merges: { [JHS_SHEET]: jhsMerges } },
      '聚划算-日历.xlsx',
    );
  });

  it('shows 日历缺2027 when 报名 is planned in 2027, and the command line warns', async () => {
    const output = path.join(path.dirname(input), '聚划算-2027.xlsx');
    const said: string[] = [];
    const io = { out: (s: string) => said.push(s), err: (s: string) => said.push(s) };
    const code = await main(['timeline', input, '-o', output, ...anchors('2027-01-04')], {}, io);
    expect([code, said]).toEqual([0, said]);
    expect(said.join('\n')).toContain('工作日历');
    expect(said.join('\n')).toContain('2027');
    const grid = await recalculated(output);
    // 报名前3个工作日 from Monday 2027-01-04 needs 2027-01-01..03: no holiday data yet.
    expect(grid.values[jhsRowOf('活动款项到位')]?.[DUE]).toBe('日历缺2027');
    expect(errorCells(grid)).toEqual([]);
  });

  it('shows it too when 报名 is moved into 2027 by hand, with no add-in', async () => {
    const output = path.join(path.dirname(input), '聚划算-2026.xlsx');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(['timeline', input, '-o', output, ...anchors('2026-10-12')], {}, quiet)).toBe(
      0,
    );
    const before = (await (await XlsxHost.open(output)).readSheet(JHS_SHEET))!;
    expect(before.values[jhsRowOf('活动款项到位')]?.[DUE]).toBe(
      toSerial({ year: 2026, month: 10, day: 8 }),
    );
    // The milestone block's row: each name is followed by its date cell.
    const r = before.values.findIndex((line) => line.includes('报名'));
    const c = before.values[r]!.indexOf('报名') + 1;
    const edited = path.join(path.dirname(input), '聚划算-moved.xlsx');
    await editWithExcelJs(output, edited, (wb) => {
      wb.getWorksheet(JHS_SHEET)!.getCell(cellAddress({ row: r, col: c })).value = toSerial({
        year: 2027,
        month: 1,
        day: 4,
      });
    });
    const grid = await recalculated(edited);
    expect(grid.values[jhsRowOf('活动款项到位')]?.[DUE]).toBe('日历缺2027');
    expect(errorCells(grid)).toEqual([]);
  });
});
