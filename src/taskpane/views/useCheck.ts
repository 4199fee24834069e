import { useMemo, useState } from 'react';
import { checkWorkbook, readCheckBook, type CheckResult } from '../../app/check';
import { mendPlan } from '../../core/check/mendPlan';
import type { Finding } from '../../core/check/types';
import { issue, type Issue } from '../../core/issues';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { useApplyPlan } from './useApplyPlan';

export interface CheckState {
  /** Null until the user first checks. */
  readonly result: CheckResult | null;
  readonly step: BusyStep | null;
  readonly done: string | null;
  /** Checks the workbook (again: a 检查 after the team edited it reads it afresh). */
  check(): void;
  /** Applies the safe mends of these findings as one run (kept in the backup: undo works). */
  mend(findings: readonly Finding[]): Promise<void>;
  select(issue: Issue): Promise<void>;
}

/**
 * 工作簿体检 in the pane: the workbook is read as every view reads it, and checked once the user
 * asks; a mend is a run like any other, and after it or an undo the list is the workbook's anew.
 */
export function useCheck({ host, locale, restored, onChange }: ViewProps): CheckState {
  const { busy, done, version, apply, select } = useApplyPlan(host, locale, restored, onChange);
  // How many times the user pressed 检查: 0 shows nothing; each press reads the workbook again.
  const [asked, setAsked] = useState(0);
  const { value: book, reading } = useWorkbookReadState(host, readCheckBook, version + asked);
  const result = useMemo(() => (asked > 0 && book ? checkWorkbook(book) : null), [asked, book]);
  const mend = (findings: readonly Finding[]) => {
    const count = findings.filter((f) => f.mend).length;
    return apply(mendPlan(findings), issue('CHECK_MENDED', 'info', undefined, { count }));
  };
  return {
    result: reading ? null : result,
    step: busyStep(busy, reading && asked > 0),
    done,
    check: () => setAsked((n) => n + 1),
    mend,
    select,
  };
}
