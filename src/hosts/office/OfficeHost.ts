import { parseRange, rangeAddress, type RangeBox } from '../../core/a1';
import type { CellValue, Grid, SheetInfo } from '../../core/grid';
import {
  BACKUP_SHEET,
  EMPTY_BACKUP,
  isEmptyBackup,
  backupCellCount,
  backupFor,
  decodeBackup,
  encodeBackup,
  restorePlan,
  type Backup,
} from '../../core/plan/backup';
import {
  blockBox,
  checkPlan,
  sheetPlan,
  touchedRanges,
  type Block,
  type NumberFormat,
  type SheetPlan,
  type WorkbookPlan,
} from '../../core/plan';
import { MissingSheetError } from '../errors';
import { typedInput } from '../_lib/typedInput';
import type { ApplyResult, RestoreResult, WorkbookHost } from '../types';
import { toHostError } from './officeErrors';

/** Excel.run, injected so tests can pass the strict fake. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web refuses requests over 5 MB; we stay well under it. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

// Excel's column width unit in the UI is characters of the default font (7 px + 5 px padding);
// the API takes points (0.75 pt per px).
const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const jsonBytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

/** One queued write with its estimated request size. */
interface Write {
  readonly bytes: number;
  readonly run: (context: Excel.RequestContext) => void;
}

/**
 * The add-in's host: a whole command in a fixed number of `context.sync()` calls whatever the row
 * count — one to list sheets, one to snapshot what will be overwritten, then writes, split into
 * requests under 4 MB only when the plan is that large.
 *
 * Requirement sets: ExcelApi 1.1 (ranges, values, formulas, number formats, worksheets, fill,
 * font, visibility), 1.2 (columnWidth, merge), 1.4 (getItemOrNullObject, getUsedRangeOrNullObject),
 * 1.6 (conditional formats), 1.7 (freezePanes, chart series x values), 1.8 (data validation). Merged areas (1.13) and
 * print layout (1.9) are used only where the host supports them.
 */
