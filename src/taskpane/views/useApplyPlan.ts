import { useCallback, useState } from 'react';
import {
  fillMessage,
  formatIssue,
  type Issue,
  type IssueCode,
  type Locale,
} from '../../core/issues';
import type { WorkbookPlan } from '../../core/plan';
import type { WorkbookHost } from '../../hosts/types';
import { afterPaint } from '../afterPaint';
import { useReportError } from '../reportError';
import { useResetOn } from '../useResetOn';
import { useWorkbookSheets } from '../workbookSheets';

/** Issues as the pane lists them, each with its text. */
export type ListedIssues = { readonly issue: Issue; readonly text: string }[];

/**
 * Notes that tell what a run did ("已改为数字（可撤销）", "an input cell was made at K21"). Planned
 * before the run, they would claim a change that has not happened; after it, the re-read workbook
 * no longer yields them. So the pane shows them only from the run that made them, until the next
 * run or an undo.
 */
const AFTER_THE_FACT: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'NUMBER_CONVERTED',
  'DATE_CONVERTED',
  'DEVIATION_BEYOND',
  'CHANNELS_READ',
  'SPEND_FROM_BUDGET',
  'SPEND_FROM_CHANNELS',
  'SPEND_MISSING',
  'MARGIN_MISSING',
]);

/** A note on a sheet the workbook does not hold yet is about what a run would create: not yet true. */
const onExistingSheet = (sheets: ReadonlySet<string> | null) => (i: Issue) =>
  !i.cell || sheets === null || sheets.has(i.cell.sheet);

/**
 * Applying a plan from a view: busy while it runs, the run's own news afterwards, a version that
 * bumps so the view re-reads the workbook, and selecting a cell. `restored` counts the pane's
 * undos: each one takes back the last run's news and makes the view read the workbook again. A
 * failure of any step goes to the pane's one error display.
 */
export function useApplyPlan(
  host: WorkbookHost,
  locale: Locale,
  restored: number,
  onChange?: () => void,
) {
  const report = useReportError();
  const sheets = useWorkbookSheets();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [madeByRun, setMadeByRun] = useState<readonly Issue[]>([]);
  useResetOn(restored, () => {
    setDone(null);
    setMadeByRun([]);
  });

  const apply = useCallback(
    async (
      plan: WorkbookPlan | null | undefined,
      news: Issue | undefined,
      issues: readonly Issue[] = [],
    ) => {
      if (!plan) return;
      setBusy(true);
      setDone(null);
      try {
        await afterPaint();
        await host.apply(plan);
        setMadeByRun(issues.filter((i) => AFTER_THE_FACT.has(i.code)));
        setDone(news ? fillMessage(news.code, locale, news.params) : null);
        setVersion((v) => v + 1);
        onChange?.();
      } catch (e) {
        report(e);
      } finally {
        setBusy(false);
      }
    },
    [host, locale, onChange, report],
  );

  const select = useCallback(
    async (i: Issue) => {
      try {
        if (i.cell?.address) await host.select(i.cell.sheet, i.cell.address);
        onChange?.();
      } catch (e) {
        report(e);
      }
    },
    [host, onChange, report],
  );

  /** A plan's issues without its own news (shown apart), and what the last run changed. */
  const listed = (issues: readonly Issue[] | undefined, news: IssueCode): ListedIssues =>
    [...madeByRun, ...(issues ?? []).filter((i) => !AFTER_THE_FACT.has(i.code))]
      .filter((i) => i.code !== news)
      .filter(onExistingSheet(sheets))
      .map((issue) => ({ issue, text: formatIssue(issue, locale) }));

  // Both only grow, so their sum changes on every run and every undo: the view reads again.
  return { busy, done, ran: done !== null, version: version + restored, apply, select, listed };
}
