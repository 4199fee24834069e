/**
 * The plan model: what a command writes on a sheet (SheetPlan), built by core and applied by
 * every host. One file a job; this barrel keeps `core/plan` the one import path.
 */
export type {
  PlanCell,
  Block,
  NumberFormat,
  Style,
  ConditionalFormat,
  ListValidation,
  InputKind,
  InputCell,
  RuleType,
  RuleOperator,
  DataRule,
  CellLook,
  CellStyle,
  StyleAt,
  RuleOn,
  PrintSetup,
  Paper,
  Span,
  LookAt,
  ChartSeries,
  ChartSpec,
  ColumnWidth,
  SheetPlan,
  WorkbookPlan,
} from './types';
export { num, text, bool, formula, blank } from './cells';
export { PAPERS } from './papers';
export { sheetPlan } from './sheetPlan';
export { block } from './block';
export { blockBox } from './blockBox';
export { InvalidPlanError } from '../errors';
export { checkPlan } from './checkPlan';
export { touchedRanges } from './touchedRanges';
export { formattedRanges } from './formattedRanges';
export { mergeSheetPlans } from './mergeSheetPlans';
export { formatRuns } from './formatRuns';
export { widest } from './widest';
export { planGrid } from './planGrid';
export { INPUT_RULES, INPUT_DATES } from './inputRules';
export { inputCell } from './inputCell';
export { inputLook } from './inputLook';
export { lookWrites } from './lookWrites';
export { VALIDATION_LIMITS } from './validationLimits';
export { listRule, listsExactly } from './listRule';
export { keepTeamValidations } from './keepTeamValidations';
