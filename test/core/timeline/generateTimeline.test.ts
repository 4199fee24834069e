import fc from 'fast-check';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { errorCells, type Grid } from '../../../src/core/grid';
import { cellAddress, type CellRef } from '../../../src/core/a1';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { JHS_SHEET, jhsMerges, jhsRowOf, jhsRows } from '../../fixtures/juhuasuan';
import { WF_SHEET, wfMerges, wfRows } from '../../fixtures/workflow2015';
import { ANCHORS, runTimeline, shown } from '../../support/timeline';
import { toSerial } from '../../../src/core/calendar/serial';
import { parseDeadline } from '../../../src/core/timeline/deadline';

/** A milestone's value cell in the block: under 里程碑, the row naming it, one column right. */
function milestoneAt(grid: Grid, name: string): CellRef {
  const markerRow = grid.values.findIndex((r) => r.includes('里程碑'));
  const col = grid.values[markerRow]?.indexOf('里程碑') ?? -1;
  const row = grid.values.findIndex((r, i) => i > markerRow && r[col] === name);
  if (markerRow < 0 || row < 0) throw new Error(`no milestone ${name} in the block`);
  return { row, col: col + 1 };
}

const jhs = () => MemoryHost.fromSheets({ [JHS_SHEET]: jhsRows }, { [JHS_SHEET]: jhsMerges });
const START = 8; // I: the first column right of the team's table (A..H)
const DUE = 9;

