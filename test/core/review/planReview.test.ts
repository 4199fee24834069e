import { planReview, prepareReview } from '../../../src/app/review';
import { generateReview } from '../../../src/core/review/generateReview';
import { CONCLUSION, REVIEW_SHEET } from '../../../src/core/review/layout';
import { MISSING_TEXT } from '../../../src/core/review/missingPanel';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { cellAddress, contains, overlaps } from '../../../src/core/a1';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { PLAN_SHEET, planRows, TASKS } from '../../fixtures/review';
import { hfSet } from '../../support/hf';

/** A memory workbook holding the fixture 推进表 with its timeline generated. */
async function plannedHost(): Promise<MemoryHost> {
  const host = MemoryHost.fromSheets({ [PLAN_SHEET]: planRows });
  const timeline = generateTimeline(host.readGrid(PLAN_SHEET), {});
  await host.apply(timeline!.plan!);
  return host;
}

const texts = (host: MemoryHost) =>
  host
    .readGrid(REVIEW_SHEET)
    .values.flat()
    .filter((v): v is string => typeof v === 'string');

describe('planReview', () => {
  it('counts the 推进表 alone and says in the sheet what is missing', async () => {
    const host = await plannedHost();
    const prepared = await prepareReview(host);
    expect(prepared.issues.map((i) => i.code)).toEqual([
      'REVIEW_NO_BUDGET',
      'REVIEW_NO_SALES',
      'REVIEW_WRITTEN',
    ]);
    await host.apply(prepared.result!.plan);
    const total = host.readGrid(REVIEW_SHEET).values.find((r) => r[0] === '合计');
    const late = TASKS.filter(([, , , due, , done]) => done !== null && done > due).length;
    expect(total?.slice(1, 4)).toEqual([TASKS.length, TASKS.length - late - 1, late]);
    expect(texts(host)).toEqual(
      expect.arrayContaining([MISSING_TEXT.budget[1], MISSING_TEXT.result[1]]),
    );
    expect(prepared.result!.plan.sheets[0]?.charts).toEqual([]);
  });

  it('keeps the 结论 box: the plan neither writes nor owns nor clears it', async () => {
    const host = await plannedHost();
    await host.apply((await prepareReview(host)).result!.plan);
    const at = cellAddress({ row: CONCLUSION.box.row + 1, col: CONCLUSION.box.col });
    hfSet(host, REVIEW_SHEET, at, '下次提前拍摄');
    const again = (await prepareReview(host)).result!.plan.sheets[0]!;
    const box = CONCLUSION.box;
    expect(again.blocks.filter((b) => contains(box, { ...b.at, rows: 1, cols: 1 }))).toEqual([]);
    expect(again.owned.some((o) => overlaps(o, box))).toBe(false);
    expect(again.clearFormats.some((o) => overlaps(o, box))).toBe(false);
    await host.apply({ sheets: [again], deleteSheets: [] });
    expect(texts(host)).toContain('下次提前拍摄');
  });

  it('leaves a team’s own 复盘 sheet alone and says why', () => {
    const grids = [{ ...MemoryHost.fromSheets({ 复盘: [['我们的复盘']] }).readGrid('复盘') }];
    const prepared = planReview(grids);
    expect(prepared.result).toBeNull();
    expect(prepared.issues.map((i) => [i.code, i.severity])).toEqual([
      ['REVIEW_SHEET_TAKEN', 'error'],
    ]);
  });

  it('names all three parts missing in an empty workbook, and still plans a sheet', () => {
    const result = generateReview({ missing: [] });
    const sheet = result.plan.sheets[0]!;
    expect(sheet.sheet).toBe(REVIEW_SHEET);
    const written = sheet.blocks.flatMap((b) => b.cells.flat());
    for (const [, what, todo] of Object.values(MISSING_TEXT)) {
      expect(written).toContainEqual({ kind: 'text', value: what });
      expect(written).toContainEqual({ kind: 'text', value: todo });
    }
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, paper: 'a4' });
  });

  it('does not mutate the sources it is given', () => {
    const sources = { missing: [] };
    const copy = structuredClone(sources);
    generateReview(sources);
    expect(sources).toEqual(copy);
  });
});

describe('generateReview on a long list', () => {
  it('lists the first ten departments and phases and says how many were left out', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => ({
      row: 2 + i,
      department: `部门${i + 1}`,
      phase: '',
    }));
    const source = {
      sheet: '推进表',
      tasks,
      first: 2,
      last: 13,
      due: 5,
      deviation: 7,
      finish: 6,
      task: 3,
      owner: 4,
    };
    const result = generateReview({ tasks: source, missing: [] });
    const cut = result.issues.find((i) => i.code === 'REVIEW_LIST_CUT');
    expect(cut?.params).toMatchObject({ total: 12, shown: 10, cut: 2 });
    const written = result.plan.sheets[0]!.blocks.flatMap((b) => b.cells.flat());
    expect(written).toContainEqual({ kind: 'text', value: '部门10' });
    expect(written).not.toContainEqual({ kind: 'text', value: '部门11' });
  });
});
