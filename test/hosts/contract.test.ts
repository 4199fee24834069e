import fc from 'fast-check';
import { quoteSheetName } from '../../src/core/a1';
import type { Grid } from '../../src/core/grid';
import {
  block,
  blank,
  bool,
  formula,
  num,
  sheetPlan,
  text,
  type WorkbookPlan,
} from '../../src/core/plan';
import { BACKUP_SHEET } from '../../src/core/plan/backup';
import { fillMessage } from '../../src/core/issues';
import { HostError, MissingSheetError, NoSuchSheetError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { editCell, hostKinds, makeHost } from '../support/hosts';
import { TEAM_SHEET, teamMerges, teamRows } from '../support/teamWorkbook';

const seed = { sheets: { [TEAM_SHEET]: teamRows }, merges: { [TEAM_SHEET]: teamMerges } };
const REPORT = '汇总 (总表)';

/** Columns the add-in owns beside the team's table, plus a summary sheet created from nothing. */
const plan: WorkbookPlan = {
  sheets: [
    {
      ...sheetPlan(TEAM_SHEET),
      blocks: [
        block({ row: 2, col: 7 }, [
          [text('计划截止'), text('备注(助手)')],
          [formula('=DATE(2026,11,11)+TIME(20,0,0)-20'), text('=HYPERLINK("x")')],
          [formula('=H4+2'), text('-赠品')],
          [formula('=H4+15/1440'), text('123')],
          [blank, bool(true)],
        ]),
      ],
      numberFormats: [{ range: { row: 3, col: 7, rows: 4, cols: 1 }, format: 'yyyy-mm-dd hh:mm' }],
      styles: [{ range: { row: 2, col: 7, rows: 1, cols: 2 }, fill: '#DDEBF7', bold: true }],
      conditionalFormats: [
        { range: { row: 3, col: 7, rows: 4, cols: 1 }, formula: '=$H4<TODAY()', fill: '#F8CBAD' },
      ],
      validations: [
        {
          range: { row: 3, col: 8, rows: 4, cols: 1 },
          list: ['未开始', '进行中', '已完成', '延期'],
        },
      ],
      columnWidths: [{ col: 7, width: 18 }],
      freeze: { rows: 3, cols: 0 },
      owned: [{ row: 2, col: 7, rows: 5, cols: 2 }],
    },
    {
      ...sheetPlan(REPORT, true),
      blocks: [
        block({ row: 0, col: 0 }, [
          [text('任务数'), formula(`=COUNTA(${quoteSheetName(TEAM_SHEET)}!D4:D7)`)],
          [text('首个截止'), formula(`=MIN(${quoteSheetName(TEAM_SHEET)}!H4:H7)`)],
          [
            text('运营任务'),
            formula(`=SUMPRODUCT((${quoteSheetName(TEAM_SHEET)}!C4:C7="运营")*1)`),
          ],
          [text('比例'), num(0.25)],
        ]),
      ],
      owned: [{ row: 0, col: 0, rows: 4, cols: 2 }],
    },
  ],
  deleteSheets: [],
};

/** Everything a reader sees in a grid: values with formulas, merges excluded. */
const view = (g: Grid | null) =>
  g ? { origin: g.origin, values: g.values, formulas: g.formulas } : null;

describe.each(hostKinds)('WorkbookHost on the %s host', (kind) => {
  it('lists the team sheet and reads its used range with formulas and merges', async () => {
    const { host } = await makeHost(kind, seed);
    expect(await host.listSheets()).toEqual([{ name: TEAM_SHEET, visible: true }]);
    const grid = (await host.readSheet(TEAM_SHEET))!;
    expect(grid.values[2]).toEqual(['序号', '阶段', '部门', '事项', '完成时间', '负责人']);
    expect(grid.values[4]?.[3]).toBe('=HYPERLINK(入口图) 设计');
    expect(grid.formulas[4]?.[0]).toBe('=A4+1');
    // A file keeps no computed values until a spreadsheet program recalculates it (test/e2e).
    if (kind !== 'xlsx') expect(grid.values[6]?.[0]).toBe(4);
    expect(grid.merges).toEqual(teamMerges);
    expect(await host.readSheet('没有这个表')).toBeNull();
  });

  it('writes text as text, formulas as live formulas, across quoted CJK sheet names', async () => {
    const t = await makeHost(kind, seed);
    const result = await t.host.apply(plan);
    expect(result.createdSheets).toEqual([REPORT]);
    expect(result.backedUpCells).toBeGreaterThan(0);
    const host = await t.reopen();
    const team = (await host.readSheet(TEAM_SHEET))!;
    expect(team.formulas[3]?.[7]).toBe('=DATE(2026,11,11)+TIME(20,0,0)-20');
    expect(team.values[3]?.[8]).toBe('=HYPERLINK("x")');
    expect(team.formulas[3]?.[8]).toBeNull();
    expect(team.values[4]?.[8]).toBe('-赠品');
    expect(team.values[5]?.[8]).toBe('123');
    expect(team.values[6]?.[8]).toBe(true);
    const report = (await host.readSheet(REPORT))!;
    expect(report.formulas.map((r) => r[1])).toEqual([
      `=COUNTA('聚划算 推进表 (Tom''s)'!D4:D7)`,
      `=MIN('聚划算 推进表 (Tom''s)'!H4:H7)`,
      `=SUMPRODUCT(('聚划算 推进表 (Tom''s)'!C4:C7="运营")*1)`,
      null,
    ]);
    // The team's own cells are untouched.
    expect(team.values.slice(0, 7).map((r) => r.slice(0, 6))).toEqual(
      (await (await makeHost(kind, seed)).host.readSheet(TEAM_SHEET))!.values.map((r) =>
        r.slice(0, 6),
      ),
    );
    const sheets = await host.listSheets();
    expect(sheets.find((s) => s.name === BACKUP_SHEET)?.visible).toBe(false);
  });

  it('leaves the same workbook when a plan is applied twice as when applied once', async () => {
    const once = await makeHost(kind, seed);
    await once.host.apply(plan);
    const twice = await makeHost(kind, seed);
    await twice.host.apply(plan);
    await twice.host.apply(plan);
    for (const name of [TEAM_SHEET, REPORT]) {
      expect(view(await (await twice.reopen()).readSheet(name))).toEqual(
        view(await (await once.reopen()).readSheet(name)),
      );
    }
  });

  it('restores every overwritten cell and deletes the sheets the run created', async () => {
    const t = await makeHost(kind, seed);
    const before = view(await t.host.readSheet(TEAM_SHEET));
    await t.host.apply(plan);
    const restored = await (await t.reopen()).restore();
    expect(restored).toEqual({ restoredCells: expect.any(Number), deletedSheets: [REPORT] });
    const host = await t.reopen();
    const after = (await host.readSheet(TEAM_SHEET))!;
    expect(after.values.flat().filter((v) => v !== null)).toEqual(
      before!.values.flat().filter((v) => v !== null),
    );
    expect((await host.listSheets()).map((s) => s.name)).not.toContain(REPORT);
    expect(await host.restore()).toBeNull();
  });

  it.each([
    ['packed cells', 'cells', 'E', '{"c":[1,'],
    ['range address', 'range', 'C', 'H4到H7'],
    ['header', '记录', 'A', '备注'],
  ] as const)(
    'refuses to restore from a backup sheet whose %s someone edited, naming the cell, and changes nothing',
    async (_what, record, column, typed) => {
      const t = await makeHost(kind, seed);
      await t.host.apply(plan);
      const stored = (await t.host.readSheet(BACKUP_SHEET))!;
      const cell = `${column}${stored.values.findIndex((r) => r[0] === record) + 1}`;
      editCell(t, BACKUP_SHEET, cell, typed);
      const host = await t.reopen();
      const before = view(await host.readSheet(TEAM_SHEET));
      const sheets = await host.listSheets();
      const error = await host.restore().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({
        code: 'BACKUP_UNREADABLE',
        params: { sheet: BACKUP_SHEET, cell },
      });
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const text = fillMessage('BACKUP_UNREADABLE', locale, (error as HostError).params);
        expect(text).toContain(BACKUP_SHEET);
        expect(text).toContain(cell);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(view(await host.readSheet(TEAM_SHEET))).toEqual(before);
      expect(await host.listSheets()).toEqual(sheets);
    },
  );

  it('refuses a plan for a missing sheet it may not create, and writes nothing', async () => {
    const t = await makeHost(kind, seed);
    const bad: WorkbookPlan = {
      sheets: [{ ...sheetPlan('不存在'), blocks: [block({ row: 0, col: 0 }, [[num(1)]])] }],
      deleteSheets: [],
    };
    await expect(t.host.apply(bad)).rejects.toBeInstanceOf(MissingSheetError);
    expect((await t.host.listSheets()).map((s) => s.name)).toEqual([TEAM_SHEET]);
  });

  it('keeps any text exactly as text, whatever it starts with', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              '=1+1',
              '+86 138',
              '-赠品',
              '@张三',
              '\t缩进',
              "'引号",
              '0012',
              '1e3',
              'TRUE',
              '3.5%',
            ),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        async (texts) => {
          const t = await makeHost(kind, { sheets: { 表: [[null]] } });
          const values = texts.map((s) =>
            s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/g, ''),
          );
          await t.host.apply({
            sheets: [
              { ...sheetPlan('表'), blocks: [block({ row: 0, col: 0 }, [values.map(text)])] },
            ],
            deleteSheets: [],
          });
          const grid = (await (await t.reopen()).readSheet('表'))!;
          expect(grid.values[0]?.map((v) => v ?? '')).toEqual(values);
          expect(grid.formulas[0]?.every((f) => f === null)).toBe(true);
        },
      ),
      { numRuns: kind === 'xlsx' ? 8 : 25 },
    );
  });
});

describe.each(hostKinds)('WorkbookHost.select on the %s host', (kind) => {
  it('selects a cell without changing any content', async () => {
    const t = await makeHost(kind, seed);
    const before = view(await t.host.readSheet(TEAM_SHEET));
    await t.host.select(TEAM_SHEET, 'E5');
    expect(view(await (await t.reopen()).readSheet(TEAM_SHEET))).toEqual(before);
    if (t.fake) expect(t.fake.store.selection).toEqual({ sheet: TEAM_SHEET, address: 'E5' });
  });
});

describe('XlsxHost and MemoryHost asked for a sheet they do not have', () => {
  it('throw NoSuchSheetError naming the sheet', async () => {
    const xlsx = (await makeHost('xlsx', seed)).host;
    await expect(xlsx.select('没有这个表', 'A1')).rejects.toThrow(NoSuchSheetError);
    const memory = MemoryHost.fromSheets({ 表: [[1]] });
    expect(() => memory.extrasOf('没有这个表')).toThrow(
      expect.objectContaining({ name: 'NoSuchSheetError', sheet: '没有这个表', host: 'memory' }),
    );
  });
});