export class OfficeHost implements WorkbookHost {
  constructor(
    private readonly run: RunBatch,
    private readonly supports: (set: '1.9' | '1.13') => boolean = (set) =>
      typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', set),
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.guard([], async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));
    });
  }

  async readSheet(name: string): Promise<Grid | null> {
    return this.guard([name], async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (ws.isNullObject) return null;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,formulas,rowIndex,columnIndex');
      const merged = this.supports('1.13') ? used.getMergedAreasOrNullObject() : null;
      merged?.load('address');
      await context.sync();
      if (used.isNullObject)
        return { sheet: name, origin: { row: 0, col: 0 }, values: [], formulas: [], merges: [] };
      const merges =
        merged && !merged.isNullObject
          ? merged.address.split(',').map((a) => parseRange(a).box)
          : [];
      return {
        sheet: name,
        origin: { row: used.rowIndex, col: used.columnIndex },
        values: used.values.map((r) => r.map(fromOfficeValue)),
        formulas: used.formulas.map((r, i) => r.map((f, j) => formulaOf(f, used.values[i]?.[j]))),
        merges,
      };
    });
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    checkPlan(plan);
    const sheets = plan.sheets.map((s) => s.sheet);
    let backup: Backup | null = null;
    // The charts each plan sheet had before the run: after a failure, any other chart there is a
    // half-made one of this run (Excel names it "Chart 1" until the rename lands) and goes.
    let chartsBefore: Map<string, ReadonlySet<string>> | undefined;
    try {
      return await this.run(async (context) => {
        // Sync 1: which sheets exist, and how long the previous backup is.
        const collection = context.workbook.worksheets;
        collection.load('items/name');
        const oldBackup = collection.getItemOrNullObject(BACKUP_SHEET);
        await context.sync();
        const existing = new Set(collection.items.map((ws) => ws.name));
        for (const sp of plan.sheets)
          if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
        const oldUsed = oldBackup.isNullObject ? null : oldBackup.getUsedRangeOrNullObject(true);
        oldUsed?.load('rowIndex,rowCount');

        // Sync 2: snapshot every range the plan overwrites, and the names of charts it replaces.
        const reads = new Map<string, Excel.Range>();
        const charts = loadChartNames(
          context,
          plan.sheets.filter((p) => existing.has(p.sheet) && p.charts?.length),
        );
        for (const sp of plan.sheets.filter((p) => existing.has(p.sheet))) {
          for (const range of touchedRanges(sp)) {
            const r = context.workbook.worksheets.getItem(sp.sheet).getRange(rangeAddress(range));
            r.load('values,formulas,numberFormat');
            reads.set(`${sp.sheet}!${rangeAddress(range)}`, r);
          }
        }
        await context.sync();
        chartsBefore = new Map(
          [...charts.keys()].map((sheet) => [sheet, chartNamesOf(charts, sheet)]),
        );
        const previousRows =
          oldUsed && !oldUsed.isNullObject ? oldUsed.rowIndex + oldUsed.rowCount : 0;
        backup = backupFor(plan, existing, (sheet, range) => {
          const r = reads.get(`${sheet}!${rangeAddress(range)}`)!;
          return {
            values: r.values.map((row) => row.map(fromOfficeValue)),
            formulas: r.formulas.map((row, i) => row.map((f, j) => formulaOf(f, r.values[i]?.[j]))),
            numberFormats: r.numberFormat.map((row) => row.map(String)),
          };
        });

        // Sync 3 (and more only for plans over the request budget): the backup first, then the plan.
        const writes = [encodeBackup(backup, previousRows), ...plan.sheets].flatMap((sp) =>
          sheetWrites(
            sp,
            existing.has(sp.sheet) ? 'existing' : 'add',
            this.supports('1.9'),
            chartNamesOf(charts, sp.sheet),
          ),
        );
        await flush(context, writes);
        return { backedUpCells: backupCellCount(backup), createdSheets: backup.createdSheets };
      });
    } catch (e) {
      if (e instanceof MissingSheetError) throw e;
      // A failed request may have applied part of its batch: put back what the backup holds.
      if (backup) await this.writeRestore(backup, undefined, chartsBefore).catch(() => undefined);
      throw toHostError(e, sheets);
    }
  }

  async restore(): Promise<RestoreResult | null> {
    const grid = await this.readSheet(BACKUP_SHEET);
    const backup = grid ? decodeBackup(grid) : null;
    if (!grid || !backup || isEmptyBackup(backup)) {
      return null;
    }
    const deleted = await this.writeRestore(backup, grid.origin.row + grid.values.length);
    return { restoredCells: backupCellCount(backup), deletedSheets: deleted };
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.guard([sheet], async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** Writes a restore plan in one batch; `emptyBackupRows` also blanks the stored backup. */
  /**
   * Writes a restore plan in one batch (two when charts go); `emptyBackupRows` also blanks the
   * stored backup. After a failed run, `chartsBefore` says which charts each sheet had: every
   * other one is this run's, perhaps half-made (still "Chart 1"), and is deleted.
   */
  private async writeRestore(
    backup: Backup,
    emptyBackupRows?: number,
    chartsBefore?: ReadonlyMap<string, ReadonlySet<string>>,
  ): Promise<string[]> {
    const restore = restorePlan(backup);
    const extra = [...(chartsBefore?.keys() ?? [])].filter(
      (sheet) => !restore.sheets.some((sp) => sp.sheet === sheet),
    );
    const plan = {
      ...restore,
      sheets: [...restore.sheets, ...extra.map((sheet) => sheetPlan(sheet))],
    };
    return this.guard(
      plan.sheets.map((s) => s.sheet),
      async (context) => {
        const collection = context.workbook.worksheets;
        collection.load('items/name');
        await context.sync();
        const existing = new Set(collection.items.map((ws) => ws.name));
        const onSheets = plan.sheets.filter((sp) => existing.has(sp.sheet));
        const charts = loadChartNames(
          context,
          onSheets.filter((sp) => sp.removeCharts?.length || chartsBefore?.has(sp.sheet)),
        );
        if (charts.size > 0) await context.sync();
        const writes = onSheets.flatMap((sp) => {
          const now = chartNamesOf(charts, sp.sheet);
          const before = chartsBefore?.get(sp.sheet);
          const removeCharts = before
            ? [...now].filter((n) => !before.has(n))
            : (sp.removeCharts ?? []);
          return sheetWrites({ ...sp, removeCharts }, 'existing', false, now);
        });
        if (emptyBackupRows !== undefined) {
          writes.push(...sheetWrites(encodeBackup(EMPTY_BACKUP, emptyBackupRows), 'existing'));
        }
        const deleted = plan.deleteSheets.filter((s) => existing.has(s));
        for (const s of deleted)
          writes.push({ bytes: 60, run: (c) => c.workbook.worksheets.getItem(s).delete() });
        await flush(context, writes);
        return deleted;
      },
    );
  }

  private async guard<T>(
    sheets: readonly string[],
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      throw toHostError(e, sheets);
    }
  }
}

