import { sheetPlan, type PrintSetup, type SheetPlan } from '../../src/core/plan';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import type { WorkbookHost } from '../../src/hosts/types';
import { FakeExcel, FakeRichApiError } from '../support/fakeExcel';

/**
 * The richer print setup (issue 17, item 2) on the office host, through the fake's pageLayout
 * and verticalPageBreaks, and on the memory host: paper, print titles and manual column breaks
 * are written, kept in the backup, and restore gives back exactly what the sheet had.
 */

const SHEET = '推进表';

/** The team's own setup: Letter, the first column on every page, a break before F. */
const TEAM: PrintSetup = {
  landscape: false,
  fitToWidth: false,
  area: null,
  paper: 'letter',
  titleRows: null,
  titleCols: { first: 0, last: 0 },
  colBreaks: [5],
};

/** What a Gantt run asks for: A4 landscape, rows 1–3 and columns A–D on every page, weeks. */
const RUN: PrintSetup = {
  landscape: true,
  fitToWidth: false,
  area: { row: 0, col: 0, rows: 20, cols: 30 },
  paper: 'a4',
  titleRows: { first: 0, last: 2 },
  titleCols: { first: 0, last: 3 },
  colBreaks: [11, 18, 25],
};

function teamStore(): MemoryHost {
  const store = MemoryHost.fromSheets({ [SHEET]: [['序号', '事项', '负责人']] });
  store.extrasOf(SHEET).print = TEAM;
  return store;
}

const printPlan = (print: PrintSetup): SheetPlan => ({ ...sheetPlan(SHEET), print });

const hosts: [string, (store: MemoryHost) => WorkbookHost][] = [
  ['memory', (store) => store],
  [
    'office',
    (store) =>
      new OfficeHost(
        new FakeExcel(store, { fillTintApi: true, mergedAreasApi: true }).run,
        () => true,
      ),
  ],
];

describe.each(hosts)('the print setup on the %s host', (_kind, hostOn) => {
  it('writes paper, titles and breaks, and restore gives back the team’s', async () => {
    const store = teamStore();
    const host = hostOn(store);
    await host.apply({ sheets: [printPlan(RUN)], deleteSheets: [] });
    expect(store.readPrint(SHEET)).toEqual(RUN);
    await host.restore();
    expect(store.readPrint(SHEET)).toEqual(TEAM);
  });

  it('removes titles and breaks the setup says none of, and leaves the parts it leaves out', async () => {
    const store = teamStore();
    const host = hostOn(store);
    await host.apply({
      sheets: [printPlan({ landscape: true, fitToWidth: true, titleRows: null, titleCols: null })],
      deleteSheets: [],
    });
    expect(store.readPrint(SHEET)).toEqual({
      ...TEAM,
      landscape: true,
      fitToWidth: true,
      titleCols: null,
    });
    await host.apply({ sheets: [printPlan({ ...RUN, colBreaks: [] })], deleteSheets: [] });
    expect(store.readPrint(SHEET).colBreaks).toEqual([]);
  });
});

describe('the fake Excel’s page layout', () => {
  const fakeTeam = () => {
    const store = MemoryHost.fromSheets({ [SHEET]: [['序号']] });
    return { store, fake: new FakeExcel(store) };
  };

  it('reads a sheet nobody set up as Letter, with no title rows and no manual breaks', async () => {
    const { fake } = fakeTeam();
    await fake.run(async (c) => {
      const ws = c.workbook.worksheets.getItem(SHEET);
      ws.pageLayout.load('paperSize');
      const rows = ws.pageLayout.getPrintTitleRowsOrNullObject();
      ws.verticalPageBreaks.load('items/columnIndex');
      await c.sync();
      expect([ws.pageLayout.paperSize, rows.isNullObject, ws.verticalPageBreaks.items]).toEqual([
        'Letter',
        true,
        [],
      ]);
    });
  });

  it('refuses title rows that are not whole rows, at the sync', async () => {
    const { fake } = fakeTeam();
    await expect(
      fake.run(async (c) => {
        c.workbook.worksheets.getItem(SHEET).pageLayout.setPrintTitleRows('A1:D1');
        await c.sync();
      }),
    ).rejects.toThrow(FakeRichApiError);
  });

  it('adds a break before the range’s first column and reads it as that column', async () => {
    const { store, fake } = fakeTeam();
    await fake.run(async (c) => {
      const breaks = c.workbook.worksheets.getItem(SHEET).verticalPageBreaks;
      breaks.add('K5:M9');
      breaks.add('E1');
      await c.sync();
      breaks.load('items/columnIndex');
      await c.sync();
      expect(breaks.items.map((b) => b.columnIndex)).toEqual([4, 10]);
      breaks.removePageBreaks();
      await c.sync();
    });
    expect(store.readPrint(SHEET).colBreaks).toEqual([]);
  });
});
