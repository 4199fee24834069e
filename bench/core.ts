import { generateBudget } from '../src/core/budget/generateBudget';
import { generateRoi } from '../src/core/roi/generateRoi';
import { generateTimeline } from '../src/core/timeline/generateTimeline';
import { figure, timeIt, type Figure } from './measure';
import { ANCHORS, budgetGrid, salesGrid, taskGrid } from './workloads';

/** Read + plan in the pure core: what runs in the task pane before anything goes to Excel. */
export async function coreFigures(): Promise<Figure[]> {
  const out: Figure[] = [];
  const ms: Record<number, number> = {};
  for (const n of [200, 2000, 20000]) {
    const grid = taskGrid(n);
    ms[n] = await timeIt(n === 20000 ? 5 : 9, () => {
      const r = generateTimeline(grid, { anchors: ANCHORS, calendar: null });
      if (!r?.plan) throw new Error('the benchmark 推进表 did not plan');
    });
    out.push(
      figure(
        'core',
        `生成时间表 ${n.toLocaleString('en-US')} tasks (with Gantt)`,
        ms[n],
        'ms',
        n === 20000 ? 1000 : undefined,
      ),
    );
  }
  out.push(
    figure(
      'core',
      'growth 2,000 → 20,000 tasks (10× rows)',
      ms[20000]! / ms[2000]!,
      '×',
      12,
      '≈ 10× (linear)',
    ),
  );
  const budget = budgetGrid(2000);
  out.push(
    figure('core', '预算表 2,000 lines', await timeIt(9, () => generateBudget(budget)), 'ms'),
  );
  const sales = salesGrid(90);
  out.push(
    figure('core', '计算ROI 90 days × 24 hours', await timeIt(9, () => generateRoi(sales)), 'ms'),
  );
  return out;
}
