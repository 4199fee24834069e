import { fillMessage } from '../../src/core/issues';
import { block, formula, num, sheetPlan, text, type WorkbookPlan } from '../../src/core/plan';
import { HostError, RollbackFailedError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost, REQUEST_BUDGET_BYTES } from '../../src/hosts/office/OfficeHost';
import { FakeExcel, PAYLOAD_LIMIT, visibleState, type FakeOptions } from '../support/fakeExcel';
import { TEAM_SHEET, teamRows } from '../support/teamWorkbook';

/** A task list of n rows and the plan that adds two owned columns beside it. */
function taskSheet(n: number) {
  const rows = [
    ['事项', '完成时间'],
    ...Array.from({ length: n }, (_, i) => [
      `任务${i + 1} 准备素材与文案`,
      `开团前${(i % 30) + 1}天`,
    ]),
  ];
  const plan: WorkbookPlan = {
    sheets: [
      {
        ...sheetPlan('推进表'),
        blocks: [
          block({ row: 0, col: 2 }, [
            [text('计划截止'), text('状态')],
            ...rows
              .slice(1)
              .map((_, i) => [formula(`=DATE(2026,11,11)-${(i % 30) + 1}`), text('未开始')]),
          ]),
        ],
        numberFormats: [{ range: { row: 1, col: 2, rows: n, cols: 1 }, format: 'yyyy-mm-dd' }],
        conditionalFormats: [
          { range: { row: 1, col: 2, rows: n, cols: 1 }, formula: '=$C2<TODAY()', fill: '#F8CBAD' },
        ],
        validations: [
          {
            range: { row: 1, col: 3, rows: n, cols: 1 },
            list: ['未开始', '进行中', '已完成', '延期'],
          },
        ],
        owned: [{ row: 0, col: 2, rows: n + 1, cols: 2 }],
      },
    ],
    deleteSheets: [],
  };
  return { rows, plan };
}

function setup(n: number, options: FakeOptions = {}) {
  const { rows, plan } = taskSheet(n);
  const fake = new FakeExcel(MemoryHost.fromSheets({ 推进表: rows }), options);
  return { fake, host: new OfficeHost(fake.run, () => false), plan };
}

describe('OfficeHost', () => {
  it.each([10, 10000])(
    'applies %i rows in the same three syncs, each request under 4 MB',
    async (n) => {
      const { fake, host, plan } = setup(n);
      await host.apply(plan);
      expect(fake.syncCount).toBe(3);
      expect(Math.max(...fake.requestBytes)).toBeLessThan(REQUEST_BUDGET_BYTES);
      expect(fake.store.readGrid('推进表').formulas[n]?.[2]).toBe(
        `=DATE(2026,11,11)-${((n - 1) % 30) + 1}`,
      );
    },
  );

  it('splits a plan larger than the budget into several requests, none over it', async () => {
    const n = 60000;
    const { fake, host } = setup(10);
    const wide = Array.from({ length: n }, (_, i) => [
      text(`很长的事项说明文字 ${i} `.repeat(3)),
      num(i),
    ]);
    await host.apply({
      sheets: [{ ...sheetPlan('大表', true), blocks: [block({ row: 0, col: 0 }, wide)] }],
      deleteSheets: [],
    });
    expect(fake.requestBytes.length).toBeGreaterThan(3);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(fake.store.readGrid('大表').values[n - 1]).toEqual([
      `很长的事项说明文字 ${n - 1} `.repeat(3),
      n - 1,
    ]);
  });

  it('rejects a request over 5 MB the way Excel on the web does', async () => {
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: [[1]] }));
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('表').getRange('A1:A2').values = [
          ['x'.repeat(PAYLOAD_LIMIT)],
          ['y'],
        ];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('throws when a property is read before it is loaded and synced', async () => {
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: [[1]] }));
    await expect(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem('表').getRange('A1');
        return r.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('leaves the workbook exactly as it was when any sync fails', async () => {
    const { fake: probe, host: probeHost, plan } = setup(50);
    await probeHost.apply(plan);
    for (let k = 1; k <= probe.syncCount; k++) {
      const { fake, host } = setup(50, { failAtSync: k });
      const before = visibleState(fake);
      const err = await host.apply(plan).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe('HOST_FAILED');
      expect(visibleState(fake)).toEqual(before);
    }
  });

  it.each([
    [{ protectedSheets: ['推进表'] }, 'HOST_SHEET_PROTECTED'],
    [{ editMode: true }, 'HOST_EDIT_MODE'],
  ] as const)('reports %j as %s and changes nothing', async (options, code) => {
    const { fake, host, plan } = setup(20, options);
    const before = visibleState(fake);
    await expect(host.apply(plan)).rejects.toMatchObject({ code });
    expect(visibleState(fake)).toEqual(before);
  });

  it('reads merged areas only where ExcelApi 1.13 is supported', async () => {
    const merges = { [TEAM_SHEET]: [{ row: 3, col: 1, rows: 3, cols: 1 }] };
    const fake = new FakeExcel(MemoryHost.fromSheets({ [TEAM_SHEET]: teamRows }, merges), {
      mergedAreasApi: false,
    });
    const grid = await new OfficeHost(fake.run, () => false).readSheet(TEAM_SHEET);
    expect(grid?.merges).toEqual([]);
    const withApi = new FakeExcel(MemoryHost.fromSheets({ [TEAM_SHEET]: teamRows }, merges), {
      mergedAreasApi: true,
    });
    expect((await new OfficeHost(withApi.run, () => true).readSheet(TEAM_SHEET))?.merges).toEqual(
      merges[TEAM_SHEET],
    );
  });
});

