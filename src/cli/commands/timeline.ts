import { parseIsoDateTime } from '../../core/calendar/serial';
import { CALENDAR_SHEET } from '../../core/calendar/workCalendar';
import type { Locale } from '../../core/issues';
import { describeMapping } from '../../core/timeline/readTaskSheet';
import { generateTimeline, type TimelineResult } from '../../core/timeline/generateTimeline';
import { timelineFromTemplate } from '../../core/timeline/fromTemplate';
import { findTemplate, TEMPLATES } from '../../core/templates';
import { readTaskSheet } from '../../core/timeline/readTaskSheet';
import { HostError } from '../../hosts/errors';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
import type { WorkbookHost } from '../../hosts/types';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import { UsageError } from '../args';
import { issuesJson, printIssues, type Io } from '../report';

export interface TimelineArgs {
  readonly input: string;
  readonly output: string;
  readonly sheet?: string;
  readonly anchors: readonly string[];
  readonly json: boolean;
  /** Create the 推进表 from this template first (id or name). */
  readonly template?: string;
}

/**
 * Parses `名称=YYYY-MM-DD[THH:MM]` anchors into serials.
 * @example parseAnchors(['开团=2026-11-11T10:00']) // { 开团: 46337.416666… }
 */
export function parseAnchors(list: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) {
    const eq = a.indexOf('=');
    const name = a.slice(0, eq).trim();
    const value = eq > 0 ? parseIsoDateTime(a.slice(eq + 1)) : null;
    if (!name || value === null)
      throw new UsageError(`--anchor wants 名称=YYYY-MM-DD or 名称=YYYY-MM-DDTHH:MM, not "${a}"`);
    out[name] = value;
  }
  return out;
}

/**
 * What `tuijin timeline` does to any host before writing: the 推进表 found (or made from a
 * template) and its timeline; throws HostError when there is nothing to plan.
 */
export async function prepareTimeline(
  host: WorkbookHost,
  args: Pick<TimelineArgs, 'sheet' | 'anchors' | 'template'>,
): Promise<{ result: TimelineResult; sheet: string }> {
  const anchors = parseAnchors(args.anchors);
  const template = args.template === undefined ? undefined : findTemplate(args.template);
  if (args.template !== undefined && !template) {
    throw new UsageError(
      `unknown template "${args.template}"; templates: ${TEMPLATES.map((t) => `${t.id} (${t.name})`).join(', ')}`,
    );
  }
  const { names, matches } = await sheetsReadingAs(host, (g) => readTaskSheet(g));
  const calendar = await host.readSheet(CALENDAR_SHEET);
  if (template) {
    const target = args.sheet ?? template.sheet;
    if (names.includes(target)) throw new HostError('TEMPLATE_SHEET_EXISTS', { sheet: target });
    return { result: timelineFromTemplate(template, { anchors, calendar }, target), sheet: target };
  }
  let sheet = args.sheet;
  if (sheet !== undefined && !names.includes(sheet))
    throw new HostError('SHEET_NOT_FOUND', { sheet, sheets: names.join('、') });
  if (sheet === undefined) {
    const candidates = matches.map((g) => g.sheet);
    if (candidates.length === 0)
      throw new HostError('NO_TASK_SHEET_IN_WORKBOOK', { sheets: names.join('、') });
    if (candidates.length > 1)
      throw new HostError('SEVERAL_TASK_SHEETS', { sheets: candidates.join('、') });
    sheet = candidates[0]!;
  }
  const result = generateTimeline((await host.readSheet(sheet))!, { anchors, calendar });
  if (!result) throw new HostError('NO_TASK_SHEET', { sheet });
  return { result, sheet };
}

/** `tuijin timeline`: dates for the 推进表, or exit 1 with the reasons and nothing written. */
export async function timelineCommand(args: TimelineArgs, locale: Locale, io: Io): Promise<number> {
  const host = await XlsxHost.open(args.input);
  const { result, sheet } = await prepareTimeline(host, args);
  return finish(host, result, sheet, args, locale, io);
}

/** Prints what the run found, and writes the plan unless something blocks it. */
async function finish(
  host: XlsxHost,
  result: TimelineResult,
  sheet: string,
  args: TimelineArgs,
  locale: Locale,
  io: Io,
): Promise<number> {
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          sheet,
          headerRow: result.taskSheet.headerRow + 1,
          mapping: describeMapping(result.taskSheet),
          milestones: result.milestones,
          tasks: result.taskSheet.tasks.length,
          dated: result.dated,
          written: result.plan !== null,
          issues: issuesJson(result.issues, locale),
        },
        null,
        2,
      ),
    );
  }
  if (!result.plan) {
    if (!args.json) printIssues(result.issues, locale, io);
    return 1;
  }
  await host.apply(result.plan);
  await host.save(args.output);
  if (!args.json) printIssues(result.issues, locale, io);
  return 0;
}
