import { useEffect, useMemo, useState } from 'react';
import { columnLetters } from '../../core/a1';
import { formatSerial, parseIsoDateTime } from '../../core/calendar/serial';
import { CALENDAR_SHEET } from '../../core/calendar/workCalendar';
import { useSheetsReadingAs } from './useSheetsReadingAs';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';
import type { Grid } from '../../core/grid';
import type { Issue, Locale } from '../../core/issues';
import { COLUMN_ROLES, type ColumnRole } from '../../core/timeline/columns';
import { generateTimeline, type TimelineResult } from '../../core/timeline/generateTimeline';
import { timelineFromTemplate } from '../../core/timeline/fromTemplate';
import { DEFAULT_VIEWS, type ViewOptions } from '../../core/timeline/views';
import { findTemplate, TEMPLATES, type Template } from '../../core/templates';
import { readTaskSheet } from '../../core/timeline/readTaskSheet';
import { columnChoices, type ColumnChoice } from './MappingFields';
import type { WorkbookHost } from '../../hosts/types';

export interface TimelineState {
  /** The template a new 推进表 comes from, when the workbook has none. */
  readonly template: Template | null;
  setTemplate(id: string): void;
  readonly views: ViewOptions;
  setViews(v: ViewOptions): void;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  setSheet(name: string): void;
  readonly result: TimelineResult | null;
  readonly columns: readonly ColumnChoice[];
  setRole(role: ColumnRole, col: number | null): void;
  /** What the user typed for each milestone (`YYYY-MM-DDTHH:MM`), prefilled from the sheet. */
  readonly fields: Readonly<Record<string, string>>;
  setField(name: string, value: string): void;
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  readonly busy: boolean;
  readonly done: string | null;
  generate(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

const toField = (serial: number) => formatSerial(serial).replace(' ', 'T');
// A stable reader, so the sheet scan runs only when the workbook changes.
const readTaskSheetOf = (grid: Grid) => readTaskSheet(grid);

/** Reads the workbook for the 生成时间表 view, keeps the user's corrections, and runs the plan. */
export function useTimeline(
  host: WorkbookHost,
  locale: Locale,
  onChange?: () => void,
): TimelineState {
  const [sheet, setSheet] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [calendar, setCalendar] = useState<Grid | null>(null);
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<ColumnRole>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, done, version, apply, select, listed } = useApplyPlan(host, locale, onChange);
  const [templateId, setTemplateId] = useState<string>(TEMPLATES[0]!.id);
  const [views, setViews] = useState<ViewOptions>(DEFAULT_VIEWS);

  // The sheets that read as a 推进表, the first one chosen.
  const found = useSheetsReadingAs(host, readTaskSheetOf, version);
  const sheets = found ?? [];
  useEffect(() => {
    if (found)
      setSheet((current) => (current && found.includes(current) ? current : (found[0] ?? null)));
  }, [found]);

  useEffect(() => {
    if (!sheet) return;
    void (async () => {
      setGrid(await host.readSheet(sheet));
      setCalendar(await host.readSheet(CALENDAR_SHEET));
    })();
  }, [host, sheet, version]);

  const anchors = useMemo(() => {
    const out: Record<string, number> = {};
    for (const [name, text] of Object.entries(fields)) {
      const v = parseIsoDateTime(text);
      if (v !== null) out[name] = v;
    }
    return out;
  }, [fields]);

  // No 推进表 in the workbook: the chosen template's sheet is read instead, and created with the plan.
  const template = found !== null && found.length === 0 ? (findTemplate(templateId) ?? null) : null;
  const result = useMemo(() => {
    if (template) return timelineFromTemplate(template, { anchors, calendar, views, locale });
    return grid ? generateTimeline(grid, { anchors, mapping, calendar, views, locale }) : null;
  }, [template, grid, anchors, mapping, calendar, views, locale]);

  // Prefill each milestone field once from the sheet.
  useEffect(() => {
    if (!result) return;
    // Only a real change makes a new object: another one would rerun this effect forever.
    setFields((f) => {
      const missing = result.milestones.filter((m) => f[m.name] === undefined && m.value !== null);
      if (missing.length === 0) return f;
      return { ...f, ...Object.fromEntries(missing.map((m) => [m.name, toField(m.value!)])) };
    });
  }, [result]);

  const columns = useMemo(
    () =>
      result
        ? columnChoices(result.taskSheet.headers, result.taskSheet.lastCol, columnLetters)
        : [],
    [result],
  );

  const generate = () =>
    apply(
      result?.plan,
      result?.issues.find((i) => i.code === 'TIMELINE_WRITTEN'),
    );
  const issues = listed(result?.issues, 'TIMELINE_WRITTEN');

  return {
    template,
    setTemplate: (id) => {
      setTemplateId(id);
      setFields({});
    },
    views,
    setViews,
    sheets,
    sheet,
    setSheet: (name) => {
      setSheet(name);
      clearMapping();
    },
    result,
    columns,
    setRole,
    fields,
    setField: (name, value) => setFields((f) => ({ ...f, [name]: value })),
    issues,
    busy,
    done,
    generate,
    select,
  };
}

export const ROLES: readonly ColumnRole[] = COLUMN_ROLES.map((r) => r.role);
