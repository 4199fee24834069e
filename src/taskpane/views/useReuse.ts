import { useState } from 'react';
import { prepareReuse } from '../../app/reuse';
import { parseIsoDateTime } from '../../core/calendar/serial';
import { formatIssue, type Issue, type Locale } from '../../core/issues';
import type { WorkbookHost } from '../../hosts/types';
import { useReportError } from '../reportError';
import { useResetOn } from '../useResetOn';
import type { TimelineState } from './useTimeline';

/** The 复用到下次活动 form: one milestone, its old and new dates, and what the last try said. */
export interface ReuseState {
  readonly name: string;
  setName(v: string): void;
  /** `YYYY-MM-DDTHH:MM`; the old date defaults to the milestone's value on the sheet. */
  readonly from: string;
  setFrom(v: string): void;
  readonly to: string;
  setTo(v: string): void;
  readonly ready: boolean;
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  reuse(): Promise<void>;
}

/**
 * Runs 复用到下次活动 on the sheet the timeline view shows, with its column corrections: the plan
 * is prepared on click (it rewrites the due column, so nothing is previewed) and applied through
 * the timeline view, which then reads the reused plan. The CLI takes several milestones; the pane
 * one, the main one most plans hang on.
 */
export function useReuse(
  host: WorkbookHost,
  locale: Locale,
  tl: TimelineState,
  restored: number,
): ReuseState {
  const report = useReportError();
  const [name, setName] = useState('开团');
  const [typedFrom, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState('');
  const [issues, setIssues] = useState<ReuseState['issues']>([]);
  // An undo takes the reuse back, and with it what the reuse had to say.
  useResetOn(restored, () => setIssues([]));
  const from = typedFrom ?? tl.fields[name] ?? '';
  const [old, next] = [parseIsoDateTime(from), parseIsoDateTime(to)];
  const reuse = async () => {
    if (old === null || next === null) return;
    try {
      const prepared = await prepareReuse(host, {
        from: { [name]: old },
        to: { [name]: next },
        ...(tl.sheet ? { sheet: tl.sheet } : {}),
        ...(tl.result ? { mapping: tl.result.taskSheet.mapping } : {}),
        tracking: tl.tracking,
        locale,
      });
      const news = prepared.issues.find((i) => i.code === 'REUSE_WRITTEN');
      setIssues(
        prepared.issues
          .filter((i) => i !== news)
          .map((issue) => ({ issue, text: formatIssue(issue, locale) })),
      );
      await tl.applyOther(prepared.result?.plan, news);
    } catch (e) {
      report(e);
    }
  };
  return {
    name,
    setName,
    from,
    setFrom,
    to,
    setTo,
    ready: name.trim() !== '' && old !== null && next !== null && tl.step === null,
    issues,
    reuse,
  };
}
