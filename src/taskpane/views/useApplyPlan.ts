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
 * Applying a plan from a view: busy while it runs, the run's own news afterwards, a version that
 * bumps so the view re-reads the workbook, and selecting a cell. A failure of either goes to the
 * pane's one error display.
 */
export function useApplyPlan(host: WorkbookHost, locale: Locale, onChange?: () => void) {
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const apply = useCallback(
    async (plan: WorkbookPlan | null | undefined, news: Issue | undefined) => {
      if (!plan) return;
      setBusy(true);
      setDone(null);
      try {
        await host.apply(plan);
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

  /** A run's issues without its own news (shown apart). */
  const listed = (issues: readonly Issue[] | undefined, news: IssueCode): ListedIssues =>
    (issues ?? [])
      .filter((i) => i.code !== news)
      .map((issue) => ({ issue, text: formatIssue(issue, locale) }));

  return { busy, done, version, apply, select, listed };
}
