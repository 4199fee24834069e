/**
 * The fake's formats that Excel reads back: a range's conditional formats one by one, its
 * alignment, font and column width, and a sheet's frozen panes and print setup. Sources:
 * - `range.conditionalFormats` is "a collection of all the conditional formats that overlap the
 *   range"; `clearAll` "clears all conditional formats active on the current specified range",
 *   so a rule that only overlaps (a team's rule on whole rows) goes too; a rule is deleted alone
 *   by `ConditionalFormat.delete()`; `getRangeOrNullObject` is null for a rule on several areas
 *   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection,
 *   https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat);
 * - a range's format properties read null where its cells differ, alignment "General" where
 *   none was set (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat), a font
 *   colour is "#RRGGBB" with no value for Automatic, so Automatic reads as black
 *   (https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-color-member);
 * - a column without a width of its own has the standard width, 8.43 characters of Calibri 11,
 *   64 px = 48 pt (https://learn.microsoft.com/office/troubleshoot/excel/determine-column-widths);
 * - `freezePanes.getLocationOrNullObject` is the frozen range, null when nothing is frozen
 *   (ExcelApi 1.7). The print setup is in ./fakePrint.ts.
 */
import { overlaps, type CellRef, type RangeBox } from '../../src/core/a1';
import type { ConditionalFormat } from '../../src/core/plan';
import { readStyle } from '../../src/hosts/memory/formats';
import type { FakeExcel } from './fakeExcel';
import { FakeRichApiError, Proxy, RangePartProxy } from './fakeProxy';

const STANDARD_WIDTH_POINTS = 48;
const ALIGN_NAMES = { left: 'Left', center: 'Center', right: 'Right' } as const;

const cellsOf = (box: RangeBox): CellRef[] =>
  Array.from({ length: box.rows * box.cols }, (_, i) => ({
    row: box.row + Math.floor(i / box.cols),
    col: box.col + (i % box.cols),
  }));

/** One value for a range: the cells' common value, or null where they differ. */
function common<T>(values: readonly T[]): T | null {
  const first = values[0];
  return values.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? (first ?? null) : null;
}

/** A read-only loadable object whose properties a function computes. */
class FakeValues extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly values: (prop: string) => unknown,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet;
  }
  protected override compute(prop: string): unknown {
    return this.values(prop);
  }
  get formula(): string {
    return this.get('formula');
  }
  get color(): string | null {
    return this.get('color');
  }
}

/** One conditional format as office-js gives it out of a loaded collection. */
export class FakeConditionalFormat extends Proxy {
  readonly custom;
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly entry: ConditionalFormat,
    private readonly range: (box: RangeBox) => unknown,
  ) {
    super(fake);
    const value = (f: (prop: string) => unknown) => new FakeValues(fake, sheet, f);
    this.custom = {
      rule: value(() => entry.formula),
      format: {
        fill: value(() => entry.fill ?? null),
        font: value(() => entry.fontColor ?? null),
      },
    };
  }
  protected override sheetOf(): string {
    return this.sheet;
  }
  protected override compute(prop: string): unknown {
    if (prop === 'type') return 'Custom';
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
  }
  get type(): string {
    return this.get('type');
  }
  getRangeOrNullObject(): unknown {
    return this.range(this.entry.range);
  }
  delete(): void {
    this.fake.queue({
      bytes: 40,
      sheet: this.sheet,
      write: true,
      run: () => {
        const e = this.fake.store.extrasOf(this.sheet);
        e.conditionalFormats = e.conditionalFormats.filter((c) => c !== this.entry);
      },
    });
  }
}