describe('OfficeHost.apply when its rollback fails too', () => {
  // Sync 3 writes and fails half-way; the rollback then lists the sheets (sync 4) and writes
  // (sync 5), and a last read (sync 6) checks whether the workbook is back after all.
  it.each([[[3, 4]], [[3, 4, 5]], [[3, 5, 6]]])(
    'with failures at syncs %j says the sheets may be half changed, never that they were put back',
    async (failAtSync) => {
      const { fake, host, plan } = setup(50, { failAtSync });
      const before = visibleState(fake);
      const error = await host.apply(plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RollbackFailedError);
      const e = error as RollbackFailedError;
      expect(e.code).toBe('ROLLBACK_FAILED');
      expect(e.failure.code).toBe('HOST_FAILED');
      expect(visibleState(fake)).not.toEqual(before);
      const zh = fillMessage(e.code, 'zh-CN', e.params);
      const en = fillMessage(e.code, 'en-US', e.params);
      expect(zh).toContain('“推进表”');
      expect(zh).toContain('GeneralException');
      expect(zh).toContain('撤销上次操作');
      expect(zh).toContain('关闭工作簿且不保存');
      expect(zh).not.toContain('已恢复原状');
      expect(en).toContain('"推进表"');
      expect(en).toContain('Undo last run');
      expect(en).not.toContain('put back as it was');
      for (const text of [zh, en]) expect(text).not.toMatch(/\{\w+\}/);
    },
  );

  it('leaves the backup so that restore, as the message advises, puts everything back', async () => {
    const { fake, host, plan } = setup(50, { failAtSync: [3, 4, 5] });
    const before = visibleState(fake);
    await expect(host.apply(plan)).rejects.toMatchObject({ code: 'ROLLBACK_FAILED' });
    expect(await host.restore()).toMatchObject({ restoredCells: expect.any(Number) });
    expect(visibleState(fake)).toEqual(before);
  });

  it("keeps the run's own message when the rollback fails but nothing had changed", async () => {
    // Excel refuses every write to a protected sheet, the rollback's as much as the run's.
    const { fake, host, plan } = setup(20, { protectedSheets: ['推进表'] });
    const before = visibleState(fake);
    const error = await host.apply(plan).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(RollbackFailedError);
    expect(error).toMatchObject({ code: 'HOST_SHEET_PROTECTED' });
    expect(visibleState(fake)).toEqual(before);
  });
});

