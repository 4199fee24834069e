import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { toSerial, formatSerial } from '../../src/core/calendar/serial';
import { errorCells } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { JHS_SHEET, jhsMerges, jhsRowOf, jhsRows } from '../fixtures/juhuasuan';
import { WF_SHEET, wfMerges, wfRows } from '../fixtures/workflow2015';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);

const quiet = { out: () => undefined, err: () => undefined };
const ANCHORS = [
  '--anchor',
  '报名=2026-10-12',
  '--anchor',
  '竞拍=2026-10-19',
  '--anchor',
  '排期=2026-10-26',
  '--anchor',
  '开团=2026-11-11T10:00',
  '--anchor',
  '活动结束=2026-11-12T10:00',
];
const DUE = 9;
const show = (v: unknown) => (typeof v === 'number' ? formatSerial(v) : v);

async function recalculated(file: string, sheet: string) {
  const host = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
  return (await host.readSheet(sheet))!;
}

describe('timeline in LibreOffice', () => {
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = await writeXlsxFixture(
      { sheets: { [JHS_SHEET]: jhsRows }, merges: { [JHS_SHEET]: jhsMerges } },
      '聚划算.xlsx',
    );
    output = path.join(path.dirname(input), '聚划算-时间表.xlsx');
    expect(await main(['timeline', input, '-o', output, ...ANCHORS], {}, quiet)).toBe(0);
  });

  it('recalculates with no error value and the right date or time for each form', async () => {
    const grid = await recalculated(output, JHS_SHEET);
    expect(errorCells(grid)).toEqual([]);
    const due = (task: string) => show(grid.values[jhsRowOf(task)]?.[DUE]);
    expect(due('判断是否启用预备方案')).toBe('2026-11-11 10:25'); // 开团后25 分钟
    expect(due('跟进打单与打包')).toBe('2026-11-11 15:00'); // 开团当天15点
    expect(due('流量与计划差距，及时调整')).toBe('2026-11-11 09:45'); // 开团前十五分钟
    expect(due('活动款项到位')).toBe('2026-10-08'); // 报名前3个工作日, across 国庆 and the 调休 Saturday
    expect(due('上传聚图和详情页')).toBe('2026-11-04');
    const calendar = (await (
      await XlsxHost.open(await convertWithLibreOffice(output, 'xlsx'))
    ).readSheet('工作日历'))!;
    expect(errorCells(calendar)).toEqual([]);
  });

  it('moves the dependent dates when 开团 is moved by hand, with no add-in', async () => {
    const edited = path.join(path.dirname(output), 'moved.xlsx');
    await editWithExcelJs(output, edited, (wb) => {
      wb.getWorksheet(JHS_SHEET)!.getCell('T2').value = toSerial({
        year: 2026,
        month: 12,
        day: 12,
        hour: 20,
      });
    });
    const grid = await recalculated(edited, JHS_SHEET);
    expect(show(grid.values[jhsRowOf('判断是否启用预备方案')]?.[DUE])).toBe('2026-12-12 20:25');
    expect(show(grid.values[jhsRowOf('上传聚图和详情页')]?.[DUE])).toBe('2026-12-05');
    expect(show(grid.values[jhsRowOf('活动款项到位')]?.[DUE])).toBe('2026-10-08'); // hangs on 报名, which did not move
  });

  it('changes none of the team’s cells on a second run over its own output', async () => {
    const again = path.join(path.dirname(output), 'again.xlsx');
    expect(await main(['timeline', output, '-o', again], {}, quiet)).toBe(0);
    const first = (await (await XlsxHost.open(output)).readSheet(JHS_SHEET))!;
    const second = (await (await XlsxHost.open(again)).readSheet(JHS_SHEET))!;
    expect(second.formulas).toEqual(first.formulas);
    expect(second.values.map((l) => l.slice(0, 8))).toEqual(first.values.map((l) => l.slice(0, 8)));
    expect(second.values[1]).toEqual(first.values[1]); // the milestone block
  });

  it('dates the 2015 工作流程 layout from the activity day', async () => {
    const wf = await writeXlsxFixture(
      { sheets: { [WF_SHEET]: wfRows }, merges: { [WF_SHEET]: wfMerges } },
      '流程.xlsx',
    );
    const out = path.join(path.dirname(wf), '流程-时间表.xlsx');
    expect(await main(['timeline', wf, '-o', out, '--anchor', '活动=2026-06-18'], {}, quiet)).toBe(
      0,
    );
    const grid = await recalculated(out, WF_SHEET);
    expect(errorCells(grid)).toEqual([]);
    expect([show(grid.values[2]?.[10]), show(grid.values[2]?.[11])]).toEqual([
      '2026-05-06',
      '2026-05-14',
    ]);
  });
});