/** A range's conditional formats: read one by one, cleared, added to. */
export class FakeConditionalFormats extends RangePartProxy {
  constructor(
    fake: FakeExcel,
    sheet: string,
    box: () => RangeBox,
    private readonly range: (box: RangeBox) => unknown,
    readonly add: (type: string) => unknown,
  ) {
    super(fake, sheet, box);
  }
  clearAll(): void {
    this.fake.queue({
      bytes: 60,
      sheet: this.sheet,
      write: true,
      run: () => {
        const e = this.fake.store.extrasOf(this.sheet);
        e.conditionalFormats = e.conditionalFormats.filter((c) => !overlaps(c.range, this.box()));
      },
    });
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items') throw new FakeRichApiError('InvalidArgument', `cannot load ${prop}`);
    return this.fake.store
      .extrasOf(this.sheet)
      .conditionalFormats.filter((c) => overlaps(c.range, this.box()))
      .map((c) =>
        new FakeConditionalFormat(this.fake, this.sheet, c, this.range).markLoaded(['type']),
      );
  }
  get items(): FakeConditionalFormat[] {
    return this.get('items');
  }
}

/** A range's font: bold and colour, set and read. */
export class FakeRangeFont extends RangePartProxy {
  private style(part: { fontColor?: string; bold?: boolean }): void {
    this.fake.queue({
      bytes: 40,
      sheet: this.sheet,
      write: true,
      run: () => this.fake.mutate(this.sheet, { style: { range: this.box(), ...part } }),
    });
  }
  set color(c: string) {
    this.style({ fontColor: c.toUpperCase() });
  }
  set bold(b: boolean) {
    this.style({ bold: b });
  }
  get color(): string | null {
    return this.get('color');
  }
  get bold(): boolean | null {
    return this.get('bold');
  }
  protected override compute(prop: string): unknown {
    const styles = cellsOf(this.box()).map((at) =>
      readStyle(this.fake.store.extrasOf(this.sheet), at),
    );
    if (prop === 'bold') return common(styles.map((s) => s.bold));
    if (prop === 'color') return common(styles.map((s) => s.fontColor ?? '#000000'));
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load font/${prop}`);
  }
}

/** A range's format: alignment and column width, set and read; its fill and font. */
export class FakeRangeFormat extends RangePartProxy {
  constructor(
    fake: FakeExcel,
    sheet: string,
    box: () => RangeBox,
    readonly fill: unknown,
    readonly font: FakeRangeFont,
  ) {
    super(fake, sheet, box);
  }
  private write(run: () => void): void {
    this.fake.queue({ bytes: 40, sheet: this.sheet, write: true, run });
  }
  set horizontalAlignment(a: string) {
    const align = a === 'General' ? null : (a.toLowerCase() as 'left');
    this.write(() => this.fake.mutate(this.sheet, { style: { range: this.box(), align } }));
  }
  set columnWidth(points: number) {
    this.write(() => this.fake.mutate(this.sheet, { columnWidth: { box: this.box(), points } }));
  }
  set useStandardWidth(standard: boolean) {
    if (!standard) return;
    this.write(() => {
      const widths = this.fake.store.extrasOf(this.sheet).columnWidths;
      for (let c = 0; c < this.box().cols; c++) widths.delete(this.box().col + c);
    });
  }
  get horizontalAlignment(): string | null {
    return this.get('horizontalAlignment');
  }
  get columnWidth(): number | null {
    return this.get('columnWidth');
  }
  get useStandardWidth(): boolean | null {
    return this.get('useStandardWidth');
  }
  protected override compute(prop: string): unknown {
    const e = this.fake.store.extrasOf(this.sheet);
    const box = this.box();
    if (prop === 'horizontalAlignment')
      return common(
        cellsOf(box).map((at) => {
          const align = readStyle(e, at).align;
          return align ? ALIGN_NAMES[align] : 'General';
        }),
      );
    if (prop === 'columnWidth')
      return common(
        Array.from(
          { length: box.cols },
          (_, j) => e.columnWidths.get(box.col + j) ?? STANDARD_WIDTH_POINTS,
        ),
      );
    if (prop === 'useStandardWidth')
      return common(Array.from({ length: box.cols }, (_, j) => !e.columnWidths.has(box.col + j)));
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load format/${prop}`);
  }
}
