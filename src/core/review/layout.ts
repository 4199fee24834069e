import { cellAddress } from '../a1';

/** The 复盘 sheet's name, and the title in A1 that marks it as the add-in's. */
export const REVIEW_SHEET = '复盘';
export const REVIEW_TITLE = '活动复盘（推进表助手）';

/**
 * Where everything sits, 0-based. Fixed, whatever the workbook holds: the 结论 box must stay where
 * the team typed into it across runs, and the page must stay one A4 page, so each list has a
 * fixed number of rows (longer lists are cut, and the run says so).
 */
export const ROWS = {
  title: 0,
  note: 1,
  head: 3,
  columns: 4,
  first: 5,
  /** The last row the lists above the charts may use. */
  listEnd: 23,
  charts: 25,
  last: 35,
} as const;

/** The three panels side by side: 进度 (A:F), 预算 (H:L), 结果 (N:R). */
export const PANELS = { progress: 0, budget: 7, result: 13 } as const;

/** The printed width, A:R; the ranking helpers sit right of it, off the page. */
export const WIDTH = 18;

/** Rows of the 进度 panel: groups (departments, then phases), their total, the slips. */
export const PROGRESS = {
  groups: 10,
  total: ROWS.first + 10,
  slipsHead: 17,
  slipsColumns: 18,
  slips: 5,
} as const;

/** Rows of the 预算 panel: categories, 合计, 风险备用金, the over-budget lines. */
export const BUDGET = {
  categories: 8,
  total: ROWS.first + 8,
  reserve: ROWS.first + 9,
  overHead: 17,
  overColumns: 18,
  over: 5,
} as const;

/** Rows of the 结果 panel: the figures, the channels ranked by ROI. */
export const RESULT = {
  figures: 8,
  channelsHead: 14,
  channelsColumns: 15,
  channels: 8,
} as const;

/** The 结论 box: its heading is the add-in's, the cells under it the team's, never written. */
export const CONCLUSION = {
  head: { row: ROWS.charts, col: PANELS.result },
  box: { row: ROWS.charts + 1, col: PANELS.result, rows: ROWS.last - ROWS.charts, cols: 5 },
} as const;

/** The ranking helpers' first columns (U, AC, AK, AR): each a few columns wide. */
export const HELPERS = { slips: 20, over: 28, channels: 36, daily: 43 } as const;

/** How many rows a helper lists at most (task rows, budget lines, channels, days). */
export const HELPER_ROWS = 300;

/** An absolute address on the 复盘 sheet. */
export const abs = (row: number, col: number): string => cellAddress({ row, col }, true);

/** A relative address on the 复盘 sheet (a rule's top-left cell, an issue's cell). */
export const rel = (row: number, col: number): string => cellAddress({ row, col });

/** An absolute column range on the 复盘 sheet, `count` rows from the helpers' first row. */
export const helperRange = (col: number, count: number): string =>
  `${abs(ROWS.first, col)}:${abs(ROWS.first + Math.max(count, 1) - 1, col)}`;

/** Money on the 复盘: whole yuan, so a page of three panels reads at a glance. */
export const YUAN = '"¥"#,##0';
