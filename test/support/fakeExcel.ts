/**
 * A strict fake of the slice of the Excel JavaScript API the office host uses. It fails where
 * Excel fails: reading a property that was not loaded and synced throws PropertyNotLoaded; a
 * string written to `values`/`formulas` is parsed as if typed (`=…` becomes a formula, `123`
 * a number, a leading `'` marks text); writes are queued and run at `sync()`; each sync is one
 * request whose JSON payload must stay under 5 MB (RequestPayloadSizeLimitExceeded, nothing
 * applied); a protected sheet refuses writes (AccessDenied, earlier operations of the batch
 * stay applied, as in Excel); edit mode refuses every request; and a failure can be injected at
 * the k-th sync, or at several (a run's and then its rollback's), after half of that batch ran.
 * Cells live in a MemoryHost, so formulas evaluate.
 *
 * Sources for what it models:
 * - load before read, PropertyNotLoaded, `*OrNullObject` and `isNullObject` known after a sync:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 * - strings written to `values` starting with "=" are read as formulas:
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - the 5 MB request limit of Excel on the web:
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * - the error codes (AccessDenied, InvalidOperationInCellEditMode, ItemNotFound,
 *   GeneralException …): https://learn.microsoft.com/javascript/api/excel/excel.errorcodes and
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * - a GeneralException can come at any sync, a read's or a write's, and again at the next one
 *   ("Operation failed because the data is not current on the server", sporadic, both reads and
 *   writes): https://github.com/OfficeDev/office-js/issues/6501 — hence failures at several syncs.
 * - an added conditional format goes to the top priority:
 *   https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
 */
import { cellAddress, contains, parseRange, type RangeBox } from '../../src/core/a1';
import { sheetPlan, block, type ChartSpec, type PlanCell } from '../../src/core/plan';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface Op {
  bytes: number;
  sheet?: string;
  write: boolean;
  run: () => void;
}

export interface FakeOptions {
  /** The sync (1-based, counted over the fake's life) or syncs that fail after half their batch. */
  failAtSync?: number | readonly number[];
  /** Bytes one request may carry (5 MB on the web); lower it to meet the limit sooner. */
  payloadLimit?: number;
  protectedSheets?: readonly string[];
  editMode?: boolean;
  /** ExcelApi 1.13 (merged areas) available. */
  mergedAreasApi?: boolean;
}

/** A loadable proxy: properties become readable only after load() and a sync. */
class Proxy {
  protected loaded = new Set<string>();
  protected pendingLoads = new Set<string>();
  protected data: Record<string, unknown> = {};
  private readonly bornAtSync: number;
  constructor(protected readonly fake: FakeExcel) {
    this.bornAtSync = fake.syncCount;
  }
  /** For objects that arrive loaded inside a loaded collection. */
  markLoaded(props: string[]): this {
    for (const p of props) {
      this.data[p] = this.compute(p);
      this.loaded.add(p);
    }
    return this;
  }
  /** `isNullObject` of an *OrNullObject result is known only after a sync. */
  protected nullCheck(isNull: boolean): boolean {
    if (this.fake.syncCount === this.bornAtSync) {
      throw new FakeRichApiError(
        'PropertyNotLoaded',
        'isNullObject is not available before context.sync()',
      );
    }
    return isNull;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === 'string'
        ? props.split(',')
        : Array.isArray(props)
          ? props
          : Object.keys(props ?? {});
    for (const p of list) this.pendingLoads.add(p.trim().split('/')[0]!);
    const sheet = this.sheetOf();
    this.fake.queue({
      bytes: 40,
      write: false,
      ...(sheet !== undefined && { sheet }),
      run: () => this.resolveLoads(),
    });
    return this;
  }
  /** The sheet a read depends on: reading from a sheet that is gone fails with ItemNotFound. */
  protected sheetOf(): string | undefined {
    return undefined;
  }
  protected resolveLoads(): void {
    for (const p of this.pendingLoads) {
      this.data[p] = this.compute(p);
      this.loaded.add(p);
    }
    this.pendingLoads.clear();
  }
  protected compute(_prop: string): unknown {
    return undefined;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeRichApiError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.data[prop] as T;
  }
}

