import { cellAddress } from '../a1';
import { issue, type Issue } from '../issues';
import { sheetPlan, type SheetPlan } from '../plan';
import type { Section } from './_lib/section';
import { channelSection } from './channelSection';
import { dailySection, DAILY } from './dailySection';
import { hourlySheet } from './hourlySheet';
import { INPUTS } from './inputTable';
import { inputsSection } from './inputsSection';
import { inverseSection } from './inverseSection';
import { CHANNEL_COLS, PHASE_COLS, ROWS, TARGETS_SHEET, WIDTH } from './layout';
import { phaseSection } from './phaseSection';
import { scenarioSection } from './scenarioSection';
import { targetValues } from './targetValues';
import type { TargetOptions, TargetsResult, TargetValues } from './types';

export type { TargetOptions, TargetsResult } from './types';

/** The sections joined into the 目标 sheet's plan; the whole sheet area is the add-in's. */
function targetsSheet(sections: readonly Section[]): SheetPlan {
  const rows = Math.max(ROWS.last, DAILY.head + DAILY.rows + 1) + 1;
  const area = { row: 0, col: 0, rows, cols: WIDTH };
  return {
    ...sheetPlan(TARGETS_SHEET, true),
    clearFormats: [area],
    blocks: sections.flatMap((s) => s.blocks),
    numberFormats: sections.flatMap((s) => s.numberFormats),
    styles: sections.flatMap((s) => s.styles),
    inputs: sections.flatMap((s) => s.inputs),
    conditionalFormats: sections.flatMap((s) => s.conditionalFormats),
    validations: sections.flatMap((s) => s.validations),
    columnWidths: [
      { col: 0, width: 20 },
      ...Array.from({ length: WIDTH - 1 }, (_, i) => ({ col: i + 1, width: 14 })),
    ],
    freeze: { rows: 1, cols: 1 },
    owned: [area],
  };
}

/** A warning for each split (phases, channels) whose shares do not add up to 100 %. */
function shareIssues(v: TargetValues): Issue[] {
  const parts = [
    ['阶段', v.phases, ROWS.phaseTotal, PHASE_COLS.share],
    ['渠道', v.channels, ROWS.channelTotal, CHANNEL_COLS.share],
  ] as const;
  return parts.flatMap(([what, rows, row, col]) => {
    const total = rows.reduce((s, r) => s + r.share, 0);
    if (Math.abs(total - 1) <= 0.0001) return [];
    const address = cellAddress({ row, col });
    const shown = `${Math.round(total * 1000) / 10}%`;
    return [
      issue(
        'TARGET_SHARES_NOT_WHOLE',
        'warning',
        { sheet: TARGETS_SHEET, address },
        { what, total: shown },
      ),
    ];
  });
}

/**
 * The 目标 sheet: inputs (from the user, an earlier 目标 sheet, the last campaign's sales, or
 * labelled assumptions), three scenarios and the switch, the split by phase and by channel
 * against 预算总额, and the inverse answers with a 验算 block — every figure a live formula.
 * @example generateTargets({ target: 1200000 }).plan.sheets[0].sheet // '目标'
 */
export function generateTargets(options: TargetOptions = {}): TargetsResult {
  const { values, issues } = targetValues(options);
  const sheet = targetsSheet([
    inputsSection(values),
    scenarioSection(values),
    phaseSection(values),
    channelSection(values, options.budgetTotal),
    inverseSection(values),
    dailySection(values),
  ]);
  const { issues: hourlyIssues, ...hourlyPlan } = hourlySheet(
    options.existingHourly,
    options.hourlyCurve,
  );
  const written = issue(
    'TARGETS_WRITTEN',
    'info',
    { sheet: TARGETS_SHEET, address: 'B4' },
    {
      sheet: TARGETS_SHEET,
      inputs: INPUTS.length,
      phases: values.phases.length,
      channels: values.channels.length,
    },
  );
  return {
    plan: { sheets: [sheet, hourlyPlan], deleteSheets: [] },
    issues: [...issues, ...hourlyIssues, ...shareIssues(values), written],
    values,
  };
}
