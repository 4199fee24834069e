import { useMemo } from 'react';
import { planReview } from '../../app/review';
import { readTeamSheets } from '../../app/teamSheets';
import type { Issue } from '../../core/issues';
import type { ReviewResult } from '../../core/review/types';
import type { WorkbookHost } from '../../hosts/types';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { useApplyPlan, type ListedIssues } from './useApplyPlan';

export interface ReviewState {
  readonly result: ReviewResult | null;
  readonly issues: ListedIssues;
  readonly busy: boolean;
  /** What the view is doing (reading, writing), for the spinner. */
  readonly step: BusyStep | null;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

// Every sheet: the 推进表, the budget, the sales, the 目标 sheet and an earlier 复盘 all count.
const readBook = (host: WorkbookHost) => readTeamSheets(host, () => true);

/** Reads the workbook for the 复盘 view and writes the 复盘 sheet. */
export function useReview({ host, locale, restored, onChange }: ViewProps): ReviewState {
  const { busy, done, version, apply, select, listed } = useApplyPlan(
    host,
    locale,
    restored,
    onChange,
  );
  const { value: book, reading } = useWorkbookReadState(host, readBook, version);
  const prepared = useMemo(() => book && planReview(book.matches, book.names), [book]);
  const result = prepared?.result ?? null;
  const news = result?.issues.find((i) => i.code === 'REVIEW_WRITTEN');
  return {
    result,
    issues: listed(prepared?.issues, 'REVIEW_WRITTEN'),
    busy,
    step: busyStep(busy, reading),
    done,
    run: () => apply(result?.plan, news),
    select,
  };
}