export class FakeRange extends Proxy {
  readonly conditionalFormats;
  readonly dataValidation;
  readonly format;
  constructor(
    fake: FakeExcel,
    readonly sheetName: string,
    readonly box: RangeBox | null,
  ) {
    super(fake);
    const write = (bytes: number, run: () => void) =>
      fake.queue({ bytes, sheet: sheetName, write: true, run });
    const self = this;
    this.conditionalFormats = {
      clearAll: () => write(60, () => fake.mutate(sheetName, { clearCf: this.requireBox() })),
      add: (type: string) => {
        if (type !== 'Custom')
          throw new FakeRichApiError('InvalidArgument', `unsupported conditional format ${type}`);
        const cf = {
          formula: '',
          fill: undefined as string | undefined,
          fontColor: undefined as string | undefined,
        };
        write(60, () => undefined);
        const custom = {
          rule: {
            set formula(f: string) {
              cf.formula = f;
              write(f.length + 40, () =>
                fake.mutate(sheetName, { addCf: { range: self.requireBox(), ...cf } }),
              );
            },
          },
          format: {
            fill: {
              set color(c: string) {
                cf.fill = c;
                write(40, () =>
                  fake.mutate(sheetName, { updateCf: { range: self.requireBox(), ...cf } }),
                );
              },
            },
            font: {
              set color(c: string) {
                cf.fontColor = c;
                write(40, () =>
                  fake.mutate(sheetName, { updateCf: { range: self.requireBox(), ...cf } }),
                );
              },
            },
          },
        };
        return { custom };
      },
    };
    this.dataValidation = {
      clear: () => write(40, () => fake.mutate(sheetName, { clearValidation: this.requireBox() })),
      set rule(r: { list?: { source: string } }) {
        const source = r.list?.source ?? '';
        write(source.length + 60, () =>
          fake.mutate(sheetName, {
            validation: { range: self.requireBox(), list: source.split(',') },
          }),
        );
      },
    };
    this.format = {
      fill: {
        set color(c: string) {
          write(40, () => fake.mutate(sheetName, { style: { range: self.requireBox(), fill: c } }));
        },
        clear: () => write(40, () => fake.mutate(sheetName, { clearStyle: this.requireBox() })),
      },
      font: {
        set color(c: string) {
          write(40, () =>
            fake.mutate(sheetName, { style: { range: self.requireBox(), fontColor: c } }),
          );
        },
        set bold(b: boolean) {
          write(40, () => fake.mutate(sheetName, { style: { range: self.requireBox(), bold: b } }));
        },
      },
      set horizontalAlignment(a: string) {
        write(40, () =>
          fake.mutate(sheetName, {
            style: { range: self.requireBox(), align: a.toLowerCase() as 'left' },
          }),
        );
      },
      set columnWidth(points: number) {
        write(40, () =>
          fake.mutate(sheetName, { columnWidth: { box: self.requireBox(), points } }),
        );
      },
    };
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.box === null);
  }
  protected override sheetOf(): string | undefined {
    return this.box ? this.sheetName : undefined;
  }
  private requireBox(): RangeBox {
    if (!this.box) throw new FakeRichApiError('InvalidObjectPath', 'null object');
    return this.box;
  }
  protected override compute(prop: string): unknown {
    if (!this.box) return undefined;
    const read = () => this.fake.store.readCells(this.sheetName, this.box!);
    const shown = (v: unknown) =>
      v === null ? '' : typeof v === 'object' ? (v as { error: string }).error : v;
    switch (prop) {
      case 'values':
        return read().values.map((r) => r.map(shown));
      case 'formulas': {
        const { values, formulas } = read();
        return values.map((r, i) => r.map((v, j) => formulas[i]?.[j] ?? shown(v)));
      }
      case 'numberFormat':
        return read().numberFormats;
      case 'address':
        return `${this.sheetName}!${cellAddress(this.box)}${this.box.rows * this.box.cols > 1 ? ':' + cellAddress({ row: this.box.row + this.box.rows - 1, col: this.box.col + this.box.cols - 1 }) : ''}`;
      case 'rowIndex':
        return this.box.row;
      case 'columnIndex':
        return this.box.col;
      case 'rowCount':
        return this.box.rows;
      case 'columnCount':
        return this.box.cols;
      default:
        throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  set values(rows: unknown[][]) {
    this.writeCells(rows);
  }
  set formulas(rows: unknown[][]) {
    this.writeCells(rows);
  }
  set numberFormat(rows: string[][]) {
    const box = this.requireBox();
    this.checkShape(rows);
    this.fake.queue({
      bytes: jsonBytes(rows),
      sheet: this.sheetName,
      write: true,
      run: () => this.fake.mutate(this.sheetName, { numberFormats: { box, rows } }),
    });
  }
  private checkShape(rows: unknown[][]): void {
    const box = this.requireBox();
    if (rows.length !== box.rows || rows.some((r) => r.length !== box.cols)) {
      throw new FakeRichApiError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      );
    }
  }
  private writeCells(rows: unknown[][]): void {
    const box = this.requireBox();
    this.checkShape(rows);
    const cells = rows.map((r) => r.map(parseTyped));
    this.fake.queue({
      bytes: jsonBytes(rows),
      sheet: this.sheetName,
      write: true,
      run: () => this.fake.mutate(this.sheetName, { cells: { at: box, cells } }),
    });
  }
  select(): void {
    const box = this.requireBox();
    this.fake.queue({
      bytes: 40,
      sheet: this.sheetName,
      write: false,
      run: () =>
        void (this.fake.store.selection = { sheet: this.sheetName, address: cellAddress(box) }),
    });
  }
  merge(_across: boolean): void {
    const box = this.requireBox();
    this.fake.queue({
      bytes: 40,
      sheet: this.sheetName,
      write: true,
      run: () => this.fake.store.writeSheetPlan({ ...sheetPlan(this.sheetName), merges: [box] }),
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.fake.options.mergedAreasApi)
      throw new FakeRichApiError('ApiNotFound', 'ExcelApi 1.13 is not supported here');
    return new FakeRangeAreas(this.fake, this.sheetName, this.box);
  }
}

class FakeRangeAreas extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly box: RangeBox | null,
  ) {
    super(fake);
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'address')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    const merges = this.fake.store.extrasOf(this.sheet).merges;
    return merges
      .map(
        (m) =>
          `${this.sheet}!${cellAddress(m)}:${cellAddress({ row: m.row + m.rows - 1, col: m.col + m.cols - 1 })}`,
      )
      .join(',');
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.fake.store.extrasOf(this.sheet).merges.length === 0);
  }
  get address(): string {
    return this.get('address');
  }
}

