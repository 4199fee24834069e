import type { RangeBox } from '../../core/a1';
import type { Issue } from '../../core/issues';
import { keepTeamValidations, touchedRanges, type WorkbookPlan } from '../../core/plan';
import {
  BACKUP_SHEET,
  backupFor,
  ruleRanges,
  type Backup,
  type BeforeReader,
} from '../../core/plan/backup';
import { HostError, MissingSheetError } from '../errors';
import { chartIdsOf, chartsOf, loadChartNames, type ExistingChart } from './chartNames';
import { loadFormats } from './formatReads';
import { loadLooks } from './lookReads';
import { queueCellReads } from './cellReads';
import { loadRuleLists, resolveRules, type RulesInside } from './ruleReads';
import { textTargets } from './textTargets';
import type { ChartsBySheet } from './types';

/** What the workbook held before a run: everything the run needs to write and to undo itself. */
export interface Before {
  /** The sheets that exist. */
  readonly existing: ReadonlySet<string>;
  /** How many rows the previous backup used, so the new one blanks the rest. */
  readonly previousRows: number;
  readonly backup: Backup;
  /** The chart ids of each plan sheet that has charts in the plan (a rollback deletes the rest). */
  readonly charts: ChartsBySheet;
  /** Those charts themselves, for this run's replacements. */
  readonly chartsNow: ReadonlyMap<string, readonly ExistingChart[]>;
  /** By sheet, the Text-formatted cells that receive a formula, number or boolean. */
  readonly retext: ReadonlyMap<string, readonly RangeBox[]>;
  /** The plan to write: the asked one without lists that would replace a team's validation. */
  readonly plan: WorkbookPlan;
  /** What the run says about the plan it wrote (a team's validation kept). */
  readonly notes: readonly Issue[];
  /** The formula rules lying wholly inside each sheet's rule ranges, to delete one by one. */
  readonly rules: RulesInside;
}

/**
 * Two syncs, three when the plan's ranges hold rules (and bands under 4 MB for a large
 * snapshot, see cellReads): which sheets exist, how long the previous backup is and which date
 * system the workbook counts in; then a snapshot of every range the
 * plan overwrites, of the fill and validation of every input cell, of the formats it changes
 * beyond the cells (formatReads) and the rules over its rule ranges, and the charts it
 * replaces; then where those rules apply. A sheet the plan may not create is a
 * MissingSheetError, and a 1904 workbook a HostError (HOST_DATE_1904), before anything is
 * written. `fillTint`: ExcelApi 1.9, which tells a white fill from none and reads print setup.
 */
export async function snapshotBefore(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  fillTint: boolean,
): Promise<Before> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  const oldBackup = collection.getItemOrNullObject(BACKUP_SHEET);
  // Functions (ExcelApi 1.2) evaluate without a cell: DATE(1904,1,1) is 0 only in a 1904 workbook.
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await context.sync();
  if (epoch.value === 0) throw new HostError('HOST_DATE_1904', {});
  const existing = new Set(collection.items.map((ws) => ws.name));
  for (const sp of plan.sheets)
    if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
  const oldUsed = oldBackup.isNullObject ? null : oldBackup.getUsedRangeOrNullObject(true);
  oldUsed?.load('rowIndex,rowCount');

  const onExisting = plan.sheets.filter((p) => existing.has(p.sheet));
  const chartSheets = onExisting.filter((p) => p.charts?.length).map((p) => p.sheet);
  const charts = loadChartNames(context, chartSheets);
  const cellReads = queueCellReads(
    context,
    onExisting.flatMap((sp) => touchedRanges(sp).map((box) => ({ sheet: sp.sheet, box }))),
  );
  const looks = loadLooks(context, onExisting, fillTint);
  const formats = loadFormats(context, onExisting, fillTint);
  const ruleLists = loadRuleLists(
    context,
    onExisting.flatMap((sp) => ruleRanges(sp).map((box) => ({ sheet: sp.sheet, box }))),
  );
  await context.sync();
  const rules = await resolveRules(context, ruleLists);
  // backupFor and textTargets ask for exactly the ranges read.
  const cells = await cellReads();
  const reader: BeforeReader = { ...formats, cells, look: looks, rulesWithin: rules.within };
  const kept = keepTeamValidations(plan, existing, reader);
  return {
    existing,
    previousRows: oldUsed && !oldUsed.isNullObject ? oldUsed.rowIndex + oldUsed.rowCount : 0,
    backup: backupFor(kept.plan, existing, reader),
    plan: kept.plan,
    notes: kept.issues,
    rules,
    charts: new Map(chartSheets.map((sheet) => [sheet, chartIdsOf(charts, sheet)])),
    chartsNow: new Map(chartSheets.map((sheet) => [sheet, chartsOf(charts, sheet)])),
    retext: new Map(
      onExisting.map((sp) => [
        sp.sheet,
        textTargets(sp, (box) => cells(sp.sheet, box).numberFormats),
      ]),
    ),
  };
}