describe('generateTimeline on a 聚划算 推进表', () => {
  it('finds the header on row 3 and each column by meaning', () => {
    const result = generateTimeline(jhs().readGrid(JHS_SHEET), { anchors: ANCHORS })!;
    expect(result.taskSheet.headerRow).toBe(2);
    expect(result.taskSheet.mapping).toEqual({
      number: 0,
      phase: 1,
      department: 2,
      task: 3,
      due: 4,
      owner: 5,
      status: 6,
      notes: 7,
    });
    expect(result.taskSheet.tasks).toHaveLength(29);
    expect(result.taskSheet.tasks[1]?.phase).toBe('活动前'); // from the merged cell
    expect(result.taskSheet.tasks[20]?.phase).toBe('活动中');
    expect(result.taskSheet.skippedRows).toEqual([19]);
  });

  it.each([
    ['选款测款，预估活动费用', '2026-09-17', '2026-09-17'],
    ['提交聚划算报名资料', '2026-10-11', '2026-10-11'],
    ['活动款项到位', '2026-10-08', '2026-10-08'], // 3 working days: 10-10 (调休 Saturday), 10-09, 10-08
    ['坑位竞拍，缴纳竞拍费', '2026-10-19', '2026-10-19'],
    ['冻结聚划算保证金', '2026-10-20', '2026-10-20'],
    ['站外预热：微博、微信、短信', '2026-10-11', '2026-10-11'],
    ['核对库存，准备包装', '2026-11-04', '2026-11-08'],
    ['点击与收藏实际对比预估', '2026-11-11 09:00', '2026-11-11 09:00'],
    ['流量与计划差距，及时调整', '2026-11-11 09:45', '2026-11-11 09:45'],
    ['核对价格、库存与页面', '2026-11-11 09:30', '2026-11-11 09:30'],
    ['撤下开团前促销页面', '2026-11-11 09:57', '2026-11-11 09:57'],
    ['跟进销售与收藏，汇报运营', '2026-11-11 10:15', '2026-11-11 10:15'],
    ['判断是否启用预备方案', '2026-11-11 10:25', '2026-11-11 10:25'],
    ['跟进打单与打包', '2026-11-11 15:00', '2026-11-11 15:00'],
    ['各项指标完成率评估', '2026-11-12', '2026-11-12'],
    ['恢复价格，至少提价10%', '2026-11-13', '2026-11-13'],
  ])('dates %s from %s to %s', async (task, start, due) => {
    const host = jhs();
    await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const grid = host.readGrid(JHS_SHEET);
    const row = grid.values[jhsRowOf(task)]!;
    expect([shown(row[START]), shown(row[DUE])]).toEqual([start, due]);
  });

  it('writes formulas on the milestone cells, with time only where it matters', async () => {
    const host = jhs();
    const result = await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const grid = host.readGrid(JHS_SHEET);
    const r = (task: string) => jhsRowOf(task);
    expect(grid.values[2]?.slice(START, DUE + 1)).toEqual(['计划开始', '计划截止']);
    const [signUp, launch] = [milestoneAt(grid, '报名'), milestoneAt(grid, '开团')];
    expect(grid.formulas[r('提交聚划算报名资料')]?.[DUE]).toBe(
      `=INT(${cellAddress(signUp, true)})-1`,
    );
    expect(grid.formulas[r('判断是否启用预备方案')]?.[DUE]).toBe(
      `=${cellAddress(launch, true)}+25/1440`,
    );
    expect(grid.formulas[r('跟进打单与打包')]?.[DUE]).toBe(
      `=INT(${cellAddress(launch, true)})+15/24`,
    );
    const formats = host.extrasOf(JHS_SHEET).numberFormats;
    expect(formats.get(`${r('提交聚划算报名资料')},${DUE}`)).toBe('yyyy-mm-dd');
    expect(formats.get(`${r('判断是否启用预备方案')},${DUE}`)).toBe('yyyy-mm-dd hh:mm');
    // The milestone block: down the planned columns (I, J), a blank row below the table.
    const marker = grid.values.findIndex((line) => line[START] === '里程碑');
    const lastTask = result!.taskSheet.lastRow;
    expect(marker).toBeGreaterThan(lastTask + 1);
    expect(
      grid.values.slice(marker, marker + 6).map((line) => line.slice(START, DUE + 1).map(shown)),
    ).toEqual([
      ['里程碑', '日期'],
      ['报名', '2026-10-12'],
      ['竞拍', '2026-10-19'],
      ['排期', '2026-10-26'],
      ['开团', '2026-11-11 10:00'],
      ['活动结束', '2026-11-12 10:00'],
    ]);
    expect(grid.values[1]?.[0]).toBe('活动：5月聚划算商品团 · 手机边框专场');
    expect(errorCells(grid)).toEqual([]);
  });

  it('keeps undatable text and says why, on its cell', () => {
    const result = generateTimeline(jhs().readGrid(JHS_SHEET), { anchors: ANCHORS })!;
    const warned = result.issues
      .filter((i) => i.code.startsWith('DEADLINE_'))
      .map((i) => [i.code, i.cell?.address]);
    expect(warned).toEqual([
      ['DEADLINE_MULTI', `E${jhsRowOf('各环节检查') + 1}`],
      ['DEADLINE_VAGUE', `E${jhsRowOf('年度活动规划') + 1}`],
    ]);
  });

  it('moves every dependent date when 开团 moves, with no add-in', async () => {
    const host = jhs();
    await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const id = host.hf.getSheetId(JHS_SHEET)!;
    host.hf.setCellContents({ sheet: id, ...milestoneAt(host.readGrid(JHS_SHEET), '开团') }, [
      [toSerial({ year: 2026, month: 11, day: 12, hour: 20 })],
    ]);
    const grid = host.readGrid(JHS_SHEET);
    expect(shown(grid.values[jhsRowOf('判断是否启用预备方案')]?.[DUE])).toBe('2026-11-12 20:25');
    expect(shown(grid.values[jhsRowOf('上传聚图和详情页')]?.[DUE])).toBe('2026-11-05');
    expect(shown(grid.values[jhsRowOf('提交聚划算报名资料')]?.[DUE])).toBe('2026-10-11');
  });

  it('refuses to run without a date for every milestone it needs, and names them', () => {
    const result = generateTimeline(jhs().readGrid(JHS_SHEET), {
      anchors: { 开团: ANCHORS.开团 },
    })!;
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => [i.code, i.params.name])).toEqual([
      ['MILESTONE_MISSING', '报名'],
      ['MILESTONE_MISSING', '竞拍'],
      ['MILESTONE_MISSING', '排期'],
      ['MILESTONE_MISSING', '活动结束'],
    ]);
  });

  it('reads milestone values from its own block on the next run, and changes nothing the second time', async () => {
    const host = jhs();
    await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const once = host.readGrid(JHS_SHEET);
    const again = await runTimeline(host, JHS_SHEET);
    expect(again?.milestones.map((m) => m.source)).toEqual([
      'block',
      'block',
      'block',
      'block',
      'block',
    ]);
    expect(host.readGrid(JHS_SHEET)).toEqual(once);
  });

  it('keeps every team edit across regeneration, whatever rows they add, edit or delete', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom('edit', 'insert', 'delete'),
            at: fc.integer({ min: 3, max: 30 }),
            text: fc.constantFrom(
              '开团前2天',
              '报名后3天',
              '临时加的事项',
              '已完成',
              '开团当天9点',
            ),
            col: fc.constantFrom(3, 4, 6, 7),
          }),
          { maxLength: 5 },
        ),
        async (edits) => {
          const host = jhs();
          await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
          const id = host.hf.getSheetId(JHS_SHEET)!;
          for (const e of edits) {
            if (e.kind === 'edit')
              host.hf.setCellContents({ sheet: id, row: e.at, col: e.col }, [[`'${e.text}`]]);
            if (e.kind === 'insert') {
              host.hf.addRows(id, [e.at, 1]);
              host.hf.setCellContents({ sheet: id, row: e.at, col: 3 }, [
                ['临时加的事项', `'${e.text}`],
              ]);
            }
            if (e.kind === 'delete') host.hf.removeRows(id, [e.at, 1]);
          }
          const before = host.readGrid(JHS_SHEET);
          const result = await runTimeline(host, JHS_SHEET);
          const after = host.readGrid(JHS_SHEET);
          const teamCols = (g: Grid) =>
            g.values.map((line, r) => [...line.slice(0, 8), ...(g.formulas[r] ?? []).slice(0, 8)]);
          expect(teamCols(after)).toEqual(teamCols(before));
          expect(errorCells(after)).toEqual([]);
          // Every datable task row has its due date, and the block is still the only one.
          for (const t of result!.taskSheet.tasks) {
            const datable = typeof t.due === 'string' && parseDeadline(t.due).kind !== 'undatable';
            if (datable)
              expect([t.due, typeof after.values[t.row]?.[DUE]]).toEqual([t.due, 'number']);
          }
          expect(after.values.flat().filter((v) => v === '里程碑')).toHaveLength(1);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('generateTimeline on the 2015 工作流程 layout', () => {
  const wf = () => MemoryHost.fromSheets({ [WF_SHEET]: wfRows }, { [WF_SHEET]: wfMerges });

  it('maps 事项明细, 完成时间, 需要时间 and 操作部门, and needs the activity date', () => {
    const result = generateTimeline(wf().readGrid(WF_SHEET))!;
    expect(result.taskSheet.headerRow).toBe(1);
    expect(result.taskSheet.mapping).toMatchObject({
      number: 0,
      task: 2,
      due: 3,
      duration: 4,
      department: 6,
      owner: 7,
      support: 8,
    });
    // Two columns each name the task, the due and the support: the earlier-listed word wins,
    // and the run says which column it passed over.
    const contest = (i: (typeof result.issues)[number]) => [i.params.taken, i.params.passed];
    expect(
      result.issues.map((i) =>
        i.code === 'HEADER_COLUMN_CONTEST' ? [i.code, ...contest(i)] : [i.code, i.params.name],
      ),
    ).toEqual([
      ['HEADER_COLUMN_CONTEST', 'C2', 'B2'], // 事项明细 over 流程名称
      ['HEADER_COLUMN_CONTEST', 'D2', 'F2'], // 完成时间 over 节点
      ['HEADER_COLUMN_CONTEST', 'I2', 'J2'], // 支持部门 over 支持人员
      ['MILESTONE_MISSING', '活动'],
    ]);
  });

  it('counts back from the activity and starts each step its 需要时间 earlier', async () => {
    const host = wf();
    await runTimeline(host, WF_SHEET, {
      anchors: { 活动: toSerial({ year: 2026, month: 6, day: 18 }) },
    });
    const grid = host.readGrid(WF_SHEET);
    const cols = (r: number) => [shown(grid.values[r]?.[10]), shown(grid.values[r]?.[11])];
    expect(cols(2)).toEqual(['2026-05-06', '2026-05-14']); // 前35天, 7-8天
    expect(cols(4)).toEqual(['2026-05-20', '2026-05-21']); // 前28-29天: a range
    expect(cols(10)).toEqual(['2026-06-18', '2026-06-18']); // 当天
    expect(cols(13)).toEqual(['2026-06-19', '2026-06-21']); // 后3天, 1-2天
    expect(errorCells(grid)).toEqual([]);
  });
});

describe('generateTimeline and the team’s workbook', () => {
  it('says so when working days reach past the holiday data', () => {
    const result = generateTimeline(jhs().readGrid(JHS_SHEET), {
      anchors: { ...ANCHORS, 报名: toSerial({ year: 2027, month: 3, day: 1 }) },
    })!;
    const past = result.issues.find((i) => i.code === 'CALENDAR_YEAR_MISSING');
    expect(past?.params).toEqual({ year: 2026, years: '2027' });
    const calendar = result.plan!.sheets.find((s) => s.sheet === '工作日历')!;
    expect(calendar.blocks[0]!.cells.length).toBe(1 + 365 * 2); // 2025 and 2026: 2027 has no holiday data, so no guessed rows
  });

  it('regenerates a copied sheet on its own, leaving the original as it was', async () => {
    const host = MemoryHost.fromSheets(
      { [JHS_SHEET]: jhsRows, 下次活动: jhsRows },
      { [JHS_SHEET]: jhsMerges, 下次活动: jhsMerges },
    );
    await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const original = host.readGrid(JHS_SHEET);
    const later = { ...ANCHORS, 开团: toSerial({ year: 2026, month: 12, day: 12, hour: 20 }) };
    await runTimeline(host, '下次活动', { anchors: later });
    expect(host.readGrid(JHS_SHEET)).toEqual(original);
    const copy = host.readGrid('下次活动');
    expect(shown(copy.values[jhsRowOf('判断是否启用预备方案')]?.[DUE])).toBe('2026-12-12 20:25');
    // Its formulas point at its own milestone cells, never at the other campaign's sheet.
    expect(copy.formulas.flat().filter((f) => f?.includes(JHS_SHEET))).toEqual([]);
  });

  it('leaves the team’s own formulas pointing at the same cells with the same results', async () => {
    const { sampleWorkbook, SAMPLE_SHEET, SAMPLE_MILESTONES } =
      await import('../../../src/core/sample/sampleWorkbook');
    const host = new MemoryHost();
    for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
    const before = host.readGrid(SAMPLE_SHEET);
    const stats = host.readGrid('任务统计');
    await runTimeline(host, SAMPLE_SHEET, { anchors: SAMPLE_MILESTONES });
    const after = host.readGrid(SAMPLE_SHEET);
    const teamCols = (rows: readonly (readonly unknown[])[]) =>
      rows.slice(0, before.values.length).map((r) => r.slice(0, 8));
    expect(teamCols(after.formulas)).toEqual(teamCols(before.formulas));
    expect(teamCols(after.values)).toEqual(teamCols(before.values));
    // Below the table the team's columns stay empty: the block and the Gantt's rows are right of them.
    const below = after.values.slice(before.values.length).flatMap((r) => r.slice(0, 8));
    expect(below.every((v) => v === null)).toBe(true);
    expect(host.readGrid('任务统计')).toEqual(stats);
  });
});

describe('generateTimeline’s schedule', () => {
  it('equals what the formulas compute, task by task', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 23 }),
        async (shift, hour) => {
          const anchors = { ...ANCHORS, 开团: Math.floor(ANCHORS.开团) + shift + hour / 24 };
          const host = jhs();
          const result = await runTimeline(host, JHS_SHEET, { anchors });
          const grid = host.readGrid(JHS_SHEET);
          for (const s of result!.schedule) {
            const shownStart = grid.values[s.task.row]?.[START];
            const shownDue = grid.values[s.task.row]?.[DUE];
            expect([
              s.task.task,
              s.start === null ? null : shown(s.start),
              s.due === null ? null : shown(s.due),
            ]).toEqual([
              s.task.task,
              typeof shownStart === 'number' ? shown(shownStart) : null,
              typeof shownDue === 'number' ? shown(shownDue) : null,
            ]);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