/** Excel reads a typed string the way a user's typing is read. */
function parseTyped(v: unknown): PlanCell {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v === null || v === undefined || v === '') return { kind: 'blank' };
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (s.startsWith("'")) return { kind: 'text', value: s.slice(1) };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  if (/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?%?$/i.test(s.trim())) {
    const n = Number(s.trim().replace('%', ''));
    return { kind: 'number', value: s.trim().endsWith('%') ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: /^true$/i.test(s) };
  return { kind: 'text', value: s };
}

const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A chart as Excel builds it: `add` makes "Chart N" over the values, then each setter changes it.
 * Naming a chart like another on its sheet fails, so a run must delete before it adds again.
 */
class FakeChart extends Proxy {
  readonly title;
  readonly legend;
  readonly series;
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly spec: Mutable<ChartSpec>,
  ) {
    super(fake);
    const set = (change: (spec: Mutable<ChartSpec>) => void) => this.set(change);
    this.title = {
      set text(t: string) {
        set((c) => void (c.title = t));
      },
    };
    this.legend = {
      set visible(_v: boolean) {
        set(() => undefined);
      },
    };
    const only = {
      set name(n: string) {
        set((c) => void (c.seriesName = n));
      },
      setXAxisValues: (r: FakeRange) => set((c) => void (c.categories = r.box!)),
    };
    this.series = {
      getItemAt: (i: number) => {
        if (i !== 0)
          throw new FakeRichApiError('InvalidArgument', 'the fake charts hold one series');
        return only;
      },
    };
  }
  private set(change: (spec: Mutable<ChartSpec>) => void): void {
    this.fake.queue({ bytes: 60, sheet: this.sheet, write: true, run: () => change(this.spec) });
  }
  set name(n: string) {
    this.set((spec) => {
      if (this.fake.store.extrasOf(this.sheet).charts.some((c) => c !== spec && c.name === n))
        throw new FakeRichApiError('InvalidArgument', `a chart named ${n} exists`);
      spec.name = n;
    });
  }
  setPosition(start: string, end: string): void {
    const a = parseRange(start).box;
    const b = parseRange(end).box;
    this.set(
      (spec) =>
        void (spec.at = {
          row: a.row,
          col: a.col,
          rows: b.row - a.row + 1,
          cols: b.col - a.col + 1,
        }),
    );
  }
  delete(): void {
    this.set((spec) => {
      const extras = this.fake.store.extrasOf(this.sheet);
      extras.charts = extras.charts.filter((c) => c !== spec);
    });
  }
}

