import { useMemo, useState } from 'react';
import { planTargets, type TargetChoices } from '../../app/targets';
import { readTeamSheets } from '../../app/teamSheets';
import type { Issue } from '../../core/issues';
import type { TargetsResult } from '../../core/targets/generateTargets';
import type { WorkbookHost } from '../../hosts/types';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { useApplyPlan, type ListedIssues } from './useApplyPlan';

/** The inputs the pane offers: the ones a planner sets for every campaign. */
export type PaneChoice = 'target' | 'aov' | 'conversion' | 'margin';
export type PaneChoices = Partial<Record<PaneChoice, number>>;

export interface TargetsState {
  readonly result: TargetsResult | null;
  /** The figures typed in the pane; one left out keeps the sheet's own (or the assumption). */
  readonly choices: PaneChoices;
  choose(name: PaneChoice, v: number): void;
  readonly issues: ListedIssues;
  readonly busy: boolean;
  /** What the view is doing (reading, writing), for the spinner. */
  readonly step: BusyStep | null;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

// Every sheet: the sales history, the budget and an earlier 目标 sheet all feed the plan.
const readBook = (host: WorkbookHost) => readTeamSheets(host, () => true);

/** Reads the workbook for the 目标拆解 view and writes the 目标 and 爆发日 sheets. */
export function useTargets({ host, locale, restored, onChange }: ViewProps): TargetsState {
  const [choices, setChoices] = useState<PaneChoices>({});
  const { busy, done, version, apply, select, listed } = useApplyPlan(
    host,
    locale,
    restored,
    onChange,
  );
  const { value: book, reading } = useWorkbookReadState(host, readBook, version);
  const prepared = useMemo(() => {
    if (!book) return null;
    return planTargets(book.matches, choices satisfies TargetChoices, book.names);
  }, [book, choices]);
  const result = prepared?.result ?? null;
  const news = result?.issues.find((i) => i.code === 'TARGETS_WRITTEN');
  return {
    result,
    choices,
    choose: (name, v) => setChoices((c) => ({ ...c, [name]: v })),
    issues: listed(prepared?.issues, 'TARGETS_WRITTEN'),
    busy,
    step: busyStep(busy, reading),
    done,
    run: () => apply(result?.plan, news),
    select,
  };
}
