import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { contains, type CellRef, type RangeBox } from '../../core/a1';
import type { CellValue, Grid, SheetInfo } from '../../core/grid';
import {
  lookWrites,
  type CellLook,
  type ChartSpec,
  type ConditionalFormat,
  type ListValidation,
  type CellStyle,
  type DataRule,
  type PrintSetup,
  type SheetPlan,
  type WorkbookPlan,
} from '../../core/plan';
import { NoSuchSheetError } from '../errors';
import { applyWithBackup, restoreFromBackup, type CellStore } from '../_lib/syncApply';
import { typedInput } from '../_lib/typedInput';
import type { ApplyResult, CellsRead, RestoreResult, WorkbookHost } from '../types';
import {
  readPrint,
  readStyle,
  readValidation,
  rulesWithin,
  writeExact,
  type StyleRecord,
} from './formats';
import { readLook, writeLook, type RuleAt } from './looks';
import { shownLooks, type ShownLook } from './shownLooks';

/** What HyperFormula does not keep, kept beside it per sheet. */
interface SheetExtras {
  visibility: 'visible' | 'hidden' | 'veryHidden';
  numberFormats: Map<string, string>;
  styles: StyleRecord[];
  conditionalFormats: ConditionalFormat[];
  validations: ListValidation[];
  /** Validations other than drop-down lists: the inputs' rules, a team's own rules. */
  rules: RuleAt[];
  columnWidths: Map<number, number>;
  freeze?: { rows: number; cols: number };
  merges: RangeBox[];
  print?: PrintSetup;
  charts: ChartSpec[];
}

const key = (row: number, col: number) => `${row},${col}`;

/** A raw cell of the input format of `MemoryHost.fromSheets`: strings starting with = are formulas. */
export type RawCell = number | string | boolean | null;

/**
 * A workbook held in HyperFormula: formulas really evaluate, so tests and the browser preview see
 * the numbers Excel would show. Number formats, styles, conditional formats and validations are
 * kept beside it for inspection.
 */
