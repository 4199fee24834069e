import { useCallback, useState } from 'react';
import {
  fillMessage,
  formatIssue,
  type Issue,
  type IssueCode,
  type Locale,
} from '../../core/issues';
import type { WorkbookPlan } from '../../core/plan';
import { HostError } from '../../hosts/errors';
import type { WorkbookHost } from '../../hosts/types';

/** Issues as the pane lists them, with the host's failure (if any) first. */
export type ListedIssues = { readonly issue: Issue; readonly text: string }[];

/**
 * Applying a plan from a view: busy while it runs, the run's own news afterwards, a host failure
 * as a message, a version that bumps so the view re-reads the workbook, and selecting a cell.
 */
export function useApplyPlan(host: WorkbookHost, locale: Locale, onChange?: () => void) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const apply = useCallback(
    async (plan: WorkbookPlan | null | undefined, news: Issue | undefined) => {
      if (!plan) return;
      setBusy(true);
      setFailure(null);
      try {
        await host.apply(plan);
        setDone(news ? fillMessage(news.code, locale, news.params) : null);
        setVersion((v) => v + 1);
        onChange?.();
      } catch (e) {
        setFailure(e instanceof HostError ? fillMessage(e.code, locale, e.params) : String(e));
      } finally {
        setBusy(false);
      }
    },
    [host, locale, onChange],
  );

  const select = useCallback(
    async (i: Issue) => {
      if (i.cell?.address) await host.select(i.cell.sheet, i.cell.address);
      onChange?.();
    },
    [host, onChange],
  );

  /** A run's issues without its own news (shown apart), the host's failure first. */
  const listed = (issues: readonly Issue[] | undefined, news: IssueCode): ListedIssues => {
    const out = (issues ?? [])
      .filter((i) => i.code !== news)
      .map((issue) => ({ issue, text: formatIssue(issue, locale) }));
    if (failure)
      out.unshift({ issue: { code: 'HOST_FAILED', severity: 'error', params: {} }, text: failure });
    return out;
  };

  return { busy, done, version, apply, select, listed };
}