/** Queues a load of the chart names of the given sheets. */
function loadChartNames(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const sp of plans) {
    const charts = context.workbook.worksheets.getItem(sp.sheet).charts;
    charts.load('items/name');
    out.set(sp.sheet, charts);
  }
  return out;
}

const chartNamesOf = (loaded: ReadonlyMap<string, Excel.ChartCollection>, sheet: string) =>
  new Set(loaded.get(sheet)?.items.map((c) => c.name) ?? []);

/**
 * Deletes the charts a plan replaces or removes, then adds its charts: one series, categories on
 * the x axis (ExcelApi 1.7), placed over the plan's cells.
 */
function chartWrites(sp: SheetPlan, existingCharts: ReadonlySet<string>): Write[] {
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(sp.sheet);
  const range = (c: Excel.RequestContext, box: RangeBox) => ws(c).getRange(rangeAddress(box));
  const gone = new Set([...(sp.removeCharts ?? []), ...(sp.charts ?? []).map((c) => c.name)]);
  const out: Write[] = [...gone]
    .filter((n) => existingCharts.has(n))
    .map((n) => ({ bytes: 60, run: (c) => ws(c).charts.getItem(n).delete() }));
  for (const spec of sp.charts ?? []) {
    out.push({
      bytes: 400,
      run: (c) => {
        const chart = ws(c).charts.add(
          spec.kind === 'line' ? 'Line' : 'ColumnClustered',
          range(c, spec.values),
          'Columns',
        );
        chart.name = spec.name;
        chart.title.text = spec.title;
        chart.legend.visible = false;
        const series = chart.series.getItemAt(0);
        series.name = spec.seriesName;
        series.setXAxisValues(range(c, spec.categories));
        const { row, col, rows, cols } = spec.at;
        chart.setPosition(
          rangeAddress({ row, col, rows: 1, cols: 1 }),
          rangeAddress({ row: row + rows - 1, col: col + cols - 1, rows: 1, cols: 1 }),
        );
      },
    });
  }
  return out;
}

/** Queues writes, syncing whenever the next one would take the request over the budget. */
async function flush(context: Excel.RequestContext, writes: readonly Write[]): Promise<void> {
  let pending = 0;
  for (const w of writes) {
    if (pending > 0 && pending + w.bytes > REQUEST_BUDGET_BYTES) {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- only past 4 MB
      pending = 0;
    }
    w.run(context);
    pending += w.bytes;
  }
  if (pending > 0) await context.sync();
}