class FakeChartCollection extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet;
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    return this.fake.store.extrasOf(this.sheet).charts.map((c) => ({ name: c.name }));
  }
  get items(): { name: string }[] {
    return this.get('items');
  }
  getItem(name: string): FakeChart {
    const spec = this.fake.store.extrasOf(this.sheet).charts.find((c) => c.name === name);
    if (!spec) throw new FakeRichApiError('ItemNotFound', `no chart ${name}`);
    return new FakeChart(this.fake, this.sheet, spec);
  }
  add(type: string, values: FakeRange, _seriesBy: string): FakeChart {
    if (!['Line', 'ColumnClustered'].includes(type))
      throw new FakeRichApiError('InvalidArgument', `unsupported chart ${type}`);
    const spec: Mutable<ChartSpec> = {
      name: '',
      kind: type === 'Line' ? 'line' : 'column',
      title: '',
      seriesName: '',
      values: values.box!,
      categories: values.box!,
      at: { row: 0, col: 0, rows: 15, cols: 8 },
    };
    this.fake.queue({
      bytes: 80,
      sheet: this.sheet,
      write: true,
      run: () => {
        const charts = this.fake.store.extrasOf(this.sheet).charts;
        spec.name = `Chart ${charts.length + 1}`;
        charts.push(spec);
      },
    });
    return new FakeChart(this.fake, this.sheet, spec);
  }
}