export class MemoryHost implements WorkbookHost, CellStore {
  readonly hf: HyperFormula;
  private readonly extras = new Map<string, SheetExtras>();

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      smartRounding: false,
      maxRows: 1048576,
      maxColumns: 16384,
    });
  }

  /**
   * A workbook from raw rows per sheet, as a user would type them (strings starting with `=` are
   * formulas).
   * @example MemoryHost.fromSheets({ 推进表: [['事项', '完成时间'], ['报名', '报名前20天']] })
   */
  static fromSheets(
    sheets: Record<string, RawCell[][]>,
    merges: Record<string, RangeBox[]> = {},
  ): MemoryHost {
    const host = new MemoryHost();
    for (const name of Object.keys(sheets)) host.addSheet(name);
    for (const [name, rows] of Object.entries(sheets)) {
      if (rows.length > 0) host.hf.setCellContents({ sheet: host.id(name), row: 0, col: 0 }, rows);
      host.extrasOf(name).merges = merges[name] ?? [];
    }
    return host;
  }

  private addSheet(name: string): void {
    this.hf.addSheet(name);
    this.extras.set(name, {
      visibility: 'visible',
      numberFormats: new Map(),
      styles: [],
      conditionalFormats: [],
      validations: [],
      rules: [],
      columnWidths: new Map(),
      merges: [],
      charts: [],
    });
  }

  private id(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new NoSuchSheetError(name, 'memory');
    return id;
  }

  /** The extra state of a sheet (number formats, rules …), for tests and the preview. */
  extrasOf(name: string): SheetExtras {
    const e = this.extras.get(name);
    if (!e) throw new NoSuchSheetError(name, 'memory');
    return e;
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheetNames().map((name) => ({
      name,
      visible: this.extrasOf(name).visibility === 'visible',
    }));
  }

  async readSheet(name: string): Promise<Grid | null> {
    return this.sheetNames().includes(name) ? this.readGrid(name) : null;
  }

  readGrid(sheet: string): Grid {
    const { width, height } = this.hf.getSheetDimensions(this.id(sheet));
    const read = this.readCells(sheet, { row: 0, col: 0, rows: height, cols: width });
    // Like Excel's getUsedRange(valuesOnly): cells that were blanked do not count.
    let rows = 0;
    let cols = 0;
    read.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null || read.formulas[r]?.[c]) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    const cut = <T>(m: readonly (readonly T[])[]) =>
      m.slice(0, rows).map((line) => line.slice(0, cols));
    return {
      sheet,
      origin: { row: 0, col: 0 },
      values: cut(read.values),
      formulas: cut(read.formulas),
      merges: this.extrasOf(sheet).merges,
    };
  }

  readCells(sheet: string, box: RangeBox): CellsRead {
    const id = this.id(sheet);
    const extras = this.extrasOf(sheet);
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      const nr: string[] = [];
      for (let c = 0; c < box.cols; c++) {
        const addr = { sheet: id, row: box.row + r, col: box.col + c };
        vr.push(toCellValue(this.hf.getCellValue(addr)));
        fr.push(this.hf.getCellFormula(addr) ?? null);
        nr.push(extras.numberFormats.get(key(addr.row, addr.col)) ?? 'General');
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
    return { values, formulas, numberFormats };
  }

  writeSheetPlan(sp: SheetPlan): void {
    if (!this.sheetNames().includes(sp.sheet)) this.addSheet(sp.sheet);
    const id = this.id(sp.sheet);
    const extras = this.extrasOf(sp.sheet);
    if (sp.visibility) extras.visibility = sp.visibility;
    const keep = <T extends { range: RangeBox }>(list: T[]) =>
      list.filter((x) => !sp.clearFormats.some((c) => contains(c, x.range)));
    extras.styles = keep(extras.styles);
    extras.conditionalFormats = keep(extras.conditionalFormats);
    extras.validations = keep(extras.validations);
    extras.rules = keep(extras.rules);
    const write = () => {
      for (const b of sp.blocks)
        this.hf.setCellContents(
          { sheet: id, row: b.at.row, col: b.at.col },
          b.cells.map((row) => row.map((c): RawCellContent => typedInput(c, null))),
        );
    };
    // A batch ends by recalculating; inside a caller's suspended evaluation that waits for the caller.
    if (this.hf.isEvaluationSuspended()) write();
    else this.hf.batch(write);
    for (const f of sp.numberFormats) {
      for (let r = 0; r < f.range.rows; r++) {
        for (let c = 0; c < f.range.cols; c++) {
          const k = key(f.range.row + r, f.range.col + c);
          if (f.format === 'General') extras.numberFormats.delete(k);
          else extras.numberFormats.set(k, f.format);
        }
      }
    }
    extras.styles.push(...sp.styles);
    // Rules wholly inside a range the plan rules anew go first, so applying twice equals once;
    // a rule that only overlaps (the team's, on whole rows) stays.
    const ruled = [...(sp.removeRules ?? []), ...sp.conditionalFormats.map((c) => c.range)];
    extras.conditionalFormats = [
      ...sp.conditionalFormats,
      ...extras.conditionalFormats.filter((o) => !ruled.some((r) => contains(r, o.range))),
    ];
    for (const v of sp.validations) {
      extras.validations = extras.validations.filter(
        (o) => JSON.stringify(o.range) !== JSON.stringify(v.range),
      );
      extras.validations.push(v);
    }
    writeExact(extras, sp);
    const replaced = new Set([...(sp.removeCharts ?? []), ...(sp.charts ?? []).map((c) => c.name)]);
    extras.charts = [...extras.charts.filter((c) => !replaced.has(c.name)), ...(sp.charts ?? [])];
    for (const m of sp.merges ?? [])
      if (!extras.merges.some((o) => JSON.stringify(o) === JSON.stringify(m)))
        extras.merges.push(m);
    for (const { at, look } of lookWrites(sp)) writeLook(extras, at, look);
  }

  readStyle(sheet: string, at: CellRef): CellStyle {
    return readStyle(this.extrasOf(sheet), at);
  }

  /**
   * The fill and font colour each cell of a range shows, the conditional formats evaluated (the
   * preview paints the Gantt with it). Every rule is evaluated anew: call it once per change.
   */
  readShownLooks(sheet: string, box: RangeBox): ShownLook[][] {
    return shownLooks(this.hf, this.id(sheet), this.extrasOf(sheet), box);
  }

  readValidation(sheet: string, range: RangeBox): DataRule | null | 'mixed' {
    return readValidation(this.extrasOf(sheet), range);
  }

  rulesWithin(sheet: string, range: RangeBox): ConditionalFormat[] {
    return rulesWithin(this.extrasOf(sheet), range);
  }

  readWidth(sheet: string, col: number): number | null {
    return this.extrasOf(sheet).columnWidths.get(col) ?? null;
  }

  readFreeze(sheet: string): { rows: number; cols: number } {
    return this.extrasOf(sheet).freeze ?? { rows: 0, cols: 0 };
  }

  readPrint(sheet: string): PrintSetup {
    return readPrint(this.extrasOf(sheet));
  }

  /** The fill and validation of one cell, as the backup keeps them. */
  readLook(sheet: string, at: CellRef): CellLook {
    return readLook(this.extrasOf(sheet), at);
  }

  deleteSheet(sheet: string): void {
    this.hf.removeSheet(this.id(sheet));
    this.extras.delete(sheet);
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    return applyWithBackup(this, plan);
  }

  async restore(): Promise<RestoreResult | null> {
    return restoreFromBackup(this);
  }

  /** The cell the user was last shown (the preview highlights it). */
  selection: { sheet: string; address: string } | null = null;

  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
  }
}

function toCellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}
