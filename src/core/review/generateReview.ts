import { issue, type Issue } from '../issues';
import type { RangeBox } from '../a1';
import { block, sheetPlan, text, type ChartSpec, type SheetPlan } from '../plan';
import { NOTE_FONT } from '../plan/palette';
import type { Section } from '../targets/_lib/section';
import { box } from './_lib/refs';
import { budgetSection } from './budgetSection';
import { reviewCharts } from './charts';
import {
  CONCLUSION,
  HELPER_ROWS,
  HELPERS,
  PANELS,
  REVIEW_SHEET,
  REVIEW_TITLE,
  ROWS,
  WIDTH,
} from './layout';
import { missingPanel, MISSING_TEXT } from './missingPanel';
import { progressSection } from './progressSection';
import { resultSection } from './resultSection';
import type { ReviewResult, ReviewSources } from './types';

/** Row 2: where the figures come from and what a re-run keeps. */
function note(s: ReviewSources): string {
  const from = [
    s.tasks && `推进表“${s.tasks.sheet}”`,
    s.budget && `预算“${s.budget.sheet}”`,
    s.sales && `销售“${s.sales.sheet}”`,
    s.target && `目标“${s.target.sheet}”`,
  ].filter(Boolean);
  return (
    `取自${from.join('、') || '（没有可用的表）'}，全是公式，改原表即更新；` +
    '重新生成时本表改写，只保留“结论”框里的字。U 列起是排序辅助列，不打印。'
  );
}

/** Column widths: each panel's first column wide for names, a narrow gap between panels. */
const WIDTHS = [16, 7.5, 7.5, 7.5, 7.5, 7, 1.5, 11, 10, 10, 7, 9, 1.5, 11, 10, 10, 10, 8];

/** The regions the add-in owns: everything but the 结论 box under its heading. */
function ownedAreas(): RangeBox[] {
  const lists = { row: 0, col: 0, rows: ROWS.charts, cols: WIDTH };
  const charts = {
    row: ROWS.charts,
    col: 0,
    rows: ROWS.last - ROWS.charts + 1,
    cols: PANELS.result,
  };
  const head = { ...CONCLUSION.head, rows: 1, cols: CONCLUSION.box.cols };
  const helpers = { row: 0, col: HELPERS.slips, rows: ROWS.first + HELPER_ROWS, cols: 30 };
  return [lists, charts, head, helpers];
}

/** The sheet from its sections: one A4 landscape page, the helpers off it. */
function reviewSheet(
  sections: readonly Section[],
  charts: readonly ChartSpec[],
  noteText: string,
): SheetPlan {
  const owned = ownedAreas();
  return {
    ...sheetPlan(REVIEW_SHEET, true),
    clearFormats: owned,
    blocks: [
      block({ row: ROWS.title, col: 0 }, [[text(REVIEW_TITLE)], [text(noteText)]]),
      block(CONCLUSION.head, [[text('结论与改进（团队填写，重新生成复盘时保留）')]]),
      ...sections.flatMap((s) => s.blocks),
    ],
    numberFormats: sections.flatMap((s) => s.numberFormats),
    styles: [
      { range: box(ROWS.title, 0), bold: true },
      { range: box(ROWS.note, 0), fontColor: NOTE_FONT },
      { range: box(CONCLUSION.head.row, CONCLUSION.head.col), bold: true },
      { range: box(0, HELPERS.slips, ROWS.first + HELPER_ROWS, 30), fontColor: NOTE_FONT },
      ...sections.flatMap((s) => s.styles),
    ],
    conditionalFormats: sections.flatMap((s) => s.conditionalFormats),
    validations: [],
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    charts,
    owned,
    print: {
      landscape: true,
      fitToWidth: true,
      paper: 'a4',
      area: { row: 0, col: 0, rows: ROWS.last + 1, cols: WIDTH },
      titleRows: null,
      titleCols: null,
      colBreaks: [],
    },
  };
}

/**
 * The 复盘 sheet: 进度 from the 推进表, 预算 from the budget's summary, 结果 from the sales sheet's
 * KPI block and channels, two charts, and a 结论 box the team writes in, on one A4 landscape page.
 * A panel whose sheet is missing says what to do instead. Pure.
 * @example generateReview({ missing: [] }).plan.sheets[0]?.sheet // '复盘'
 */
export function generateReview(s: ReviewSources): ReviewResult {
  const issues: Issue[] = [...s.missing];
  const progress = s.tasks ? progressSection(s.tasks) : null;
  const budget = s.budget ? budgetSection(s.budget) : null;
  issues.push(...(progress?.issues ?? []), ...(budget?.issues ?? []));
  const sections = [
    progress?.section ?? missingPanel(PANELS.progress, 6, MISSING_TEXT.progress),
    budget?.section ?? missingPanel(PANELS.budget, 5, MISSING_TEXT.budget),
    s.sales
      ? resultSection(s.sales, s.target)
      : missingPanel(PANELS.result, 5, MISSING_TEXT.result),
  ];
  const charts = reviewCharts(s);
  issues.push(
    issue(
      'REVIEW_WRITTEN',
      'info',
      { sheet: REVIEW_SHEET, address: 'A1' },
      { sheet: REVIEW_SHEET, parts: [s.tasks, s.budget, s.sales].filter(Boolean).length },
    ),
  );
  return {
    plan: {
      sheets: [reviewSheet([...sections, charts.section], charts.specs, note(s))],
      deleteSheets: [],
    },
    issues,
  };
}