export class FakeWorksheet extends Proxy {
  readonly freezePanes;
  readonly pageLayout;
  constructor(
    fake: FakeExcel,
    readonly sheetName: string | null,
  ) {
    super(fake);
    const freeze = (rows: number, cols: number) =>
      fake.queue({
        bytes: 60,
        sheet: this.requireName(),
        write: true,
        run: () => fake.mutate(this.requireName(), { freeze: { rows, cols } }),
      });
    const self = this;
    const print = (p: Partial<{ landscape: boolean; fitToWidth: boolean; area: RangeBox }>) =>
      fake.queue({
        bytes: 60,
        sheet: self.requireName(),
        write: true,
        run: () =>
          (fake.store.extrasOf(self.requireName()).print = {
            landscape: false,
            fitToWidth: false,
            ...fake.store.extrasOf(self.requireName()).print,
            ...p,
          }),
      });
    this.pageLayout = {
      set orientation(v: string) {
        print({ landscape: v === 'Landscape' });
      },
      set zoom(z: { horizontalFitToPages?: number }) {
        print({ fitToWidth: z.horizontalFitToPages === 1 });
      },
      setPrintArea(address: string) {
        print({ area: parseRange(address).box });
      },
    };
    this.freezePanes = {
      freezeAt: (range: FakeRange | string) => {
        const box = typeof range === 'string' ? parseRange(range).box : range.box!;
        freeze(box.rows, box.cols);
      },
      freezeRows: (n: number) => freeze(n, 0),
      freezeColumns: (n: number) => freeze(0, n),
    };
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.sheetName === null);
  }
  private requireName(): string {
    if (this.sheetName === null) throw new FakeRichApiError('InvalidObjectPath', 'null object');
    return this.sheetName;
  }
  protected override compute(prop: string): unknown {
    if (prop === 'name') return this.sheetName;
    if (prop === 'visibility')
      return this.fake.store.extrasOf(this.requireName()).hidden ? 'VeryHidden' : 'Visible';
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    const name = this.requireName();
    this.fake.queue({
      bytes: 40,
      sheet: name,
      write: true,
      run: () => this.fake.mutate(name, { hidden: v !== 'Visible' }),
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, this.requireName(), parseRange(address).box);
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.fake, this.requireName());
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const name = this.requireName();
    // Resolved now for simplicity: the fake's used range is what the sheet holds at the time of the call.
    const grid = this.fake.store.readGrid(name);
    const rows = grid.values.length;
    const cols = grid.values[0]?.length ?? 0;
    return new FakeRange(this.fake, name, rows && cols ? { row: 0, col: 0, rows, cols } : null);
  }
  activate(): void {
    const name = this.requireName();
    this.fake.queue({ bytes: 40, sheet: name, write: false, run: () => undefined });
  }
  delete(): void {
    const name = this.requireName();
    this.fake.queue({
      bytes: 40,
      sheet: name,
      write: true,
      run: () => this.fake.store.deleteSheet(name),
    });
  }
}

