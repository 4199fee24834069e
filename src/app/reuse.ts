import {
  reuseTimeline,
  type ReuseOptions,
  type ReuseResult,
} from '../core/timeline/reuse/reuseTimeline';
import type { WorkbookHost } from '../hosts/types';
import { chooseSheet, unreadable, type SheetCodes } from './chooseSheet';
import { readTimelineBook, type TimelineBook } from './timeline';
import type { Prepared } from './types';

/** What the user chose for 复用到下次活动: the sheet, and the milestones' old and new dates. */
export interface ReuseChoices extends Omit<ReuseOptions, 'calendar'> {
  readonly sheet?: string;
}

// The same refusals as 生成时间表: reuse works on the same 推进表.
const CODES: SheetCodes = {
  unreadable: 'NO_TASK_SHEET',
  none: 'NO_TASK_SHEET_IN_WORKBOOK',
  several: 'SEVERAL_TASK_SHEETS',
};

/**
 * 复用到下次活动 on a book read by `readTimelineBook`: the finished 推进表's typed dates as deadlines
 * on its milestones, the milestones at their new dates, and the timeline on them. Pure, like
 * planTimeline, so the pane can show it before writing.
 * @example planReuse(book, { from: { 开团: 46337.8333 }, to: { 开团: 46556.8333 } }).result?.plan
 */
export function planReuse(book: TimelineBook, choices: ReuseChoices): Prepared<ReuseResult> {
  const { sheet, ...options } = choices;
  const candidates = book.matches.map((g) => g.sheet);
  const choice = chooseSheet(book, sheet, CODES);
  if ('refusal' in choice) return { candidates, result: null, issues: [choice.refusal] };
  const result = reuseTimeline(choice.grid, { ...options, calendar: book.calendar });
  if (!result) return { candidates, result, issues: [unreadable(CODES, choice.grid.sheet)] };
  return { candidates, result, issues: result.issues };
}

/**
 * 复用到下次活动 on any host, before anything is written: the CLI and the tests use it.
 * @example (await prepareReuse(host, { from, to })).result?.plan
 */
export async function prepareReuse(
  host: WorkbookHost,
  choices: ReuseChoices,
): Promise<Prepared<ReuseResult>> {
  return planReuse(await readTimelineBook(host, choices.sheet), choices);
}
