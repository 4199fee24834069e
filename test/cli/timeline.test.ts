import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import { main, EXIT, SAMPLE_FILE } from '../../src/cli/main';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { JHS_SHEET, jhsMerges, jhsRows } from '../fixtures/juhuasuan';
import { WF_SHEET, wfMerges, wfRows } from '../fixtures/workflow2015';
import { writeXlsxFixture } from '../support/hosts';

async function tuijin(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const jhsFile = () =>
  writeXlsxFixture(
    { sheets: { [JHS_SHEET]: jhsRows }, merges: { [JHS_SHEET]: jhsMerges } },
    '聚划算.xlsx',
  );
const ANCHOR_ARGS = [
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

describe('tuijin timeline', () => {
  it('refuses a sheet whose milestones have no dates, names each one, and writes nothing', async () => {
    const input = await jhsFile();
    const output = path.join(path.dirname(input), 'out.xlsx');
    const r = await tuijin(['timeline', input, '-o', output, '--anchor', '开团=2026-11-11T10:00']);
    expect(r.code).toBe(EXIT.unusable);
    for (const name of ['报名', '竞拍', '排期', '活动结束'])
      expect(r.err).toContain(`缺少里程碑“${name}”的日期`);
    expect(r.err).toContain('--anchor 报名=2026-11-11T10:00');
    await expect(fs.access(output)).rejects.toThrow();
  });

  it('picks the sheet that reads as a 推进表, writes the dates, and keeps a backup to restore', async () => {
    const input = await jhsFile();
    const output = path.join(path.dirname(input), 'out.xlsx');
    const r = await tuijin(['timeline', input, '-o', output, ...ANCHOR_ARGS]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(
      '聚划算推进表!J3: 已为 27 个事项生成计划时间（共 29 个事项），写在“I”“J”两列。',
    );
    expect(r.err).toContain(
      '聚划算推进表!E32: “报名前、竞拍前、竞拍后、开团前、开团后”提到多个里程碑',
    );
    const host = await XlsxHost.open(output);
    expect((await host.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      [JHS_SHEET, true],
      ['tuijin_backup', false],
      [`${JHS_SHEET}汇总`, true],
      ['工作日历', false], // hidden, so it never prints with the workbook
    ]);
    const restored = path.join(path.dirname(input), 'restored.xlsx');
    expect((await tuijin(['restore', output, '-o', restored])).code).toBe(EXIT.ok);
    const back = await XlsxHost.open(restored);
    expect((await back.listSheets()).map((s) => s.name)).toEqual([JHS_SHEET, 'tuijin_backup']);
    expect((await back.readSheet(JHS_SHEET))!.values.map((l) => l.slice(0, 8))).toEqual(
      (await (await XlsxHost.open(input)).readSheet(JHS_SHEET))!.values,
    );
  });

  it('prints the mapping, milestones and issues with --json', async () => {
    const input = await writeXlsxFixture(
      { sheets: { [WF_SHEET]: wfRows }, merges: { [WF_SHEET]: wfMerges } },
      '流程.xlsx',
    );
    const r = await tuijin([
      'timeline',
      input,
      '-o',
      path.join(path.dirname(input), 'o.xlsx'),
      '--json',
      '--anchor',
      '活动=2026-06-18',
    ]);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      sheet: WF_SHEET,
      headerRow: 2,
      tasks: 12,
      dated: 12,
      written: true,
    });
    expect(json.mapping.task).toEqual({ column: 'C', header: '事项明细' });
    expect(json.mapping.due).toEqual({ column: 'D', header: '完成时间' });
    expect(json.milestones).toEqual([
      // The block down the planned columns (K, L) below the table: 活动's date in L17.
      { name: '活动', value: 46191, address: '$L$17', source: 'anchor', uses: 12 },
    ]);
  });

  it('asks which sheet when several read as a 推进表, and exits 2 on a bad --anchor', async () => {
    const input = await writeXlsxFixture(
      { sheets: { [JHS_SHEET]: jhsRows, [WF_SHEET]: wfRows } },
      'two.xlsx',
    );
    const r = await tuijin([
      'timeline',
      input,
      '-o',
      path.join(path.dirname(input), 'o.xlsx'),
      ...ANCHOR_ARGS,
    ]);
    expect(r).toMatchObject({
      code: EXIT.unusable,
      err: `有多个工作表像推进表：${JHS_SHEET}、${WF_SHEET}。请用“--sheet 名称”指定要生成的那个。`,
    });
    const bad = await tuijin(['timeline', input, '-o', 'x.xlsx', '--anchor', '开团=11月11日']);
    expect(bad.code).toBe(EXIT.usage);
  });
});

describe('tuijin timeline --template', () => {
  const emptyBook = () =>
    writeXlsxFixture({ sheets: { 说明: [['本工作簿用于双11活动']] } }, '空白.xlsx');
  const DACU_ANCHORS = [
    '--anchor',
    '预热=2026-10-20',
    '--anchor',
    '蓄水=2026-11-01',
    '--anchor',
    '爆发=2026-11-11T00:00',
    '--anchor',
    '返场=2026-11-12',
  ];

  it('creates the 推进表 from a template on a workbook without one, and one undo removes it', async () => {
    const input = await emptyBook();
    const output = path.join(path.dirname(input), '大促.xlsx');
    const r = await tuijin([
      'timeline',
      input,
      '-o',
      output,
      '--template',
      'dacu',
      ...DACU_ANCHORS,
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('已为 16 个事项生成计划时间');
    const host = await XlsxHost.open(output);
    expect((await host.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
      '说明',
      '大促推进表',
      '大促推进表汇总',
    ]);
    // The calendar is there, hidden: it never prints with the workbook.
    expect((await host.listSheets()).find((s) => s.name === '工作日历')).toEqual({
      name: '工作日历',
      visible: false,
    });
    const restored = path.join(path.dirname(input), 'undo.xlsx');
    expect((await tuijin(['restore', output, '-o', restored])).code).toBe(EXIT.ok);
    expect(
      (await (await XlsxHost.open(restored)).listSheets())
        .filter((s) => s.visible)
        .map((s) => s.name),
    ).toEqual(['说明']);
  });

  it('refuses an unknown template (exit 2) and a sheet name already taken (exit 1)', async () => {
    const input = await emptyBook();
    const out = path.join(path.dirname(input), 'x.xlsx');
    const unknown = await tuijin(['timeline', input, '-o', out, '--template', '年货节']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toContain('juhuasuan (聚划算商品团)');
    const taken = await tuijin([
      'timeline',
      input,
      '-o',
      out,
      '--template',
      'juhuasuan',
      '--sheet',
      '说明',
    ]);
    expect(taken).toMatchObject({
      code: EXIT.unusable,
      err: expect.stringContaining('工作簿里已有工作表“说明”'),
    });
  });
});

describe('tuijin timeline on the demo workbook', () => {
  it('finds its one 推进表 without --sheet: the 任务统计 sheet of counts is no 推进表', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-demo-timeline-'));
    expect(
      await main(['demo', '-o', dir], {}, { out: () => undefined, err: () => undefined }),
    ).toBe(0);
    const said: string[] = [];
    const io = { out: () => undefined, err: (l: string) => said.push(l) };
    const demo = path.join(dir, SAMPLE_FILE);
    const code = await main(['timeline', demo, '-o', path.join(dir, 'again.xlsx')], {}, io);
    expect(code).toBe(0);
    expect(said.join('\n')).not.toContain('任务统计');
  });
});