class FakeWorksheetCollection extends Proxy {
  constructor(fake: FakeExcel) {
    super(fake);
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    return this.fake.store.sheetNames().map((n) => {
      return new FakeWorksheet(this.fake, n).markLoaded(['name', 'visibility']);
    });
  }
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  /** Resolved when the batch runs: a sheet added earlier in the same batch is found. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.fake.store.sheetNames().includes(name) ? name : null);
  }
  add(name: string): FakeWorksheet {
    this.fake.queue({ bytes: 40, write: true, run: () => this.fake.mutate(name, {}) });
    return new FakeWorksheet(this.fake, name);
  }
}

type Mutation = {
  cells?: { at: RangeBox; cells: PlanCell[][] };
  numberFormats?: { box: RangeBox; rows: string[][] };
  hidden?: boolean;
  clearCf?: RangeBox;
  addCf?: {
    range: RangeBox;
    formula: string;
    fill?: string | undefined;
    fontColor?: string | undefined;
  };
  updateCf?: {
    range: RangeBox;
    formula: string;
    fill?: string | undefined;
    fontColor?: string | undefined;
  };
  clearValidation?: RangeBox;
  validation?: { range: RangeBox; list: string[] };
  style?: { range: RangeBox; fill?: string; fontColor?: string; bold?: boolean; align?: 'left' };
  clearStyle?: RangeBox;
  columnWidth?: { box: RangeBox; points: number };
  freeze?: { rows: number; cols: number };
};

export class FakeExcel {
  readonly store: MemoryHost;
  syncCount = 0;
  readonly requestBytes: number[] = [];
  private ops: Op[] = [];

  constructor(
    store: MemoryHost = new MemoryHost(),
    readonly options: FakeOptions = {},
  ) {
    this.store = store;
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** Applies a change to the backing store, creating the sheet if needed. */
  mutate(sheet: string, m: Mutation): void {
    const base = sheetPlan(sheet, true);
    const extras = () => this.store.extrasOf(sheet);
    this.store.writeSheetPlan({
      ...base,
      ...(m.hidden !== undefined && { hidden: m.hidden }),
      clearFormats: [],
      blocks: m.cells ? [block(m.cells.at, m.cells.cells)] : [],
      numberFormats: [],
      ...(m.freeze && { freeze: m.freeze }),
    });
    if (m.numberFormats) {
      const { box, rows } = m.numberFormats;
      this.store.writeSheetPlan({
        ...base,
        numberFormats: rows.flatMap((r, i) =>
          r.map((format, j) => ({
            range: { row: box.row + i, col: box.col + j, rows: 1, cols: 1 },
            format,
          })),
        ),
      });
    }
    const within = (a: RangeBox, b: RangeBox) => contains(b, a);
    if (m.clearCf)
      extras().conditionalFormats = extras().conditionalFormats.filter(
        (c) => !within(c.range, m.clearCf!),
      );
    // As in Excel, an added rule goes to the top of the priority list.
    if (m.addCf)
      extras().conditionalFormats.unshift({ range: m.addCf.range, formula: m.addCf.formula });
    if (m.updateCf) {
      const list = extras().conditionalFormats;
      const top = list[0];
      if (top)
        list[0] = {
          range: top.range,
          formula: top.formula,
          ...(top.fill && { fill: top.fill }),
          ...(top.fontColor && { fontColor: top.fontColor }),
          ...(m.updateCf.fill && { fill: m.updateCf.fill }),
          ...(m.updateCf.fontColor && { fontColor: m.updateCf.fontColor }),
        };
    }
    if (m.clearValidation)
      extras().validations = extras().validations.filter(
        (v) => !within(v.range, m.clearValidation!),
      );
    if (m.validation) extras().validations.push(m.validation);
    if (m.style) extras().styles.push(m.style);
    if (m.clearStyle)
      extras().styles = extras().styles.filter((s) => !within(s.range, m.clearStyle!));
    if (m.columnWidth) {
      for (let c = 0; c < m.columnWidth.box.cols; c++)
        extras().columnWidths.set(m.columnWidth.box.col + c, m.columnWidth.points);
    }
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.ops;
    this.ops = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.requestBytes.push(bytes);
    if (this.options.editMode)
      throw new FakeRichApiError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode.',
      );
    if (bytes > (this.options.payloadLimit ?? PAYLOAD_LIMIT))
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    const failing = [this.options.failAtSync ?? []].flat().includes(this.syncCount);
    const upTo = failing ? Math.floor(ops.length / 2) : ops.length;
    // Excel recalculates once a request's writes are in: formulas are evaluated again only
    // before a read of the same request and at its end, not after every single write.
    const hf = this.store.hf;
    const settle = () => hf.isEvaluationSuspended() && hf.resumeEvaluation();
    try {
      for (let i = 0; i < upTo; i++) {
        const op = ops[i]!;
        if (op.sheet && !this.store.sheetNames().includes(op.sheet)) {
          throw new FakeRichApiError(
            'ItemNotFound',
            `The requested resource doesn't exist: ${op.sheet}`,
          );
        }
        if (op.write && op.sheet && this.options.protectedSheets?.includes(op.sheet)) {
          throw new FakeRichApiError(
            'AccessDenied',
            'The cell or chart you are trying to change is protected.',
          );
        }
        if (op.write && !hf.isEvaluationSuspended()) hf.suspendEvaluation();
        if (!op.write) settle();
        op.run();
      }
    } finally {
      settle();
    }
    if (failing)
      throw new FakeRichApiError('GeneralException', `injected failure at sync ${this.syncCount}`);
  }

  /** Excel.run: a fresh request context per batch; pending operations are dropped on exit. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = {
      workbook: { worksheets: new FakeWorksheetCollection(this) },
      sync: () => this.sync(),
    };
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.ops = [];
    }
  };
}

/**
 * What a user could see of the fake's workbook: every sheet but the hidden backup, with values,
 * formulas, number formats, rules, validations and charts, to compare before and after a run.
 */
export function visibleState(fake: FakeExcel) {
  return fake.store
    .sheetNames()
    .filter((s) => s !== 'tuijin_backup')
    .map((s) => {
      const g = fake.store.readGrid(s);
      const e = fake.store.extrasOf(s);
      return {
        s,
        values: g.values,
        formulas: g.formulas,
        formats: [...e.numberFormats],
        cf: e.conditionalFormats.length,
        dv: e.validations.length,
        charts: e.charts.map((c) => c.name),
      };
    });
}
