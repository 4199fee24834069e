import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { main, EXIT } from '../../src/cli/main';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { D11_CASES, D11_SHEET, d11Rows } from '../fixtures/reuse';
import { writeXlsxFixture } from '../support/hosts';

async function tuijin(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const d11File = () => writeXlsxFixture({ sheets: { [D11_SHEET]: d11Rows } }, '双11.xlsx');
const MOVE = [
  '--from',
  '报名=2026-10-12',
  '--to',
  '报名=2027-05-17',
  '--from',
  '开团=2026-11-11T20:00',
  '--to',
  '开团=2027-06-18T20:00',
];

describe('tuijin reuse', () => {
  it('writes the 双11 plan as deadlines on its milestones, with the 618 dates', async () => {
    const input = await d11File();
    const output = path.join(path.dirname(input), '618.xlsx');
    const r = await tuijin(['reuse', input, '-o', output, ...MOVE]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('已把 9 个写死的日期改成相对里程碑的时间');
    expect(r.out).toContain('原来的日期保留在“I”列');
    const grid = (await (await XlsxHost.open(output)).readSheet(D11_SHEET))!;
    for (const c of D11_CASES) expect(grid.values[c.row]?.[6]).toBe(c.due);
    expect(grid.values[1]?.slice(8, 11)).toEqual(['原时间', '计划开始', '计划截止']);
  });

  it('lists each moved date in --json', async () => {
    const input = await d11File();
    const output = path.join(path.dirname(input), '618.xlsx');
    const r = await tuijin(['reuse', input, '-o', output, ...MOVE, '--json', '--lang', 'en-US']);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out) as { moved: { row: number; old: string; deadline: string }[] };
    expect(json.moved[0]).toEqual({
      row: 3,
      role: 'due',
      old: '2026-09-30',
      deadline: '报名前4个工作日',
    });
    expect(json.moved).toContainEqual({
      row: 7,
      role: 'due',
      old: '2026-11-11 19:30',
      deadline: '开团前30分钟',
    });
  });

  it.each([
    [
      ['--to', '开团=2027-06-18T20:00'],
      '里程碑“开团”只有新日期，没有原日期：请同时写 --from 开团=',
    ],
    [
      ['--from', '开团=2026-11-11T20:00'],
      '里程碑“开团”只有原日期，没有新日期：请同时写 --to 开团=',
    ],
    [[], '复用要知道旧活动和新活动的里程碑日期'],
    [['--from', '开团=11月11日', '--to', '开团=2027-06-18'], '--from 的写法是 名称=YYYY-MM-DD'],
  ])('is a usage error, naming what to give, for %j', async (extra, message) => {
    const input = await d11File();
    const output = path.join(path.dirname(input), '618.xlsx');
    const r = await tuijin(['reuse', input, '-o', output, ...extra]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
    await expect(fs.access(output)).rejects.toThrow();
  });

  it('is listed in --help', async () => {
    expect((await tuijin(['--help'])).out).toContain(
      'tuijin reuse 工作簿.xlsx -o 输出.xlsx --from',
    );
    expect((await tuijin(['--help', '--lang', 'en-US'])).out).toContain('reuse a finished plan');
  });
});
