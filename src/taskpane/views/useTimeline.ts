import { useMemo, useState } from 'react';
import { planTimeline, readTimelineBook, type TimelineChoices } from '../../app/timeline';
import { columnLetters } from '../../core/a1';
import type { Issue } from '../../core/issues';
import type { WorkbookPlan } from '../../core/plan';
import { findTemplate, TEMPLATES, type Template } from '../../core/templates';
import { COLUMN_ROLES, type ColumnRole } from '../../core/timeline/columns';
import type { TimelineResult } from '../../core/timeline/generateTimeline';
import { DEFAULT_TRACKING, type TrackingOptions } from '../../core/timeline/tracking/trackingPlan';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { columnChoices, type ColumnChoice } from './MappingFields';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';
import { anchorsOf, useMilestoneFields, withSheetValues } from './useMilestoneFields';
import { useSheetChoice } from './useSheetChoice';

export interface TimelineState {
  /** The template a new 推进表 comes from, when the workbook has none. */
  readonly template: Template | null;
  setTemplate(id: string): void;
  readonly tracking: TrackingOptions;
  setTracking(v: TrackingOptions): void;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  setSheet(name: string): void;
  readonly result: TimelineResult | null;
  readonly columns: readonly ColumnChoice[];
  setRole(role: ColumnRole, col: number | null): void;
  /** The milestone fields (`YYYY-MM-DDTHH:MM`): typed by the user, else the sheet's values. */
  readonly fields: Readonly<Record<string, string>>;
  /** The milestones the user typed in the pane (their source is the pane, not the sheet). */
  readonly typed: ReadonlySet<string>;
  /** Milestones still without a date: Generate waits for them. */
  readonly missing: readonly string[];
  setField(name: string, value: string): void;
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  /** What the view is waiting for, if anything: its spinner says so. */
  readonly step: BusyStep | null;
  readonly done: string | null;
  generate(): Promise<void>;
  /** Applies another plan on the same sheet (复用到下次活动), so the view re-reads after it. */
  applyOther(plan: WorkbookPlan | null | undefined, news: Issue | undefined): Promise<void>;
  select(issue: Issue): Promise<void>;
}

const sameAnchors = (a: Record<string, number>, b: Record<string, number>) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The milestones the plan still has no date for. */
const missingNames = (result: TimelineResult | null) =>
  (result?.milestones ?? []).filter((m) => m.source === 'missing').map((m) => m.name);

/**
 * A missing milestone is a field still to fill (shown on the field and on the button), not an
 * error: the user has done nothing wrong before they press Generate.
 */
const withoutMissing = (issues: readonly Issue[] | undefined) =>
  issues?.filter((i) => i.code !== 'MILESTONE_MISSING');

/** Reads the workbook for the 生成时间表 view, keeps the user's corrections, and runs the plan. */
export function useTimeline({ host, locale, restored, onChange }: ViewProps): TimelineState {
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<ColumnRole>();
  const milestones = useMilestoneFields();
  const { busy, done, version, apply, select, listed } = useApplyPlan(
    host,
    locale,
    restored,
    onChange,
  );
  const [templateId, setTemplateId] = useState<string>(TEMPLATES[0]?.id ?? '');
  const [tracking, setTracking] = useState<TrackingOptions>(DEFAULT_TRACKING);

  const { value: book, reading } = useWorkbookReadState(host, readTimelineBook, version);
  const candidates = useMemo(() => book?.matches.map((g) => g.sheet) ?? null, [book]);
  const { sheet, pick } = useSheetChoice(candidates);
  // No 推进表 in the workbook: the chosen template's sheet is planned instead, created by the run.
  const template = useMemo(
    () => (candidates?.length === 0 ? (findTemplate(templateId) ?? null) : null),
    [candidates, templateId],
  );
  const choices = useMemo(
    (): TimelineChoices => ({
      mapping,
      tracking,
      locale,
      ...(template ? { template } : sheet ? { sheet } : {}),
    }),
    [mapping, tracking, locale, template, sheet],
  );

  // The milestones read with only what the user typed tell which values the sheet already has.
  const first = useMemo(
    () => (book ? planTimeline(book, { ...choices, anchors: milestones.typedAnchors }) : null),
    [book, choices, milestones.typedAnchors],
  );
  const fields = useMemo(
    () => withSheetValues(milestones.typed, first?.result?.milestones),
    [milestones.typed, first],
  );
  const prepared = useMemo(() => {
    const anchors = anchorsOf(fields);
    if (!book || sameAnchors(anchors, milestones.typedAnchors)) return first;
    return planTimeline(book, { ...choices, anchors });
  }, [book, choices, fields, milestones.typedAnchors, first]);
  const result = prepared?.result ?? null;

  const columns = useMemo(
    () =>
      result
        ? columnChoices(result.taskSheet.headers, result.taskSheet.lastCol, columnLetters)
        : [],
    [result],
  );
  const news = result?.issues.find((i) => i.code === 'TIMELINE_WRITTEN');
  const missing = missingNames(result);

  return {
    template,
    setTemplate: (id) => {
      setTemplateId(id);
      milestones.clear();
    },
    tracking,
    setTracking,
    sheets: candidates ?? [],
    sheet,
    setSheet: (name) => {
      pick(name);
      clearMapping();
    },
    result,
    columns,
    setRole,
    fields,
    setField: milestones.setField,
    typed: new Set(Object.keys(milestones.typedAnchors)),
    missing,
    issues: listed(withoutMissing(prepared?.issues), 'TIMELINE_WRITTEN'),
    step: busyStep(busy, reading),
    done,
    generate: () => apply(result?.plan, news, prepared?.issues),
    applyOther: apply,
    select,
  };
}

export const ROLES: readonly ColumnRole[] = COLUMN_ROLES.map((r) => r.role);
