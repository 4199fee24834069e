import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { main, EXIT } from '../../src/cli/main';
import { writeXlsxFixture } from '../support/hosts';

async function tuijin(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// A team's own sheet with a formula broken by a deleted row, and nothing the add-in wrote.
const SHEETS = {
  说明: [
    ['部门', '任务数'],
    ['运营', '=COUNTIF(#REF!,A2)'],
  ],
};

describe('tuijin check', () => {
  it('names the cell of each problem, says what it could not check, and exits 4', async () => {
    const input = await writeXlsxFixture({ sheets: SHEETS }, '体检.xlsx');
    const r = await tuijin(['check', input]);
    expect(r.code).toBe(4);
    expect(r.err).toContain('说明!B2: 公式 =COUNTIF(#REF!,A2) 引用了已删除的行、列或工作表');
    expect(r.out).toContain('未检查“推进表”');
    expect(r.out).toContain('未检查“预算”');
    expect(r.out).toContain('体检发现 1 个问题，其中 0 个可一键修复。');
  });

  it('exits 0 on a workbook with nothing wrong, and writes nothing without --fix', async () => {
    const input = await writeXlsxFixture({ sheets: { 说明: [['双12活动']] } }, '干净.xlsx');
    const before = await fs.readdir(path.dirname(input));
    const r = await tuijin(['check', input, '--lang', 'en-US']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('Health check done: no problems found.');
    expect(await fs.readdir(path.dirname(input))).toEqual(before);
  });

  it('asks where to write when --fix has neither -o nor --in-place', async () => {
    const input = await writeXlsxFixture({ sheets: SHEETS }, '体检2.xlsx');
    expect((await tuijin(['check', input, '--fix'])).code).toBe(EXIT.usage);
  });

  it('writes nothing with --fix when no problem has a safe mend, and says so', async () => {
    const input = await writeXlsxFixture({ sheets: SHEETS }, '体检3.xlsx');
    const output = path.join(path.dirname(input), '修复.xlsx');
    const r = await tuijin(['check', input, '--fix', '-o', output]);
    expect(r.code).toBe(4);
    expect(r.out).toContain('没有可一键修复的问题，未写出');
    await expect(fs.access(output)).rejects.toThrow();
  });
});
