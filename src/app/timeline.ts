import { isSummarySheet } from '../core/timeline/tracking/summarySheet';
import { CALENDAR_SHEET } from '../core/calendar/workCalendar';
import type { Grid } from '../core/grid';
import { issue } from '../core/issues';
import type { Template } from '../core/templates';
import { timelineFromTemplate } from '../core/timeline/fromTemplate';
import {
  generateTimeline,
  type TimelineOptions,
  type TimelineResult,
} from '../core/timeline/generateTimeline';
import { readTaskSheet, type TaskSheet } from '../core/timeline/readTaskSheet';
import type { WorkbookHost } from '../hosts/types';
import { chooseSheet, unreadable, type SheetCodes } from './chooseSheet';
import { readTeamSheets, type TeamSheets } from './teamSheets';
import type { Prepared } from './types';

/** What 生成时间表 reads of a workbook: the sheets that read as a 推进表, and the team's calendar. */
export interface TimelineBook extends TeamSheets {
  readonly calendar: Grid | null;
}

/** What the user chose: the sheet (or a template for a new one) and the run's options. */
export interface TimelineChoices extends Omit<TimelineOptions, 'calendar'> {
  readonly sheet?: string;
  /** Create the 推进表 from this template (on `sheet`, or the template's own sheet name). */
  readonly template?: Template;
}

const CODES: SheetCodes = {
  unreadable: 'NO_TASK_SHEET',
  none: 'NO_TASK_SHEET_IN_WORKBOOK',
  several: 'SEVERAL_TASK_SHEETS',
};
/**
 * A table whose every task is a number counts tasks rather than lists them: the sample's 任务统计
 * (部门 | 任务数 | 已完成) reads by its headers like a 推进表, its 任务数 column like tasks.
 */
const countsTasks = (sheet: TaskSheet) => {
  const named = sheet.tasks.map((t) => t.task.trim()).filter((t) => t !== '');
  return named.length > 0 && named.every((t) => /^[-+]?[0-9.,%]+$/.test(t));
};

// A stable reader, so a pane re-reads only when the workbook changes.
// The add-in's own summary sheet reads like a 推进表 (最晚截止, 事项数) but is none.
const readsAsTaskSheet = (grid: Grid) => {
  if (isSummarySheet(grid)) return false;
  const sheet = readTaskSheet(grid);
  return sheet !== null && !countsTasks(sheet);
};

/**
 * Reads what 生成时间表 needs from any host.
 * @example planTimeline(await readTimelineBook(host), { anchors })
 */
export async function readTimelineBook(host: WorkbookHost, sheet?: string): Promise<TimelineBook> {
  const team = await readTeamSheets(host, readsAsTaskSheet, sheet, [CALENDAR_SHEET]);
  return { ...team, calendar: team.helpers.get(CALENDAR_SHEET) ?? null };
}

/**
 * The timeline of the chosen 推进表, or of a new one from a template; a refusal issue when there
 * is no sheet to work on. Pure: the pane calls it on every change without touching the workbook.
 * @example planTimeline(book, { anchors: { 开团: 46337.4167 } }).result?.plan
 */
export function planTimeline(
  book: TimelineBook,
  choices: TimelineChoices,
): Prepared<TimelineResult> {
  const { sheet, template, ...options } = choices;
  const candidates = book.matches.map((g) => g.sheet);
  const calendar = book.calendar;
  if (template) {
    const target = sheet ?? template.sheet;
    if (book.names.includes(target)) {
      const exists = issue('TEMPLATE_SHEET_EXISTS', 'error', undefined, { sheet: target });
      return { candidates, result: null, issues: [exists] };
    }
    const result = timelineFromTemplate(template, { ...options, calendar }, target);
    return { candidates, result, issues: result.issues };
  }
  const choice = chooseSheet(book, sheet, CODES);
  if ('refusal' in choice) return { candidates, result: null, issues: [choice.refusal] };
  const result = generateTimeline(choice.grid, { ...options, calendar });
  if (!result) return { candidates, result, issues: [unreadable(CODES, choice.grid.sheet)] };
  return { candidates, result, issues: result.issues };
}

/**
 * 生成时间表 on any host, before anything is written: the CLI, the tests and the bench use it.
 * @example (await prepareTimeline(host, { anchors })).result?.plan
 */
export async function prepareTimeline(
  host: WorkbookHost,
  choices: TimelineChoices,
): Promise<Prepared<TimelineResult>> {
  return planTimeline(await readTimelineBook(host, choices.sheet), choices);
}
