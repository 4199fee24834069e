import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { columnLetters, parseCell } from '../../src/core/a1';
import { formatSerial, toSerial } from '../../src/core/calendar/serial';
import { errorCells } from '../../src/core/grid';
import {
  SAMPLE_MILESTONES,
  SAMPLE_SHEET,
  sampleWorkbook,
} from '../../src/core/sample/sampleWorkbook';
import { generateTimeline } from '../../src/core/timeline/generateTimeline';
import { main } from '../../src/cli/main';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs, readWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);
const RESULTS = path.resolve(__dirname, '../../test-results');
const quiet = { out: () => undefined, err: () => undefined };

/** Where the demo's timeline put things, as the generator says. */
function demoLayout() {
  const host = new MemoryHost();
  for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
  return generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES })!;
}

describe('the demo’s Gantt, rendered', () => {
  const layout = demoLayout();
  const gantt = layout.gantt!;
  const head = layout.taskSheet.headerRow;
  let file: string;
  beforeAll(async () => {
    const dir = path.join(RESULTS, 'gantt');
    await fs.mkdir(dir, { recursive: true });
    expect(await main(['demo', '-o', dir], {}, quiet)).toBe(0);
    file = path.join(dir, '推进表助手-示例.xlsx');
  });

  it('draws bars with a few rules on bounded ranges, not one per cell', async () => {
    const ws = (await readWithExcelJs(file)).getWorksheet(SAMPLE_SHEET)!;
    const rules = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(rules.length).toBeLessThanOrEqual(16);
    const bars = rules.filter((r) => r.ref.startsWith(`${columnLetters(gantt.col)}${head + 2}:`));
    expect(bars.length).toBeGreaterThan(3);
    expect(
      bars.every(
        (r) =>
          r.ref ===
          `${columnLetters(gantt.col)}${head + 2}:${columnLetters(gantt.col + gantt.days - 1)}${head + 1 + layout.taskSheet.tasks.length}`,
      ),
    ).toBe(true);
    const formulas = bars.flatMap((r) =>
      r.rules.map((x) => ('formulae' in x ? String(x.formulae?.[0]) : '')),
    );
    expect(formulas).toContain(
      `AND($C${head + 2}="运营",ISNUMBER($J${head + 2}),${columnLetters(gantt.col)}$${head + 1}>=INT($I${head + 2}),${columnLetters(gantt.col)}$${head + 1}<=$J${head + 2})`,
    );
  });

  it('puts every dated task inside the grid’s days in LibreOffice, prints landscape, and keeps the PNG', async () => {
    const lo = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
    const grid = (await lo.readSheet(SAMPLE_SHEET))!;
    expect(errorCells(grid)).toEqual([]);
    const days = grid.values[head]!.slice(gantt.col, gantt.col + gantt.days) as number[];
    expect(days.every((d, i) => i === 0 || d === days[i - 1]! + 1)).toBe(true);
    for (const t of layout.schedule.filter((s) => s.due !== null)) {
      const due = grid.values[t.task.row]?.[9] as number;
      expect(Math.floor(due)).toBeGreaterThanOrEqual(days[0]!);
      expect(Math.floor(due)).toBeLessThanOrEqual(days[days.length - 1]!);
    }
    expect((await readWithExcelJs(file)).getWorksheet(SAMPLE_SHEET)!.pageSetup.orientation).toBe(
      'landscape',
    );
    const pdf = await convertWithLibreOffice(file, 'pdf');
    await promisify(execFile)('pdftoppm', [
      '-r',
      '110',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      path.join(RESULTS, 'gantt', 'demo-gantt'),
    ]);
    const png = (await fs.readdir(path.join(RESULTS, 'gantt'))).find(
      (f) => f.startsWith('demo-gantt') && f.endsWith('.png'),
    );
    expect(png).toBeDefined();
  });

  it('moves the Gantt header and bars when 开团 is moved by hand', async () => {
    const launch = layout.milestones.find((m) => m.name === '开团')!;
    const at = parseCell(launch.address!.replace(/\$/g, ''));
    const moved = path.join(path.dirname(file), 'moved.xlsx');
    await editWithExcelJs(file, moved, (wb) => {
      wb.getWorksheet(SAMPLE_SHEET)!.getCell(at.row + 1, at.col + 1).value = launch.value! + 7;
    });
    const before = (await (
      await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'))
    ).readSheet(SAMPLE_SHEET))!;
    const after = (await (
      await XlsxHost.open(await convertWithLibreOffice(moved, 'xlsx'))
    ).readSheet(SAMPLE_SHEET))!;
    expect(
      (after.values[head]![gantt.col] as number) - (before.values[head]![gantt.col] as number),
    ).toBe(7);
    const row = layout.schedule.find((s) => s.task.task === '上传聚图和详情页')!.task.row;
    expect(formatSerial(after.values[row]![9] as number)).toBe(
      formatSerial(toSerial({ year: 2026, month: 12, day: 12 })),
    );
  });
});