describe('OfficeHost with a timeline plan', () => {
  it('leaves the 推进表 exactly as it was when any sync of 生成时间表 fails', async () => {
    const { generateTimeline } = await import('../../src/core/timeline/generateTimeline');
    const { JHS_SHEET, jhsRows, jhsMerges } = await import('../fixtures/juhuasuan');
    const { ANCHORS } = await import('../support/timeline');
    const make = (options: FakeOptions = {}) => {
      const fake = new FakeExcel(
        MemoryHost.fromSheets({ [JHS_SHEET]: jhsRows }, { [JHS_SHEET]: jhsMerges }),
        { mergedAreasApi: true, fillTintApi: true, ...options },
      );
      return { fake, host: new OfficeHost(fake.run, () => true) };
    };
    const probe = make();
    const grid = (await probe.host.readSheet(JHS_SHEET))!;
    const plan = generateTimeline(grid, { anchors: ANCHORS })!.plan!;
    const base = probe.fake.syncCount;
    await probe.host.apply(plan);
    const syncs = probe.fake.syncCount - base;
    // Snapshot, data, then the cosmetics (widths, freeze, print) in a last request of their own.
    expect(syncs).toBe(4);
    for (let k = 1; k < syncs; k++) {
      const { fake, host } = make({ failAtSync: k });
      const before = visibleState(fake);
      await expect(host.apply(plan)).rejects.toBeInstanceOf(HostError);
      expect(visibleState(fake)).toEqual(before);
    }
    const cosmeticsFail = make({ failAtSync: syncs });
    const result = await cosmeticsFail.host.apply(plan);
    expect(result.warnings?.map((w) => w.code)).toEqual(['LAYOUT_NOT_APPLIED']);
    expect(visibleState(cosmeticsFail.fake)).toEqual(visibleState(probe.fake));
  });
});

describe('OfficeHost with an ROI plan', () => {
  const make = async (options: FakeOptions = {}) => {
    const { SALES_SHEET, salesRows, CHANNEL_SHEET, channelRows } =
      await import('../fixtures/sales');
    const fake = new FakeExcel(
      MemoryHost.fromSheets({ [SALES_SHEET]: salesRows, [CHANNEL_SHEET]: channelRows }),
      options,
    );
    return { fake, host: new OfficeHost(fake.run, () => false), SALES_SHEET, CHANNEL_SHEET };
  };
  const roiPlan = async (host: OfficeHost, sales: string, channels: string) => {
    const { generateRoi } = await import('../../src/core/roi/generateRoi');
    return generateRoi((await host.readSheet(sales))!, {
      channels: (await host.readSheet(channels))!,
    })!.plan;
  };

  it('adds the GMV and channel charts in four syncs (the widths last), replaces them on a second run, and restore takes them away', async () => {
    const { fake, host, SALES_SHEET, CHANNEL_SHEET } = await make();
    const before = visibleState(fake);
    const plan = await roiPlan(host, SALES_SHEET, CHANNEL_SHEET);
    const base = fake.syncCount;
    await host.apply(plan);
    expect(fake.syncCount - base).toBe(4);
    const expected = plan.sheets.flatMap((sp) => sp.charts ?? []);
    const charts = () => [SALES_SHEET, CHANNEL_SHEET].flatMap((s) => fake.store.extrasOf(s).charts);
    expect(charts()).toEqual(expected);
    await host.apply(await roiPlan(host, SALES_SHEET, CHANNEL_SHEET));
    expect(charts()).toEqual(expected);

    const once = await make();
    await once.host.apply(plan);
    await once.host.restore();
    expect(visibleState(once.fake)).toEqual(before);
  });

  it('leaves both sheets, charts included, exactly as they were when any sync of 计算ROI fails', async () => {
    const probe = await make();
    const plan = await roiPlan(probe.host, probe.SALES_SHEET, probe.CHANNEL_SHEET);
    for (let k = 1; k <= 3; k++) {
      const { fake, host } = await make({ failAtSync: k });
      const before = visibleState(fake);
      await expect(host.apply(plan)).rejects.toBeInstanceOf(HostError);
      expect(visibleState(fake)).toEqual(before);
    }
  });
});
