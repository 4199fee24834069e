import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { main, EXIT, SAMPLE_FILE } from '../../src/cli/main';
import { block, formula, sheetPlan, text } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';

async function tuijin(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-cli-'));

describe('tuijin', () => {
  it('prints help in Chinese by default and in English for an English LANG', async () => {
    expect((await tuijin(['--help'])).out).toContain('用法');
    expect((await tuijin(['--help'], { LANG: 'en_US.UTF-8' })).out).toContain('Usage');
    expect((await tuijin(['--help', '--lang', 'en-US'])).out).toContain('Usage');
  });

  it('exits 2 with the usage on an unknown command or option', async () => {
    expect((await tuijin(['frobnicate'])).code).toBe(EXIT.usage);
    const r = await tuijin(['demo', '--bogus']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--bogus');
  });

  it('writes the demo workbook into the folder it is given and says where', async () => {
    const dir = await tmp();
    const r = await tuijin(['demo', '-o', dir]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(`示例工作簿已写入 ${path.join(dir, SAMPLE_FILE)}`);
    const host = await XlsxHost.open(path.join(dir, SAMPLE_FILE));
    expect((await host.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
      '聚划算推进表',
      '任务统计',
      '聚划算推进表汇总',
    ]);
    expect((await host.listSheets()).map((s) => s.name)).toContain('工作日历'); // hidden
    const grid = (await host.readSheet('聚划算推进表'))!;
    expect(grid.values[2]?.slice(0, 10)).toEqual([
      '序号',
      '阶段',
      '部门',
      '工作事项',
      '完成时间',
      '负责人',
      '状态',
      '备注',
      '计划开始',
      '计划截止',
    ]);
    expect(grid.merges.map((m) => m.rows)).toEqual([17, 5, 4]);
  });

  it('refuses an output folder that does not exist, writing nothing', async () => {
    const book = path.join(await tmp(), 'book.xlsx');
    // A workbook has at least one sheet (ECMA-376 CT_Sheets): an empty one is not an xlsx.
    const input = XlsxHost.create();
    input.writeSheetPlan({
      ...sheetPlan('表', true),
      blocks: [block({ row: 0, col: 0 }, [[text('项目')]])],
    });
    await input.save(book);
    const dir = path.join(await tmp(), 'missing');
    const r = await tuijin(['budget', book, '--create', '-o', path.join(dir, 'out.xlsx')]);
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toBe(`输出文件夹 ${dir} 不存在。请先创建它，或换一个输出位置。`);
    await expect(fs.access(dir)).rejects.toThrow();
  });

  it.each([
    ['missing.xlsx', null, 'FILE_NOT_FOUND', '找不到文件'],
    ['data.csv', '日期,访客数\n2026-11-11,100\n', 'FILE_NOT_XLSX', '不是 .xlsx 工作簿'],
    [
      'old.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'FILE_OLD_XLS',
      '旧版 .xls 格式',
    ],
    [
      'locked.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'FILE_ENCRYPTED',
      '设了打开密码',
    ],
    [
      'broken.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
      'FILE_CORRUPT',
      '已损坏或已加密',
    ],
  ])(
    'explains why %s cannot be used (%s), with exit 1 and no stack trace',
    async (name, content, _code, words) => {
      const file = path.join(await tmp(), name);
      if (content !== null) await fs.writeFile(file, content);
      const r = await tuijin(['sheets', file]);
      expect(r.code).toBe(EXIT.unusable);
      expect(r.err).toContain(words);
      expect(r.err).toContain(file);
      expect(r.err).not.toMatch(/\n\s+at /);
    },
  );

  it('restores what the last run wrote, and says so when there is nothing to restore', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'book.xlsx');
    const host = XlsxHost.create();
    host.writeSheetPlan({
      ...sheetPlan('推进表', true),
      blocks: [block({ row: 0, col: 0 }, [[text('事项'), text('原备注')]])],
    });
    await host.save(file);
    expect((await tuijin(['restore', file, '-o', path.join(dir, 'x.xlsx')])).code).toBe(
      EXIT.unusable,
    );
    const edited = await XlsxHost.open(file);
    await edited.apply({
      sheets: [
        { ...sheetPlan('推进表'), blocks: [block({ row: 0, col: 1 }, [[formula('=LEN(A1)')]])] },
      ],
      deleteSheets: [],
    });
    await edited.save(file);
    const out = path.join(dir, 'restored.xlsx');
    const r = await tuijin(['restore', file, '-o', out, '--lang', 'en-US']);
    expect(r).toMatchObject({
      code: EXIT.ok,
      out: 'Undone: 1 cell is back as before the last run.',
    });
    expect((await (await XlsxHost.open(out)).readSheet('推进表'))!.values[0]).toEqual([
      '事项',
      '原备注',
    ]);
  });
});
