import * as path from 'node:path';
import { issue, type Issue } from '../../src/core/issues';
import { main, EXIT } from '../../src/cli/main';
import { printIssues } from '../../src/cli/report';
import { writeXlsxFixture } from '../support/hosts';

function printed(issues: readonly Issue[], locale: 'zh-CN' | 'en-US') {
  const out: string[] = [];
  const err: string[] = [];
  printIssues(issues, locale, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { out, err };
}

/** `n` unreadable deadlines down column E from row 4, as a 13,000-row plan gives them. */
const unknown = (n: number) =>
  Array.from({ length: n }, (_, k) =>
    issue(
      'DEADLINE_UNKNOWN',
      'warning',
      { sheet: '推进表', address: `E${k + 4}` },
      { text: '待定' },
    ),
  );

describe('printIssues', () => {
  it('sums up thousands of issues of one code in two lines, with the first five cells', () => {
    const news = issue('TIMELINE_WRITTEN', 'info', undefined, {
      dated: 1,
      tasks: 6538,
      start: 'I',
      due: 'J',
    });
    const { out, err } = printed([...unknown(6537), news], 'zh-CN');
    expect(err).toEqual([
      '推进表!E4: 看不懂“待定”这种时间写法，保留原文，未生成计划时间。可写成“开团前3天”“报名后2个工作日”“开团当天15点”等。',
      '  同类共 6,537 处：推进表!E4、E5、E6、E7、E8 …及另外 6,532 处（--json 列出全部）',
    ]);
    expect(out).toEqual(['已为 1 个事项生成计划时间（共 6538 个事项），写在“I”“J”两列。']);
  });

  it('says it in English too', () => {
    const { err } = printed(unknown(12), 'en-US');
    expect(err).toHaveLength(2);
    expect(err[1]).toBe(
      '  12 like this in all: 推进表!E4, E5, E6, E7, E8 … and 7 more (--json lists them all)',
    );
  });

  it('prints each issue when a code has five or fewer, and keeps codes apart', () => {
    const other = issue(
      'DEADLINE_VAGUE',
      'warning',
      { sheet: '表二', address: 'B2' },
      { text: '尽快' },
    );
    const { err } = printed([...unknown(5), other], 'zh-CN');
    expect(err).toHaveLength(6);
    expect(err[4]).toMatch(/^推进表!E8: 看不懂/);
    expect(err[5]).toMatch(/^表二!B2: “尽快”没有具体日期/);
  });

  it('names the sheet again where it changes', () => {
    const mixed = [
      ...unknown(3),
      issue('DEADLINE_UNKNOWN', 'warning', { sheet: '表二', address: 'C9' }, { text: '待定' }),
      ...unknown(3),
    ];
    expect(printed(mixed, 'zh-CN').err[1]).toContain('推进表!E4、E5、E6、表二!C9、推进表!E4');
  });
});

describe('tuijin timeline with many unreadable deadlines', () => {
  async function run(extra: string[]) {
    const rows = [
      ['事项', '完成时间', '负责人'],
      ['提交报名', '开团前20天', '运营'],
      ...Array.from({ length: 12 }, (_, k) => [`事项${k + 1}`, '等通知', '运营']),
    ];
    const input = await writeXlsxFixture({ sheets: { 推进表: rows } }, '多行.xlsx');
    const output = path.join(path.dirname(input), 'out.xlsx');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['timeline', input, '-o', output, '--anchor', '开团=2026-11-11T10:00', ...extra],
      {},
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints one summary for the twelve, and --json lists all twelve', async () => {
    const text = await run([]);
    expect(text.code).toBe(EXIT.ok);
    const lines = `${text.out}\n${text.err}`.split('\n').filter((l) => l.includes('等通知'));
    expect(lines).toEqual([
      '推进表!B3: 看不懂“等通知”这种时间写法，保留原文，未生成计划时间。可写成“开团前3天”“报名后2个工作日”“开团当天15点”等。',
    ]);
    expect(`${text.out}\n${text.err}`).toContain(
      '同类共 12 处：推进表!B3、B4、B5、B6、B7 …及另外 7 处',
    );

    const json = await run(['--json']);
    const parsed = JSON.parse(json.out) as {
      issues: { code: string; cell: { address: string } }[];
    };
    const unread = parsed.issues.filter((i) => i.code === 'DEADLINE_UNKNOWN');
    expect(unread.map((i) => i.cell.address)).toEqual(
      Array.from({ length: 12 }, (_, k) => `B${k + 3}`),
    );
  });
});
