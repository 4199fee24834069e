import type { CellRef } from '../../../core/a1';
import {
  askFullRecalculation,
  addSheet,
  deleteSheet,
  dropCalcChain,
  sheetsOf,
  type SheetEntry,
} from './workbookPart';
import { cacheWrittenFormulas } from './recalc';
import { SharedStrings } from './sharedStrings';
import { StyleBook } from './styleBook';
import { Worksheet } from './worksheet';
import { ZipPackage } from './zipPackage';

/**
 * A workbook as its OOXML package: sheets found through the workbook part, each worksheet part
 * opened when first needed, one shared-string table and one style book for all of them. It knows
 * which formulas the writer wrote, to give them cached values when the package is written.
 */
export class XlsxBook {
  readonly strings: SharedStrings;
  readonly styles: StyleBook;
  private readonly open = new Map<string, Worksheet>();
  private readonly written = new Map<string, CellRef[]>();

  constructor(readonly pkg: ZipPackage) {
    this.strings = new SharedStrings(pkg);
    this.styles = new StyleBook(pkg);
  }

  static read(bytes: Uint8Array): XlsxBook {
    return new XlsxBook(ZipPackage.read(bytes));
  }

  sheets(): SheetEntry[] {
    return sheetsOf(this.pkg);
  }

  entry(name: string): SheetEntry | undefined {
    return this.sheets().find((s) => s.name === name);
  }

  /** A worksheet by name; null for a missing sheet or a chart sheet. */
  worksheet(name: string): Worksheet | null {
    const known = this.open.get(name);
    if (known) return known;
    const part = this.entry(name)?.part;
    if (!part) return null;
    const ws = new Worksheet(this.pkg, part, this.strings, this.styles);
    this.open.set(name, ws);
    return ws;
  }

  addSheet(name: string): Worksheet {
    addSheet(this.pkg, name);
    return this.worksheet(name)!;
  }

  deleteSheet(name: string): void {
    const entry = this.entry(name);
    if (!entry) return;
    deleteSheet(this.pkg, entry);
    this.open.delete(name);
    this.written.delete(name);
  }

  /** Records a formula the writer wrote, to be given its cached value. */
  wroteFormula(sheet: string, at: CellRef): void {
    const list = this.written.get(sheet) ?? [];
    list.push(at);
    this.written.set(sheet, list);
  }

  /** The package's bytes: cached values computed, a full recalculation asked for on open. */
  write(): Uint8Array {
    if (this.written.size > 0) {
      const all = new Map<string, Worksheet>();
      for (const s of this.sheets()) {
        const ws = this.worksheet(s.name);
        if (ws) all.set(s.name, ws);
      }
      cacheWrittenFormulas(all, this.written);
      this.written.clear();
    }
    const edited = [...this.open.values()].filter((ws) => this.pkg.isChanged(ws.part));
    for (const ws of edited) ws.refreshDimension();
    if (edited.length > 0) dropCalcChain(this.pkg);
    askFullRecalculation(this.pkg);
    return this.pkg.write();
  }
}
