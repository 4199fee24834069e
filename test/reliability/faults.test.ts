import { fillMessage } from '../../src/core/issues';
import type { WorkbookPlan } from '../../src/core/plan';
import { prepareCommand } from '../../src/app/prepareCommand';
import { HostError } from '../../src/hosts/errors';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { JHS_SHEET, jhsMerges, jhsRows } from '../fixtures/juhuasuan';
import { CHANNEL_SHEET, channelRows, SALES_SHEET, salesRows } from '../fixtures/sales';
import { FakeExcel, visibleState, type FakeOptions } from '../support/fakeExcel';

/**
 * Excel failing in its own ways while each command writes: a protected sheet, a cell in edit
 * mode, a request over the size limit, and a failure at every `context.sync()` of the run. Each
 * must leave what the user sees exactly as it was and say, in both languages, what to do.
 */
const COMMANDS: {
  name: string;
  sheets: Record<string, RawCell[][]>;
  target: string;
  plan: (host: OfficeHost) => Promise<WorkbookPlan>;
}[] = [
  {
    name: '生成时间表',
    sheets: { [JHS_SHEET]: jhsRows },
    target: JHS_SHEET,
    plan: async (host) =>
      (
        await prepareCommand(host, 'timeline', {
          anchors: [
            '报名=2026-10-12',
            '竞拍=2026-10-19',
            '排期=2026-10-26',
            '开团=2026-11-11T10:00',
            '活动结束=2026-11-12T10:00',
          ],
        })
      ).plan!,
  },
  {
    name: '预算表',
    sheets: { [BUDGET_SHEET]: budgetRows },
    target: BUDGET_SHEET,
    plan: async (host) => (await prepareCommand(host, 'budget')).plan!,
  },
  {
    name: '计算ROI',
    sheets: { [SALES_SHEET]: salesRows, [CHANNEL_SHEET]: channelRows },
    target: SALES_SHEET,
    plan: async (host) => (await prepareCommand(host, 'roi')).plan!,
  },
];

function setup(sheets: Record<string, RawCell[][]>, options: FakeOptions = {}) {
  // The host is told every requirement set is there, so the fake has them all.
  const fake = new FakeExcel(MemoryHost.fromSheets(sheets, { [JHS_SHEET]: jhsMerges }), {
    mergedAreasApi: true,
    fillTintApi: true,
    ...options,
  });
  return { fake, host: new OfficeHost(fake.run, () => true) };
}

/** Runs the command with a fault and returns the error, checking nothing the user sees changed. */
async function failing(c: (typeof COMMANDS)[number], options: FakeOptions): Promise<HostError> {
  const probe = setup(c.sheets);
  const plan = await c.plan(probe.host);
  const { fake, host } = setup(c.sheets, options);
  const before = visibleState(fake);
  const error = await host.apply(plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect(visibleState(fake)).toEqual(before);
  const e = error as HostError;
  for (const locale of ['zh-CN', 'en-US'] as const)
    expect(fillMessage(e.code, locale, e.params)).not.toMatch(/\{\w+\}/);
  return e;
}

describe.each(COMMANDS)('OfficeHost.apply of $name when Excel fails', (c) => {
  it('on a protected sheet says to unprotect it and changes nothing', async () => {
    const e = await failing(c, { protectedSheets: [c.target] });
    expect(e.code).toBe('HOST_SHEET_PROTECTED');
    expect(fillMessage(e.code, 'zh-CN', e.params)).toContain('撤销工作表保护');
  });

  it('while a cell is being edited says to finish editing and changes nothing', async () => {
    const e = await failing(c, { editMode: true });
    expect(e.code).toBe('HOST_EDIT_MODE');
    expect(fillMessage(e.code, 'en-US', e.params)).toContain('Press Enter or Esc');
  });

  it('when a request is over the limit says to split the table and changes nothing', async () => {
    const e = await failing(c, { payloadLimit: 2_000 });
    expect(e.code).toBe('HOST_REQUEST_TOO_LARGE');
    expect(fillMessage(e.code, 'zh-CN', e.params)).toContain('拆到几张工作表');
  });

  it('at every sync of the run puts everything back and says so', async () => {
    const probe = setup(c.sheets);
    const plan = await c.plan(probe.host);
    const base = probe.fake.syncCount;
    await probe.host.apply(plan);
    const syncs = probe.fake.syncCount - base;
    // Snapshot, data, then the layout in a last request whose failure is only a warning.
    expect(syncs).toBe(4);
    for (let k = 1; k < syncs; k++) {
      const e = await failing(c, { failAtSync: k });
      expect([k, e.code]).toEqual([k, 'HOST_FAILED']);
      expect(fillMessage(e.code, 'zh-CN', e.params)).toContain('工作簿已恢复原状');
    }
  });

  it('when Excel refuses the layout keeps the data and warns', async () => {
    const probe = setup(c.sheets);
    const plan = await c.plan(probe.host);
    await probe.host.apply(plan);
    const { fake, host } = setup(c.sheets, { failAtSync: 4 });
    const result = await host.apply(plan);
    expect(result.warnings?.map((w) => w.code)).toEqual(['LAYOUT_NOT_APPLIED']);
    for (const locale of ['zh-CN', 'en-US'] as const)
      expect(fillMessage('LAYOUT_NOT_APPLIED', locale, result.warnings![0]!.params)).not.toMatch(
        /\{\w+\}/,
      );
    expect(visibleState(fake)).toEqual(visibleState(probe.fake));
  });

  it('in a workbook on the 1904 date system refuses, says why and changes nothing', async () => {
    const e = await failing(c, { date1904: true });
    expect(e.code).toBe('HOST_DATE_1904');
    expect(fillMessage(e.code, 'zh-CN', e.params)).toContain('1904 日期系统');
  });

  it('never says the workbook was put back when the rollback failed, and restore then puts it back', async () => {
    const probe = setup(c.sheets);
    const plan = await c.plan(probe.host);
    // The run fails at its write (sync 3), then the rollback and the check after it at some of
    // the syncs that follow.
    let rollbacksFailed = 0;
    for (const failAtSync of [
      [3, 4],
      [3, 5],
      [3, 4, 5],
      [3, 5, 6],
      [3, 4, 5, 6, 7],
    ]) {
      const { fake, host } = setup(c.sheets, { failAtSync });
      const before = visibleState(fake);
      const e = (await host.apply(plan).catch((x: unknown) => x)) as HostError;
      expect(e).toBeInstanceOf(HostError);
      for (const locale of ['zh-CN', 'en-US'] as const)
        expect(fillMessage(e.code, locale, e.params)).not.toMatch(/\{\w+\}/);
      if (e.code !== 'ROLLBACK_FAILED') {
        expect([failAtSync, visibleState(fake)]).toEqual([failAtSync, before]);
        continue;
      }
      rollbacksFailed += 1;
      expect(fillMessage(e.code, 'zh-CN', e.params)).toContain(c.target);
      expect(fillMessage(e.code, 'zh-CN', e.params)).not.toContain('已恢复原状');
      // Excel is well again by the time the user clicks 撤销上次操作.
      delete fake.options.failAtSync;
      await host.restore();
      expect([failAtSync, visibleState(fake)]).toEqual([failAtSync, before]);
    }
    expect(rollbacksFailed).toBeGreaterThan(0);
  });
});