/** The writes of one sheet plan, in order; big blocks are cut into row bands under the budget. */
function sheetWrites(
  sp: SheetPlan,
  mode: 'add' | 'existing',
  pageLayout = false,
  existingCharts: ReadonlySet<string> = new Set(),
): Write[] {
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(sp.sheet);
  const range = (c: Excel.RequestContext, box: RangeBox) => ws(c).getRange(rangeAddress(box));
  const out: Write[] = [];
  if (mode === 'add') out.push({ bytes: 60, run: (c) => void c.workbook.worksheets.add(sp.sheet) });
  if (sp.hidden !== undefined) {
    const visibility = sp.hidden ? 'VeryHidden' : 'Visible';
    out.push({
      bytes: 60,
      run: (c) => void (ws(c).visibility = visibility as Excel.SheetVisibility),
    });
  }
  const cleared = new Set<string>();
  const clear = (box: RangeBox, all: boolean) => {
    const key = `${rangeAddress(box)}|${all}`;
    if (cleared.has(key)) return;
    cleared.add(key);
    out.push({
      bytes: 120,
      run: (c) => {
        const r = range(c, box);
        r.conditionalFormats.clearAll();
        if (all) {
          r.dataValidation.clear();
          r.format.fill.clear();
        }
      },
    });
  };
  for (const box of sp.clearFormats) clear(box, true);
  // Rules on a range are replaced, so a plan applied twice equals once.
  for (const cf of sp.conditionalFormats) clear(cf.range, false);
  for (const b of sp.blocks) for (const band of bands(b)) out.push(cellsWrite(sp.sheet, band));
  for (const f of formatWrites(sp.numberFormats)) {
    out.push({
      bytes: jsonBytes(f.rows),
      run: (c) => void (range(c, f.box).numberFormat = f.rows),
    });
  }
  for (const s of sp.styles) {
    out.push({
      bytes: 160,
      run: (c) => {
        const r = range(c, s.range);
        if (s.fill) r.format.fill.color = s.fill;
        if (s.fontColor) r.format.font.color = s.fontColor;
        if (s.bold !== undefined) r.format.font.bold = s.bold;
        if (s.align)
          r.format.horizontalAlignment = (
            { left: 'Left', center: 'Center', right: 'Right' } as const
          )[s.align];
      },
    });
  }
  // Excel puts each added rule at the top: adding in reverse leaves the plan's first rule on top.
  for (const cf of [...sp.conditionalFormats].reverse()) {
    out.push({
      bytes: jsonBytes(cf) + 60,
      run: (c) => {
        const rule = range(c, cf.range).conditionalFormats.add(
          'Custom' as Excel.ConditionalFormatType.custom,
        );
        rule.custom.rule.formula = cf.formula;
        if (cf.fill) rule.custom.format.fill.color = cf.fill;
        if (cf.fontColor) rule.custom.format.font.color = cf.fontColor;
      },
    });
  }
  for (const v of sp.validations) {
    const source = v.list.join(',');
    out.push({
      bytes: source.length + 120,
      run: (c) => {
        const r = range(c, v.range);
        r.dataValidation.clear();
        r.dataValidation.rule = { list: { inCellDropDown: true, source } };
      },
    });
  }
  for (const w of sp.columnWidths) {
    out.push({
      bytes: 60,
      run: (c) =>
        void (range(c, { row: 0, col: w.col, rows: 1, cols: 1 }).format.columnWidth = charsToPoints(
          w.width,
        )),
    });
  }
  for (const m of sp.merges ?? []) out.push({ bytes: 60, run: (c) => range(c, m).merge(false) });
  const print = sp.print;
  if (print && pageLayout) {
    out.push({
      bytes: 120,
      run: (c) => {
        const layout = ws(c).pageLayout;
        layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.area) layout.setPrintArea(rangeAddress(print.area));
      },
    });
  }
  out.push(...chartWrites(sp, existingCharts));
  const freeze = sp.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    out.push({
      bytes: 60,
      run: (c) => {
        const panes = ws(c).freezePanes;
        if (freeze.rows > 0 && freeze.cols > 0)
          panes.freezeAt(range(c, { row: 0, col: 0, rows: freeze.rows, cols: freeze.cols }));
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.cols);
      },
    });
  }
  return out;
}

/**
 * Number formats in as few writes as possible: consecutive runs down one column (a date here, a
 * date and time there) become one write of the column's formats, not one operation per run.
 * Plan order is kept, so a later format still wins where two overlap.
 */
function formatWrites(formats: readonly NumberFormat[]): { box: RangeBox; rows: string[][] }[] {
  const out: { box: RangeBox; rows: string[][] }[] = [];
  for (const f of formats) {
    const last = out[out.length - 1];
    const rows = Array.from({ length: f.range.rows }, () =>
      Array<string>(f.range.cols).fill(f.format),
    );
    if (
      last &&
      f.range.cols === 1 &&
      last.box.cols === 1 &&
      last.box.col === f.range.col &&
      last.box.row + last.box.rows === f.range.row
    ) {
      last.rows.push(...rows);
      last.box = { ...last.box, rows: last.box.rows + f.range.rows };
    } else out.push({ box: { ...f.range }, rows });
  }
  return out;
}

function cellsWrite(sheet: string, b: Block): Write {
  const rows = b.cells.map((r) => r.map((c) => typedInput(c, '')));
  const box = blockBox(b);
  return {
    bytes: jsonBytes(rows),
    run: (c) =>
      void (c.workbook.worksheets.getItem(sheet).getRange(rangeAddress(box)).formulas = rows),
  };
}

/** Cuts a block into row bands whose payload stays under the request budget. */
function bands(b: Block): Block[] {
  const size = jsonBytes(b.cells.map((r) => r.map((c) => typedInput(c, ''))));
  if (size <= REQUEST_BUDGET_BYTES / 2) return [b];
  const perBand = Math.max(1, Math.floor((b.cells.length * (REQUEST_BUDGET_BYTES / 2)) / size));
  const out: Block[] = [];
  for (let i = 0; i < b.cells.length; i += perBand) {
    out.push({ at: { row: b.at.row + i, col: b.at.col }, cells: b.cells.slice(i, i + perBand) });
  }
  return out;
}

/**
 * `range.formulas` gives a text cell that starts with "=" back as the same text, exactly like a
 * formula. A formula's value is its result, never its own source, so equal means text.
 */
function formulaOf(f: unknown, value: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== value ? f : null;
}

/** office-js gives "" for empty cells and error text ("#DIV/0!") for errors. */
function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (
    typeof v === 'string' &&
    /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(v)
  )
    return { error: v };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
