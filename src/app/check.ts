import { generateBudget } from '../core/budget/generateBudget';
import { readBudget } from '../core/budget/readBudget';
import { CALENDAR_SHEET } from '../core/calendar/workCalendar';
import { backupProblems } from '../core/check/backupProblems';
import { brokenRefs } from '../core/check/brokenRefs';
import { formulaDrift } from '../core/check/formulaDrift';
import { milestoneProblems } from '../core/check/milestoneProblems';
import { calendarEnd, pastCalendar } from '../core/check/pastCalendar';
import { regeneratedIssues } from '../core/check/regeneratedIssues';
import type { Finding } from '../core/check/types';
import type { Grid } from '../core/grid';
import { issue, type Issue } from '../core/issues';
import { BACKUP_SHEET } from '../core/plan/backup';
import { generateRoi, readsAsSales } from '../core/roi/generateRoi';
import { roiSources } from '../core/roi/workbookSources';
import { TARGETS_SHEET } from '../core/targets/layout';
import { generateTimeline } from '../core/timeline/generateTimeline';
import { readTaskSheet } from '../core/timeline/readTaskSheet';
import { isSummarySheet } from '../core/timeline/tracking/summarySheet';
import type { WorkbookHost } from '../hosts/types';
import { readTeamSheets, type TeamSheets } from './teamSheets';

/** What the health check reads: every visible sheet, the 工作日历 and the backup sheet. */
export interface CheckBook {
  readonly team: TeamSheets;
  readonly calendar: Grid | null;
  readonly backup: Grid | null;
  /** Every sheet of the workbook, the add-in's own included. */
  readonly sheets: readonly string[];
}

/** What the health check found, and what it could not check (info issues naming the part). */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly skipped: readonly Issue[];
}

/**
 * Reads what 工作簿体检 needs from any host, in one read of the team's sheets.
 * @example checkWorkbook(await readCheckBook(host)).findings
 */
export async function readCheckBook(host: WorkbookHost): Promise<CheckBook> {
  const team = await readTeamSheets(host, () => true, undefined, [CALENDAR_SHEET]);
  const sheets = (await host.listSheets()).map((s) => s.name);
  const backup = sheets.includes(BACKUP_SHEET) ? await host.readSheet(BACKUP_SHEET) : null;
  return { team, calendar: team.helpers.get(CALENDAR_SHEET) ?? null, backup, sheets };
}

const skipped = (part: string) => issue('CHECK_SKIPPED', 'info', undefined, { part });

/** The 推进表 the add-in generated (they carry its 计划截止 column): formulas, milestones, dates. */
function checkTimelines(book: CheckBook, grids: ReadonlyMap<string, Grid>): CheckResult {
  const sheets = book.team.matches.filter(
    (g) => !isSummarySheet(g) && readTaskSheet(g)?.owned.due !== undefined,
  );
  if (sheets.length === 0) return { findings: [], skipped: [skipped('推进表')] };
  const end = calendarEnd(book.calendar);
  const findings: Finding[] = [];
  const missed: Issue[] = [];
  for (const grid of sheets) {
    const result = generateTimeline(grid, { calendar: book.calendar });
    if (!result) continue;
    findings.push(...milestoneProblems(grid, result.taskSheet));
    if (!result.plan)
      missed.push(issue('CHECK_TIMELINE_BLOCKED', 'info', undefined, { sheet: grid.sheet }));
    else findings.push(...formulaDrift(result.plan, grids), ...pastCalendar(result, end));
  }
  return { findings, skipped: missed };
}

/** The budgets and the sales sheets: the add-in's formulas, and the team's totals and ROI. */
function checkTables(book: CheckBook, grids: ReadonlyMap<string, Grid>): CheckResult {
  const all = book.team.matches.filter((g) => g.sheet !== TARGETS_SHEET);
  const budgets = all.flatMap((g) => (readBudget(g) ? [generateBudget(g)] : []));
  const sales = all.filter(readsAsSales).map((g) => generateRoi(g, roiSources(g, all)));
  const findings = [...budgets, ...sales].flatMap((r) => [
    ...(r?.plan ? formulaDrift(r.plan, grids) : []),
    ...regeneratedIssues(r?.issues ?? []),
  ]);
  const missing = [
    ...(budgets.length === 0 ? [skipped('预算')] : []),
    ...(sales.length === 0 ? [skipped('销售数据')] : []),
  ];
  return { findings, skipped: missing };
}

/** One finding a cell: the first detector's (a rewritten formula over a bare `#REF!`). */
function oncePerCell(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(({ issue: i }) => {
    if (!i.cell?.address) return true;
    const key = `${i.cell.sheet}!${i.cell.address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * 工作簿体检: regenerates what the add-in would write from the workbook as it is and compares,
 * reads the milestones, formulas, team totals and ROI columns, the calendar and the backup. Pure
 * and read-only; parts the workbook lacks are named in `skipped`, never a failure.
 * @example checkWorkbook(book).findings.map((f) => f.issue.cell)
 */
export function checkWorkbook(book: CheckBook): CheckResult {
  const grids = new Map(book.team.matches.map((g) => [g.sheet, g]));
  if (book.calendar) grids.set(CALENDAR_SHEET, book.calendar);
  const timelines = checkTimelines(book, grids);
  const tables = checkTables(book, grids);
  const findings = oncePerCell([
    ...timelines.findings,
    ...tables.findings,
    ...brokenRefs([...grids.values()]),
    ...backupProblems(book.backup, book.sheets),
  ]);
  return { findings, skipped: [...timelines.skipped, ...tables.skipped] };
}

/**
 * 工作簿体检 on any host.
 * @example (await prepareCheck(host)).findings.length
 */
export async function prepareCheck(host: WorkbookHost): Promise<CheckResult> {
  return checkWorkbook(await readCheckBook(host));
}
