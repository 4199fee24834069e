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
import { useReportError } from '../reportError';

/** Issues as the pane lists them, each with its text. */
export type ListedIssues = { readonly issue: Issue; readonly text: string }[];

/**
 * Notes that tell what a run did to a cell ("已改为数字（可撤销）"). Planned before the run, they
 * would claim a change that has not happened; after it, the re-read workbook no longer yields them.
 * So the pane shows them only from the run that made them, and keeps them until the next one.
 */
const AFTER_THE_FACT: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'NUMBER_CONVERTED',
  'DATE_CONVERTED',
  'DEVIATION_BEYOND',
]);

/**
 * Applying a plan from a view: busy while it runs, the run's own news afterwards, a version that
 * bumps so the view re-reads the workbook, and selecting a cell. A failure of either goes to the
 * pane's one error display.
 */
export function useApplyPlan(host: WorkbookHost, locale: Locale, onChange?: () => void) {
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [madeByRun, setMadeByRun] = useState<readonly Issue[]>([]);

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
      .map((issue) => ({ issue, text: formatIssue(issue, locale) }));

  return { busy, done, version, apply, select, listed };
}
