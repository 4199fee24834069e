import {
  generateRoi,
  readsAsSales,
  type RoiOptions,
  type RoiResult,
} from '../core/roi/generateRoi';
import { roiSources } from '../core/roi/workbookSources';
import { TARGETS_SHEET } from '../core/targets/layout';
import type { WorkbookHost } from '../hosts/types';
import { chooseSheet, unreadable, type SheetCodes } from './chooseSheet';
import { readTeamSheets, type TeamSheets } from './teamSheets';
import type { Prepared } from './types';

/** What the user chose for 计算ROI: the sales sheet, the columns, the margin. */
export interface RoiChoices extends Pick<RoiOptions, 'margin' | 'mapping'> {
  readonly sheet?: string;
}

const CODES: SheetCodes = {
  unreadable: 'NO_SALES_SHEET',
  none: 'NO_SALES_SHEET',
  several: 'SEVERAL_SALES_SHEETS',
};

/**
 * Reads what 计算ROI needs from any host: every visible sheet once, since the ROI takes its spend
 * from a budget and its channels from another sheet. `matches` holds the sales sheets.
 * @example planRoi(await readRoiBook(host), { margin: 0.4 })
 */
export async function readRoiBook(host: WorkbookHost, sheet?: string): Promise<RoiBook> {
  const read = await readTeamSheets(host, () => true, sheet);
  // The 目标 sheet holds plans (销售额, 访客数, 花费 per phase and channel), not actuals.
  const all = read.matches.filter((g) => g.sheet !== TARGETS_SHEET);
  return { ...read, matches: all.filter(readsAsSales), all };
}

/** The team's sheets as 计算ROI reads them: the sales sheets, and every visible grid. */
export interface RoiBook extends TeamSheets {
  readonly all: TeamSheets['matches'];
}

/**
 * KPI and ROI formulas beside the chosen sales sheet, with 总投入 from the budget and the channel
 * table from the workbook; a refusal issue when no sales sheet reads. Pure.
 * @example planRoi(book, { margin: 0.4 }).result?.figures
 */
export function planRoi(book: RoiBook, choices: RoiChoices): Prepared<RoiResult> {
  const { sheet, ...options } = choices;
  const candidates = book.matches.map((g) => g.sheet);
  const choice = chooseSheet(book, sheet, CODES);
  if ('refusal' in choice) return { candidates, result: null, issues: [choice.refusal] };
  const grid = choice.grid;
  const result = generateRoi(grid, { ...options, ...roiSources(grid, book.all) });
  if (!result) return { candidates, result, issues: [unreadable(CODES, grid.sheet)] };
  return { candidates, result, issues: result.issues };
}

/**
 * 计算ROI on any host, before anything is written.
 * @example (await prepareRoi(host, {})).result?.plan
 */
export async function prepareRoi(
  host: WorkbookHost,
  choices: RoiChoices,
): Promise<Prepared<RoiResult>> {
  return planRoi(await readRoiBook(host, choices.sheet), choices);
}
