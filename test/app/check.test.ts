import { prepareCheck } from '../../src/app/check';
import { block, sheetPlan, text } from '../../src/core/plan';
import { SAMPLE_SHEET } from '../../src/core/sample/sampleWorkbook';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { generatedSample, milestoneCell } from '../core/check/_generated';

describe('prepareCheck', () => {
  it('checks a workbook with a 推进表 only, finding nothing and naming what it did not check', async () => {
    const { host } = await generatedSample();
    const r = await prepareCheck(host);
    expect(r.findings).toEqual([]);
    expect(r.skipped.map((i) => i.params.part)).toEqual(['预算', '销售数据']);
  });

  it('says it could not check the formulas when a milestone holds no date, and names it', async () => {
    const { host, grid } = await generatedSample();
    const at = milestoneCell(grid, '开团');
    host.writeSheetPlan({ ...sheetPlan(SAMPLE_SHEET), blocks: [block(at, [[text('待定')]])] });
    const r = await prepareCheck(host);
    expect(r.findings.map((f) => [f.issue.code, f.mend])).toEqual([
      ['CHECK_MILESTONE_TEXT', undefined],
    ]);
    expect(r.skipped.map((i) => i.code)).toContain('CHECK_TIMELINE_BLOCKED');
  });

  it('does not fail on an empty workbook', async () => {
    const host = new MemoryHost();
    host.writeSheetPlan(sheetPlan('Sheet1', true));
    const r = await prepareCheck(host);
    expect(r.findings).toEqual([]);
    expect(r.skipped).toHaveLength(3);
  });
});
